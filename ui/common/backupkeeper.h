#pragma once

#include "core/common/clock.h"
#include "core/storage/backupshelf.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace salesdesk::ui {

// Keeps the open book's rotating backups (BackupShelf) while the window is open: the day's
// backup is written a little after the book opens when there is none yet, and written again
// every half hour while the book changes. The copy is made on a thread of its own from a
// read-only connection, so the window never waits for it.
class BackupKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstDelayMs = 10 * 1000;
    static constexpr int IntervalMs = 30 * 60 * 1000;

    BackupKeeper(const QString &bookPath, const Clock &clock, QObject *parent = nullptr);
    ~BackupKeeper() override; // stops a backup being written (the day's copy stays as it was)

    const BackupShelf &shelf() const { return m_shelf; }
    // The book was edited: the next round writes the day's backup again.
    void bookChanged() { m_changed = true; }
    // Starts writing the day's backup now (unless one is being written); false when busy.
    bool takeNow();
    bool isBusy() const { return m_thread != nullptr; }
    // Why the last backup could not be written; empty when it was.
    const QString &lastError() const { return m_lastError; }
    // Waits until the backup being written is done (tests; closing the book).
    void wait();

signals:
    void taken(const salesdesk::BackupShelf::Entry &entry);
    void failed(const QString &message);

private:
    void round();
    void finished();

    BackupShelf m_shelf;
    Clock m_clock;
    QTimer m_timer;
    bool m_changed = false;
    bool m_toldFailure = false;
    QString m_lastError;
    QThread *m_thread = nullptr;
    std::shared_ptr<Result<BackupShelf::Entry>> m_result;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace salesdesk::ui
