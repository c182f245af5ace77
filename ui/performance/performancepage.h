#pragma once

#include "core/evaluation/leaderboard.h"
#include "ui/performance/performanceworker.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QThread;
class QTimer;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

class AnalysisView;
class MeasuresView;
class ScorecardView;

// 销售绩效评估: the Performance tab — the scorecards of a period and their leaderboard, the
// trends and radar of a rep against the team, and the improvement measures. The period and the
// template chosen on the bar apply to all; drafts are worked out again whenever the book
// changes. Every edit goes on the window's undo stack.
class PerformancePage : public QWidget
{
    Q_OBJECT

public:
    enum View { ScorecardsTab, AnalysisTab, MeasuresTab };

    PerformancePage(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    ~PerformancePage() override;
    // The Performance menu.
    QList<QAction *> performanceActions() const;
    void showView(View view);
    Period period() const;
    void setPeriod(const Period &period);
    EvaluationTemplate currentTemplate() const;
    ScorecardView *scorecardView() const { return m_scorecards; }
    AnalysisView *analysisView() const { return m_analysis; }
    MeasuresView *measuresView() const { return m_measures; }

    // Starts working out again what the view in sight shows, if the book has changed since
    // (otherwise done when it is next shown). The figures are worked out on a thread of their
    // own and shown when they are in; the view keeps the last ones until then.
    void refresh();
    // Figures are being worked out (or asked for again once these are in).
    bool isWorking() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeriods();
    void fillTemplates(const QString &keep);
    void changed();
    void editTemplate();
    void removeTemplate();
    void apply(const PerformanceData &data);

    Book &m_book;
    QUndoStack *m_undo;
    QComboBox *m_kind;
    QComboBox *m_period;
    QComboBox *m_template;
    QLabel *m_status;
    QTabWidget *m_views;
    ScorecardView *m_scorecards;
    AnalysisView *m_analysis;
    MeasuresView *m_measures;
    QAction *m_editTemplate;
    QAction *m_removeTemplate;
    QTimer *m_refresh;
    QList<EvaluationTemplate> m_templates; // as the template list was last filled
    bool m_templatesDue = true; // the template list is older than the book (or not read yet)
    bool m_cardsStale = true; // the scorecards' figures are older than the book
    bool m_trendsStale = true;
    QThread *m_thread;
    PerformanceWorker *m_worker;
    int m_serial = 0;
    bool m_running = false; // a request is with the worker
    bool m_again = false; // the book or the choices changed while it was
};

} // namespace salesdesk::ui
