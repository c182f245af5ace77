#pragma once

#include "core/pipeline/pipelinetypes.h"
#include "core/team/rep.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace salesdesk::ui {

class ActivityModel;
class EmptyState;
class ActivityFilterProxy;
class WeekPlanModel;

// Activities: Today, This week (a plan grouped by day), Overdue and Open, filterable by rep.
class ActivitiesView : public QWidget
{
    Q_OBJECT

public:
    ActivitiesView(ActivityModel *model, const QList<Rep> &reps, QWidget *parent = nullptr);

    qint64 currentActivityId() const;
    void setReps(const QList<Rep> &reps);
    ActivityFilterProxy *proxy() const { return m_proxy; }
    WeekPlanModel *weekPlan() const { return m_weekPlan; }

signals:
    void activityActivated(qint64 id);
    void newActivityRequested();
    void completeRequested(qint64 id);
    void contextMenuRequested(qint64 id, const QPoint &globalPos);

private:
    void showWindow(int index);
    void updateWeekLabel();
    void updateEmptyState();
    void updateWeekEmptyState();

    ActivityModel *m_model;
    ActivityFilterProxy *m_proxy;
    WeekPlanModel *m_weekPlan;
    QComboBox *m_window;
    QComboBox *m_rep;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QTreeView *m_tree;
    QWidget *m_weekNav;
    QLabel *m_weekLabel;
    QAction *m_newActivity;
    QAction *m_showEveryone;
    QAction *m_showAllOpen;
    EmptyState *m_empty;
    EmptyState *m_weekEmpty;
};

} // namespace salesdesk::ui
