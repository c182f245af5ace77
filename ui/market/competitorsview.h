#pragma once

#include "core/market/marketservice.h"

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

class LoadWhenShown;

// The competitor register with how we fare against each over the last twelve months: the deals
// that name them, won, lost, the win rate, the value lost to them (MarketService::figures).
class CompetitorsView : public QWidget
{
    Q_OBJECT

public:
    CompetitorsView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const { return {m_add, m_edit, m_remove}; }
    QTableWidget *table() const { return m_table; }
    void refresh();

private:
    qint64 selectedId() const;
    void edit(qint64 id);
    void remove();
    void showDetail();

    Book &m_book;
    LoadWhenShown *m_loader;
    QUndoStack *m_undo;
    QTableWidget *m_table;
    QLabel *m_note;
    QLabel *m_detail; // the selected competitor's profile and why deals were lost to them
    QChartView *m_trend; // its deals won and lost by quarter
    QList<CompetitorFigures> m_figures;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
};

// Market sizes by period with our share of each (MarketService::share) and a chart of our
// share and the competitors' recorded shares over time.
class ShareView : public QWidget
{
    Q_OBJECT

public:
    ShareView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const { return {m_add, m_edit, m_remove, m_share}; }
    QTableWidget *table() const { return m_table; }
    void refresh();

private:
    qint64 selectedId() const;
    void edit(qint64 id);
    void remove();
    void setShare();
    // Our share of the whole market, period by period, beside the competitors' estimates.
    void showChart(const QList<MarketShareFigures> &trend);

    Book &m_book;
    LoadWhenShown *m_loader;
    QUndoStack *m_undo;
    QTableWidget *m_table;
    QChartView *m_chart;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_share;
};

} // namespace salesdesk::ui
