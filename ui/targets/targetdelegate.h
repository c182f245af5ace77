#pragma once

#include <QStyledItemDelegate>

namespace salesdesk::ui {

// Paints a target's attainment as a bar and its status as a coloured badge.
class TargetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a status (TargetStatus as int), shared with the detail pane.
    static QColor statusColor(int status);
};

} // namespace salesdesk::ui
