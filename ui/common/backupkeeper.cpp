#include "ui/common/backupkeeper.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

BackupKeeper::BackupKeeper(const QString &bookPath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_shelf(bookPath)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupKeeper::round);
    m_timer.start(FirstDelayMs);
}

BackupKeeper::~BackupKeeper()
{
    // Closing the window waits for no copy: a large book's takes a while.
    if (m_cancel) {
        *m_cancel = true;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupKeeper::round()
{
    m_timer.start(IntervalMs);
    const auto entries = m_shelf.entries();
    const bool haveToday = !entries.isEmpty() && entries.first().day == m_clock.today();
    if (!haveToday || m_changed) {
        takeNow();
    }
}

bool BackupKeeper::takeNow()
{
    if (m_thread) {
        return false;
    }
    m_changed = false; // edits from now on are after this copy
    auto result = std::make_shared<Result<BackupShelf::Entry>>(Error::internal({}));
    m_result = result;
    const BackupShelf shelf = m_shelf;
    const QDate day = m_clock.today();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_thread = QThread::create(
            [shelf, day, result, cancel] { *result = shelf.take(day, cancel.get()); });
    m_thread->setObjectName(u"backup"_s);
    // The signal comes queued from the thread; wait() may have handled this one already.
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (thread == m_thread) {
            finished();
        }
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupKeeper::wait()
{
    if (m_thread) {
        m_thread->wait();
        finished();
    }
}

void BackupKeeper::finished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const auto result = std::move(m_result);
    m_lastError = result->ok() ? QString() : result->message();
    if (result->ok()) {
        m_toldFailure = false;
        emit taken(result->value());
    } else {
        m_changed = true; // try again next round
        // Said once, not every half hour: the window's status bar, not a dialog.
        if (!m_toldFailure) {
            m_toldFailure = true;
            emit failed(result->message());
        }
    }
}

} // namespace salesdesk::ui
