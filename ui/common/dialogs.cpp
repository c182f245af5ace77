#include "ui/common/dialogs.h"

#include "core/common/money.h"
#include "ui/common/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const SettingValue<QString> languageSetting {u"ui/language"_s, QString()};
const SettingValue<int> onTrackSetting {u"targets/onTrackPercent"_s, 95};
const SettingValue<int> atRiskSetting {u"targets/atRiskPercent"_s, 80};
} // namespace

PropertiesDialog::PropertiesDialog(const QString &companyName, const QString &code, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"propertiesDialog"_s);
    setWindowTitle(tr("Company Properties"));
    m_name = new QLineEdit(companyName);
    m_name->setObjectName(u"companyNameLineEdit"_s);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->setEditable(true);
    m_currency->addItems({u"CNY"_s, u"HKD"_s, u"TWD"_s, u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s,
                          u"KRW"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s, u"CHF"_s, u"INR"_s});
    m_currency->setCurrentText(code);
    auto *note = new QLabel(tr("The currency applies to new deals; existing deals keep the "
                               "currency they were entered in."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(!m_name->text().trimmed().isEmpty()
                             && currency::isValidCode(currency()));
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
}

QString PropertiesDialog::companyName() const
{
    return m_name->text().trimmed();
}

QString PropertiesDialog::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

PreferencesDialog::PreferencesDialog(QWidget *parent, std::optional<CustomerRules> bookRules)
    : QDialog(parent)
    , m_rules(bookRules)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    m_onTrack = new QSpinBox;
    m_onTrack->setObjectName(u"onTrackSpinBox"_s);
    m_onTrack->setRange(1, 100);
    m_onTrack->setSuffix(u" %"_s);
    m_onTrack->setValue(onTrackSetting.get());
    m_atRisk = new QSpinBox;
    m_atRisk->setObjectName(u"atRiskSpinBox"_s);
    m_atRisk->setRange(0, 100);
    m_atRisk->setSuffix(u" %"_s);
    m_atRisk->setValue(atRiskSetting.get());
    auto *thresholdNote = new QLabel(tr("Compared with what a target expects by now: at or above "
                                        "the first it is on track, at or above the second at "
                                        "risk, below that behind."));
    thresholdNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("On &track from:"), m_onTrack);
    form->addRow(tr("At &risk from:"), m_atRisk);
    form->addRow(thresholdNote);
    if (m_rules) {
        // This company's rules for segments and the communication plan: kept in its file.
        const QList<int> values = {m_rules->segments.lookBackMonths,
                                   int(std::lround(m_rules->segments.highValueShare * 100)),
                                   m_rules->segments.highValueMinWonDeals,
                                   m_rules->segments.newCustomerDays,
                                   int(std::lround(m_rules->segments.atRiskIntervalFactor * 100)),
                                   m_rules->cadence.highValue,
                                   m_rules->cadence.potential,
                                   m_rules->cadence.general};
        const QList<std::tuple<QString, QString, int, int>> boxes
                = {{tr("Look back over:"), tr(" months"), 1, 120},
                   {tr("High-value: the top"), tr(" % by won value"), 1, 100},
                   {tr("…with at least:"), tr(" won deals"), 1, 100},
                   {tr("Potential: first purchase within:"), tr(" days"), 0, 3650},
                   {tr("At risk after:"), tr(" % of the usual interval"), 100, 1000},
                   {tr("Contact high-value every:"), tr(" days"), 1, 365},
                   {tr("Contact potential every:"), tr(" days"), 1, 365},
                   {tr("Contact general every:"), tr(" days"), 1, 365}};
        auto *group = new QGroupBox(tr("Customer segments and contact plan of this company"));
        group->setObjectName(u"customerRulesGroup"_s);
        auto *rulesForm = new QFormLayout(group);
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const auto &[label, suffix, low, high] = boxes[i];
            auto *box = new QSpinBox;
            box->setObjectName(u"ruleSpinBox%1"_s.arg(i));
            box->setRange(low, high);
            box->setSuffix(suffix);
            box->setValue(values[i]);
            rulesForm->addRow(label, box);
            m_ruleBoxes.append(box);
        }
        auto *rulesNote = new QLabel(tr("Potential also takes in every customer with an open "
                                        "deal. The rules apply from the next time the "
                                        "Customers tab is shown."));
        rulesNote->setWordWrap(true);
        rulesForm->addRow(rulesNote);
        form->addRow(group);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

std::optional<CustomerRules> PreferencesDialog::bookRules() const
{
    if (!m_rules) {
        return std::nullopt;
    }
    CustomerRules r = *m_rules;
    const auto v = [this](int i) {
        return m_ruleBoxes[i]->value();
    };
    r.segments.lookBackMonths = v(0);
    if (v(1) != int(std::lround(m_rules->segments.highValueShare * 100))) {
        r.segments.highValueShare = v(1) / 100.0;
    }
    r.segments.highValueMinWonDeals = v(2);
    r.segments.newCustomerDays = v(3);
    if (v(4) != int(std::lround(m_rules->segments.atRiskIntervalFactor * 100))) {
        r.segments.atRiskIntervalFactor = v(4) / 100.0;
    }
    r.cadence.highValue = v(5);
    r.cadence.potential = v(6);
    r.cadence.general = v(7);
    return r;
}

void PreferencesDialog::accept()
{
    onTrackSetting.set(m_onTrack->value());
    atRiskSetting.set(std::min(m_atRisk->value(), m_onTrack->value()));
    const QString chosen = m_language->currentData().toString();
    if (chosen != language()) {
        setLanguage(chosen);
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language applies the next time SalesDesk starts."));
    }
    QDialog::accept();
}

StatusThresholds PreferencesDialog::statusThresholds()
{
    StatusThresholds t;
    t.onTrack = onTrackSetting.get() / 100.0;
    t.atRisk = std::min(atRiskSetting.get(), onTrackSetting.get()) / 100.0;
    return t;
}

QString PreferencesDialog::language()
{
    return languageSetting.get();
}

void PreferencesDialog::setLanguage(const QString &name)
{
    languageSetting.set(name);
}

} // namespace salesdesk::ui
