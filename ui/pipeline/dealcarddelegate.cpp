#include "ui/pipeline/dealcarddelegate.h"

#include "ui/pipeline/dealmodel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

namespace salesdesk::ui {

namespace {

constexpr int Margin = 5;
constexpr int Padding = 8;
const QColor IdleColor(0xe6, 0x7e, 0x22);
const QColor OverdueColor(0xc0, 0x39, 0x2b);

} // namespace

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The width is a minimum: a top-to-bottom list stretches each card to the column's width.
    const QFontMetrics fm(option.font);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? std::max(150, view->viewport()->width()) : 220;
    return {width, 4 * fm.height() + 2 * Padding + 2 * Margin + 6};
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return index.siblingAtColumn(column).data(role);
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);
    const bool selected = option.state & QStyle::State_Selected;
    const bool idle = cell(DealModel::TitleColumn, DealModel::IdleRole).toBool();
    const auto status = DealStatus(cell(DealModel::TitleColumn, DealModel::StatusRole).toInt());
    const QPalette &pal = option.palette;

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? pal.highlight().color().lighter(185) : pal.base().color());
    painter->setPen(
            QPen(selected ? pal.highlight().color() : pal.mid().color(), selected ? 2.0 : 1.0));
    painter->drawPath(path);
    if (idle) {
        QPainterPath edge;
        edge.addRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
        painter->fillPath(edge, IdleColor);
    }

    const QRect text
            = card.toRect().adjusted(Padding + (idle ? 4 : 0), Padding - 2, -Padding, -Padding + 2);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics bfm(bold);
    const int line = fm.height();
    const auto lineRect = [&](int n, int left = 0, int right = 0) {
        return QRect(text.left() + left, text.top() + n * (line + 2), text.width() - left - right,
                     line);
    };
    const QColor muted = pal.placeholderText().color();

    // Line 1: title, and an Idle badge on the right.
    int badgeWidth = 0;
    if (idle) {
        const QString badge = tr("Idle");
        badgeWidth = fm.horizontalAdvance(badge) + 12;
        const QRect badgeRect(text.right() - badgeWidth + 1, text.top(), badgeWidth, line);
        QPainterPath pill;
        pill.addRoundedRect(badgeRect, line / 2.0, line / 2.0);
        painter->fillPath(pill, IdleColor);
        painter->setPen(Qt::white);
        painter->setFont(option.font);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        badgeWidth += 4;
    }
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    const QRect titleRect = lineRect(0, 0, badgeWidth);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(cell(DealModel::TitleColumn).toString(), Qt::ElideRight,
                                     titleRect.width()));

    // Line 2: customer.
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(lineRect(1), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(cell(DealModel::CustomerColumn).toString(), Qt::ElideRight,
                                    text.width()));

    // Line 3: value on the left; days in stage (or the closing date) on the right.
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    const QString value = cell(DealModel::ValueColumn).toString();
    painter->drawText(lineRect(2), Qt::AlignLeft | Qt::AlignVCenter, value);
    painter->setFont(option.font);
    const QLocale locale;
    const QString shortDate = tr("d MMM", "short date on a deal card");
    QString right;
    if (status == DealStatus::Open) {
        right = tr("%n day(s)", "time in the current stage",
                   cell(DealModel::TitleColumn, DealModel::DaysInStageRole).toInt());
        painter->setPen(idle ? IdleColor.darker(130) : muted);
    } else {
        const QDateTime closed = cell(DealModel::TitleColumn, DealModel::ClosedAtRole).toDateTime();
        right = locale.toString(localDate(closed), shortDate);
        painter->setPen(muted);
    }
    const int valueWidth = bfm.horizontalAdvance(value) + 8;
    painter->drawText(lineRect(2, valueWidth), Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(right, Qt::ElideRight, text.width() - valueWidth));

    // Line 4: the next step and its date; red when the date has passed.
    const QDate next = cell(DealModel::NextStepDateColumn, DealModel::SortRole).toDate();
    const QString step = cell(DealModel::NextStepColumn).toString();
    if (status == DealStatus::Open && (next.isValid() || !step.isEmpty())) {
        const bool overdue = cell(DealModel::TitleColumn, DealModel::NextStepOverdueRole).toBool();
        QString when = next.isValid() ? locale.toString(next, shortDate) : QString();
        int whenWidth = 0;
        if (!when.isEmpty()) {
            painter->setPen(overdue ? OverdueColor : pal.text().color());
            whenWidth = fm.horizontalAdvance(when) + 8;
            painter->drawText(lineRect(3), Qt::AlignLeft | Qt::AlignVCenter, when);
        }
        painter->setPen(muted);
        painter->drawText(lineRect(3, whenWidth), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(step, Qt::ElideRight, text.width() - whenWidth));
    } else if (status == DealStatus::Won) {
        painter->setPen(muted);
        painter->drawText(lineRect(3), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(cell(DealModel::ServiceColumn).toString(), Qt::ElideRight,
                                        text.width()));
    }
    painter->restore();
}

} // namespace salesdesk::ui
