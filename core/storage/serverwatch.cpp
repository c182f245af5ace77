#include "core/storage/serverwatch.h"

#include "core/storage/database.h"
#include "core/storage/pgconnection.h"

#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString Channel = u"salesdesk_changes"_s;

// Changes others commit within this long are told as one (an import commits many statements).
constexpr int SettleMs = 150;

} // namespace

ServerWatch::ServerWatch(const Database &db, QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        QStringList tables(m_tables.cbegin(), m_tables.cend());
        tables.sort();
        m_tables.clear();
        emit changedElsewhere(tables);
    });
    pg_conn *own = pg::handleOf(db.connection());
    if (!own) {
        return;
    }
    m_ownProcess = pg::backendProcess(own);
    static std::atomic<int> counter {0};
    m_connectionName = u"salesdesk-watch-%1"_s.arg(++counter);
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(db.connection(), m_connectionName);
    if (!listener.open()) {
        qWarning("Live updates are off: %s", qPrintable(listener.lastError().text()));
        return;
    }
    // This connection runs nothing else: Qt's driver reads its socket whenever the server
    // writes to it.
    QSqlDriver *driver = listener.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                take(name, payload);
            });
    m_listening = driver->subscribeToNotification(Channel);
}

ServerWatch::~ServerWatch()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase listener = QSqlDatabase::database(m_connectionName, false);
        if (listener.isOpen()) {
            listener.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ServerWatch::take(const QString &name, const QVariant &payload)
{
    if (name != Channel) {
        return;
    }
    // "table process"
    const QString text = payload.toString();
    const qsizetype space = text.lastIndexOf(u' ');
    if (space < 0 || QStringView(text).mid(space + 1).toInt() == m_ownProcess) {
        return;
    }
    m_tables.insert(text.left(space));
    if (!m_settle.isActive()) {
        m_settle.start();
    }
}

} // namespace salesdesk
