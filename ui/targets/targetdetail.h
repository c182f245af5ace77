#pragma once

#include "core/targets/targettypes.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace salesdesk {
class TargetService;
}

namespace salesdesk::ui {

class SmartCheckView;

// One target in depth: its numbers, the SMART check, its revision history, a burn-up chart
// (cumulative actual against cumulative target, the original target dashed) and its parts'
// target against actual.
class TargetDetail : public QWidget
{
    Q_OBJECT

public:
    explicit TargetDetail(TargetService &targets, QWidget *parent = nullptr);
    void showTarget(qint64 id, const QDate &asOf);
    void clear();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillBurnUp(const Target &target, const QDate &asOf);
    void fillParts(const Target &target, const QDate &asOf);
    // As many value ticks as the charts' height holds without labels crowding (2 to 5).
    int ticksFitting() const;
    double chartValue(Metric metric, qint64 value) const;

    TargetService &m_targets;
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
