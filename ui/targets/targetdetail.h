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
    TargetDetail(TargetService &targets, const QString &currency, QWidget *parent = nullptr);
    void showTarget(qint64 id, const QDate &asOf);
    void clear();

private:
    void fillBurnUp(const Target &target, const QDate &asOf);
    void fillParts(const Target &target, const QDate &asOf);
    double chartValue(Metric metric, qint64 value) const;

    TargetService &m_targets;
    QString m_currency;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_summary;
    SmartCheckView *m_smart;
    QTableWidget *m_revisions;
    QTabWidget *m_charts;
    QChart *m_burnUp;
    QChart *m_parts;
};

} // namespace salesdesk::ui
