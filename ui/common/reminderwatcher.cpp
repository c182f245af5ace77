#include "ui/common/reminderwatcher.h"

#include "core/book/book.h"
#include "core/book/reminders.h"

#include <QScopeGuard>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

ReminderWorker::ReminderWorker(QString path, const Clock &clock)
    : m_book(std::move(path), clock)
{ }

void ReminderWorker::look(const QDateTime &now)
{
    auto book = m_book.get();
    if (!book) {
        emit failed(book.message());
        return;
    }
    auto due = Reminders::due(**book, now);
    // Nothing kept between looks a minute apart (the connection's page cache).
    m_book.close();
    if (!due) {
        emit failed(due.message());
        return;
    }
    emit found(*due);
}

void ReminderWorker::close()
{
    m_book.close();
}

ReminderWatcher::ReminderWatcher(Book &book, QObject *parent)
    : QObject(parent)
    , m_book(book)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"reminders"_s);
    m_worker = new ReminderWorker(book.path(), book.clock());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReminderWorker::found, this, &ReminderWatcher::take);
    connect(m_worker, &ReminderWorker::failed, this, [this](const QString &message) {
        qWarning("Reminders: %s", qPrintable(message));
        take({});
    });
    m_thread->start();
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderWatcher::check);
    m_timer.start();
}

ReminderWatcher::~ReminderWatcher()
{
    // The worker's connection closes on its own thread, then the thread ends.
    QMetaObject::invokeMethod(m_worker, &ReminderWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ReminderWatcher::check()
{
    if (m_looking) {
        m_again = true;
        return;
    }
    m_looking = true;
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, now = m_book.clock().nowUtc()] { worker->look(now); });
}

void ReminderWatcher::take(const QList<Reminder> &due)
{
    m_looking = false;
    const auto done = qScopeGuard([this] {
        emit checked();
        if (m_again) {
            m_again = false;
            check();
        }
    });
    QList<Reminder> fresh;
    for (const Reminder &r : due) {
        if (!m_given.contains(r.key)) {
            fresh.append(r);
            m_given.insert(r.key);
        }
    }
    if (fresh.size() <= 3) {
        for (const Reminder &r : std::as_const(fresh)) {
            emit remind(r.title, r.text);
        }
        return;
    }
    QStringList first;
    for (int i = 0; i < 3; ++i) {
        first.append(fresh[i].title);
    }
    emit remind(tr("%n reminder(s)", nullptr, int(fresh.size())),
                tr("%1, and %n more", nullptr, int(fresh.size()) - 3).arg(first.join(u"; "_s)));
}

} // namespace salesdesk::ui
