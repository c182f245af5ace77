#include "ui/targets/targetdialogs.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/targets/targetmath.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const QString ProblemStyle = u"color: #c0392b;"_s;
} // namespace

// ---- NewTargetDialog ----------------------------------------------------------------------

NewTargetDialog::NewTargetDialog(Book &book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_targets(book.targets())
{
    setObjectName(u"newTargetDialog"_s);
    setWindowTitle(tr("New Target"));

    m_metric = new QComboBox;
    m_metric->setObjectName(u"metricComboBox"_s);
    for (auto m : TargetText::metrics()) {
        m_metric->addItem(TargetText::name(m), int(m));
    }
    m_scopeKind = new QComboBox;
    m_scopeKind->setObjectName(u"scopeKindComboBox"_s);
    m_scopeKind->addItem(tr("The whole company"), int(ScopeKind::Company));
    m_scopeKind->addItem(tr("A sales rep"), int(ScopeKind::Rep));
    m_scopeKind->addItem(tr("A team or region"), int(ScopeKind::Team));
    m_scopeKind->addItem(tr("A product or service"), int(ScopeKind::Product));
    m_rep = new QComboBox;
    m_rep->setObjectName(u"repComboBox"_s);
    for (const auto &r : book.team().reps()) {
        m_rep->addItem(r.name, r.id);
    }
    m_scopeText = new QLineEdit;
    m_scopeText->setObjectName(u"scopeTextLineEdit"_s);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeKind);
    scopeRow->addWidget(m_rep, 1);
    scopeRow->addWidget(m_scopeText, 1);

    m_periodKind = new QComboBox;
    m_periodKind->setObjectName(u"periodKindComboBox"_s);
    m_periodKind->addItem(tr("Year"), int(Period::Kind::Year));
    m_periodKind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_periodKind->addItem(tr("Month"), int(Period::Kind::Month));
    m_periodKind->addItem(tr("Week"), int(Period::Kind::Week));
    m_year = new QSpinBox;
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2000, 2100);
    m_year->setValue(book.clock().today().year());
    m_year->setGroupSeparatorShown(false);
    m_part = new QSpinBox;
    m_part->setObjectName(u"periodPartSpinBox"_s);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodKind);
    periodRow->addWidget(m_year);
    periodRow->addWidget(m_part);
    // The days the period covers: a year that starts in April says so.
    m_periodDates = new QLabel;
    m_periodDates->setObjectName(u"periodDatesLabel"_s);
    m_periodDates->setForegroundRole(QPalette::PlaceholderText);
    periodRow->addWidget(m_periodDates);
    periodRow->addStretch(1);

    m_value = new QLineEdit;
    m_value->setObjectName(u"targetValueLineEdit"_s);
    m_unit = new QLabel;
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);

    m_name = new QLineEdit;
    m_name->setObjectName(u"targetNameLineEdit"_s);
    m_objective = new QComboBox;
    m_objective->setObjectName(u"objectiveComboBox"_s);
    m_objective->setEditable(true);
    m_objective->addItem(QString());
    if (auto objectives = m_targets.objectives()) {
        m_objective->addItems(*objectives);
    }
    m_objective->lineEdit()->setPlaceholderText(tr("e.g. Grow East China region"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"targetDescriptionPlainTextEdit"_s);
    m_description->setPlaceholderText(tr("What the target is about, in a sentence"));
    m_description->setFixedHeight(60);
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Measure:"), m_metric);
    auto *scopeLabel = new QLabel(tr("&For:"));
    scopeLabel->setBuddy(m_scopeKind);
    form->addRow(scopeLabel, scopeRow);
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_periodKind);
    form->addRow(periodLabel, periodRow);
    auto *valueLabel = new QLabel(tr("&Target:"));
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Description:"), m_description);

    m_smart = new SmartCheckView;
    auto *smartTitle = new QLabel(tr("<b>SMART check</b>"));
    m_problems = new QLabel;
    m_problems->setStyleSheet(ProblemStyle);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"newTargetButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(smartTitle);
    layout->addWidget(m_smart);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_periodKind, &QComboBox::currentIndexChanged, this,
            &NewTargetDialog::updatePeriodFields);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this,
            &NewTargetDialog::updateScopeFields);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (auto *combo : {m_metric, m_scopeKind, m_rep, m_periodKind}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &NewTargetDialog::refresh);
    }
    connect(m_objective, &QComboBox::currentTextChanged, this, &NewTargetDialog::refresh);
    for (auto *spin : {m_year, m_part}) {
        connect(spin, &QSpinBox::valueChanged, this, &NewTargetDialog::refresh);
    }
    for (auto *edit : {m_value, m_scopeText, m_name}) {
        connect(edit, &QLineEdit::textChanged, this, &NewTargetDialog::refresh);
    }
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewTargetDialog::refresh);
    updatePeriodFields();
    updateScopeFields();
    refresh();
    resize(560, sizeHint().height());
}

void NewTargetDialog::updatePeriodFields()
{
    const auto kind = Period::Kind(m_periodKind->currentData().toInt());
    const QDate today = m_book.clock().today();
    const int startMonth = m_targets.yearStartMonth();
    m_part->setVisible(kind != Period::Kind::Year);
    switch (kind) {
    case Period::Kind::Year:
        m_year->setValue(Period::containing(kind, today, startMonth).yearNumber());
        break;
    case Period::Kind::Quarter: {
        const Period now = Period::containing(kind, today, startMonth);
        m_part->setPrefix(u"Q"_s);
        m_part->setRange(1, 4);
        m_year->setValue(now.yearNumber());
        m_part->setValue(now.index());
        break;
    }
    case Period::Kind::Month:
        m_part->setPrefix(tr("month "));
        m_part->setRange(1, 12);
        m_year->setValue(today.year());
        m_part->setValue(today.month());
        break;
    case Period::Kind::Week: {
        // The ISO week of today, in its ISO year (1 January may be in last year's week 53).
        const Period now = Period::containing(kind, today);
        m_part->setPrefix(tr("week "));
        m_year->setValue(now.yearNumber());
        m_part->setRange(1, isoWeeksInYear(now.yearNumber()));
        m_part->setValue(now.index());
        break;
    }
    }
}

void NewTargetDialog::updateScopeFields()
{
    const auto kind = ScopeKind(m_scopeKind->currentData().toInt());
    m_rep->setVisible(kind == ScopeKind::Rep);
    m_scopeText->setVisible(kind == ScopeKind::Team || kind == ScopeKind::Product);
    m_scopeText->setPlaceholderText(kind == ScopeKind::Team ? tr("Team or region name")
                                                            : tr("Product or service"));
}

Period NewTargetDialog::period() const
{
    const int year = m_year->value();
    switch (Period::Kind(m_periodKind->currentData().toInt())) {
    case Period::Kind::Year:
        return Period::year(year, m_targets.yearStartMonth());
    case Period::Kind::Quarter:
        return Period::quarter(year, m_part->value(), m_targets.yearStartMonth());
    case Period::Kind::Month:
        return Period::month(year, m_part->value());
    case Period::Kind::Week:
        return Period::week(year, m_part->value());
    }
    return {};
}

Target NewTargetDialog::target() const
{
    Target t;
    t.metric = Metric(m_metric->currentData().toInt());
    const auto kind = ScopeKind(m_scopeKind->currentData().toInt());
    t.scope.kind = kind;
    if (kind == ScopeKind::Rep) {
        t.scope.repId = m_rep->currentData().toLongLong();
    } else if (kind != ScopeKind::Company) {
        t.scope.text = m_scopeText->text().trimmed();
    }
    t.period = period();
    t.startsOn = t.period.start();
    t.endsOn = t.period.end();
    auto value = parseTargetValue(t.metric, m_value->text(), m_book.currencies().home());
    t.value = value ? *value : 0;
    t.name = m_name->text().trimmed();
    t.objective = m_objective->currentText().trimmed();
    t.description = m_description->toPlainText().trimmed();
    return t;
}

void NewTargetDialog::refresh()
{
    const auto metric = Metric(m_metric->currentData().toInt());
    m_unit->setText(TargetText::isMoney(metric) ? m_book.currencies().home()
                    : metric == Metric::WinRate ? u"%"_s
                                                : QString());
    Target t = target();
    if (t.period.isValid()) {
        const QLocale locale;
        m_periodDates->setText(tr("%1 – %2").arg(dateText(t.period.start(), locale),
                                                 dateText(t.period.end(), locale)));
    }
    if (!m_nameEdited) {
        const QSignalBlocker block(m_name);
        m_name->setText(tr("%1 · %2 · %3")
                                .arg(TargetText::name(metric), m_targets.scopeLabel(t.scope),
                                     t.period.label()));
        t.name = m_name->text();
    }
    QStringList problems = m_targets.validate(t);
    if (m_value->text().trimmed().isEmpty()) {
        problems.prepend(tr("Enter the target."));
    } else if (auto v = parseTargetValue(metric, m_value->text(), m_book.currencies().home()); !v) {
        problems.prepend(v.message());
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty() && !m_value->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    if (auto check = m_targets.smartCheck(t)) {
        m_smart->show(*check);
    }
}

// ---- SplitTargetDialog --------------------------------------------------------------------

SplitTargetDialog::SplitTargetDialog(TargetService &targets, const Target &target,
                                     const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_target(target)
    , m_currency(currency)
{
    setObjectName(u"splitTargetDialog"_s);
    setWindowTitle(tr("Split %1").arg(titleName(target.name)));
    m_into = new QComboBox;
    m_into->setObjectName(u"splitIntoComboBox"_s);
    using Into = TargetService::SplitInto;
    switch (target.period.kind()) {
    case Period::Kind::Year:
        m_into->addItem(tr("Quarters"), int(Into::Quarters));
        m_into->addItem(tr("Months"), int(Into::Months));
        break;
    case Period::Kind::Quarter:
        m_into->addItem(tr("Months"), int(Into::Months));
        break;
    case Period::Kind::Month:
        m_into->addItem(tr("Weeks"), int(Into::Weeks));
        break;
    case Period::Kind::Week:
        break;
    }
    if (target.scope.kind == ScopeKind::Company) {
        m_into->addItem(tr("Sales reps"), int(Into::Reps));
        m_into->addItem(tr("Teams"), int(Into::Teams));
        m_into->addItem(tr("Products"), int(Into::Products));
    }
    m_method = new QComboBox;
    m_method->setObjectName(u"splitMethodComboBox"_s);
    for (auto m :
         {SplitMethod::Seasonal, SplitMethod::Even, SplitMethod::Weights, SplitMethod::Amounts}) {
        m_method->addItem(TargetText::name(m), int(m));
    }
    m_numbers = new QLineEdit;
    m_numbers->setObjectName(u"splitNumbersLineEdit"_s);
    m_numbers->setPlaceholderText(tr("One number per part, separated by commas"));
    m_preview = new QTableWidget(0, 2);
    m_preview->setObjectName(u"splitPreviewTableWidget"_s);
    m_preview->setHorizontalHeaderLabels({tr("Part"), tr("Target")});
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"splitButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Split &into:"), m_into);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Weights or amounts:"), m_numbers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_into, &QComboBox::currentIndexChanged, this, &SplitTargetDialog::refresh);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SplitTargetDialog::refresh);
    connect(m_numbers, &QLineEdit::textChanged, this, &SplitTargetDialog::refresh);
    refresh();
    resize(480, 420);
}

void SplitTargetDialog::refresh()
{
    const auto method = SplitMethod(m_method->currentData().toInt());
    const bool numbers = method == SplitMethod::Weights || method == SplitMethod::Amounts;
    m_numbers->setEnabled(numbers);
    QList<double> values;
    bool parsed = true;
    for (const auto &part : m_numbers->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        double v = QLocale().toDouble(part.trimmed(), &ok);
        if (!ok) {
            v = part.trimmed().toDouble(&ok);
        }
        parsed &= ok;
        // Amounts are typed in major units for money.
        if (method == SplitMethod::Amounts && TargetText::isMoney(m_target.metric)) {
            v *= double(currency::minorPerMajor(m_currency));
        }
        values.append(v);
    }
    m_plan.reset();
    m_preview->setRowCount(0);
    auto plan = parsed ? m_targets.planSplit(
                        m_target.id, TargetService::SplitInto(m_into->currentData().toInt()),
                        method, numbers ? values : QList<double>())
                       : Result<TargetService::SplitPlan>(
                               Error::user(tr("Write the numbers like 1, 2, 3.")));
    if (!plan) {
        m_note->setText(
                u"<span style='%1'>%2</span>"_s.arg(ProblemStyle, plan.message().toHtmlEscaped()));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_plan = *plan;
    qint64 sum = 0;
    for (const auto &c : plan->children) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(c.name));
        auto *value = new QTableWidgetItem(m_targets.formatValue(c.metric, c.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(row, 1, value);
        sum += c.value;
    }
    QString note = plan->note;
    if (TargetText::isAdditive(m_target.metric) && sum != m_target.value) {
        note += u' '
                + tr("The parts add up to %1, not %2.")
                          .arg(m_targets.formatValue(m_target.metric, sum),
                               m_targets.formatValue(m_target.metric, m_target.value));
    }
    m_note->setText(note.toHtmlEscaped());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

// ---- AdjustTargetDialog -------------------------------------------------------------------

AdjustTargetDialog::AdjustTargetDialog(const TargetService &targets, const Target &target,
                                       const QString &currency, bool hasChildren,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_target(target)
    , m_today(today)
    , m_currency(currency)
{
    setObjectName(u"adjustTargetDialog"_s);
    setWindowTitle(tr("Adjust %1").arg(titleName(target.name)));
    auto *current = new QLabel(targets.formatValue(target.metric, target.value));
    m_value = new QLineEdit(targetValueText(target.metric, target.value, currency));
    m_value->setObjectName(u"adjustValueLineEdit"_s);
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"adjustReasonLineEdit"_s);
    m_reason->setPlaceholderText(tr("Why the target changes (kept in its history)"));
    m_respread = new QCheckBox(tr("Spread the change over its parts (locked and ended parts "
                                  "stay)"));
    m_respread->setObjectName(u"respreadCheckBox"_s);
    m_respread->setChecked(hasChildren);
    m_respread->setVisible(hasChildren && TargetText::isAdditive(target.metric));
    m_rebalance = new QCheckBox(tr("Let the other parts absorb the difference"));
    m_rebalance->setObjectName(u"rebalanceCheckBox"_s);
    m_rebalance->setChecked(target.parentId != 0);
    m_rebalance->setVisible(target.parentId != 0 && TargetText::isAdditive(target.metric));
    m_preview = new QTableWidget(0, 3);
    m_preview->setObjectName(u"adjustPreviewTableWidget"_s);
    m_preview->setHorizontalHeaderLabels({tr("Part"), tr("Now"), tr("After")});
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note = new QLabel;
    m_note->setObjectName(u"adjustNoteLabel"_s);
    m_note->setWordWrap(true);
    m_problems = new QLabel;
    m_problems->setStyleSheet(ProblemStyle);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"adjustButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Now:"), current);
    form->addRow(tr("&New target:"), m_value);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_respread);
    layout->addWidget(m_rebalance);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_value, &QLineEdit::textChanged, this, &AdjustTargetDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &AdjustTargetDialog::validate);
    connect(m_respread, &QCheckBox::toggled, this, &AdjustTargetDialog::validate);
    connect(m_rebalance, &QCheckBox::toggled, this, &AdjustTargetDialog::validate);
    validate();
    resize(500, sizeHint().height());
}

void AdjustTargetDialog::validate()
{
    auto value = parseTargetValue(m_target.metric, m_value->text(), m_currency);
    // OK waits for a new value and a reason; saying so waits until the user has typed in the
    // field concerned.
    QString problem;
    bool shown = true;
    if (!value) {
        problem = value.message();
    } else if (*value == m_target.value) {
        problem = tr("Enter the new target.");
        shown = m_value->isModified();
    } else if (m_reason->text().trimmed().isEmpty()) {
        problem = tr("Say why the target changes.");
        shown = m_reason->isModified();
    }
    m_parsed = value ? *value : 0;
    updatePreview();
    if (problem.isEmpty() && !m_preview->property("feasible").toBool()) {
        problem = m_preview->property("problem").toString();
    }
    m_problems->setText(shown ? problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void AdjustTargetDialog::updatePreview()
{
    // What the parts become, before anything is saved: the service's own plan.
    const bool spreading = respread();
    const bool balancing = rebalance();
    m_preview->setVisible(spreading || balancing);
    m_preview->setRowCount(0);
    m_preview->setProperty("feasible", true);
    m_note->hide();
    if (!spreading && !balancing) {
        return;
    }
    auto changes = m_targets.previewAdjust(m_target.id, m_parsed, spreading, balancing, m_today);
    if (!changes) {
        m_preview->setProperty("feasible", false);
        m_preview->setProperty("problem", changes.message());
        return;
    }
    int ended = 0;
    for (const auto &c : std::as_const(*changes)) {
        using Kept = TargetService::PartChange::Kept;
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const QString why = c.kept == Kept::Locked  ? tr(" (locked)")
                            : c.kept == Kept::Ended ? tr(" (ended)")
                                                    : QString();
        ended += c.kept == Kept::Ended ? 1 : 0;
        auto *name = new QTableWidgetItem(c.part.name + why);
        name->setToolTip(c.part.name + why);
        m_preview->setItem(row, 0, name);
        m_preview->setItem(
                row, 1, new QTableWidgetItem(m_targets.formatValue(c.part.metric, c.part.value)));
        auto *item = new QTableWidgetItem(m_targets.formatValue(c.part.metric, c.after));
        if (c.after != c.part.value) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_preview->setItem(row, 2, item);
    }
    if (ended > 0) {
        m_note->setText(tr("%n part(s) ended before %1 and keep their figures; the change goes "
                           "to the parts still running.",
                           nullptr, ended)
                                .arg(dateText(m_today)));
        m_note->show();
    }
}

QString AdjustTargetDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool AdjustTargetDialog::respread() const
{
    return !m_respread->isHidden() && m_respread->isChecked();
}

bool AdjustTargetDialog::rebalance() const
{
    return !m_rebalance->isHidden() && m_rebalance->isChecked();
}

} // namespace salesdesk::ui
