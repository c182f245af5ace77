#include "ui/common/emptystate.h"

#include "ui/common/dialogs.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
QWidget *surfaceOf(QWidget *view)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(view)) {
        return area->viewport();
    }
    return view;
}
} // namespace

EmptyState::EmptyState(QWidget *view)
    : QWidget(surfaceOf(view))
{
    setObjectName(u"emptyState"_s);
    // The overlay itself is see-through and lets clicks pass: only the panel is solid.
    setAttribute(Qt::WA_NoSystemBackground);
    m_panel = new QWidget(this);
    m_panel->setObjectName(u"emptyStatePanel"_s);
    m_label = new QLabel;
    m_label->setObjectName(u"emptyStateLabel"_s);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    layout->addLayout(m_buttons);
    parentWidget()->installEventFilter(this);
    hide();
}

QString EmptyState::buttonText(const QAction *action)
{
    const QString text = plainActionText(action->text());
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? text : tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

void EmptyState::showNotice(const QString &text, const QList<QAction *> &actions)
{
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_label->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons->addStretch(1);
    for (QAction *action : actions) {
        auto *button = new QPushButton(buttonText(action));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch(1);
    place();
    show();
    raise();
}

QString EmptyState::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void EmptyState::place()
{
    const QRect area = parentWidget()->rect();
    setGeometry(area);
    // As wide as the text reads well (or the buttons need), as tall as the text wraps to.
    m_panel->ensurePolished();
    m_label->ensurePolished();
    const QMargins margins = m_panel->layout()->contentsMargins();
    const int spacing = m_panel->layout()->spacing();
    int buttonsWidth = 0;
    int buttonsHeight = 0;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (QWidget *button = m_buttons->itemAt(i)->widget()) {
            buttonsWidth += button->sizeHint().width() + m_buttons->spacing();
            buttonsHeight = std::max(buttonsHeight, button->sizeHint().height());
        }
    }
    const int inner = std::min(area.width() - margins.left() - margins.right(),
                               std::max(buttonsWidth, 460));
    m_label->setFixedWidth(std::max(1, inner));
    const int width = inner + margins.left() + margins.right();
    const int height
            = std::min(area.height(), margins.top() + m_label->heightForWidth(inner)
                                              + (buttonsHeight > 0 ? spacing + buttonsHeight : 0)
                                              + margins.bottom());
    // A third of the way down: the eye finds it before the empty space below.
    m_panel->setGeometry(
            QRect(QPoint((area.width() - width) / 2, std::max(0, (area.height() - height) / 3)),
                  QSize(width, height)));
    setMask(m_panel->geometry());
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && !isHidden()) {
        place();
    }
    return QWidget::eventFilter(watched, event);
}

void EmptyState::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().mid().color());
    painter.setBrush(palette().window());
    painter.drawRoundedRect(QRectF(m_panel->geometry()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace salesdesk::ui
