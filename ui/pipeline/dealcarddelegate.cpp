#include "ui/pipeline/dealcarddelegate.h"

#include "core/common/money.h"
#include "ui/pipeline/dealcolumns.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace salesdesk::ui {

namespace {

constexpr int Margin = 5;
constexpr int Padding = 8;
const QColor IdleColor(0xe6, 0x7e, 0x22);
const QColor OverdueColor(0xc0, 0x39, 0x2b);

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

// The width of the card's text.
int textWidth(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int card = view ? std::max(150, view->viewport()->width()) : 220;
    return card - 2 * Margin - 2 * Padding;
}

} // namespace

QStringList DealCardDelegate::twoLines(const QString &text, const QFont &font, int width)
{
    // Broken between words where the first line ends; what the second cannot hold ends in "…".
    QTextLayout layout(text, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long word breaks too
    layout.setTextOption(wrap);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return {QString()};
    }
    first.setLineWidth(width);
    layout.endLayout();
    const int cut = first.textLength();
    if (cut >= text.size()) {
        return {text};
    }
    const QFontMetrics fm(font);
    return {text.left(cut).trimmed(),
            fm.elidedText(text.mid(cut).trimmed(), Qt::ElideRight, width)};
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The width is a minimum: a top-to-bottom list stretches each card to the column's width.
    // Title and customer take one line or two, as their text needs.
    const QFontMetrics fm(option.font);
    const int width = textWidth(option);
    const int lines
            = int(twoLines(index.siblingAtColumn(DealColumns::TitleColumn).data().toString(),
                           boldOf(option.font), width - idleBadgeWidth(option, index))
                          .size())
              + int(twoLines(index.siblingAtColumn(DealColumns::CustomerColumn).data().toString(),
                             option.font, width)
                            .size())
              + 2;
    return {width + 2 * Margin + 2 * Padding,
            lines * (fm.height() + 2) + 2 * Padding + 2 * Margin - 2};
}

int DealCardDelegate::idleBadgeWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!index.siblingAtColumn(DealColumns::TitleColumn).data(DealColumns::IdleRole).toBool()) {
        return 0;
    }
    return QFontMetrics(option.font).horizontalAdvance(tr("Idle")) + 16;
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
    const bool idle = cell(DealColumns::TitleColumn, DealColumns::IdleRole).toBool();
    const auto status = DealStatus(cell(DealColumns::TitleColumn, DealColumns::StatusRole).toInt());
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
    // Lines 1–2: the title, on one line or two; then the customer, likewise.
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    int n = 0;
    for (const QString &l :
         twoLines(cell(DealColumns::TitleColumn).toString(), bold, text.width() - badgeWidth)) {
        const int right = n == 0 ? badgeWidth : 0; // the badge sits on the first line
        painter->drawText(lineRect(n, 0, right), Qt::AlignLeft | Qt::AlignVCenter, l);
        ++n;
    }
    painter->setFont(option.font);
    painter->setPen(muted);
    for (const QString &l :
         twoLines(cell(DealColumns::CustomerColumn).toString(), option.font, text.width())) {
        painter->drawText(lineRect(n++), Qt::AlignLeft | Qt::AlignVCenter, l);
    }

    // Then the value on the left; days in stage (or the closing date) on the right.
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    // The value in whole units of the deal's own currency: a card is read at a glance, and a
    // narrow column has no room for fen.
    const QString value = currency::formatWhole(
            cell(DealColumns::TitleColumn, DealColumns::ValueMinorRole).toLongLong(),
            cell(DealColumns::TitleColumn, DealColumns::CurrencyRole).toString(), QLocale());
    painter->drawText(lineRect(n), Qt::AlignLeft | Qt::AlignVCenter, value);
    painter->setFont(option.font);
    const QLocale locale;
    const QString shortDate = tr("d MMM", "short date on a deal card");
    QString right;
    if (status == DealStatus::Open) {
        right = tr("%n day(s)", "time in the current stage",
                   cell(DealColumns::TitleColumn, DealColumns::DaysInStageRole).toInt());
        painter->setPen(idle ? IdleColor.darker(130) : muted);
    } else {
        const QDateTime closed
                = cell(DealColumns::TitleColumn, DealColumns::ClosedAtRole).toDateTime();
        right = locale.toString(localDate(closed), shortDate);
        painter->setPen(muted);
    }
    const int valueWidth = bfm.horizontalAdvance(value) + 8;
    painter->drawText(lineRect(n, valueWidth), Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(right, Qt::ElideRight, text.width() - valueWidth));

    ++n;
    // Last, the next step and its date; red when the date has passed.
    const QDate next = cell(DealColumns::NextStepDateColumn, DealColumns::SortRole).toDate();
    const QString step = cell(DealColumns::NextStepColumn).toString();
    if (status == DealStatus::Open && (next.isValid() || !step.isEmpty())) {
        const bool overdue
                = cell(DealColumns::TitleColumn, DealColumns::NextStepOverdueRole).toBool();
        QString when = next.isValid() ? locale.toString(next, shortDate) : QString();
        int whenWidth = 0;
        if (!when.isEmpty()) {
            painter->setPen(overdue ? OverdueColor : pal.text().color());
            whenWidth = fm.horizontalAdvance(when) + 8;
            painter->drawText(lineRect(n), Qt::AlignLeft | Qt::AlignVCenter, when);
        }
        painter->setPen(muted);
        painter->drawText(lineRect(n, whenWidth), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(step, Qt::ElideRight, text.width() - whenWidth));
    } else if (status == DealStatus::Won) {
        painter->setPen(muted);
        painter->drawText(lineRect(n), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(cell(DealColumns::ServiceColumn).toString(), Qt::ElideRight,
                                        text.width()));
    }
    painter->restore();
}

} // namespace salesdesk::ui
