#include "ui/pipeline/dealeditor.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

constexpr int ClosedWon = -1;
constexpr int ClosedLost = -2;

void markInvalid(QWidget *w, bool invalid)
{
    w->setProperty("invalid", invalid);
    w->setStyleSheet(invalid ? u"border: 1px solid #c0392b; border-radius: 3px;"_s : QString());
}

} // namespace

DealEditor::DealEditor(Book &book, const Deal &deal, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_original(deal)
{
    setObjectName(u"dealEditorDialog"_s);
    setWindowTitle(deal.id ? tr("Edit %1").arg(titleName(deal.title)) : tr("New Deal"));
    const QLocale locale;
    const CurrencyService &currencies = book.currencies();
    const QString code = deal.currency.isEmpty() ? currencies.home() : deal.currency;

    m_title = new QLineEdit(deal.title);
    m_title->setObjectName(u"titleLineEdit"_s);
    m_title->setPlaceholderText(tr("e.g. ERP licence for 50 users"));

    m_customer = new QLineEdit(book.customers().customerName(deal.customerId));
    m_customer->setObjectName(u"customerLineEdit"_s);
    m_customer->setPlaceholderText(tr("Type a name; a new customer is created if needed"));
    QStringList customerNames;
    // Archived customers are not offered (typing the name in full still finds them).
    if (auto named = book.customers().listedNames({})) {
        customerNames.reserve(named->size());
        for (const auto &[id, name] : std::as_const(*named)) {
            customerNames.append(name);
        }
    } else {
        qWarning("Could not read the customers' names: %s", qPrintable(named.message()));
    }
    auto *completer = new QCompleter(new QStringListModel(customerNames, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_customer->setCompleter(completer);

    m_contact = new QLineEdit;
    m_contact->setObjectName(u"contactPersonLineEdit"_s);
    m_contact->setPlaceholderText(tr("Contact person"));
    m_contact->setAccessibleName(tr("Contact person"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phoneLineEdit"_s);
    m_phone->setPlaceholderText(tr("Phone"));
    m_phone->setAccessibleName(tr("Phone"));
    m_email = new QLineEdit;
    m_email->setObjectName(u"emailLineEdit"_s);
    m_email->setPlaceholderText(tr("Email"));
    m_email->setAccessibleName(tr("Email"));
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 2);
    contactRow->addWidget(m_phone, 2);
    contactRow->addWidget(m_email, 3);
    fillCustomerDetails();
    connect(m_customer, &QLineEdit::editingFinished, this, &DealEditor::fillCustomerDetails);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &DealEditor::fillCustomerDetails);

    m_owner = new QComboBox;
    m_owner->setObjectName(u"ownerComboBox"_s);
    m_owner->setEditable(true);
    m_owner->addItem(QString());
    for (const auto &r : book.team().reps()) {
        m_owner->addItem(r.name);
    }
    m_owner->setCurrentText(book.team().repName(deal.ownerId));

    m_value = new QLineEdit(deal.id || deal.valueMinor
                                    ? currency::formatAmount(deal.valueMinor, code, locale)
                                    : QString());
    m_value->setObjectName(u"valueLineEdit"_s);
    m_value->setPlaceholderText(u"0"_s + locale.decimalPoint() + u"00"_s);
    // The home currency, and those the book has exchange rates for.
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItem(currencies.home());
    for (const auto &r : currencies.rates()) {
        if (m_currency->findText(r.currency) < 0) {
            m_currency->addItem(r.currency);
        }
    }
    if (m_currency->findText(code) < 0) {
        m_currency->addItem(code);
    }
    m_currency->setCurrentText(code);
    m_currency->setEnabled(m_currency->count() > 1);
    m_currency->setToolTip(tr("Another currency counts in every total at its exchange rate "
                              "(Edit › Preferences)."));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_currency);

    m_hasExpectedClose = new QCheckBox;
    m_hasExpectedClose->setObjectName(u"hasExpectedCloseCheckBox"_s);
    m_hasExpectedClose->setChecked(deal.expectedClose.isValid() || deal.id == 0);
    m_expectedClose = new QDateEdit(
            deal.expectedClose.isValid() ? deal.expectedClose : book.clock().today().addDays(30));
    useDateFormat(m_expectedClose);
    m_expectedClose->setObjectName(u"expectedCloseDateEdit"_s);
    m_expectedClose->setCalendarPopup(true);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_hasExpectedClose);
    closeRow->addWidget(m_expectedClose, 1);

    m_stage = new QComboBox;
    m_stage->setObjectName(u"stageComboBox"_s);
    for (const auto &s : book.pipeline().activeStages()) {
        m_stage->addItem(tr("%1 (%2 %)").arg(s.displayName()).arg(s.probability), s.id);
    }
    m_stage->addItem(PipelineText::name(DealStatus::Won), ClosedWon);
    m_stage->addItem(PipelineText::name(DealStatus::Lost), ClosedLost);
    const int stageKey = deal.status == DealStatus::Won    ? ClosedWon
                         : deal.status == DealStatus::Lost ? ClosedLost
                                                           : int(deal.stageId);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stageKey)));

    m_overrideProbability = new QCheckBox(tr("Override"));
    m_overrideProbability->setObjectName(u"overrideProbabilityCheckBox"_s);
    m_overrideProbability->setChecked(deal.probability.has_value());
    m_probability = new QSpinBox;
    m_probability->setObjectName(u"probabilitySpinBox"_s);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(u" %"_s);
    m_probability->setValue(deal.probability.value_or(book.pipeline().probability(deal)));
    auto *probabilityRow = new QHBoxLayout;
    probabilityRow->addWidget(m_probability, 1);
    probabilityRow->addWidget(m_overrideProbability);

    m_source = new QComboBox;
    m_source->setObjectName(u"sourceComboBox"_s);
    m_source->addItem(QString(), int(DealSource::None));
    for (auto s : PipelineText::dealSources()) {
        m_source->addItem(PipelineText::name(s), int(s));
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(int(deal.source))));

    m_product = new QLineEdit(deal.product);
    m_product->setObjectName(u"productLineEdit"_s);
    m_competitor = new QLineEdit(PipelineText::competitorText(deal.competitors));
    m_competitor->setObjectName(u"competitorLineEdit"_s);
    m_competitor->setPlaceholderText(tr("Names, separated by ;"));
    m_nextStep = new QLineEdit(deal.nextStep);
    m_nextStep->setObjectName(u"nextStepLineEdit"_s);
    m_nextStep->setPlaceholderText(tr("e.g. Send the revised quotation"));
    m_hasNextStepDate = new QCheckBox;
    m_hasNextStepDate->setObjectName(u"hasNextStepDateCheckBox"_s);
    m_hasNextStepDate->setChecked(deal.nextStepDate.isValid());
    m_nextStepDate = new QDateEdit(deal.nextStepDate.isValid() ? deal.nextStepDate
                                                               : book.clock().today().addDays(1));
    useDateFormat(m_nextStepDate);
    m_nextStepDate->setObjectName(u"nextStepDateEdit"_s);
    m_nextStepDate->setCalendarPopup(true);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_hasNextStepDate);
    nextRow->addWidget(m_nextStepDate, 1);

    m_lostReason = new QComboBox;
    m_lostReason->setObjectName(u"lostReasonComboBox"_s);
    for (const auto &r : book.pipeline().lostReasons()) {
        if (!r.archived || r.id == deal.lostReasonId) {
            m_lostReason->addItem(r.displayName(), r.id);
        }
    }
    m_lostReason->setCurrentIndex(std::max(0, m_lostReason->findData(deal.lostReasonId)));
    m_lostNote = new QLineEdit(deal.lostNote);
    m_lostNote->setObjectName(u"lostNoteLineEdit"_s);
    m_serviceStatus = new QComboBox;
    m_serviceStatus->setObjectName(u"serviceStatusComboBox"_s);
    for (auto s : PipelineText::serviceStatuses()) {
        m_serviceStatus->addItem(PipelineText::name(s), int(s));
    }
    m_serviceStatus->setCurrentIndex(
            std::max(0, m_serviceStatus->findData(int(deal.serviceStatus))));
    m_category = new QComboBox;
    m_category->setObjectName(u"forecastCategoryComboBox"_s);
    for (ForecastCategory c : PipelineText::forecastCategories()) {
        m_category->addItem(PipelineText::name(c), int(c));
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(int(deal.forecastCategory))));
    m_category->setToolTip(tr("How sure you are that the deal closes by its expected close: "
                              "commit (you stake your word on it), best case (it could), "
                              "pipeline (too early to tell) or omitted (not this period)."));

    m_notes = new QPlainTextEdit(deal.notes);
    m_notes->setObjectName(u"notesPlainTextEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(80);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("Contact:"), contactRow);
    form->addRow(tr("&Owner:"), m_owner);
    // Rows holding a layout get a label whose shortcut goes to the row's main field.
    const auto labelFor = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Value:"), m_value), valueRow);
    // What a deal in another currency counts for in every total, by PipelineService's rule.
    m_homeValue = new QLabel;
    m_homeValue->setObjectName(u"homeValueLabel"_s);
    m_homeValue->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_homeValue);
    form->addRow(labelFor(tr("E&xpected close:"), m_expectedClose), closeRow);
    form->addRow(tr("&Stage:"), m_stage);
    m_lostReasonLabel = new QLabel(tr("Lost &reason:"));
    m_lostReasonLabel->setBuddy(m_lostReason);
    form->addRow(m_lostReasonLabel, m_lostReason);
    m_lostNoteLabel = new QLabel(tr("Lost note:"));
    m_lostNoteLabel->setBuddy(m_lostNote);
    form->addRow(m_lostNoteLabel, m_lostNote);
    m_serviceLabel = new QLabel(tr("After-sales service:"));
    m_serviceLabel->setBuddy(m_serviceStatus);
    form->addRow(m_serviceLabel, m_serviceStatus);
    m_categoryLabel = new QLabel(tr("&Forecast category:"));
    m_categoryLabel->setBuddy(m_category);
    form->addRow(m_categoryLabel, m_category);
    form->addRow(labelFor(tr("Win &probability:"), m_probability), probabilityRow);
    form->addRow(tr("Sou&rce:"), m_source);
    form->addRow(tr("Pro&duct or service:"), m_product);
    form->addRow(tr("Co&mpetitors:"), m_competitor);
    form->addRow(tr("&Next step:"), m_nextStep);
    form->addRow(labelFor(tr("Next step &date:"), m_nextStepDate), nextRow);
    form->addRow(tr("No&tes:"), m_notes);

    m_problems = new QLabel;
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setStyleSheet(u"color: #c0392b;"_s);
    m_problems->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"dealEditorButtonBox"_s);
    if (deal.id > 0) {
        // Commission: who shares the credit, and a won deal cancelled or refunded afterwards.
        auto *split = m_buttons->addButton(tr("Split &Credit…"), QDialogButtonBox::ActionRole);
        split->setObjectName(u"dealEditorSplitButton"_s);
        connect(split, &QPushButton::clicked, this, [this] {
            m_then = Then::SplitCredit;
            accept();
        });
        if (deal.status == DealStatus::Won) {
            auto *reverse
                    = m_buttons->addButton(tr("&Reverse Won Deal…"), QDialogButtonBox::ActionRole);
            reverse->setObjectName(u"dealEditorReverseButton"_s);
            connect(reverse, &QPushButton::clicked, this, [this] {
                m_then = Then::Reverse;
                accept();
            });
        }
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DealEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DealEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (auto *edit : {m_title, m_customer, m_value}) {
        connect(edit, &QLineEdit::textChanged, this, &DealEditor::validate);
    }
    connect(m_expectedClose, &QDateEdit::dateChanged, this, &DealEditor::validate);
    connect(m_hasExpectedClose, &QCheckBox::toggled, m_expectedClose, &QWidget::setEnabled);
    connect(m_hasExpectedClose, &QCheckBox::toggled, this, &DealEditor::validate);
    connect(m_hasNextStepDate, &QCheckBox::toggled, m_nextStepDate, &QWidget::setEnabled);
    connect(m_overrideProbability, &QCheckBox::toggled, m_probability, &QWidget::setEnabled);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealEditor::updateStatusFields);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealEditor::validate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &DealEditor::validate);
    m_expectedClose->setEnabled(m_hasExpectedClose->isChecked());
    m_nextStepDate->setEnabled(m_hasNextStepDate->isChecked());
    m_probability->setEnabled(m_overrideProbability->isChecked());
    updateStatusFields();
    validate();
    resize(520, sizeHint().height());
}

void DealEditor::updateStatusFields()
{
    const int key = m_stage->currentData().toInt();
    const bool lost = key == ClosedLost;
    const bool won = key == ClosedWon;
    for (QWidget *w :
         {static_cast<QWidget *>(m_lostReason), static_cast<QWidget *>(m_lostNote),
          static_cast<QWidget *>(m_lostReasonLabel), static_cast<QWidget *>(m_lostNoteLabel)}) {
        w->setVisible(lost);
    }
    m_serviceStatus->setVisible(won);
    m_serviceLabel->setVisible(won);
    m_category->setVisible(!won && !lost);
    m_categoryLabel->setVisible(!won && !lost);
    if (!m_overrideProbability->isChecked()) {
        Deal d = collect();
        m_probability->setValue(m_book.pipeline().probability(d));
    }
}

Deal DealEditor::collect() const
{
    Deal d = m_original;
    d.title = m_title->text().trimmed();
    d.customerId = m_book.customers().findCustomer(m_customer->text());
    if (d.customerId == 0 && !m_customer->text().trimmed().isEmpty()) {
        d.customerId = -1; // a new customer, created on accept
    }
    d.ownerId = m_book.team().findRep(m_owner->currentText());
    d.currency = m_currency->currentText();
    const auto value = Money::parse(m_value->text().isEmpty() ? u"0"_s : m_value->text(),
                                    d.currency, QLocale());
    d.valueMinor = value ? value->minor() : 0;
    d.expectedClose = m_hasExpectedClose->isChecked() ? m_expectedClose->date() : QDate();
    const int key = m_stage->currentData().toInt();
    d.status = key == ClosedWon    ? DealStatus::Won
               : key == ClosedLost ? DealStatus::Lost
                                   : DealStatus::Open;
    if (d.status == DealStatus::Open) {
        d.stageId = key;
    } else if (d.stageId == 0 && m_stage->count() > 2) {
        d.stageId = m_stage->itemData(0).toLongLong();
    }
    d.probability = m_overrideProbability->isChecked() ? std::optional<int>(m_probability->value())
                                                       : std::nullopt;
    d.source = DealSource(m_source->currentData().toInt());
    d.product = m_product->text().trimmed();
    d.competitors = PipelineText::competitorNames(m_competitor->text());
    d.nextStep = m_nextStep->text().trimmed();
    d.nextStepDate = m_hasNextStepDate->isChecked() ? m_nextStepDate->date() : QDate();
    d.notes = m_notes->toPlainText();
    d.lostReasonId = d.status == DealStatus::Lost ? m_lostReason->currentData().toLongLong() : 0;
    d.lostNote = d.status == DealStatus::Lost ? m_lostNote->text().trimmed() : QString();
    d.serviceStatus = d.status == DealStatus::Won
                              ? ServiceStatus(m_serviceStatus->currentData().toInt())
                              : ServiceStatus::None;
    d.forecastCategory = d.status == DealStatus::Open
                                 ? ForecastCategory(m_category->currentData().toInt())
                                 : ForecastCategory::Pipeline;
    if (!d.createdAt.isValid()) {
        d.createdAt = m_book.clock().nowUtc();
    }
    return d;
}

void DealEditor::validate()
{
    Deal d = collect();
    QStringList messages;
    const auto value = Money::parse(m_value->text().isEmpty() ? u"0"_s : m_value->text(),
                                    d.currency, QLocale());
    bool valueBad = !value;
    if (!value) {
        messages.append(tr("Enter the value as a number, e.g. 12000 or 12000%1.")
                                .arg(QLocale().decimalPoint() + u"50"_s));
    }
    using F = DealProblem::Field;
    bool titleBad = false;
    bool customerBad = false;
    bool closeBad = false;
    bool blocked = !messages.isEmpty();
    for (const auto &p : PipelineService::validate(d)) {
        if (p.field == F::Customer && d.customerId == -1) {
            continue;
        }
        blocked = true;
        // An empty title or customer is not scolded before the user has been there.
        if ((p.field == F::Title && !m_title->isModified())
            || (p.field == F::Customer && !m_customer->isModified())) {
            continue;
        }
        messages.append(p.message);
        titleBad |= p.field == F::Title;
        customerBad |= p.field == F::Customer;
        valueBad |= p.field == F::Value;
        closeBad |= p.field == F::ExpectedClose;
    }
    markInvalid(m_title, titleBad);
    markInvalid(m_customer, customerBad);
    markInvalid(m_value, valueBad);
    showHomeValue(d, value.ok());
    markInvalid(m_expectedClose, closeBad);
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocked);
}

void DealEditor::showHomeValue(const Deal &d, bool valueOk)
{
    const CurrencyService &currencies = m_book.currencies();
    if (!valueOk || d.currency == currencies.home()) {
        m_homeValue->hide();
        return;
    }
    // A deal closed in this dialog closes now; the rate is that of its close day or of today.
    DealSummary s;
    s.status = d.status;
    s.currency = d.currency;
    s.valueMinor = d.valueMinor;
    const QDateTime now = m_book.clock().nowUtc();
    s.closedAt = d.status == DealStatus::Open || !d.closedAt.isValid() ? now : d.closedAt;
    const qint64 home = m_book.pipeline().homeValue(s, now);
    m_homeValue->setText(tr("Counts as %1 in every total.")
                                 .arg(Money(home, currencies.home()).format(QLocale())));
    m_homeValue->show();
}

void DealEditor::fillCustomerDetails()
{
    // Show what the book knows of an existing customer; a new one starts empty.
    const Customer *c
            = m_book.customers().customer(m_book.customers().findCustomer(m_customer->text()));
    if (!c) {
        return;
    }
    m_contact->setText(c->contactPerson);
    m_phone->setText(c->phone);
    m_email->setText(c->email);
}

Customer DealEditor::customerDetails() const
{
    Customer c;
    c.name = customerName();
    c.contactPerson = m_contact->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    return c;
}

QString DealEditor::customerName() const
{
    return m_customer->text().trimmed();
}

QString DealEditor::ownerName() const
{
    return m_owner->currentText().trimmed();
}

Deal DealEditor::deal() const
{
    return collect();
}

void DealEditor::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    QDialog::accept();
}

} // namespace salesdesk::ui
