// The team edition's side of Database: a book kept in a PostgreSQL database, reached by its
// address. The schema is made by the same migrations as a file's (in PostgreSQL's dialect,
// pgdialect.h), after a prelude of the functions SQLite has and PostgreSQL lacks; the version
// is kept in a table, schema_version, where SQLite keeps it in the file's header.

#include "core/storage/bookcopy.h"
#include "core/storage/booklock.h"
#include "core/storage/database.h"
#include "core/storage/pgconnection.h"
#include "core/storage/pgdialect.h"
#include "core/storage/readahead.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QString uniqueServerConnectionName()
{
    static std::atomic<int> counter {0};
    return u"salesdesk-server-%1"_s.arg(++counter);
}

// A password given in an address is kept in memory only, for this program's other connections
// to the same database (the dashboard's and reminders' threads open their own): the address
// shown and remembered never holds it.
QMutex passwordsLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

} // namespace

bool Database::isServerAddress(const QString &path)
{
    return path.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || path.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Status Database::connectToServer(const QString &address)
{
    QUrl url(address, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty()) {
        // Said without the password it may hold.
        QUrl shown(address, QUrl::TolerantMode);
        shown.setPassword({});
        return Error::user(tr("“%1” is not a server address such as "
                              "postgresql://user@host:5432/database.")
                                   .arg(shown.isValid() ? shown.toString() : address));
    }
    // Encoded in the address (a password may hold any character, "@" and "/" too).
    QString password = url.password(QUrl::FullyDecoded);
    url.setPassword({});
    m_path = url.toString();
    {
        QMutexLocker locked(&passwordsLock);
        if (!password.isEmpty()) {
            passwords().insert(m_path, password);
        } else {
            password = passwords().value(m_path);
        }
    }
    m_engine = Engine::PostgreSQL;
    m_connectionName = uniqueServerConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!db.isValid()) {
        return Error::internal(tr("The PostgreSQL driver for Qt is not installed (package "
                                  "libqt6sql6-psql)."));
    }
    db.setHostName(url.host());
    if (url.port() > 0) {
        db.setPort(url.port());
    }
    db.setUserName(url.userName());
    // Empty: libpq finds it in PGPASSWORD or ~/.pgpass itself.
    db.setPassword(password);
    db.setDatabaseName(database);
    // The address's own options (sslmode=require, host=/run/postgresql …) go to libpq as they
    // are.
    // Local days (date(…, 'localtime')) are the computer's, as in a file.
    QStringList options {
            u"application_name=SalesDesk"_s, u"connect_timeout=10"_s,
            u"options='-c TimeZone=%1'"_s.arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()))};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options.append(key + u'=' + value);
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        return Error::data(tr("Cannot connect to “%1”: %2")
                                   .arg(m_path, db.lastError().databaseText().trimmed()));
    }
    // The server's notices ("…does not exist, skipping") are for a person at psql.
    pg::silenceNotices(pg::handleOf(db));
    return {};
}

Status Database::migrateOnServer(int fromVersion)
{
    const QStringList files = migrationFiles();
    pg_conn *server = pg::handleOf(connection());
    Transaction tx(connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (fromVersion == 0) {
        QFile prelude(u":/postgresql/prelude.sql"_s);
        if (!prelude.open(QIODevice::ReadOnly)) {
            return Error::internal(tr("The PostgreSQL prelude is missing from this build."));
        }
        if (auto st = pg::execScript(server, prelude.readAll()); !st) {
            return st;
        }
    }
    // All versions in one transaction: another SalesDesk opening the database meanwhile waits
    // for the lock, then finds it up to date; a failure leaves it as it was.
    if (auto st = pg::execScript(server, "LOCK TABLE schema_version IN EXCLUSIVE MODE"); !st) {
        return st;
    }
    SqlQuery current(connection(), u"SELECT version FROM schema_version"_s);
    auto version = current.scalar();
    if (!version) {
        return version.error();
    }
    for (int v = int(version->toLongLong()) + 1; v <= files.size(); ++v) {
        // A migration SQLite and PostgreSQL cannot share has PostgreSQL's own reading.
        const QString own = u":/postgresql/"_s + QFileInfo(files.at(v - 1)).fileName();
        QFile file(QFile::exists(own) ? own : files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::internal(tr("Migration %1 is missing from this build.").arg(v));
        }
        const QString script = pg::schemaScript(QString::fromUtf8(file.readAll()));
        if (auto st = pg::execScript(server, script.toUtf8()); !st) {
            return Error::internal(tr("Could not update “%1” to version %2: %3")
                                           .arg(m_path)
                                           .arg(v)
                                           .arg(st.message()));
        }
    }
    // Tables a migration added are watched too, and the rules of who sees what are made
    // again over all of them.
    if (auto st = pg::execScript(server, "SELECT salesdesk_watch_tables()"); !st) {
        return st;
    }
    QFile roles(u":/postgresql/roles.sql"_s);
    if (!roles.open(QIODevice::ReadOnly)) {
        return Error::internal(tr("The PostgreSQL prelude is missing from this build."));
    }
    if (auto st = pg::execScript(server, roles.readAll()); !st) {
        return st;
    }
    SqlQuery setVersion(connection(), u"UPDATE schema_version SET version = ?"_s);
    setVersion.bind(qint64(files.size()));
    if (auto st = setVersion.exec(); !st) {
        return st;
    }
    return tx.commit();
}

Result<std::unique_ptr<Database>> Database::createOnServer(const QString &address,
                                                           const CreateOptions &options)
{
    const auto currencyCode = currencyCodeOf(options);
    if (!currencyCode) {
        return currencyCode.error();
    }
    std::unique_ptr<Database> db(new Database);
    if (auto st = db->connectToServer(address); !st) {
        return st.error();
    }
    // Only into an empty database: a server's database may hold anything.
    SqlQuery tables(db->connection(),
                    u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                    "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN "
                    "('r', 'v', 'm', 'p', 'f')"_s);
    auto count = tables.scalar();
    if (!count) {
        return count.error();
    }
    if (count->toLongLong() > 0) {
        return Error::user(tr("The database “%1” already holds tables; SalesDesk makes a new "
                              "book only in an empty database.")
                                   .arg(db->m_path));
    }
    if (auto st = db->migrateOnServer(0); !st) {
        return st.error();
    }
    const QString name = QUrl(db->m_path).path().mid(1);
    if (auto st = db->writeProperties(options, name, *currencyCode); !st) {
        return st.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openOnServer(const QString &address, Access access)
{
    std::unique_ptr<Database> db(new Database);
    if (auto st = db->connectToServer(address); !st) {
        return st.error();
    }
    // Whether the database holds a book, and at which version, in one exchange: the version's
    // answer read ahead is simply not there when the table is not.
    const QString isBookSql = u"SELECT to_regclass('schema_version') IS NOT NULL"_s;
    const ReadAhead ahead(db->connection(),
                          {SqlStatement {isBookSql, {}}, SqlStatement {schemaVersionSql(), {}}});
    SqlQuery kept(db->connection(), isBookSql);
    auto isBook = kept.scalar();
    if (!isBook) {
        return isBook.error();
    }
    if (isBook->toLongLong() == 0) {
        return Error::data(tr("The database “%1” holds no SalesDesk book; make one there with "
                              "“salesdesk new %1”.")
                                   .arg(db->m_path));
    }
    const int version = db->schemaVersion();
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return Error::data(tr("“%1” was written by a newer SalesDesk (data version %2; this "
                              "SalesDesk reads up to version %3). Update SalesDesk to open it.")
                                   .arg(db->m_path)
                                   .arg(version)
                                   .arg(latest));
    }
    if (version < latest) {
        if (access == Access::ReadOnly) {
            return Error::data(tr("“%1” is from an older SalesDesk; open it in the app once to "
                                  "update it.")
                                       .arg(db->m_path));
        }
        if (auto st = db->migrateOnServer(version); !st) {
            return st.error();
        }
    }
    return db;
}

Status Database::backupServerTo(const QString &target, const std::atomic<bool> *cancelled) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString temporary = absolute + u".part"_s;
    QFile::remove(temporary);
    {
        auto file = create(temporary);
        if (!file) {
            return file.error();
        }
        // Read in one transaction: the copy is the book as it stood at one moment, whatever
        // others commit meanwhile.
        if (auto st = pg::execScript(pg::handleOf(connection()),
                                     "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            !st) {
            QFile::remove(temporary);
            return st;
        }
        const Status copied = copyBook(*this, **file, {}, cancelled);
        (void)pg::execScript(pg::handleOf(connection()), "COMMIT");
        if (!copied) {
            file->reset();
            QFile::remove(temporary);
            return copied;
        }
    }
    if (QFileInfo::exists(absolute) && !QFile::remove(absolute)) {
        QFile::remove(temporary);
        return Error::data(tr("Could not replace “%1”.").arg(QDir::toNativeSeparators(absolute)));
    }
    if (!QFile::rename(temporary, absolute)) {
        QFile::remove(temporary);
        return Error::data(tr("Could not write “%1”.").arg(QDir::toNativeSeparators(absolute)));
    }
    QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace salesdesk
