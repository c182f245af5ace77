#include "ui/market/marketdialogs.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/market/marketservice.h"
#include "core/targets/targetservice.h"
#include "ui/common/dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

CompetitorDialog::CompetitorDialog(const Competitor &competitor, QWidget *parent)
    : SaveDialog(parent)
    , m_competitor(competitor)
    , m_name(new QLineEdit(competitor.name))
    , m_products(new QLineEdit(competitor.products))
    , m_prices(new QLineEdit(competitor.prices))
    , m_positioning(new QLineEdit(competitor.positioning))
    , m_strategy(new QLineEdit(competitor.strategy))
    , m_strengths(new QLineEdit(competitor.strengths))
    , m_weaknesses(new QLineEdit(competitor.weaknesses))
    , m_threat(new QComboBox)
    , m_notes(new QPlainTextEdit(competitor.notes))
{
    setObjectName(u"competitorDialog"_s);
    setWindowTitle(competitor.id ? tr("Competitor %1").arg(titleName(competitor.name))
                                 : tr("New Competitor"));
    m_name->setObjectName(u"competitorNameEdit"_s);
    m_products->setPlaceholderText(tr("e.g. Cloud subscriptions for retailers"));
    m_prices->setPlaceholderText(tr("e.g. ¥300 a user a month"));
    for (ThreatLevel t : {ThreatLevel::Low, ThreatLevel::Medium, ThreatLevel::High}) {
        m_threat->addItem(MarketText::name(t), int(t));
    }
    m_threat->setCurrentIndex(m_threat->findData(int(competitor.threat)));
    m_notes->setMaximumHeight(80);
    QFormLayout *form = addForm();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Products:"), m_products);
    form->addRow(tr("P&rices:"), m_prices);
    form->addRow(tr("P&ositioning:"), m_positioning);
    form->addRow(tr("&Strategy:"), m_strategy);
    form->addRow(tr("Stren&gths:"), m_strengths);
    form->addRow(tr("&Weaknesses:"), m_weaknesses);
    form->addRow(tr("&Threat:"), m_threat);
    form->addRow(tr("No&tes:"), m_notes);
    resize(480, sizeHint().height());
}

Competitor CompetitorDialog::competitor() const
{
    Competitor c = m_competitor;
    c.name = m_name->text().trimmed();
    c.products = m_products->text().trimmed();
    c.prices = m_prices->text().trimmed();
    c.positioning = m_positioning->text().trimmed();
    c.strategy = m_strategy->text().trimmed();
    c.strengths = m_strengths->text().trimmed();
    c.weaknesses = m_weaknesses->text().trimmed();
    c.threat = ThreatLevel(m_threat->currentData().toInt());
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

MarketSizeDialog::MarketSizeDialog(Book &book, const MarketSize &size, QWidget *parent)
    : SaveDialog(parent)
    , m_book(book)
    , m_size(size)
    , m_period(new QLineEdit(size.period.isValid() ? size.period.toString() : QString()))
    , m_segment(new QLineEdit(size.segment))
    , m_value(new QLineEdit)
    , m_source(new QLineEdit(size.source))
{
    setObjectName(u"marketSizeDialog"_s);
    setWindowTitle(size.id ? tr("Market Size of %1").arg(size.period.label())
                           : tr("New Market Size"));
    m_period->setObjectName(u"marketPeriodEdit"_s);
    m_period->setPlaceholderText(tr("2026 or 2026Q3"));
    m_segment->setPlaceholderText(tr("The whole market; or a product's name"));
    const QString home = book.currencies().home();
    m_value->setObjectName(u"marketValueEdit"_s);
    m_value->setText(size.valueMinor ? currency::formatAmount(size.valueMinor, home) : QString());
    m_value->setPlaceholderText(currency::symbol(home) + u"0"_s);
    m_source->setObjectName(u"marketSourceEdit"_s);
    m_source->setPlaceholderText(tr("e.g. Industry association report 2026"));
    QFormLayout *form = addForm();
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("S&egment:"), m_segment);
    form->addRow(tr("Market &size:"), m_value);
    form->addRow(tr("S&ource:"), m_source);
    resize(440, sizeHint().height());
}

Result<MarketSize> MarketSizeDialog::size() const
{
    MarketSize s = m_size;
    const auto period
            = Period::parse(m_period->text().trimmed(), m_book.targets().yearStartMonth());
    if (!period
        || (period->kind() != Period::Kind::Year && period->kind() != Period::Kind::Quarter)) {
        return Error::user(tr("Write the period as a year (2026) or a quarter (2026Q3)."));
    }
    s.period = *period;
    s.segment = m_segment->text().trimmed();
    auto value = Money::parse(m_value->text(), m_book.currencies().home());
    if (!value) {
        return Error::user(tr("Write the market size as an amount, e.g. 25000000."));
    }
    s.valueMinor = value->minor();
    s.source = m_source->text().trimmed();
    return s;
}

CompetitorShareDialog::CompetitorShareDialog(Book &book, QWidget *parent)
    : SaveDialog(parent)
    , m_book(book)
    , m_competitor(new QComboBox)
    , m_period(new QLineEdit)
    , m_segment(new QLineEdit)
    , m_share(new QDoubleSpinBox)
    , m_source(new QLineEdit)
{
    setObjectName(u"competitorShareDialog"_s);
    setWindowTitle(tr("Competitor's Share of the Market"));
    for (const Competitor &c : book.market().competitors()) {
        m_competitor->addItem(c.name, c.id);
    }
    // The last recorded market size's period is the likeliest one.
    if (!book.market().sizes().isEmpty()) {
        m_period->setText(book.market().sizes().last().period.toString());
    }
    m_period->setObjectName(u"sharePeriodEdit"_s);
    m_period->setPlaceholderText(tr("2026 or 2026Q3"));
    m_segment->setPlaceholderText(tr("The whole market; or a product's name"));
    m_share->setObjectName(u"shareSpin"_s);
    m_share->setRange(0, 100);
    m_share->setDecimals(1);
    m_share->setSuffix(u" %"_s);
    m_source->setPlaceholderText(tr("e.g. Industry association report 2026"));
    QFormLayout *form = addForm();
    form->addRow(tr("&Competitor:"), m_competitor);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("S&egment:"), m_segment);
    form->addRow(tr("S&hare:"), m_share);
    form->addRow(tr("S&ource:"), m_source);
    resize(420, sizeHint().height());
}

Result<CompetitorShare> CompetitorShareDialog::share() const
{
    const auto period
            = Period::parse(m_period->text().trimmed(), m_book.targets().yearStartMonth());
    if (!period
        || (period->kind() != Period::Kind::Year && period->kind() != Period::Kind::Quarter)) {
        return Error::user(tr("Write the period as a year (2026) or a quarter (2026Q3)."));
    }
    if (m_competitor->currentIndex() < 0) {
        return Error::user(tr("Add the competitor to the register first."));
    }
    CompetitorShare s;
    s.competitorId = m_competitor->currentData().toLongLong();
    s.period = *period;
    s.segment = m_segment->text().trimmed();
    s.sharePpm = std::llround(m_share->value() * 10000);
    s.source = m_source->text().trimmed();
    return s;
}

FactorDialog::FactorDialog(Book &book, const EnvironmentFactor &factor, QWidget *parent)
    : SaveDialog(parent)
    , m_factor(factor)
    , m_kind(new QComboBox)
    , m_title(new QLineEdit(factor.title))
    , m_description(new QPlainTextEdit(factor.description))
    , m_impact(new QComboBox)
    , m_likelihood(new QSpinBox)
    , m_horizon(new QComboBox)
    , m_source(new QLineEdit(factor.source))
    , m_noted(new QDateEdit)
    , m_review(new QDateEdit)
{
    setObjectName(u"factorDialog"_s);
    setWindowTitle(factor.id ? tr("Environment Factor %1").arg(titleName(factor.title))
                             : tr("New Environment Factor"));
    for (FactorKind k : MarketText::factorKinds()) {
        m_kind->addItem(MarketText::name(k), int(k));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(factor.kind)));
    m_title->setObjectName(u"factorTitleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Interest rates falling"));
    m_description->setMaximumHeight(70);
    const QList<std::pair<int, QString>> impacts = {{2, tr("+2 strongly for us")},
                                                    {1, tr("+1 for us")},
                                                    {0, tr("0 neither")},
                                                    {-1, tr("−1 against us")},
                                                    {-2, tr("−2 strongly against us")}};
    for (const auto &[value, text] : impacts) {
        m_impact->addItem(text, value);
    }
    m_impact->setCurrentIndex(m_impact->findData(factor.impact));
    m_likelihood->setRange(0, 100);
    m_likelihood->setSuffix(u" %"_s);
    m_likelihood->setValue(factor.likelihood);
    for (Horizon h : {Horizon::Short, Horizon::Medium, Horizon::Long}) {
        m_horizon->addItem(MarketText::name(h), int(h));
    }
    m_horizon->setCurrentIndex(m_horizon->findData(int(factor.horizon)));
    const QDate today = book.clock().today();
    for (QDateEdit *d : {m_noted, m_review}) {
        useDateFormat(d);
        d->setCalendarPopup(true);
    }
    m_noted->setDate(factor.notedOn.isValid() ? factor.notedOn : today);
    // No review: the edit's lowest day, shown as "None".
    m_review->setMinimumDate(QDate(2000, 1, 1));
    m_review->setSpecialValueText(tr("None"));
    m_review->setDate(factor.reviewOn.isValid() ? factor.reviewOn : QDate(2000, 1, 1));
    QFormLayout *form = addForm();
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(tr("&Likelihood:"), m_likelihood);
    form->addRow(tr("&Horizon:"), m_horizon);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Noted on:"), m_noted);
    form->addRow(tr("&Review on:"), m_review);
    resize(460, sizeHint().height());
}

EnvironmentFactor FactorDialog::factor() const
{
    EnvironmentFactor f = m_factor;
    f.kind = FactorKind(m_kind->currentData().toInt());
    f.title = m_title->text().trimmed();
    f.description = m_description->toPlainText().trimmed();
    f.impact = m_impact->currentData().toInt();
    f.likelihood = m_likelihood->value();
    f.horizon = Horizon(m_horizon->currentData().toInt());
    f.source = m_source->text().trimmed();
    f.notedOn = m_noted->date();
    f.reviewOn = m_review->date() == m_review->minimumDate() ? QDate() : m_review->date();
    return f;
}

} // namespace salesdesk::ui
