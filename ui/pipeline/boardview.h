#pragma once

#include "core/pipeline/pipelineservice.h"
#include "core/pipeline/pipelinetypes.h"

#include <QListView>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace salesdesk::ui {

class DealColumns;
class DealListModel;
class LoadWhenShown;

// A Board column's list: cards are dragged out of it and dropped into another column.
class BoardColumnView : public QListView
{
    Q_OBJECT

public:
    // Cards laid out at a time (about two screens of a column).
    static constexpr int BatchCards = 40;

    explicit BoardColumnView(QWidget *parent = nullptr);
    // Places every card now, not a batch at a time: a card not placed yet cannot be scrolled to.
    void layOutAll();

signals:
    void dealsDropped(const QList<qint64> &ids);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

// The Board: one column per open stage plus Won and Lost (the last 30 days); each header shows
// the number of deals, their total and their weighted value. Each column lists its deals from
// SQL (a DealListModel) and reads the cards it lays out a block at a time; the headers' figures
// are added up by SQLite. Nothing is read until load().
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(DealColumns *deals, QWidget *parent = nullptr);

    // Reads the columns' deals now if they are due: they are read when the Board is first shown,
    // and a column whose deals changed reads them again then, or at once if it is on screen.
    void load();
    bool isLoaded() const { return m_loaded; }
    void rebuildColumns(); // after the stage list changed
    void setOwnerFilter(qint64 ownerId);
    QList<qint64> selectedDealIds() const;
    // How many cards the Board shows (open deals, and those won or lost in the last 30 days,
    // of the owner chosen), once loaded.
    int cardCount() const;
    void selectDeal(qint64 id);
    BoardColumnView *columnView(qint64 stageId, DealStatus status = DealStatus::Open) const;
    DealListModel *columnModel(qint64 stageId, DealStatus status = DealStatus::Open) const;
    // The header of a column (count, total, weighted value; the same in full as its tooltip).
    const QLabel *header(qint64 stageId, DealStatus status = DealStatus::Open) const;

signals:
    void dealActivated(qint64 id);
    void moveRequested(const QList<qint64> &ids, qint64 stageId, DealStatus status);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    // The columns' cards or their figures changed (once per burst of changes).
    void columnsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Column
    {
        qint64 stageId;
        DealStatus status;
        QString name;
        QLabel *header;
        DealListModel *model;
        BoardColumnView *view;
        DealTotals totals; // of its cards, as last added up
        bool counted = false; // false: its cards changed since
    };
    const Column *column(qint64 stageId, DealStatus status) const;
    DealListQuery columnQuery(const Column &column) const;
    // Each column's query again: after the owner chosen or the time changed.
    void updateQueries();
    void loadColumns();
    // The first cards of every column not read yet, read in one question.
    void readFirstCards();
    // Adds up again the columns whose cards changed, and shows every column's figures.
    void updateHeaders();
    void recount(const DealListModel *model);

    DealColumns *m_deals;
    QHBoxLayout *m_columnsLayout;
    QList<Column> m_columns;
    QTimer m_headerTimer;
    LoadWhenShown *m_loader;
    qint64 m_ownerId = 0;
    bool m_loaded = false;
};

} // namespace salesdesk::ui
