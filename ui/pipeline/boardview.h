#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QListView>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace salesdesk::ui {

class DealModel;
class BoardColumnProxy;

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
// the number of deals, their total and their weighted value.
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(DealModel *model, QWidget *parent = nullptr);

    void rebuildColumns(); // after the stage list changed
    void setOwnerFilter(qint64 ownerId);
    QList<qint64> selectedDealIds() const;
    // How many cards the Board shows (open deals, and those won or lost in the last 30 days,
    // of the owner chosen).
    int cardCount() const;
    void selectDeal(qint64 id);
    BoardColumnView *columnView(qint64 stageId, DealStatus status = DealStatus::Open) const;
    // The header of a column (count, total, weighted value; the same in full as its tooltip).
    const QLabel *header(qint64 stageId, DealStatus status = DealStatus::Open) const;

signals:
    void dealActivated(qint64 id);
    void moveRequested(const QList<qint64> &ids, qint64 stageId, DealStatus status);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Column
    {
        qint64 stageId;
        DealStatus status;
        QString name;
        QLabel *header;
        BoardColumnProxy *proxy;
        BoardColumnView *view;
    };
    void updateHeaders();

    DealModel *m_model;
    QHBoxLayout *m_columnsLayout;
    QList<Column> m_columns;
    QTimer m_headerTimer;
    qint64 m_ownerId = 0;
};

} // namespace salesdesk::ui
