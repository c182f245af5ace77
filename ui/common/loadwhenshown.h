#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace salesdesk::ui {

// Reads a view's figures when the view is first shown, and again when it is shown after a change
// it was told of while hidden — never for a view nobody opens. A book of a million deals has a
// dozen views of figures, each seconds to compute; the window opens showing one of them.
class LoadWhenShown : public QObject
{
public:
    LoadWhenShown(QWidget *view, std::function<void()> load);

    // Something the view shows changed: it is read again now if the view is on screen, or
    // when it is next shown.
    void request();
    // Reads it now if it is due (a caller about to use what the view holds).
    void ensureLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_load;
    bool m_due = true;
};

} // namespace salesdesk::ui
