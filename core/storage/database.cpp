#include "core/storage/database.h"

#include "core/common/money.h"
#include "core/storage/booklock.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sqlfunctions.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// The page cache of an open book, and while a new index is sorted (see makeIndexes()).
constexpr int CacheKiB = 32 * 1024;
constexpr int SortingCacheKiB = 4 * 1024;

} // namespace

QStringList Database::migrationFiles()
{
    QStringList files = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (auto &f : files) {
        f = u":/migrations/"_s + f;
    }
    return files;
}

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The last error on the connection says the file's contents are bad (not the disk, not the
// permissions).
bool isDamage(const QSqlDatabase &db)
{
    const int code = sqlite3_errcode(handleOf(db)) & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return u"salesdesk-%1"_s.arg(++counter);
}

// SALESDESK_TRACE_SQL=FILE: every statement the program runs, with its values in place, is
// appended to FILE as it finishes (with the time it took), ready for the sqlite3 shell. The
// benchmarks time a command against the bare SQL it runs this way.
FILE *sqlTraceFile()
{
    static FILE *file = [] {
        const QByteArray path = qgetenv("SALESDESK_TRACE_SQL");
        return path.isEmpty() ? nullptr : std::fopen(path.constData(), "a");
    }();
    return file;
}

int traceStatement(unsigned type, void *, void *statement, void *nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE) {
        return 0;
    }
    if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
        std::fprintf(sqlTraceFile(), "-- %.3f ms\n%s;\n",
                     double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6, sql);
        std::fflush(sqlTraceFile());
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset(); // after the connection is closed
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::schemaVersionSql()
{
    return QStringLiteral("SELECT version FROM schema_version");
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::PostgreSQL) {
        SqlQuery q(connection(), schemaVersionSql());
        return q.exec() && q.next() ? int(q.integer(0)) : -1;
    }
    SqlQuery q(connection(), u"PRAGMA user_version"_s);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool Database::tookOverStaleLock() const
{
    return m_lock && m_lock->tookOverStale();
}

Status Database::lock(bool create)
{
    auto taken = BookLock::take(m_path, create);
    if (!taken) {
        return taken.error();
    }
    m_lock = std::move(taken).value();
    return {};
}

Status Database::inspectHeader(const QString &path, bool walPending)
{
    QFile file(path);
    if (!file.exists()) {
        return Error::data(tr("“%1” does not exist.").arg(nativeName(path)));
    }
    // A folder, a pipe, a device or a socket is refused before it is opened: reading a pipe
    // would wait for a writer that never comes.
    if (!QFileInfo(path).isFile()) {
        return Error::data(
                tr("“%1” is not a file but a folder, a pipe or a device.").arg(nativeName(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::data(tr("Cannot read “%1”: %2").arg(nativeName(path), file.errorString()));
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    const QString notABook = tr("“%1” is not a SalesDesk data file.").arg(nativeName(path));
    if (size == 0) {
        return Error::data(notABook + u' ' + tr("The file is empty."));
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return Error::data(notABook + u' ' + tr("It is not a database at all."));
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const qint32 userVersion = qFromBigEndian<qint32>(bytes + 60);
    const qint32 applicationId = qFromBigEndian<qint32>(bytes + 68);

    // With committed pages still in the -wal (a writer killed before or during a checkpoint),
    // the main file alone may be shorter than its header says: SQLite completes it from the
    // -wal, and open() checks what it then reads.
    const bool sizeKnown = pageCount > 0 && changeCounter == validFor && !walPending;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || (!walPending && size % pageSize != 0)
        || (sizeKnown && size < qint64(pageSize) * pageCount)) {
        return Error::data(tr("“%1” is damaged: it is shorter than its own header says, as if "
                              "it had been cut off while copying. Open a backup copy instead.")
                                   .arg(nativeName(path)));
    }
    if (applicationId != ApplicationId) {
        return Error::data(notABook + u' '
                           + (userVersion == 0 && applicationId == 0
                                      ? tr("It is an SQLite database of another program.")
                                      : tr("It belongs to another program (application id "
                                           "%1).")
                                                .arg(applicationId)));
    }
    return {};
}

Status Database::connect(OpenMode mode)
{
    m_connectionName = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        return Error::internal(tr("The SQLite driver for Qt is not installed (package "
                                  "libqt6sql6-sqlite)."));
    }
    switch (mode) {
    case OpenMode::ReadWrite:
        db.setDatabaseName(m_path);
        break;
    case OpenMode::ReadOnly:
        // This reader never writes to the book, not even the pages a -wal left by a crash
        // holds: it reads them from the -wal, and the next writer puts them in the book.
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        break;
    case OpenMode::Immutable:
        // On read-only media, or in a folder nobody may write to, SQLite cannot make the -shm a
        // WAL book is read with; nothing can change the file there, so it is read as it is.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                           + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        break;
    }
    if (!db.open()) {
        return Error::data(
                tr("Cannot open “%1”: %2").arg(nativeName(m_path), db.lastError().text()));
    }
    registerSqlFunctions(handleOf(db));
    if (sqlTraceFile()) {
        sqlite3_trace_v2(handleOf(db), SQLITE_TRACE_PROFILE, traceStatement, nullptr);
    }
    return {};
}

Status Database::configure()
{
    // synchronous=FULL in WAL mode: a committed edit survives a power cut, not just a crash.
    // A 32 MiB page cache (SQLite's default is 2 MiB): the KPI engine reads the stage history
    // of a 100,000-deal book several times over, and rereading it from the file took a third of
    // the quarterly report's time.
    for (const auto &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s,
                               u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                               u"PRAGMA cache_size = -%1"_s.arg(CacheKiB)}) {
        SqlQuery q(connection(), pragma);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Status Database::migrate(int fromVersion)
{
    const QStringList files = migrationFiles();
    sqlite3 *handle = handleOf(connection());
    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::internal(tr("Migration %1 is missing from this build.").arg(version));
        }
        Transaction tx(connection());
        if (!tx.active()) {
            return tx.beginStatus();
        }
        // A migration file holds many statements: let SQLite itself run the script.
        const QByteArray script = file.readAll();
        char *message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message);
            sqlite3_free(message);
            return Error::internal(tr("Could not update “%1” to version %2: %3")
                                           .arg(nativeName(m_path))
                                           .arg(version)
                                           .arg(text));
        }
        SqlQuery setVersion(connection(), u"PRAGMA user_version = %1"_s.arg(version));
        if (auto st = setVersion.exec(); !st) {
            return st;
        }
        if (auto st = tx.commit(); !st) {
            return st;
        }
    }
    return {};
}

Result<QString> Database::currencyCodeOf(const CreateOptions &options)
{
    const QString code = options.currency.isEmpty() ? currency::defaultFor(QLocale::system())
                                                    : options.currency.toUpper();
    if (!currency::isValidCode(code)) {
        return Error::user(tr("“%1” is not an ISO 4217 currency code (such as CNY, USD "
                              "or EUR).")
                                   .arg(options.currency));
    }
    return code;
}

Status Database::writeProperties(const CreateOptions &options, const QString &defaultName,
                                 const QString &currencyCode)
{
    Transaction tx(connection());
    const QString now = (options.createdAt.isValid() ? options.createdAt.toUTC()
                                                     : QDateTime::currentDateTimeUtc())
                                .toString(Qt::ISODate);
    const QString name = options.companyName.isEmpty() ? defaultName : options.companyName;
    for (const auto &[key, value] :
         {std::pair {u"company.name"_s, name}, std::pair {u"company.currency"_s, currencyCode},
          std::pair {u"created_at"_s, now}}) {
        SqlQuery q(connection(), u"INSERT INTO book_properties (key, value) VALUES (?, ?)"_s);
        q.bind(key).bind(value);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return tx.commit();
}

Result<std::unique_ptr<Database>> Database::create(const QString &path,
                                                   const CreateOptions &options)
{
    if (isServerAddress(path)) {
        return createOnServer(path, options);
    }
    if (QFileInfo::exists(path)) {
        return Error::user(
                tr("“%1” already exists; SalesDesk will not overwrite it.").arg(nativeName(path)));
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return Error::user(tr("Cannot create the folder “%1”.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const auto currencyCode = currencyCodeOf(options);
    if (!currencyCode) {
        return currencyCode.error();
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    if (auto st = db->lock(true); !st) {
        return st.error();
    }
    if (auto st = db->connect(OpenMode::ReadWrite); !st) {
        return st.error();
    }
    // The identity and schema go straight into the main file (rollback journal) before WAL is
    // switched on, so even a crash right after creation leaves a recognisable book.
    SqlQuery appId(db->connection(), u"PRAGMA application_id = %1"_s.arg(ApplicationId));
    if (auto st = appId.exec(); !st) {
        return st.error();
    }
    if (auto st = db->migrate(0); !st) {
        return st.error();
    }
    if (auto st = db->writeProperties(options, info.completeBaseName(), *currencyCode); !st) {
        return st.error();
    }
    if (auto st = db->configure(); !st) {
        return st.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    if (isServerAddress(path)) {
        return openOnServer(path, access);
    }
    // A -wal beyond its 32-byte header holds frames, perhaps committed ones the book needs.
    const bool walPending = QFileInfo(path + u"-wal"_s).size() > 32;
    if (auto st = inspectHeader(path, walPending); !st) {
        return st.error();
    }
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    const bool readOnly = access == Access::ReadOnly;
    // access() answers for read-only mounts too (and, for root, ignores the permission bits).
    const bool folderWritable = QFileInfo(QFileInfo(db->m_path).absolutePath()).isWritable();
    OpenMode mode = OpenMode::ReadWrite;
    if (!readOnly) {
        if (!QFileInfo(db->m_path).isWritable()) {
            return Error::data(BookLock::cannotWriteBeside(path, EACCES));
        }
        if (auto st = db->lock(false); !st) {
            return st.error();
        }
    } else if (folderWritable && !walPending && QFileInfo(db->m_path).isWritable()) {
        // Nothing to put into the book: a reader opens it as a writer would, only so that,
        // the last to close it, it can tidy the -wal and -shm away. It writes no rows.
    } else if (folderWritable || QFileInfo::exists(path + u"-shm"_s)) {
        mode = OpenMode::ReadOnly;
    } else if (!walPending) {
        mode = OpenMode::Immutable;
    } else {
        // Read as it is, the book would lack its last committed edits; only a writer in a
        // writable folder can put them in.
        return Error::data(tr("“%1” holds edits that were not yet written into it (in “%2”), and "
                              "its folder is read-only, so they cannot be read. Copy both files "
                              "to a folder you can write to and open the copy.")
                                   .arg(nativeName(path), nativeName(path + u"-wal"_s)));
    }
    if (auto st = db->connect(mode); !st) {
        return st.error();
    }

    // Read before writing anything: the header check above cannot see damage further in.
    {
        SqlQuery probe(db->connection(), u"SELECT count(*) FROM sqlite_master"_s);
        Status read = probe.exec();
        bool damaged = !read && isDamage(db->connection());
        if (read && !probe.next()) {
            read = Error::data(tr("The file cannot be read."));
        }
        // Completed from a -wal left by a writer that is gone: SQLite itself says whether the
        // whole is sound (a scan of the whole file: 1 s at 100,000 deals). A -wal of a writer
        // still at work (the window, beside which the dashboard, the backups and the command
        // line read) is no leftover.
        if (read && walPending && !(readOnly && BookLock::writerAlive(db->m_path))) {
            SqlQuery check(db->connection(), u"PRAGMA quick_check(1)"_s);
            read = check.exec();
            damaged = !read ? isDamage(db->connection())
                            : !check.next() || check.value(0).toString() != u"ok"_s;
        }
        if (!read || damaged) {
            // Closing must not write the -wal's pages into what is left of the book (without
            // any, it tidies the empty -wal away).
            if (walPending) {
                sqlite3_db_config(handleOf(db->connection()), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1,
                                  nullptr);
            }
            // Say what is wrong: a full disk or a file that may not be read is no damage.
            return Error::data(
                    damaged ? tr("“%1” is damaged and cannot be read. Open a backup "
                                 "copy instead.")
                                      .arg(nativeName(path))
                            : tr("Cannot open “%1”: %2").arg(nativeName(path), read.message()));
        }
    }
    const int version = db->schemaVersion();
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return Error::data(tr("“%1” was written by a newer SalesDesk (data version %2; this "
                              "SalesDesk reads up to version %3). Update SalesDesk to open it.")
                                   .arg(nativeName(path))
                                   .arg(version)
                                   .arg(latest));
    }
    if (version < 1) {
        return Error::data(tr("“%1” is not a SalesDesk data file.").arg(nativeName(path)));
    }
    // Tables turned into views, triggers added, constraints changed: refused before any use.
    if (const QStringList changed
        = SchemaCheck::differences(db->connection(), version, migrationFiles());
        !changed.isEmpty()) {
        const QStringList shown = changed.mid(0, 3);
        return Error::data(
                tr("“%1” was changed with another program and cannot be used safely "
                   "(%2). Open a backup copy instead.")
                        .arg(nativeName(path),
                             shown.join(u"; "_s)
                                     + (changed.size() > shown.size() ? u"; …"_s : QString())));
    }
    if (version < latest) {
        if (readOnly) {
            return Error::data(tr("“%1” is from an older SalesDesk; open it in the app once to "
                                  "update it.")
                                       .arg(nativeName(path)));
        }
        const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        db->m_backupPath = u"%1.v%2-%3.bak"_s.arg(db->m_path).arg(version).arg(stamp);
        if (auto st = db->backupTo(db->m_backupPath); !st) {
            return Error::data(tr("Could not back up “%1” before updating it, so it was left as "
                                  "it is: %2")
                                       .arg(nativeName(path), st.message()));
        }
        if (auto st = db->migrate(version); !st) {
            return st.error();
        }
    }
    if (!readOnly) {
        if (auto st = db->configure(); !st) {
            return st.error();
        }
    } else {
        SqlQuery fk(db->connection(), u"PRAGMA foreign_keys = ON"_s);
        (void)fk.exec();
    }
    return db;
}

Status Database::backupTo(const QString &target, const std::atomic<bool> *cancelled) const
{
    if (m_engine == Engine::PostgreSQL) {
        return backupServerTo(target, cancelled);
    }
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path) {
        return Error::user(tr("A backup cannot replace the file it copies."));
    }
    const QString temporary = absolute + u".part"_s;
    QFile::remove(temporary);
    // VACUUM INTO writes a consistent, compact snapshot even while the book is in use.
    SqlQuery q(connection(), u"VACUUM INTO ?"_s);
    q.bind(temporary);
    sqlite3 *handle = handleOf(connection());
    if (cancelled) {
        // Asked every hundred steps of SQLite's program (an atomic read: nothing against the
        // copy's time): a copy of a large book stops within milliseconds of being told to.
        sqlite3_progress_handler(
                handle, 100,
                [](void *flag) {
                    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
                },
                const_cast<std::atomic<bool> *>(cancelled));
    }
    const Status written = q.exec();
    if (cancelled) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
    if (!written) {
        QFile::remove(temporary);
        if (cancelled && cancelled->load()) {
            return Error::user(tr("Cancelled."));
        }
        return Error::data(
                tr("Could not write “%1”: %2").arg(nativeName(target), written.message()));
    }
    if (QFileInfo::exists(absolute) && !QFile::remove(absolute)) {
        QFile::remove(temporary);
        return Error::data(tr("Could not replace “%1”.").arg(nativeName(target)));
    }
    if (!QFile::rename(temporary, absolute)) {
        QFile::remove(temporary);
        return Error::data(tr("Could not write “%1”.").arg(nativeName(target)));
    }
    QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner); // a copy of the book
    return {};
}

Status Database::setBulkLoading(bool on)
{
    if (m_engine == Engine::PostgreSQL) {
        return {}; // the server's journal is the server's own
    }
    // Two sorter threads while loading: the rows of a new index are sorted in parallel (the
    // million-deal demo's indexes take 14 s rather than 20).
    if (!on) {
        SqlQuery threads(connection(), u"PRAGMA threads = 0"_s);
        if (auto st = threads.exec(); !st) {
            return st;
        }
        return configure();
    }
    for (const auto &pragma :
         {u"PRAGMA journal_mode = OFF"_s, u"PRAGMA synchronous = OFF"_s, u"PRAGMA threads = 2"_s}) {
        SqlQuery q(connection(), pragma);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QStringList> Database::dropIndexes(const QStringList &tables)
{
    QStringList statements;
    if (m_engine == Engine::PostgreSQL) {
        return statements; // others may be reading the tables meanwhile
    }
    for (const QString &table : tables) {
        // Indexes made by CREATE INDEX have their statement in the schema; those SQLite makes
        // for keys and constraints have none and stay.
        SqlQuery q(connection(), u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                 "AND sql IS NOT NULL AND tbl_name = ? ORDER BY name"_s);
        q.bind(table);
        auto found = q.all([](SqlQuery &row) { return std::pair(row.text(0), row.text(1)); });
        if (!found) {
            return found.error();
        }
        for (const auto &[name, sql] : std::as_const(*found)) {
            SqlQuery drop(connection(), u"DROP INDEX \"%1\""_s.arg(name));
            if (auto st = drop.exec(); !st) {
                return st.error();
            }
            statements.append(sql);
        }
    }
    return statements;
}

Status Database::setForeignKeyChecks(bool on)
{
    if (m_engine == Engine::PostgreSQL) {
        return {}; // a server checks every row, for every user
    }
    SqlQuery q(connection(), on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s);
    return q.exec();
}

Status Database::makeIndexes(const QStringList &statements)
{
    if (statements.isEmpty()) {
        return {};
    }
    // SQLite sorts a new index's keys in runs the size of the page cache: runs of 4 MiB sort in
    // the processor's cache and merge faster than runs of 32 MiB (the million-deal demo's two
    // largest indexes: 3.7 s rather than 5.2 s). The usual cache is back once they are made.
    const auto cacheSize = [this](int kib) {
        SqlQuery q(connection(), u"PRAGMA cache_size = -%1"_s.arg(kib));
        return q.exec();
    };
    if (auto st = cacheSize(SortingCacheKiB); !st) {
        return st;
    }
    for (const QString &sql : statements) {
        SqlQuery make(connection(), sql);
        if (auto st = make.exec(); !st) {
            return st;
        }
    }
    return cacheSize(CacheKiB);
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    if (m_engine == Engine::PostgreSQL) {
        // The server checks every row's keys and constraints as it is written, and keeps its
        // own pages: what is left to see is that the schema is this SalesDesk's.
        const int version = schemaVersion();
        if (version != latestSchemaVersion()) {
            problems.append(tr("the schema is at version %1, not %2")
                                    .arg(version)
                                    .arg(latestSchemaVersion()));
        }
        return problems;
    }
    SqlQuery integrity(connection(), u"PRAGMA integrity_check"_s);
    if (auto st = integrity.exec(); !st) {
        return Error::data(tr("“%1” is damaged: %2").arg(nativeName(m_path), st.message()));
    }
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok") {
            problems.append(line);
        }
    }
    SqlQuery foreignKeys(connection(), u"PRAGMA foreign_key_check"_s);
    if (auto st = foreignKeys.exec(); !st) {
        return st.error();
    }
    while (foreignKeys.next()) {
        problems.append(
                tr("row %1 of %2 refers to a missing row of %3")
                        .arg(foreignKeys.value(1).toLongLong())
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString()));
    }
    return problems;
}

} // namespace salesdesk
