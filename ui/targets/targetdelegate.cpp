#include "ui/targets/targetdelegate.h"

#include "core/targets/targettypes.h"
#include "ui/targets/targetmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace salesdesk::ui {

QColor TargetDelegate::statusColor(int status)
{
    switch (TargetStatus(status)) {
    case TargetStatus::NotStarted:
        return {0x9c, 0xa3, 0xaf};
    case TargetStatus::OnTrack:
        return {0x1f, 0x9d, 0x55};
    case TargetStatus::AtRisk:
        return {0xe6, 0x7e, 0x22};
    case TargetStatus::Behind:
        return {0xc0, 0x39, 0x2b};
    case TargetStatus::Achieved:
        return {0x1f, 0x6f, 0xeb};
    case TargetStatus::Missed:
        return {0x6b, 0x72, 0x80};
    }
    return Qt::gray;
}

QSize TargetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    if (index.column() == TargetModel::AttainmentColumn) {
        size.setWidth(std::max(size.width(), 150));
    } else if (index.column() == TargetModel::StatusColumn) {
        size.setWidth(option.fontMetrics.horizontalAdvance(index.data().toString()) + 28);
    }
    return size;
}

void TargetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const int column = index.column();
    if (column != TargetModel::AttainmentColumn && column != TargetModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, without the text.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const int status = index.data(TargetModel::StatusRole).toInt();
    const QColor color = statusColor(status);
    const QString text = index.data().toString();
    if (column == TargetModel::AttainmentColumn) {
        const double attainment = index.data(TargetModel::AttainmentRole).toDouble();
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("000.0 %")) + 6;
        const QRectF bar(r.left(), r.center().y() - 4, std::max(10, r.width() - textWidth), 8);
        QPainterPath track;
        track.addRoundedRect(bar, 4, 4);
        painter->fillPath(track, option.palette.midlight());
        QPainterPath fill;
        fill.addRoundedRect(QRectF(bar.left(), bar.top(),
                                   bar.width() * std::clamp(attainment, 0.0, 1.0), bar.height()),
                            4, 4);
        painter->fillPath(fill, color);
        painter->setPen(option.palette.text().color());
        painter->drawText(QRect(int(bar.right()) + 4, r.top(), textWidth, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter, text);
    } else {
        const int width = option.fontMetrics.horizontalAdvance(text) + 16;
        const QRectF badge(r.left(), r.center().y() - option.fontMetrics.height() / 2.0 - 1, width,
                           option.fontMetrics.height() + 2);
        QPainterPath pill;
        pill.addRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter->fillPath(pill, color);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace salesdesk::ui
