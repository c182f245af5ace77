#include "ui/team/commissionview.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/rep.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"
#include "ui/common/loadwhenshown.h"
#include "ui/team/teamwidgets.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

QTableWidget *table(const QString &name, const QStringList &headers)
{
    QTableWidget *t = figureTable(name, headers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

PlanDialog::PlanDialog(Book &book, const CommissionPlan &plan, QWidget *parent)
    : SaveDialog(parent)
    , m_book(book)
    , m_plan(plan)
    , m_name(new QLineEdit(plan.name))
    , m_mode(new QComboBox)
    , m_tiers(new QTableWidget(0, 2))
    , m_quotaKind(new QComboBox)
    , m_quota(new QLineEdit)
    , m_cap(new QLineEdit)
    , m_clawback(new QSpinBox)
    , m_bonus(new QLineEdit)
    , m_bonusAt(new QLineEdit)
    , m_spiffs(new QTableWidget(0, 2))
    , m_pools(new QTableWidget(0, 3))
    , m_reps(new QListWidget)
{
    setObjectName(u"planDialog"_s);
    setWindowTitle(plan.id ? tr("Incentive Plan %1").arg(titleName(plan.name))
                           : tr("New Incentive Plan"));
    const QString home = book.currencies().home();
    const auto text = [&home](const std::optional<qint64> &minor) -> QString {
        return minor ? currency::formatAmount(*minor, home) : QString();
    };
    m_name->setObjectName(u"planNameEdit"_s);
    for (auto m : {CommissionMode::Marginal, CommissionMode::Flat, CommissionMode::Retroactive}) {
        m_mode->addItem(CommissionText::name(m), int(m));
    }
    m_mode->setCurrentIndex(m_mode->findData(int(plan.terms.mode)));

    m_tiers->setObjectName(u"planTiersTable"_s);
    m_tiers->setHorizontalHeaderLabels({tr("From attainment"), tr("Rate")});
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->hide();
    m_tiers->setMaximumHeight(120);
    for (const auto &t : plan.terms.tiers) {
        addTierRow(CommissionText::percentText(t.fromPpm), CommissionText::percentText(t.ratePpm));
    }
    if (plan.terms.tiers.isEmpty()) {
        addTierRow(u"0%"_s, u"5%"_s);
    }
    auto *addTier = new QPushButton(tr("Add Tier"));
    auto *removeTier = new QPushButton(tr("Remove Tier"));
    connect(addTier, &QPushButton::clicked, this, [this] { addTierRow({}, {}); });
    connect(removeTier, &QPushButton::clicked, this, [this] {
        if (m_tiers->currentRow() >= 0) {
            m_tiers->removeRow(m_tiers->currentRow());
        }
    });
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(addTier);
    tierButtons->addWidget(removeTier);
    tierButtons->addStretch(1);
    auto *tiers = new QVBoxLayout;
    tiers->addWidget(m_tiers);
    tiers->addLayout(tierButtons);

    m_quotaKind->addItem(tr("Each rep's revenue target of the period"), false);
    m_quotaKind->addItem(tr("A fixed amount per period"), true);
    m_quotaKind->setCurrentIndex(plan.terms.quotaMinor ? 1 : 0);
    m_quota->setText(text(plan.terms.quotaMinor));
    m_quota->setEnabled(plan.terms.quotaMinor.has_value());
    connect(m_quotaKind, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_quota->setEnabled(i == 1); });
    auto *quota = new QHBoxLayout;
    quota->addWidget(m_quotaKind, 1);
    quota->addWidget(m_quota, 1);
    m_cap->setText(text(plan.terms.capMinor));
    m_cap->setPlaceholderText(tr("no cap"));
    m_clawback->setRange(0, 730);
    m_clawback->setValue(plan.terms.clawbackDays);
    m_clawback->setSuffix(tr(" days after the win"));
    m_bonus->setText(plan.terms.bonusMinor ? currency::formatAmount(plan.terms.bonusMinor, home)
                                           : QString());
    m_bonus->setPlaceholderText(tr("none"));
    m_bonusAt->setText(plan.terms.bonusFromPpm
                               ? CommissionText::percentText(*plan.terms.bonusFromPpm)
                               : u"100%"_s);
    auto *bonus = new QHBoxLayout;
    bonus->addWidget(m_bonus, 2);
    bonus->addWidget(new QLabel(tr("on reaching")));
    bonus->addWidget(m_bonusAt, 1);

    m_spiffs->setHorizontalHeaderLabels({tr("Product"), tr("Per won deal")});
    m_spiffs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_spiffs->verticalHeader()->hide();
    m_spiffs->setMaximumHeight(90);
    for (auto it = plan.terms.spiffs.cbegin(); it != plan.terms.spiffs.cend(); ++it) {
        const int row = m_spiffs->rowCount();
        m_spiffs->insertRow(row);
        m_spiffs->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_spiffs->setItem(row, 1, new QTableWidgetItem(currency::formatAmount(*it, home)));
    }
    for (int i = 0; i < 2; ++i) {
        m_spiffs->insertRow(m_spiffs->rowCount());
    }

    // Team pools: a team, the amount, and the attainment of the team's target that pays it.
    m_pools->setObjectName(u"planPoolsTable"_s);
    m_pools->setHorizontalHeaderLabels({tr("Team"), tr("Pool"), tr("Paid from attainment")});
    m_pools->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pools->verticalHeader()->hide();
    m_pools->setMaximumHeight(90);
    for (const CommissionPool &pool : plan.terms.pools) {
        addPoolRow(pool);
    }
    if (!book.team().teams().isEmpty()) {
        addPoolRow({});
    }

    m_reps->setObjectName(u"planRepsList"_s);
    m_reps->setMaximumHeight(100);
    for (const Rep &r : book.team().reps()) {
        if (!r.active && !plan.repIds.contains(r.id)) {
            continue;
        }
        auto *i = new QListWidgetItem(r.name, m_reps);
        i->setData(Qt::UserRole, r.id);
        i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        i->setCheckState(plan.repIds.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        if (const CommissionPlan *other = book.commission().planOf(r.id);
            other && other->id != plan.id) {
            i->setToolTip(tr("On “%1” now; checking moves them to this plan.").arg(other->name));
        }
    }

    QFormLayout *form = addForm();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Pays:"), m_mode);
    form->addRow(label(tr("&Tiers:"), m_tiers), tiers);
    form->addRow(label(tr("&Quota:"), m_quotaKind), quota);
    form->addRow(tr("&Cap per period:"), m_cap);
    form->addRow(tr("C&lawback window:"), m_clawback);
    form->addRow(label(tr("&Bonus:"), m_bonus), bonus);
    form->addRow(tr("&SPIFFs:"), m_spiffs);
    form->addRow(tr("Team p&ools:"), m_pools);
    form->addRow(tr("&Reps:"), m_reps);
    auto *hint = new QLabel(tr("A tier is an attainment of quota from which its rate applies; the "
                               "first starts at 0 %. Deals fill the tiers in the order they "
                               "closed. Changing the terms makes a new version: statements "
                               "already settled keep theirs."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    body()->addWidget(hint);
    resize(620, 700);
}

void PlanDialog::addPoolRow(const CommissionPool &pool)
{
    const int row = m_pools->rowCount();
    m_pools->insertRow(row);
    auto *team = new QComboBox;
    team->addItem(tr("(none)"), qint64(0));
    for (const Team &t : m_book.team().teams()) {
        team->addItem(t.name, t.id);
    }
    team->setCurrentIndex(std::max(0, team->findData(pool.teamId)));
    m_pools->setCellWidget(row, 0, team);
    const QString home = m_book.currencies().home();
    m_pools->setItem(row, 1,
                     new QTableWidgetItem(pool.amountMinor
                                                  ? currency::formatAmount(pool.amountMinor, home)
                                                  : QString()));
    m_pools->setItem(row, 2,
                     new QTableWidgetItem(pool.teamId ? CommissionText::percentText(pool.fromPpm)
                                                      : QString()));
}

void PlanDialog::addTierRow(const QString &from, const QString &rate)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(row, 0, new QTableWidgetItem(from));
    m_tiers->setItem(row, 1, new QTableWidgetItem(rate));
}

Result<std::optional<qint64>> PlanDialog::amount(QLineEdit *edit) const
{
    if (edit->text().trimmed().isEmpty()) {
        return std::optional<qint64>();
    }
    auto m = Money::parse(edit->text(), m_book.currencies().home(), QLocale());
    if (!m) {
        return m.error();
    }
    return std::optional<qint64>(m->minor());
}

Result<TeamCommands::PlanState> PlanDialog::plan() const
{
    TeamCommands::PlanState p;
    p.name = m_name->text().trimmed();
    CommissionTerms &t = p.terms;
    t.mode = CommissionMode(m_mode->currentData().toInt());
    QStringList tiers;
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QString from
                = m_tiers->item(row, 0) ? m_tiers->item(row, 0)->text().trimmed() : QString();
        const QString rate
                = m_tiers->item(row, 1) ? m_tiers->item(row, 1)->text().trimmed() : QString();
        if (!from.isEmpty() || !rate.isEmpty()) {
            tiers.append(from + u':' + rate);
        }
    }
    auto parsed = CommissionText::parseTiers(tiers.join(u','));
    if (!parsed) {
        return parsed.error();
    }
    t.tiers = *parsed;
    if (m_quotaKind->currentIndex() == 1) {
        auto q = amount(m_quota);
        if (!q) {
            return q.error();
        }
        if (!*q || **q <= 0) {
            return Error::user(tr("Give the fixed quota, or take each rep's revenue target."));
        }
        t.quotaMinor = *q;
    }
    auto cap = amount(m_cap);
    if (!cap) {
        return cap.error();
    }
    t.capMinor = *cap;
    t.clawbackDays = m_clawback->value();
    auto bonus = amount(m_bonus);
    if (!bonus) {
        return bonus.error();
    }
    if (*bonus && **bonus > 0) {
        t.bonusMinor = **bonus;
        t.bonusFromPpm = CommissionText::parsePercent(m_bonusAt->text());
        if (!t.bonusFromPpm) {
            return Error::user(tr("Say at what attainment the bonus is paid, e.g. 100%."));
        }
    }
    for (int row = 0; row < m_spiffs->rowCount(); ++row) {
        const QString product
                = m_spiffs->item(row, 0) ? m_spiffs->item(row, 0)->text().trimmed() : QString();
        const QString value
                = m_spiffs->item(row, 1) ? m_spiffs->item(row, 1)->text().trimmed() : QString();
        if (product.isEmpty() && value.isEmpty()) {
            continue;
        }
        auto m = Money::parse(value, m_book.currencies().home(), QLocale());
        if (product.isEmpty() || !m || m->minor() <= 0) {
            return Error::user(tr("A SPIFF needs a product and an amount above zero."));
        }
        t.spiffs.insert(product, m->minor());
    }
    for (int row = 0; row < m_pools->rowCount(); ++row) {
        const auto *team = qobject_cast<QComboBox *>(m_pools->cellWidget(row, 0));
        const qint64 teamId = team ? team->currentData().toLongLong() : 0;
        if (!teamId) {
            continue;
        }
        const QString amountText
                = m_pools->item(row, 1) ? m_pools->item(row, 1)->text() : QString();
        auto m = Money::parse(amountText, m_book.currencies().home(), QLocale());
        if (!m || m->minor() <= 0) {
            return Error::user(tr("A team pool needs an amount above zero."));
        }
        const QString fromText
                = m_pools->item(row, 2) ? m_pools->item(row, 2)->text().trimmed() : QString();
        const auto from = fromText.isEmpty() ? std::optional<qint64>(0)
                                             : CommissionText::parsePercent(fromText);
        if (!from) {
            return Error::user(tr("Say from what attainment of the team's target a pool is paid, "
                                  "e.g. 100%, or leave it empty to pay it always."));
        }
        t.pools.append({teamId, m->minor(), *from});
    }
    for (int i = 0; i < m_reps->count(); ++i) {
        if (m_reps->item(i)->checkState() == Qt::Checked) {
            p.repIds.append(m_reps->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    return p;
}

CommissionView::CommissionView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_plans(table(u"plansTable"_s, {tr("Plan"), tr("Version"), tr("Pays"), tr("Tiers"),
                                      tr("Quota"), tr("Cap"), tr("Reps")}))
    , m_period(new QComboBox)
    , m_table(table(u"statementsTable"_s, {tr("Sales rep"), tr("Plan"), tr("Quota"), tr("Credited"),
                                           tr("Attainment"), tr("Commission"), tr("SPIFFs & bonus"),
                                           tr("Cap"), tr("Clawback"), tr("Payout"), tr("Status")}))
    , m_lines(table(u"statementLinesTable"_s, {tr("Line"), tr("Closed"), tr("Credited"), tr("Tier"),
                                               tr("Rate"), tr("Commission"), tr("How")}))
    , m_linesTitle(new QLabel)
    , m_new(new QAction(tr("New Incentive &Plan…"), this))
    , m_edit(new QAction(tr("Edit Incentive P&lan…"), this))
    , m_settle(new QAction(tr("&Settle Period…"), this))
    , m_export(new QAction(tr("E&xport Statements…"), this))
{
    m_new->setObjectName(u"newPlanAction"_s);
    m_edit->setObjectName(u"editPlanAction"_s);
    m_settle->setObjectName(u"settleAction"_s);
    m_export->setObjectName(u"exportStatementsAction"_s);
    connect(m_new, &QAction::triggered, this, &CommissionView::newPlan);
    connect(m_edit, &QAction::triggered, this, &CommissionView::editPlan);
    connect(m_settle, &QAction::triggered, this, &CommissionView::settle);
    connect(m_export, &QAction::triggered, this, &CommissionView::exportStatements);
    connect(m_plans, &QTableWidget::itemDoubleClicked, this, &CommissionView::editPlan);
    connect(m_plans, &QTableWidget::itemSelectionChanged, this,
            [this] { m_edit->setEnabled(currentPlanId() != 0); });

    const QDate today = book.clock().today();
    const int startMonth = book.targets().yearStartMonth();
    Period q = Period::containing(Period::Kind::Quarter, today, startMonth);
    for (int i = 0; i < 8; ++i) {
        m_period->addItem(q.label(), q.toString());
        q = KpiService::previous(q);
    }
    m_period->setObjectName(u"commissionPeriodCombo"_s);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CommissionView::reloadStatements);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CommissionView::showLines);

    auto *planBar = new QHBoxLayout;
    planBar->addWidget(new QLabel(tr("<b>Incentive plans</b>")));
    planBar->addStretch(1);
    planBar->addWidget(actionButton(m_new));
    planBar->addWidget(actionButton(m_edit));
    auto *plans = new QWidget;
    auto *plansLayout = new QVBoxLayout(plans);
    plansLayout->setContentsMargins(0, 0, 0, 0);
    plansLayout->addLayout(planBar);
    plansLayout->addWidget(m_plans);

    auto *statementBar = new QHBoxLayout;
    statementBar->addWidget(new QLabel(tr("<b>Commission statements of</b>")));
    statementBar->addWidget(m_period);
    statementBar->addStretch(1);
    statementBar->addWidget(actionButton(m_settle));
    statementBar->addWidget(actionButton(m_export));
    auto *statements = new QWidget;
    auto *statementsLayout = new QVBoxLayout(statements);
    statementsLayout->setContentsMargins(0, 0, 0, 0);
    statementsLayout->addLayout(statementBar);
    statementsLayout->addWidget(m_table, 1);
    statementsLayout->addWidget(m_linesTitle);
    statementsLayout->addWidget(m_lines, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(plans);
    split->addWidget(statements);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    auto *loader = new LoadWhenShown(this, [this] { reload(); });
    connect(&book.commission(), &CommissionService::plansChanged, loader, &LoadWhenShown::request);
    connect(&book, &Book::reloaded, loader, &LoadWhenShown::request);
    connect(&book.commission(), &CommissionService::statementsChanged, this,
            &CommissionView::reloadStatements);
}

void CommissionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first showing reads everything (the loader); later ones the statements again.
    if (m_shownBefore) {
        reloadStatements();
    }
    m_shownBefore = true;
}

QList<QAction *> CommissionView::actions() const
{
    return {m_new, m_edit, m_settle, m_export};
}

Period CommissionView::period() const
{
    return Period::parse(m_period->currentData().toString()).value_or(Period());
}

void CommissionView::setPeriod(const Period &period)
{
    const int i = m_period->findData(period.toString());
    if (i >= 0) {
        m_period->setCurrentIndex(i);
    } else {
        m_period->addItem(period.label(), period.toString());
        m_period->setCurrentIndex(m_period->count() - 1);
    }
}

qint64 CommissionView::currentPlanId() const
{
    const auto rows = m_plans->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_plans->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void CommissionView::reload()
{
    reloadPlans();
    reloadStatements();
}

void CommissionView::reloadPlans()
{
    const qint64 keep = currentPlanId();
    const QString home = m_book.currencies().home();
    m_plans->setRowCount(0);
    for (const CommissionPlan &p : m_book.commission().plans()) {
        const int row = m_plans->rowCount();
        m_plans->insertRow(row);
        auto *name = readOnlyCell(p.name);
        name->setData(Qt::UserRole, p.id);
        m_plans->setItem(row, 0, name);
        m_plans->setItem(row, 1, figureCell(QString::number(p.version)));
        m_plans->setItem(row, 2, readOnlyCell(CommissionText::name(p.terms.mode)));
        QStringList tiers;
        for (const auto &t : p.terms.tiers) {
            tiers.append(tr("%1 from %2")
                                 .arg(CommissionText::percentText(t.ratePpm),
                                      CommissionText::percentText(t.fromPpm)));
        }
        m_plans->setItem(row, 3, readOnlyCell(tiers.join(u" · "_s)));
        m_plans->setItem(row, 4,
                         readOnlyCell(p.terms.quotaMinor ? Money(*p.terms.quotaMinor, home).format()
                                                         : tr("revenue target")));
        m_plans->setItem(row, 5,
                         figureCell(p.terms.capMinor ? Money(*p.terms.capMinor, home).format()
                                                     : tr("none")));
        QStringList names;
        for (qint64 r : p.repIds) {
            names.append(m_book.team().repName(r));
        }
        m_plans->setItem(row, 6, readOnlyCell(names.join(u", "_s)));
        if (p.id == keep) {
            m_plans->selectRow(row);
        }
    }
    m_plans->resizeColumnsToContents();
    m_edit->setEnabled(currentPlanId() != 0);
}

void CommissionView::reloadStatements()
{
    const qint64 keepRep = [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        return rows.isEmpty()
                       ? qint64(0)
                       : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    }();
    m_table->setRowCount(0);
    m_statements.clear();
    const Period p = period();
    auto list = m_book.commission().statements(p, 0, m_book.clock().today());
    if (!list) {
        m_linesTitle->setText(list.message());
        m_lines->setRowCount(0);
        return;
    }
    m_statements = std::move(list).value();
    const QString home = m_book.currencies().home();
    const QLocale locale;
    bool open = false;
    for (const CommissionStatement &s : std::as_const(m_statements)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = readOnlyCell(m_book.team().repName(s.repId));
        name->setData(Qt::UserRole, s.repId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, readOnlyCell(tr("%1 (v%2)").arg(s.planName).arg(s.planVersion)));
        m_table->setItem(
                row, 2,
                figureCell(s.quotaMinor ? Money(*s.quotaMinor, home).format() : tr("no quota")));
        m_table->setItem(row, 3, figureCell(Money(s.creditedMinor, home).format()));
        m_table->setItem(row, 4,
                         figureCell(s.attainment
                                            ? locale.toString(*s.attainment * 100, 'f', 1) + u" %"_s
                                            : tr("–")));
        m_table->setItem(row, 5, figureCell(Money(s.commissionMinor, home).format()));
        m_table->setItem(row, 6, figureCell(Money(s.extrasMinor, home).format()));
        m_table->setItem(row, 7, figureCell(Money(s.capMinor, home).format()));
        m_table->setItem(row, 8, figureCell(Money(-s.clawbackMinor, home).format()));
        auto *payout = figureCell(Money(s.payoutMinor, home).format());
        QFont bold = payout->font();
        bold.setBold(true);
        payout->setFont(bold);
        m_table->setItem(row, 9, payout);
        m_table->setItem(
                row, 10,
                readOnlyCell(
                        s.settled ? tr("Settled %1").arg(dateText(s.settledAt.toLocalTime().date()))
                                  : tr("Preview")));
        open = open || !s.settled;
        if (s.repId == keepRep) {
            m_table->selectRow(row);
        }
    }
    m_table->resizeColumnsToContents();
    m_settle->setEnabled(open && p.isValid() && m_book.clock().today() >= p.end());
    m_settle->setToolTip(p.isValid() && m_book.clock().today() < p.end()
                                 ? tr("%1 runs until %2; it can be settled once it is over.")
                                           .arg(p.label(), dateText(p.end()))
                                 : tr("Store the period's statements as they are: settled "
                                      "statements never change."));
    m_export->setEnabled(!m_statements.isEmpty());
    if (m_table->selectionModel()->selectedRows().isEmpty() && m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    if (m_statements.isEmpty()) {
        m_linesTitle->setText(m_book.commission().plans().isEmpty()
                                      ? tr("No incentive plans yet. Add one with New Incentive "
                                           "Plan and choose the reps it pays; their statements "
                                           "appear here.")
                                      : tr("No sales rep is on a plan."));
        m_lines->setRowCount(0);
    }
    showLines();
}

void CommissionView::showLines()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_statements.size()) {
        return;
    }
    const CommissionStatement &s = m_statements[rows.first().row()];
    const QString home = m_book.currencies().home();
    m_linesTitle->setText(tr("%1's statement for %2: every line, with how it was computed.")
                                  .arg(m_book.team().repName(s.repId), s.period.label()));
    m_lines->setRowCount(0);
    for (const CommissionLine &l : s.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(
                row, 0,
                readOnlyCell(
                        l.kind == CommissionLine::Kind::Deal
                                ? l.title
                                : CommissionText::name(l.kind)
                                          + (l.title.isEmpty()
                                                             || l.title
                                                                        == CommissionText::name(
                                                                                l.kind)
                                                     ? QString()
                                                     : u": "_s + l.title)));
        m_lines->setItem(row, 1,
                         readOnlyCell(l.closedOn.isValid() ? dateText(l.closedOn) : QString()));
        m_lines->setItem(
                row, 2,
                figureCell(l.creditedMinor ? Money(l.creditedMinor, home).format() : QString()));
        m_lines->setItem(row, 3, figureCell(l.tier > 0 ? QString::number(l.tier) : QString()));
        m_lines->setItem(
                row, 4,
                figureCell(l.tier > 0 ? CommissionText::percentText(l.ratePpm) : QString()));
        m_lines->setItem(row, 5, figureCell(Money(l.commissionMinor, home).format()));
        m_lines->setItem(
                row, 6,
                readOnlyCell(l.slices.size() > 1 ? m_book.commission().slicesText(l) : l.note));
    }
    m_lines->resizeColumnsToContents();
}

void CommissionView::newPlan()
{
    CommissionPlan blank;
    blank.terms.tiers = {{0, 50000}};
    PlanDialog dialog(m_book, blank, this);
    dialog.setCommand(
            m_undo,
            [&]() -> Result<std::unique_ptr<SwapCommand<std::optional<TeamCommands::PlanState>>>> {
                auto plan = dialog.plan();
                if (!plan) {
                    return plan.error();
                }
                return TeamCommands::savePlan(m_book.commission(), 0, *plan);
            });
    dialog.exec();
}

void CommissionView::editPlan()
{
    const CommissionPlan *p = m_book.commission().plan(currentPlanId());
    if (!p) {
        return;
    }
    PlanDialog dialog(m_book, *p, this);
    const qint64 id = p->id;
    dialog.setCommand(
            m_undo,
            [&]() -> Result<std::unique_ptr<SwapCommand<std::optional<TeamCommands::PlanState>>>> {
                auto plan = dialog.plan();
                if (!plan) {
                    return plan.error();
                }
                return TeamCommands::savePlan(m_book.commission(), id, *plan);
            });
    dialog.exec();
}

void CommissionView::settle()
{
    const Period p = period();
    int open = 0;
    qint64 payout = 0;
    for (const auto &s : std::as_const(m_statements)) {
        if (!s.settled) {
            ++open;
            payout += s.payoutMinor;
        }
    }
    QMessageBox box(QMessageBox::Question, tr("Settle %1").arg(p.label()),
                    tr("Settle %1 for %n reps, paying %2 in all?", nullptr, open)
                            .arg(p.label(), Money(payout, m_book.currencies().home()).format()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Settled statements are stored as they are and never change, not "
                              "even by Undo. A deal reversed later is taken back in the period "
                              "of its reversal."));
    box.addButton(tr("Settle"), QMessageBox::AcceptRole);
    box.setObjectName(u"settleMessageBox"_s);
    if (box.exec() == QMessageBox::Cancel) {
        return;
    }
    if (auto done = m_book.commission().settle(p, 0, m_book.clock().today()); !done) {
        QMessageBox::warning(this, tr("Settle %1").arg(p.label()), done.message());
    }
}

void CommissionView::exportStatements()
{
    const QString suggested = tr("Commission %1").arg(period().toString()) + u".xlsx"_s;
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Export Statements"), suggested,
                                           tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = Exporter::write(m_book.commission().table(m_statements), path); !st) {
        QMessageBox::warning(this, tr("Export Statements"), st.message());
    }
}

} // namespace salesdesk::ui
