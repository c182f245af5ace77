#pragma once

#include "core/targets/targettypes.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace salesdesk {
class KpiService;
class TargetService;
namespace forecast {
class PeriodForecaster;
}
} // namespace salesdesk

namespace salesdesk::ui {

class SmartCheckView;

// One target in depth: its numbers, the SMART check, its revision history, a burn-up chart
// (cumulative actual against cumulative target, the original target dashed) and its parts'
// target against actual; for a revenue, won-deals or new-customers target of a month, quarter or
// year not yet over, the statistical forecast of its period and the gap to it.
class TargetDetail : public QWidget
{
    Q_OBJECT

public:
    TargetDetail(TargetService &targets, const KpiService &kpi, QWidget *parent = nullptr);
    ~TargetDetail() override;
    void showTarget(qint64 id, const QDate &asOf);
    // The book changed: forecasts are fitted again when next shown.
    void forgetForecasts();
    void clear();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillBurnUp(const Target &target, const QDate &asOf);
    void fillParts(const Target &target, const QDate &asOf);
    // As many value ticks as the charts' height holds without labels crowding (2 to 5).
    int ticksFitting() const;
    double chartValue(Metric metric, qint64 value) const;
    QString forecastText(const Target &target, const QDate &asOf);

    TargetService &m_targets;
    const KpiService &m_kpi;
    std::unique_ptr<forecast::PeriodForecaster> m_forecaster; // fitted series, kept per as-of day
    QDate m_forecastAsOf;
    QLabel *m_title;
    QLabel *m_status;
    QStringList m_partLabels; // the tooltip of each part's bars
    qint64 m_shownId = 0; // what the charts show, to draw them again at another height
    QDate m_shownAsOf;
    int m_ticks = 0;
    QLabel *m_summary;
    SmartCheckView *m_smart;
    QTableWidget *m_revisions;
    QTabWidget *m_charts;
    QChart *m_burnUp;
    QChart *m_parts;
};

} // namespace salesdesk::ui
