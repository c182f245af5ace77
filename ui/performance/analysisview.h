#pragma once

#include "core/evaluation/leaderboard.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// One rep against the team: a KPI (or the score) over the last periods beside the team's
// average, and a radar of the rep's KPI scores of the chosen period against the team average.
class AnalysisView : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisView(Book &book, QWidget *parent = nullptr);
    // The evaluations of the periods up to the chosen one, oldest first.
    void show(const QList<Period> &periods, const QList<QList<Evaluation>> &series);
    void selectRep(qint64 repId);
    qint64 currentRepId() const;

private:
    void draw();
    void drawTrend();
    void drawRadar();

    Book &m_book;
    QList<Period> m_periods;
    QList<QList<Evaluation>> m_series;
    QComboBox *m_rep;
    QComboBox *m_measure;
    QChartView *m_trend;
    QChartView *m_radar;
    QLabel *m_note;
};

} // namespace salesdesk::ui
