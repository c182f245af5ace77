#pragma once

#include <QStyledItemDelegate>

namespace salesdesk::ui {

// Paints a deal as a card on the Board: title, customer, value, days in stage, next step date;
// an idle deal gets an orange edge and an "Idle" badge.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace salesdesk::ui
