#include "ui/team/teampage.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"
#include "core/team/career.h"
#include "core/team/commission.h"
#include "core/team/teamservice.h"
#include "ui/commands/teamcommands.h"
#include "ui/common/dialogs.h"
#include "ui/team/commissionview.h"
#include "ui/team/teamdialogs.h"
#include "ui/team/teamwidgets.h"
#include "ui/team/trainingview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

// A team's figures: its reps' (and its sub-teams' reps') added up.
struct Sum
{
    int reps = 0;
    qint64 revenue = 0;
    int won = 0;
    int lost = 0;
    int activities = 0;
};

} // namespace

TeamPage::TeamPage(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_views(new QTabWidget)
    , m_reps(new QTableWidget(0, 11))
    , m_teams(new QTreeWidget)
    , m_quarter(new QLabel)
    , m_career(new QLabel)
    , m_training(new TrainingView(book, undo))
    , m_commission(new CommissionView(book, undo))
    , m_refresh(new QTimer(this))
    , m_newRep(new QAction(tr("New Sales &Rep…"), this))
    , m_editRep(new QAction(tr("&Edit Sales Rep…"), this))
    , m_handOver(new QAction(tr("&Hand Over Work…"), this))
    , m_newTeam(new QAction(tr("New &Team…"), this))
    , m_editTeam(new QAction(tr("Edit T&eam…"), this))
    , m_removeTeam(new QAction(tr("Remove Te&am"), this))
    , m_award(new QAction(tr("Give &Award…"), this))
    , m_promote(new QAction(tr("&Promote…"), this))
    , m_ladder(new QAction(tr("Career &Ladder…"), this))
{
    m_award->setObjectName(u"giveAwardAction"_s);
    m_promote->setObjectName(u"promoteAction"_s);
    m_ladder->setObjectName(u"ladderAction"_s);
    connect(m_award, &QAction::triggered, this, &TeamPage::giveAward);
    connect(m_promote, &QAction::triggered, this, &TeamPage::promote);
    connect(m_ladder, &QAction::triggered, this, &TeamPage::editLadder);
    m_newRep->setObjectName(u"newRepAction"_s);
    m_editRep->setObjectName(u"editRepAction"_s);
    m_handOver->setObjectName(u"handOverAction"_s);
    m_newTeam->setObjectName(u"newTeamAction"_s);
    m_editTeam->setObjectName(u"editTeamAction"_s);
    m_removeTeam->setObjectName(u"removeTeamAction"_s);
    connect(m_newRep, &QAction::triggered, this, &TeamPage::newRep);
    connect(m_editRep, &QAction::triggered, this, &TeamPage::editRep);
    connect(m_handOver, &QAction::triggered, this, &TeamPage::handOver);
    connect(m_newTeam, &QAction::triggered, this, &TeamPage::newTeam);
    connect(m_editTeam, &QAction::triggered, this, &TeamPage::editTeam);
    connect(m_removeTeam, &QAction::triggered, this, &TeamPage::removeTeam);

    m_reps->setObjectName(u"repsTable"_s);
    m_reps->setHorizontalHeaderLabels({tr("Sales rep"), tr("Role"), tr("Team"), tr("Level"),
                                       tr("Region"), tr("Status"), tr("Revenue"), tr("Target"),
                                       tr("Attainment"), tr("Win rate"), tr("Activities")});
    m_reps->verticalHeader()->hide();
    m_reps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reps->setSortingEnabled(false);
    m_reps->horizontalHeader()->setStretchLastSection(false);
    connect(m_reps, &QTableWidget::itemDoubleClicked, this, &TeamPage::editRep);
    connect(m_reps, &QTableWidget::itemSelectionChanged, this, &TeamPage::updateActions);

    m_teams->setObjectName(u"teamsTree"_s);
    m_teams->setColumnCount(8);
    m_teams->setHeaderLabels({tr("Team"), tr("Lead"), tr("Reps"), tr("Revenue"), tr("Target"),
                              tr("Attainment"), tr("Win rate"), tr("Activities")});
    m_teams->setRootIsDecorated(true);
    m_teams->header()->setStretchLastSection(false);
    connect(m_teams, &QTreeWidget::itemDoubleClicked, this, &TeamPage::editTeam);
    connect(m_teams, &QTreeWidget::itemSelectionChanged, this, &TeamPage::updateActions);

    auto *repBar = new QHBoxLayout;
    m_quarter->setObjectName(u"teamQuarterLabel"_s);
    repBar->addWidget(m_quarter, 1);
    for (QAction *a : {m_newRep, m_editRep, m_handOver}) {
        repBar->addWidget(actionButton(a));
    }
    auto *repsBox = new QWidget;
    auto *repsLayout = new QVBoxLayout(repsBox);
    repsLayout->setContentsMargins(0, 0, 0, 0);
    repsLayout->addLayout(repBar);
    repsLayout->addWidget(m_reps, 1);
    auto *teamBar = new QHBoxLayout;
    teamBar->addWidget(new QLabel(tr("<b>Teams</b> — each with its sub-teams' reps")), 1);
    for (QAction *a : {m_newTeam, m_editTeam, m_removeTeam}) {
        teamBar->addWidget(actionButton(a));
    }
    auto *teamsBox = new QWidget;
    auto *teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->setContentsMargins(0, 0, 0, 0);
    teamsLayout->addLayout(teamBar);
    teamsLayout->addWidget(m_teams, 1);
    auto *tables = new QSplitter(Qt::Vertical);
    tables->addWidget(repsBox);
    tables->addWidget(teamsBox);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    // The selected rep's career: level, tenure, the last quarters, the next level, awards.
    m_career->setObjectName(u"careerLabel"_s);
    m_career->setWordWrap(true);
    m_career->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_career->setTextFormat(Qt::RichText);
    auto *careerBox = new QWidget;
    auto *careerLayout = new QVBoxLayout(careerBox);
    careerLayout->setContentsMargins(0, 0, 0, 0);
    auto *careerBar = new QHBoxLayout;
    for (QAction *a : {m_award, m_promote, m_ladder}) {
        careerBar->addWidget(actionButton(a));
    }
    careerBar->addStretch(1);
    careerLayout->addLayout(careerBar);
    careerLayout->addWidget(m_career, 1);
    careerBox->setMinimumWidth(300);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(tables);
    split->addWidget(careerBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_views->setObjectName(u"teamViews"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(split, tr("Reps && Teams"));
    m_views->addTab(m_training, tr("Training"));
    m_views->addTab(m_commission, tr("Incentives && Commission"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_views);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, &TeamPage::refresh);
    connect(&book.team(), &TeamService::teamChanged, this, &TeamPage::scheduleRefresh);
    connect(&book.pipeline(), &PipelineService::dealChanged, this, &TeamPage::scheduleRefresh);
    connect(&book.pipeline(), &PipelineService::dealRemoved, this, &TeamPage::scheduleRefresh);
    connect(&book.targets(), &TargetService::targetsChanged, this, &TeamPage::scheduleRefresh);
    connect(&book.career(), &CareerService::careerChanged, this, &TeamPage::showCareer);
    connect(&book, &Book::reloaded, this, &TeamPage::scheduleRefresh);
    updateActions();
}

QList<QAction *> TeamPage::teamActions() const
{
    QList<QAction *> all {m_newRep,  m_editRep,  m_handOver,   nullptr,
                          m_newTeam, m_editTeam, m_removeTeam, nullptr};
    all += m_training->actions();
    all.append(nullptr);
    all += m_commission->actions();
    return all;
}

void TeamPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void TeamPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible()) {
        m_refresh->start();
    }
}

qint64 TeamPage::currentRepId() const
{
    const auto rows = m_reps->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_reps->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

qint64 TeamPage::currentTeamId() const
{
    const QTreeWidgetItem *item = m_teams->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void TeamPage::selectRep(qint64 id)
{
    for (int row = 0; row < m_reps->rowCount(); ++row) {
        if (m_reps->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_reps->selectRow(row);
            return;
        }
    }
}

void TeamPage::updateActions()
{
    m_editRep->setEnabled(currentRepId() != 0);
    m_handOver->setEnabled(currentRepId() != 0);
    m_editTeam->setEnabled(currentTeamId() != 0);
    m_removeTeam->setEnabled(currentTeamId() != 0);
    m_award->setEnabled(currentRepId() != 0);
    m_promote->setEnabled(currentRepId() != 0);
    showCareer();
}

void TeamPage::showCareer()
{
    const qint64 id = currentRepId();
    if (!id) {
        m_career->setText(tr("Select a rep to see their career: level, time with the company, "
                             "attainment of the last four quarters, the next level and awards."));
        return;
    }
    auto r = m_book.career().record(id, m_book.clock().today());
    if (!r) {
        m_career->setText(r.message().toHtmlEscaped());
        return;
    }
    const QLocale locale;
    const auto esc = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    const auto pct = [&locale](double v) -> QString {
        return locale.toString(v * 100, 'f', 0) + u" %"_s;
    };
    QString html = u"<h3>"_s + esc(m_book.team().repName(id)) + u"</h3>"_s;
    html += u"<p>"_s
            + tr("Level: <b>%1</b>").arg(r->level.isEmpty() ? tr("not set") : esc(r->level));
    html += u"<br>"_s
            + (r->tenureMonths ? tr("With the company: %n month(s)", nullptr, *r->tenureMonths)
                               : tr("Hire date not set"));
    html += u"</p><p>"_s + tr("Revenue attainment of the last four quarters:") + u"<br>"_s;
    if (r->attainments.isEmpty()) {
        html += tr("no quarter with a revenue target");
    } else {
        QStringList quarters;
        for (const auto &[quarter, value] : r->attainments) {
            quarters.append(esc(quarter) + u" "_s + pct(value));
        }
        html += quarters.join(u" · "_s) + u"<br>"_s
                + tr("Average: <b>%1</b>").arg(pct(*r->averageAttainment));
    }
    html += u"</p>"_s;
    if (r->next) {
        const auto mark = [](const std::optional<bool> &met) -> QString {
            return !met ? u"–"_s : (*met ? u"✔"_s : u"✘"_s);
        };
        html += u"<p>"_s + tr("Next level: <b>%1</b>").arg(esc(r->next->name)) + u"<br>"_s;
        html += tr("%1 %2 months with the company")
                        .arg(mark(r->tenureMet))
                        .arg(r->next->minTenureMonths);
        if (r->next->minAttainmentPpm) {
            html += u"<br>"_s
                    + tr("%1 average attainment of %2")
                              .arg(mark(r->attainmentMet),
                                   CommissionText::percentText(*r->next->minAttainmentPpm));
        }
        if (!r->next->criteria.isEmpty()) {
            html += u"<br>"_s + esc(r->next->criteria);
        }
        html += u"</p>"_s;
    }
    if (!r->promotions.isEmpty()) {
        html += u"<p><b>"_s + tr("Promotions") + u"</b><br>"_s;
        QStringList steps;
        for (const Promotion &p : r->promotions) {
            steps.append(
                    tr("%1: %2 → %3").arg(dateText(p.promotedOn), esc(p.fromLevel), esc(p.toLevel))
                    + (p.reason.isEmpty() ? QString() : u" — "_s + esc(p.reason)));
        }
        html += steps.join(u"<br>"_s) + u"</p>"_s;
    }
    if (!r->awards.isEmpty()) {
        html += u"<p><b>"_s + tr("Awards") + u"</b><br>"_s;
        QStringList awards;
        for (const Award &a : r->awards) {
            awards.append(dateText(a.awardedOn) + u": "_s + esc(a.title)
                          + (a.reason.isEmpty() ? QString() : u" — "_s + esc(a.reason)));
        }
        html += awards.join(u"<br>"_s) + u"</p>"_s;
    }
    m_career->setText(html);
}

void TeamPage::giveAward()
{
    const qint64 rep = currentRepId();
    if (!rep) {
        return;
    }
    CareerStepDialog dialog(m_book, CareerStepDialog::Kind::Award, rep, this);
    dialog.setCommand(m_undo, [&] {
        return TeamCommands::addAward(m_book.career(),
                                      {0, rep, dialog.title(), dialog.day(), dialog.reason()});
    });
    dialog.exec();
}

void TeamPage::promote()
{
    const qint64 rep = currentRepId();
    if (!rep) {
        return;
    }
    CareerStepDialog dialog(m_book, CareerStepDialog::Kind::Promotion, rep, this);
    dialog.setCommand(m_undo, [&] {
        return TeamCommands::promote(m_book.career(),
                                     {0, rep, {}, dialog.title(), dialog.day(), dialog.reason()});
    });
    dialog.exec();
}

void TeamPage::editLadder()
{
    auto levels = m_book.career().levels();
    if (!levels) {
        QMessageBox::warning(this, tr("Career Ladder"), levels.message());
        return;
    }
    LadderDialog dialog(*levels, this);
    dialog.setCommand(m_undo, [&]() -> Result<std::unique_ptr<SwapCommand<QList<CareerLevel>>>> {
        auto wanted = dialog.levels();
        if (!wanted) {
            return wanted.error();
        }
        return TeamCommands::setLadder(m_book.career(), *wanted);
    });
    dialog.exec();
}

void TeamPage::refresh()
{
    m_stale = false;
    const qint64 keepRep = currentRepId();
    const qint64 keepTeam = currentTeamId();
    const QDate today = m_book.clock().today();
    const Period quarter
            = Period::containing(Period::Kind::Quarter, today, m_book.targets().yearStartMonth());
    const TeamService &team = m_book.team();
    const QString home = m_book.currencies().home();
    const QLocale locale;
    m_quarter->setText(tr("<b>Sales reps</b> — figures of %1 to %2")
                               .arg(quarter.label(), dateText(std::min(today, quarter.end()))));
    QHash<qint64, RepFigures> figures;
    if (auto reps = m_book.kpi().reps(quarter, today); reps) {
        for (const RepFigures &f : std::as_const(*reps)) {
            figures.insert(f.repId, f);
        }
    }
    auto targets = m_book.targets().targets();
    const auto percent = [&locale](const std::optional<double> &v) -> QString {
        return v ? locale.toString(*v * 100, 'f', 1) + u" %"_s : QString();
    };
    m_reps->setRowCount(0);
    for (const Rep &r : team.reps()) {
        const RepFigures f = figures.value(r.id);
        const int row = m_reps->rowCount();
        m_reps->insertRow(row);
        auto *name = readOnlyCell(r.name);
        name->setData(Qt::UserRole, r.id);
        m_reps->setItem(row, 0, name);
        m_reps->setItem(row, 1, readOnlyCell(TeamText::name(r.role)));
        m_reps->setItem(row, 2, readOnlyCell(team.teamName(r.teamId)));
        m_reps->setItem(row, 3, readOnlyCell(r.level));
        m_reps->setItem(row, 4, readOnlyCell(r.region));
        m_reps->setItem(
                row, 5,
                readOnlyCell(r.active ? tr("Active")
                                      : (r.leftOn.isValid() ? tr("Left %1").arg(dateText(r.leftOn))
                                                            : tr("Left"))));
        m_reps->setItem(row, 6,
                        readOnlyCell(currency::formatWhole(f.revenueMinor, home), Qt::AlignRight));
        m_reps->setItem(row, 7,
                        readOnlyCell(f.targetMinor ? currency::formatWhole(*f.targetMinor, home)
                                                   : QString(),
                                     Qt::AlignRight));
        m_reps->setItem(row, 8, readOnlyCell(percent(f.attainment), Qt::AlignRight));
        m_reps->setItem(row, 9, readOnlyCell(percent(f.winRate), Qt::AlignRight));
        m_reps->setItem(row, 10, readOnlyCell(locale.toString(f.activitiesDone), Qt::AlignRight));
        if (!r.active) {
            for (int c = 0; c < m_reps->columnCount(); ++c) {
                m_reps->item(row, c)->setForeground(
                        palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
        if (r.id == keepRep) {
            m_reps->selectRow(row);
        }
    }
    m_reps->resizeColumnsToContents();

    m_teams->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    QTreeWidgetItem *keep = nullptr;
    for (const Team &t : team.teams()) {
        Sum sum;
        for (qint64 rep : team.repsOfTeam(t.id)) {
            const RepFigures f = figures.value(rep);
            sum.reps += 1;
            sum.revenue += f.revenueMinor;
            sum.won += f.wonDeals;
            sum.lost += f.lostDeals;
            sum.activities += f.activitiesDone;
        }
        // 0: the team has no revenue target of the quarter.
        qint64 target = 0;
        if (targets) {
            target = KpiService::revenueTarget(*targets, quarter,
                                               TargetScope {ScopeKind::Team, 0, t.name})
                             .value_or(0);
        }
        auto *item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, t.id);
        item->setText(0, t.name);
        item->setText(1, team.repName(t.leadId));
        item->setText(2, locale.toString(sum.reps));
        item->setText(3, currency::formatWhole(sum.revenue, home));
        item->setText(4, target > 0 ? currency::formatWhole(target, home) : QString());
        item->setText(5, target > 0 ? percent(double(sum.revenue) / double(target)) : QString());
        item->setText(6, percent(KpiService::winRate(sum.won, sum.lost)));
        item->setText(7, locale.toString(sum.activities));
        for (int c = 2; c < 8; ++c) {
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        items.insert(t.id, item);
        if (t.id == keepTeam) {
            keep = item;
        }
    }
    for (const Team &t : team.teams()) {
        QTreeWidgetItem *parent = items.value(t.parentId);
        if (parent && parent != items.value(t.id)) {
            parent->addChild(items.value(t.id));
        } else {
            m_teams->addTopLevelItem(items.value(t.id));
        }
    }
    m_teams->expandAll();
    for (int c = 0; c < m_teams->columnCount(); ++c) {
        m_teams->resizeColumnToContents(c);
    }
    if (keep) {
        m_teams->setCurrentItem(keep);
    }
    updateActions();
}

void TeamPage::newRep()
{
    Rep blank;
    blank.hiredOn = m_book.clock().today();
    RepDialog dialog(m_book, blank, this);
    dialog.setCommand(m_undo, [&] { return TeamCommands::saveRep(m_book.team(), dialog.rep()); });
    dialog.exec();
}

void TeamPage::editRep()
{
    const Rep *r = m_book.team().rep(currentRepId());
    if (!r) {
        return;
    }
    RepDialog dialog(m_book, *r, this);
    dialog.setCommand(m_undo, [&] { return TeamCommands::saveRep(m_book.team(), dialog.rep()); });
    dialog.exec();
}

void TeamPage::handOver()
{
    ReassignDialog dialog(m_book, currentRepId(), this);
    dialog.setCommand(m_undo, [&] { return ReassignCommand::perform(m_book, dialog.request()); });
    dialog.exec();
}

void TeamPage::newTeam()
{
    TeamDialog dialog(m_book, Team {}, this);
    dialog.setCommand(m_undo, [&] { return TeamCommands::saveTeam(m_book.team(), dialog.team()); });
    dialog.exec();
}

void TeamPage::editTeam()
{
    const Team *t = m_book.team().team(currentTeamId());
    if (!t) {
        return;
    }
    TeamDialog dialog(m_book, *t, this);
    dialog.setCommand(m_undo, [&] { return TeamCommands::saveTeam(m_book.team(), dialog.team()); });
    dialog.exec();
}

void TeamPage::removeTeam()
{
    auto command = TeamCommands::removeTeam(m_book.team(), currentTeamId());
    if (!command) {
        QMessageBox::warning(this, tr("Remove Team"), command.message());
        return;
    }
    m_undo->push(command->release());
}

} // namespace salesdesk::ui
