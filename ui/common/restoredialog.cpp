#include "ui/common/restoredialog.h"

#include "core/common/dates.h"
#include "ui/common/backupkeeper.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

enum Column { Day, Kept, Deals, Customers, LastEdit, Size, ColumnCount };

} // namespace

RestoreDialog::RestoreDialog(BackupKeeper &keeper, QWidget *parent)
    : QDialog(parent)
    , m_keeper(keeper)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(u"restoreDialog"_s);
    const QFileInfo book(keeper.shelf().bookPath());
    m_intro = new QLabel(
            tr("While a company file is open, SalesDesk copies it each day into the folder "
               "“%1” beside it: one copy a day for the last %2 days, one a week for %3 weeks "
               "before. Choose a copy to open it as a new file; “%4” itself is not changed.")
                    .arg(QDir::toNativeSeparators(QFileInfo(keeper.shelf().folder()).fileName()))
                    .arg(BackupShelf::DailyKept)
                    .arg(BackupShelf::WeeklyKept)
                    .arg(book.fileName()));
    m_intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
            {tr("Copy of"), tr("Kept"), tr("Deals"), tr("Customers"), tr("Last edit"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LastEdit, QHeaderView::Stretch);

    m_empty = new QLabel(tr("No copies yet. The first is written a few seconds after the file "
                            "is opened, or now with Back Up Now."));
    m_empty->setObjectName(u"noBackupsLabel"_s);
    m_empty->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("&Open as Copy…"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"openCopyButton"_s);
    auto *now = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    now->setObjectName(u"backUpNowButton"_s);
    auto *folder = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &RestoreDialog::openChosen);
    connect(now, &QPushButton::clicked, this, &RestoreDialog::backUpNow);
    connect(folder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_keeper.shelf().folder())); });
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::openChosen);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(760, 400);
    reload();
}

void RestoreDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    const auto entries = m_keeper.shelf().entries();
    for (const auto &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(Day, Qt::UserRole, entry.path);
        item->setText(Day,
                      locale.toString(entry.day, u"dddd"_s) + u" "_s + dateText(entry.day, locale));
        item->setText(Kept, entry.kind == BackupShelf::Kind::Daily ? tr("Daily") : tr("Weekly"));
        item->setText(Size, locale.formattedDataSize(entry.bytes));
        item->setTextAlignment(Deals, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Customers, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(Day, QDir::toNativeSeparators(entry.path));
        const auto contents = BackupShelf::contents(entry.path);
        if (contents) {
            item->setText(Deals, locale.toString(contents->deals));
            item->setText(Customers, locale.toString(contents->customers));
            item->setText(LastEdit, contents->lastChange.isValid() ? dateTimeText(
                                            contents->lastChange.toLocalTime(), locale)
                                                                   : tr("no entries"));
        } else {
            // Shown, not hidden: the user sees the copy exists and why it cannot be used.
            item->setText(LastEdit, contents.message());
            item->setToolTip(LastEdit, contents.message());
            item->setDisabled(true);
        }
    }
    m_empty->setVisible(entries.isEmpty());
    m_list->setVisible(!entries.isEmpty());
    if (m_list->topLevelItemCount() > 0 && !m_list->topLevelItem(0)->isDisabled()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_open->setEnabled(!m_list->selectedItems().isEmpty());
}

void RestoreDialog::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_keeper.wait(); // one being written in the background first
    m_keeper.takeNow();
    m_keeper.wait();
    QApplication::restoreOverrideCursor();
    reload();
    if (!m_keeper.lastError().isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Back Up"), m_keeper.lastError());
    }
}

void RestoreDialog::openChosen()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty() || selected.first()->isDisabled()) {
        return;
    }
    m_chosen = selected.first()->data(Day, Qt::UserRole).toString();
    accept();
}

} // namespace salesdesk::ui
