#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace salesdesk::ui {

// A notice laid over a view while it has nothing to show: why, and what to do about it, with
// buttons for the actions that fill it ("No deals yet" and New Deal, Import). The buttons name
// the action and its shortcut as the menus do, so the notice never promises a key that is not
// there. Only the notice itself takes the mouse: the view around it stays usable.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    // Lays itself over `view` (a scroll area's viewport when it has one) and follows its size.
    explicit EmptyState(QWidget *view);

    // Shows `text` with buttons for `actions`, or hides when `text` is empty.
    void showNotice(const QString &text, const QList<QAction *> &actions = {});
    void hideNotice() { showNotice(QString()); }
    QString text() const;
    // A button's text: the action's, without its mnemonic, with its shortcut ("New Deal
    // (Ctrl+Shift+N)").
    static QString buttonText(const QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void place();

    QWidget *m_panel;
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace salesdesk::ui
