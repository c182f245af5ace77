#include "ui/team/teampage.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/teamcommands.h"
#include "ui/common/dialogs.h"
#include "ui/team/commissionview.h"
#include "ui/team/teamdialogs.h"
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
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align | Qt::AlignVCenter);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

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
    , m_training(new TrainingView(book, undo))
    , m_commission(new CommissionView(book, undo))
    , m_refresh(new QTimer(this))
    , m_newRep(new QAction(tr("New Sales &Rep…"), this))
    , m_editRep(new QAction(tr("&Edit Sales Rep…"), this))
    , m_handOver(new QAction(tr("&Hand Over Work…"), this))
    , m_newTeam(new QAction(tr("New &Team…"), this))
    , m_editTeam(new QAction(tr("Edit T&eam…"), this))
    , m_removeTeam(new QAction(tr("Remove Te&am"), this))
{
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

    const auto button = [](QAction *a) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *repBar = new QHBoxLayout;
    m_quarter->setObjectName(u"teamQuarterLabel"_s);
    repBar->addWidget(m_quarter, 1);
    for (QAction *a : {m_newRep, m_editRep, m_handOver}) {
        repBar->addWidget(button(a));
    }
    auto *repsBox = new QWidget;
    auto *repsLayout = new QVBoxLayout(repsBox);
    repsLayout->setContentsMargins(0, 0, 0, 0);
    repsLayout->addLayout(repBar);
    repsLayout->addWidget(m_reps, 1);
    auto *teamBar = new QHBoxLayout;
    teamBar->addWidget(new QLabel(tr("<b>Teams</b> — each with its sub-teams' reps")), 1);
    for (QAction *a : {m_newTeam, m_editTeam, m_removeTeam}) {
        teamBar->addWidget(button(a));
    }
    auto *teamsBox = new QWidget;
    auto *teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->setContentsMargins(0, 0, 0, 0);
    teamsLayout->addLayout(teamBar);
    teamsLayout->addWidget(m_teams, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(repsBox);
    split->addWidget(teamsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

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
    connect(&book, &Book::reloaded, this, [this] {
        scheduleRefresh();
        m_training->reload();
        m_commission->reload();
    });
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
        auto *name = cell(r.name);
        name->setData(Qt::UserRole, r.id);
        m_reps->setItem(row, 0, name);
        m_reps->setItem(row, 1, cell(TeamText::name(r.role)));
        m_reps->setItem(row, 2, cell(team.teamName(r.teamId)));
        m_reps->setItem(row, 3, cell(r.level));
        m_reps->setItem(row, 4, cell(r.region));
        m_reps->setItem(row, 5,
                        cell(r.active ? tr("Active")
                                      : (r.leftOn.isValid() ? tr("Left %1").arg(dateText(r.leftOn))
                                                            : tr("Left"))));
        m_reps->setItem(row, 6, cell(currency::formatWhole(f.revenueMinor, home), Qt::AlignRight));
        m_reps->setItem(
                row, 7,
                cell(f.targetMinor ? currency::formatWhole(*f.targetMinor, home) : QString(),
                     Qt::AlignRight));
        m_reps->setItem(row, 8, cell(percent(f.attainment), Qt::AlignRight));
        m_reps->setItem(row, 9, cell(percent(f.winRate), Qt::AlignRight));
        m_reps->setItem(row, 10, cell(locale.toString(f.activitiesDone), Qt::AlignRight));
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
        const auto target = targets ? KpiService::revenueTarget(
                                    *targets, quarter, TargetScope {ScopeKind::Team, 0, t.name})
                                    : std::nullopt;
        auto *item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, t.id);
        item->setText(0, t.name);
        item->setText(1, team.repName(t.leadId));
        item->setText(2, locale.toString(sum.reps));
        item->setText(3, currency::formatWhole(sum.revenue, home));
        item->setText(4, target ? currency::formatWhole(*target, home) : QString());
        item->setText(5, target && *target > 0 ? percent(double(sum.revenue) / double(*target))
                                               : QString());
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
    dialog.setSave([&]() -> Status {
        auto command = TeamCommands::saveRep(m_book.team(), dialog.rep());
        if (!command) {
            return command.error();
        }
        m_undo->push(command->release());
        return {};
    });
    dialog.exec();
}

void TeamPage::editRep()
{
    const Rep *r = m_book.team().rep(currentRepId());
    if (!r) {
        return;
    }
    RepDialog dialog(m_book, *r, this);
    dialog.setSave([&]() -> Status {
        auto command = TeamCommands::saveRep(m_book.team(), dialog.rep());
        if (!command) {
            return command.error();
        }
        m_undo->push(command->release());
        return {};
    });
    dialog.exec();
}

void TeamPage::handOver()
{
    ReassignDialog dialog(m_book, currentRepId(), this);
    dialog.setSave([&]() -> Status {
        auto command = ReassignCommand::perform(m_book, dialog.request());
        if (!command) {
            return command.error();
        }
        m_undo->push(command->release());
        return {};
    });
    dialog.exec();
}

void TeamPage::newTeam()
{
    TeamDialog dialog(m_book, Team {}, this);
    dialog.setSave([&]() -> Status {
        auto command = TeamCommands::saveTeam(m_book.team(), dialog.team());
        if (!command) {
            return command.error();
        }
        m_undo->push(command->release());
        return {};
    });
    dialog.exec();
}

void TeamPage::editTeam()
{
    const Team *t = m_book.team().team(currentTeamId());
    if (!t) {
        return;
    }
    TeamDialog dialog(m_book, *t, this);
    dialog.setSave([&]() -> Status {
        auto command = TeamCommands::saveTeam(m_book.team(), dialog.team());
        if (!command) {
            return command.error();
        }
        m_undo->push(command->release());
        return {};
    });
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
