#pragma once

#include "core/common/clock.h"
#include "core/evaluation/evaluationservice.h"
#include "ui/common/workerbook.h"

#include <QObject>

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// What the Performance tab asks to be worked out: the scorecards of a period (and the one
// before, for the leaderboard's changes) with the teams', or the trends over `length` periods.
struct PerformanceRequest
{
    int serial = 0;
    Period period;
    EvaluationTemplate evaluationTemplate;
    QDate asOf;
    bool trends = false;
    int length = 2;
};

struct PerformanceData
{
    PerformanceRequest request;
    QList<QList<Evaluation>> series; // oldest period first
    QList<Scorecard> teams; // with the scorecards, not the trends
    QString error;
};

// Works out the Performance tab's scorecards on a thread of its own, from a read-only
// connection to the same file (as the dashboard does): a year of trends at a million deals
// takes seconds, which the window spends answering the user.
class PerformanceWorker : public QObject
{
    Q_OBJECT

public:
    PerformanceWorker(QString path, const Clock &clock);
    ~PerformanceWorker() override;

    void compute(const PerformanceRequest &request); // on the worker's thread
    void close(); // on the worker's thread, before it ends

signals:
    void ready(const salesdesk::ui::PerformanceData &data);

private:
    WorkerBook m_book;
};

// The same on the calling thread, from `book` (the worker's body).
PerformanceData computePerformance(Book &book, const PerformanceRequest &request);

} // namespace salesdesk::ui

Q_DECLARE_METATYPE(salesdesk::ui::PerformanceRequest)
Q_DECLARE_METATYPE(salesdesk::ui::PerformanceData)
