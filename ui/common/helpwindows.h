#pragma once

#include <QDialog>
#include <QTextBrowser>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace salesdesk::ui {

// A text browser whose pictures shrink to the width it has (the guide's screenshots are as
// wide as a laptop screen).
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_imageWidth = 0;
};

// Help › User Guide: the user guide, built into the program, in the language of the interface
// (docs/user-guide.md, docs/user-guide.zh_CN.md), with a search field.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);
    // The guide for a language: qrc:/guide/user-guide.zh_CN.md for Chinese, the English one
    // otherwise.
    static QUrl guideFor(const QLocale &locale);
    QTextBrowser *browser() const { return m_browser; }

private:
    void find(bool backwards);

    GuideBrowser *m_browser;
    QLineEdit *m_find;
};

// Help › Keyboard Shortcuts: every shortcut of the window's menus, read from the menus
// themselves, so the list is never out of date; grouped by menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace salesdesk::ui
