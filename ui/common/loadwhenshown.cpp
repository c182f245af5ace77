#include "ui/common/loadwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace salesdesk::ui {

LoadWhenShown::LoadWhenShown(QWidget *view, std::function<void()> load)
    : QObject(view)
    , m_view(view)
    , m_load(std::move(load))
{
    view->installEventFilter(this);
}

void LoadWhenShown::request()
{
    m_due = true;
    if (m_view->isVisible()) {
        ensureLoaded();
    }
}

void LoadWhenShown::ensureLoaded()
{
    if (m_due) {
        m_due = false;
        m_load();
    }
}

bool LoadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show) {
        ensureLoaded();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace salesdesk::ui
