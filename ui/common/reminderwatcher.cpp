#include "ui/common/reminderwatcher.h"

#include "core/book/book.h"
#include "core/book/reminders.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

ReminderWatcher::ReminderWatcher(Book &book, QObject *parent)
    : QObject(parent)
    , m_book(book)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderWatcher::check);
    m_timer.start();
}

void ReminderWatcher::check()
{
    auto due = Reminders::due(m_book, m_book.clock().nowUtc());
    if (!due) {
        qWarning("Reminders: %s", qPrintable(due.message()));
        return;
    }
    QList<Reminder> fresh;
    for (const Reminder &r : std::as_const(*due)) {
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
