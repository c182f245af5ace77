#include "ui/common/helpwindows.h"

#include "ui/common/dialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

void collect(QTreeWidgetItem *group, const QMenu *menu)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator()) {
            continue;
        }
        if (a->menu()) {
            collect(group, a->menu());
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            keys.append(k.toString(QKeySequence::NativeText));
        }
        if (!keys.isEmpty()) {
            new QTreeWidgetItem(group, {plainActionText(a->text()), keys.join(u"  "_s)});
        }
    }
}

} // namespace

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource || m_imageWidth <= 0) {
        return resource;
    }
    QImage image;
    if (resource.userType() == QMetaType::QByteArray) {
        image.loadFromData(resource.toByteArray());
    } else {
        image = resource.value<QImage>();
    }
    if (!image.isNull() && image.width() > m_imageWidth) {
        return image.scaledToWidth(m_imageWidth, Qt::SmoothTransformation);
    }
    return image.isNull() ? resource : QVariant(image);
}

void GuideBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // Pictures as wide as the text column at most; redrawn when that changes by much.
    const int width = std::max(200, viewport()->width() - 40);
    if (std::abs(width - m_imageWidth) > 60) {
        m_imageWidth = width;
        if (!source().isEmpty()) {
            const int at = verticalScrollBar()->value();
            document()->clear();
            reload();
            verticalScrollBar()->setValue(at);
        }
    }
}

QUrl UserGuideWindow::guideFor(const QLocale &locale)
{
    return QUrl(locale.language() == QLocale::Chinese ? u"qrc:/guide/user-guide.zh_CN.md"_s
                                                      : u"qrc:/guide/user-guide.md"_s);
}

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"userGuideWindow"_s);
    setWindowTitle(tr("SalesDesk User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser = new GuideBrowser;
    m_browser->setObjectName(u"userGuideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_find = new QLineEdit;
    m_find->setObjectName(u"guideFindLineEdit"_s);
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    auto *next = new QPushButton(tr("Find &Next"));
    auto *previous = new QPushButton(tr("Find &Previous"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(previous);
    bar->addWidget(next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(next, &QPushButton::clicked, this, [this] { find(false); });
    connect(previous, &QPushButton::clicked, this, [this] { find(true); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto *focusFind = new QShortcut(QKeySequence::Find, this);
    connect(focusFind, &QShortcut::activated, m_find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    // As big as reads well, within the screen.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(std::min(960, screen.width() - 80), std::min(700, screen.height() - 80));
    m_browser->setSource(guideFor(QLocale()), QTextDocument::MarkdownResource);
}

void UserGuideWindow::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        return;
    }
    const QTextDocument::FindFlags flags
            = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        // From the other end once more before saying there is none.
        QTextCursor cursor(m_browser->document());
        if (backwards) {
            cursor.movePosition(QTextCursor::End);
        }
        m_browser->setTextCursor(cursor);
        if (!m_browser->find(text, flags)) {
            m_find->setStyleSheet(u"color: #c0392b;"_s);
            return;
        }
    }
    m_find->setStyleSheet(QString());
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"shortcutsTreeWidget"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (QAction *top : menus->actions()) {
        if (!top->menu()) {
            continue;
        }
        auto *group = new QTreeWidgetItem(m_tree, {plainActionText(top->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        collect(group, top->menu());
        if (group->childCount() == 0) {
            delete group;
        }
    }
    // Keys that are not in a menu.
    auto *elsewhere = new QTreeWidgetItem(m_tree, {tr("In lists and on the Board")});
    QFont bold = elsewhere->font(0);
    bold.setBold(true);
    elsewhere->setFont(0, bold);
    elsewhere->setFirstColumnSpanned(true);
    new QTreeWidgetItem(elsewhere,
                        {tr("Open the selected deal or customer, adjust the selected target"),
                         tr("Enter or double-click")});
    new QTreeWidgetItem(elsewhere, {tr("Select several deals"), tr("Ctrl+click, Shift+click")});
    new QTreeWidgetItem(elsewhere, {tr("Move deals to another stage"), tr("Drag the cards")});
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(560, std::min(640, screen.height() - 80));
}

} // namespace salesdesk::ui
