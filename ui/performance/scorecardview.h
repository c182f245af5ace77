#pragma once

#include "core/evaluation/leaderboard.h"
#include "core/evaluation/measures.h"

#include <QWidget>

class QAction;
class QChartView;
class QLabel;
class QTableWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// The scorecards of a period: the leaderboard (rank, score, grade, the change on the period
// before, draft or final) with the grade distribution under it, and the selected rep's
// scorecard with every term — each KPI's figure, target, score, weight and points, each
// criterion's rating, comment and points — what was left out, and for a finalised one what
// the book gives now. Rating, finalising and reopening are undoable.
class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    ScorecardView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const;
    // The reps' leaderboard and the scorecards of the teams, then the company
    // (EvaluationService::evaluateTeams).
    void show(const Period &period, const EvaluationTemplate &t, const QList<LeaderboardRow> &rows,
              const QList<Scorecard> &teams);
    qint64 currentRepId() const;
    void selectRep(qint64 repId);

    void rate();
    void finalizeRep();
    void finalizeAll();
    void reopen();
    void newMeasure();

signals:
    // A measure for the selected rep and KPI, to be completed in the measure dialog.
    void measureRequested(const ImprovementMeasure &draft);
    void repSelected(qint64 repId);

private:
    void showCard();
    const Evaluation *current() const;
    // The selected team's row (the last one is the company), or −1 for a rep.
    int currentTeamRow() const;

    Book &m_book;
    QUndoStack *m_undo;
    Period m_period;
    EvaluationTemplate m_template;
    QList<LeaderboardRow> m_rows;
    QList<Evaluation> m_teamCards;
    QTableWidget *m_board;
    QTableWidget *m_teams;
    QChartView *m_grades;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_formula;
    QTableWidget *m_kpis;
    QTableWidget *m_criteria;
    QLabel *m_notes;
    QAction *m_rate;
    QAction *m_finalize;
    QAction *m_finalizeAll;
    QAction *m_reopen;
    QAction *m_measure;
};

} // namespace salesdesk::ui
