#pragma once

#include <QChartView>

namespace salesdesk::ui {

// The dashboard's charts by objectName: what a click on a bar stands for depends on the chart.
namespace dashboard {
inline const QString revenueChart = QStringLiteral("revenueChartView");
inline const QString funnelChart = QStringLiteral("funnelChartView");
inline const QString stageChart = QStringLiteral("stageChartView");
inline const QString wonLostChart = QStringLiteral("wonLostChartView");
inline const QString reasonChart = QStringLiteral("lostReasonChartView");
inline const QString segmentChart = QStringLiteral("segmentsChartView");
inline const QString repChart = QStringLiteral("repChartView");
inline const QString productChart = QStringLiteral("productChartView");
} // namespace dashboard

class EmptyState;

// One chart of the dashboard: bars (up, or across for stages, reasons and reps) with lines
// over them; a click on a bar asks for the deals behind it. Empty, it says why.
class DashboardChart : public QChartView
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QList<double> values; // NaN: no value (a gap in a line)
        QColor color;
        bool line = false;
    };
    explicit DashboardChart(const QString &objectName, QWidget *parent = nullptr);

    // Money in major units of `currency`; `currency` empty: counts. `percentLine`: the lines are
    // shares (0–1) on an axis of their own at the right.
    void show(const QString &title, const QStringList &categories, const QList<Series> &series,
              bool across, const QString &currency, bool percentLine = false);
    void showEmpty(const QString &title, const QString &why);
    QString emptyText() const;

signals:
    void barClicked(int series, int category);

private:
    void clear();
    EmptyState *m_empty;
    bool m_reversed = false;
    int m_count = 0;
};

} // namespace salesdesk::ui
