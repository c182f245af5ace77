#pragma once

#include <QStyledItemDelegate>

namespace salesdesk::ui {

// Paints a deal as a card on the Board: title and customer (a line or two each), value, days in
// stage, next step date; an idle deal gets an orange edge and an "Idle" badge.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // `text` on one line, or two broken between words with the rest cut by "…".
    static QStringList twoLines(const QString &text, const QFont &font, int width);

private:
    static int idleBadgeWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace salesdesk::ui
