#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace salesdesk::ui {

class BackupKeeper;

// File › Restore from Backup: the open book's rotating backups with their day and what each
// holds (deals, customers, the last edit), newest first. The one chosen is opened as a copy
// (the window asks where); neither the book nor the backup is changed. "Back Up Now" writes
// the day's backup at once.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(BackupKeeper &keeper, QWidget *parent = nullptr);

    // The backup chosen when the dialog was accepted (Open as Copy).
    QString chosenBackup() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }
    void backUpNow();

private:
    void reload();
    void openChosen();

    BackupKeeper &m_keeper;
    QLabel *m_intro;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QString m_chosen;
};

} // namespace salesdesk::ui
