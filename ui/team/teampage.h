#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

class CommissionView;
class TrainingView;

// 销售团队: the reps and the teams with this quarter's figures; training; incentive plans and
// commission statements.
class TeamPage : public QWidget
{
    Q_OBJECT

public:
    enum View { RepsView, TrainingTab, CommissionTab };

    TeamPage(Book &book, QUndoStack *undo, QWidget *parent = nullptr);

    QList<QAction *> teamActions() const;
    void showView(View view);
    QTableWidget *repsTable() const { return m_reps; }
    QTreeWidget *teamsTree() const { return m_teams; }
    TrainingView *training() const { return m_training; }
    CommissionView *commission() const { return m_commission; }
    qint64 currentRepId() const;
    qint64 currentTeamId() const;
    void selectRep(qint64 id);

    void newRep();
    void editRep();
    void handOver();
    void newTeam();
    void editTeam();
    void removeTeam();
    void giveAward();
    void promote();
    void editLadder();
    QLabel *careerLabel() const { return m_career; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void scheduleRefresh();
    void updateActions();
    void showCareer();

    Book &m_book;
    QUndoStack *m_undo;
    QTabWidget *m_views;
    QTableWidget *m_reps;
    QTreeWidget *m_teams;
    QLabel *m_quarter;
    QLabel *m_career;
    TrainingView *m_training;
    CommissionView *m_commission;
    QTimer *m_refresh;
    bool m_stale = true;
    QAction *m_newRep;
    QAction *m_editRep;
    QAction *m_handOver;
    QAction *m_newTeam;
    QAction *m_editTeam;
    QAction *m_removeTeam;
    QAction *m_award;
    QAction *m_promote;
    QAction *m_ladder;
};

} // namespace salesdesk::ui
