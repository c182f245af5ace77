#pragma once

#include "core/kpi/kpitext.h"
#include "ui/dashboard/dashboardworker.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QThread;
class QTimer;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

class DashboardChart;
class KpiTile;

// 总览: how the business is doing and why, for a period, against the previous period or the
// same one last year, for everybody or one rep or product. Tiles for the key figures and
// charts for their parts, all from the KPI engine, computed off the window's thread and
// refreshed after every edit, undo and import. A click on a tile or a bar opens the deals
// behind it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Book &book, QWidget *parent = nullptr);
    ~DashboardPage() override;

    enum class Range {
        ThisMonth,
        ThisQuarter,
        ThisYear,
        LastMonth,
        LastQuarter,
        LastYear,
        Custom,
    };
    void setRange(Range range);
    // Any days, both included (the Custom range).
    void setCustomRange(const QDate &from, const QDate &to);
    void setCompareWithLastYear(bool lastYear);
    void setRep(qint64 repId); // 0: everybody
    void setProduct(const QString &product); // empty: every product

    // What is shown now (the last figures computed), for tests.
    const DashboardData &shown() const { return m_data; }
    KpiTile *tile(Kpi kpi) const;
    DashboardChart *chart(const QString &objectName) const;
    // True when no computation is waiting or running.
    bool isCurrent() const { return !m_running && !m_again && !m_stale; }

public slots:
    // Computes again soon (coalescing a burst of changes); at once when `now`.
    void refresh(bool now = false);

signals:
    // The deals behind a figure ("Won in August 2026"), for the List.
    void drillDown(const QList<qint64> &dealIds, const QString &what);
    void activitiesRequested();
    void updated(); // new figures are shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    DashboardRequest request() const;
    void fillFilters();
    void fillProducts();
    void apply(const DashboardData &data);
    void showTiles();
    void showCharts();
    void tileActivated(Kpi kpi);
    void barClicked(const QString &chartName, int series, int category);
    QString moneyText(qint64 minor) const;
    double major(qint64 minor) const; // for the charts
    QString periodName(const KpiSpan &span) const;
    QList<qint64> dealsWhere(const std::function<bool(const KpiDeal &)> &keep, bool open) const;

    Book &m_book;
    QComboBox *m_range;
    QComboBox *m_compare;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_rep;
    QComboBox *m_product;
    QLabel *m_status;
    QList<KpiTile *> m_tiles;
    QList<DashboardChart *> m_charts;
    QTimer *m_timer;
    QThread *m_thread;
    DashboardWorker *m_worker;
    DashboardData m_data;
    int m_serial = 0;
    bool m_running = false;
    bool m_again = false;
    bool m_stale = true;
    // What the bars of each chart stand for, for a click (stage, rep, reason ids; products).
    QList<qint64> m_stageIds, m_repIds, m_reasonIds;
    QStringList m_products;
};

} // namespace salesdesk::ui
