#include "ui/pipeline/activitiesview.h"

#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/common/loadwhenshown.h"
#include "ui/pipeline/activitymodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
enum WindowIndex { TodayIndex, WeekIndex, OverdueIndex, OpenIndex };
}

ActivitiesView::ActivitiesView(ActivityModel *model, const QList<Rep> &reps, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    // Hundreds of thousands of activities in a large book: read when the view is first shown.
    new LoadWhenShown(this, [model] { model->load(); });
    m_proxy = new ActivityFilterProxy(model, this);
    m_weekPlan = new WeekPlanModel(model, this);

    m_window = new QComboBox;
    m_window->setObjectName(u"activityWindowComboBox"_s);
    m_window->setAccessibleName(tr("Which activities"));
    m_window->addItem(tr("Today"));
    m_window->addItem(tr("This week (plan by day)"));
    m_window->addItem(tr("Overdue"));
    m_window->addItem(tr("All open"));
    m_rep = new QComboBox;
    m_rep->setObjectName(u"activityRepComboBox"_s);
    m_rep->setAccessibleName(tr("Sales rep filter"));
    setReps(reps);

    m_newActivity = new QAction(tr("New Activity…"), this);
    connect(m_newActivity, &QAction::triggered, this, &ActivitiesView::newActivityRequested);
    m_showEveryone = new QAction(tr("Show Everyone's Activities"), this);
    connect(m_showEveryone, &QAction::triggered, this, [this] { m_rep->setCurrentIndex(0); });
    m_showAllOpen = new QAction(tr("Show All Open Activities"), this);
    connect(m_showAllOpen, &QAction::triggered, this,
            [this] { m_window->setCurrentIndex(OpenIndex); });
    auto *newButton = new QPushButton(m_newActivity->text());
    newButton->setObjectName(u"newActivityPushButton"_s);
    auto *doneButton = new QPushButton(tr("Mark Done"));
    doneButton->setObjectName(u"markDonePushButton"_s);

    m_weekNav = new QWidget;
    auto *navLayout = new QHBoxLayout(m_weekNav);
    navLayout->setContentsMargins(0, 0, 0, 0);
    auto *prev = new QToolButton;
    prev->setArrowType(Qt::LeftArrow);
    prev->setAccessibleName(tr("Previous week"));
    prev->setToolTip(tr("Previous week"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::RightArrow);
    next->setAccessibleName(tr("Next week"));
    next->setToolTip(tr("Next week"));
    m_weekLabel = new QLabel;
    navLayout->addWidget(prev);
    navLayout->addWidget(m_weekLabel);
    navLayout->addWidget(next);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:")));
    bar->addWidget(m_window);
    bar->addWidget(new QLabel(tr("Sales rep:")));
    bar->addWidget(m_rep);
    bar->addWidget(m_weekNav);
    bar->addStretch(1);
    bar->addWidget(doneButton);
    bar->addWidget(newButton);

    m_table = new QTableView;
    m_table->setObjectName(u"activityTableView"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::DueColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActivityModel::DoneColumn, 60);
    m_table->setColumnWidth(ActivityModel::DueColumn, 150);
    m_table->setColumnWidth(ActivityModel::SubjectColumn, 240);
    m_table->setColumnWidth(ActivityModel::DealColumn, 240);
    m_table->setColumnWidth(ActivityModel::CustomerColumn, 240);

    m_tree = new QTreeView;
    m_tree->setObjectName(u"weekPlanTreeView"_s);
    m_tree->setModel(m_weekPlan);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(0, 380);
    m_tree->header()->resizeSection(2, 260);
    connect(m_weekPlan, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    m_tree->expandAll();

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, &ActivitiesView::showWindow);
    connect(m_rep, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_rep->currentData().toLongLong();
        m_proxy->setRepId(id);
        m_weekPlan->setRepId(id);
        updateEmptyState();
    });
    connect(prev, &QToolButton::clicked, this, [this] {
        m_weekPlan->setWeek(m_weekPlan->weekStart().addDays(-7));
        updateWeekLabel();
    });
    connect(next, &QToolButton::clicked, this, [this] {
        m_weekPlan->setWeek(m_weekPlan->weekStart().addDays(7));
        updateWeekLabel();
    });
    connect(newButton, &QPushButton::clicked, m_newActivity, &QAction::trigger);
    // What an empty table says: nothing planned at all, or nothing in the window chosen.
    m_empty = new EmptyState(m_table);
    m_weekEmpty = new EmptyState(m_tree);
    connect(m_weekPlan, &QAbstractItemModel::modelReset, this,
            &ActivitiesView::updateWeekEmptyState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &ActivitiesView::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivitiesView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivitiesView::updateEmptyState);
    connect(doneButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentActivityId()) {
            emit completeRequested(id);
        }
    });
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_tree)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (const qint64 id = index.data(ActivityModel::IdRole).toLongLong()) {
                view->setCurrentIndex(index);
                emit contextMenuRequested(id, view->viewport()->mapToGlobal(pos));
            }
        });
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            if (const qint64 id = index.data(ActivityModel::IdRole).toLongLong()) {
                emit activityActivated(id);
            }
        });
    }
    showWindow(TodayIndex);
}

void ActivitiesView::setReps(const QList<Rep> &reps)
{
    const qint64 current = m_rep->currentData().toLongLong();
    const QSignalBlocker block(m_rep);
    m_rep->clear();
    m_rep->addItem(tr("Everyone"), 0);
    for (const auto &r : reps) {
        m_rep->addItem(r.name, r.id);
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(current)));
}

void ActivitiesView::showWindow(int index)
{
    const bool week = index == WeekIndex;
    m_stack->setCurrentWidget(week ? static_cast<QWidget *>(m_tree) : m_table);
    m_weekNav->setVisible(week);
    if (week) {
        updateWeekLabel();
        m_tree->expandAll();
        updateWeekEmptyState();
        return;
    }
    static constexpr std::array<ActivityService::Window, 4> windows
            = {ActivityService::Window::Today, ActivityService::Window::ThisWeek,
               ActivityService::Window::Overdue, ActivityService::Window::Open};
    m_proxy->setWindow(windows[size_t(index)]);
    updateEmptyState();
}

void ActivitiesView::updateWeekEmptyState()
{
    int planned = 0;
    for (int day = 0; day < m_weekPlan->rowCount(); ++day) {
        planned += m_weekPlan->rowCount(m_weekPlan->index(day, 0));
    }
    if (planned > 0) {
        m_weekEmpty->hideNotice();
    } else {
        m_weekEmpty->showNotice(tr("Nothing planned this week."), {m_newActivity});
    }
}

void ActivitiesView::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_empty->hideNotice();
        return;
    }
    if (m_model->rowCount() == 0) {
        m_empty->showNotice(tr("No activities yet. Plan the calls, visits and meetings that move "
                               "your deals on: what is due shows here and in the status bar."),
                            {m_newActivity});
        return;
    }
    QString text;
    switch (m_proxy->window()) {
    case ActivityService::Window::Today:
        text = tr("Nothing is due today.");
        break;
    case ActivityService::Window::Overdue:
        text = tr("Nothing is overdue.");
        break;
    case ActivityService::Window::ThisWeek:
    case ActivityService::Window::Open:
        text = tr("No open activities.");
        break;
    }
    QList<QAction *> actions;
    if (m_rep->currentIndex() > 0) {
        text = tr("%1 (for %2)").arg(text, m_rep->currentText());
        actions.append(m_showEveryone);
    } else if (m_proxy->window() != ActivityService::Window::Open) {
        actions.append(m_showAllOpen);
    }
    actions.append(m_newActivity);
    m_empty->showNotice(text, actions);
}

void ActivitiesView::updateWeekLabel()
{
    const QLocale locale;
    const QDate start = m_weekPlan->weekStart();
    m_weekLabel->setText(tr("Week %1: %2 – %3")
                                 .arg(start.weekNumber())
                                 .arg(dateText(start, locale), dateText(start.addDays(6), locale)));
}

qint64 ActivitiesView::currentActivityId() const
{
    const QAbstractItemView *view = m_stack->currentWidget() == m_tree
                                            ? static_cast<const QAbstractItemView *>(m_tree)
                                            : m_table;
    return view->currentIndex().data(ActivityModel::IdRole).toLongLong();
}

} // namespace salesdesk::ui
