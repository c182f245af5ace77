#include "core/storage/sqlquery.h"

#include "core/storage/pgdialect.h"
#include "core/storage/readahead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>

#include <atomic>
#include <chrono>
#include <sqlite3.h>

namespace salesdesk {

Result<ChangeStamp> changeStamp(StatementCache &statements)
{
    if (pg::handleOf(statements.database())) {
        // Asking the server would cost a trip each time, as much as reading the rows again:
        // the stamp is what this program wrote there and the two seconds it is in. Figures
        // kept are then never older than others' changes are allowed to be (they reach the
        // other windows within two seconds), and never miss one of ours.
        using namespace std::chrono;
        const qint64 window
                = duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count()
                  / 2000;
        return ChangeStamp {-2 - window, pg::writesSent()};
    }
    SqlQuery q(statements, QStringLiteral("PRAGMA data_version"));
    auto version = q.scalar();
    if (!version) {
        return version.error();
    }
    sqlite3 *handle = handleOf(statements.database());
    return ChangeStamp {version->toLongLong(), handle ? sqlite3_total_changes64(handle) : -1};
}

QString jsonIdArray(const QList<qint64> &ids)
{
    QString list;
    list.reserve(ids.size() * 8 + 2);
    list += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            list += u',';
        }
        list += QString::number(ids[i]);
    }
    list += u']';
    return list;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver) {
        return nullptr;
    }
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QStringLiteral("QPSQL") ? Engine::PostgreSQL : Engine::SQLite;
}

QString editorName(const QSqlDatabase &db)
{
    pg_conn *server = pg::handleOf(db);
    return server ? pg::userName(server) : QString();
}

namespace {

sqlite3_stmt *prepare(sqlite3 *handle, const QString &sql, QString *error)
{
    if (!handle) {
        *error = QStringLiteral("the file is not open");
        return nullptr;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

} // namespace

StatementCache::~StatementCache()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements)) {
        sqlite3_finalize(statement);
    }
}

sqlite3_stmt *StatementCache::statement(const QString &sql, QString *error)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend()) {
        return *it;
    }
    sqlite3_stmt *statement = prepare(handleOf(m_db), sql, error);
    if (statement) {
        m_statements.insert(sql, statement);
    }
    return statement;
}

StatementCache::ServerStatement StatementCache::serverStatement(const QString &sql)
{
    // The first time, the statement goes to the server whole with its values (one exchange);
    // asked for again, it is prepared under a name on the way (still one exchange) and from
    // then on only the values go. On a slow link the exchanges are what counts.
    auto it = m_serverStatements.find(sql);
    if (it == m_serverStatements.end()) {
        return *m_serverStatements.insert(sql, {{}, pg::statement(sql)});
    }
    if (it->name.isEmpty()) {
        // Known as prepared once the server said so (prepared()): a statement made meanwhile
        // prepares under a name of its own.
        static std::atomic<int> counter {0};
        return {"sd_" + QByteArray::number(++counter), it->sql, true};
    }
    return *it;
}

void StatementCache::prepared(const QString &sql, const QByteArray &name)
{
    if (auto it = m_serverStatements.find(sql); it != m_serverStatements.end()) {
        if (it->name.isEmpty()) {
            it->name = name;
        }
    }
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_handle(handleOf(db))
    , m_owned(true)
    , m_sql(sql)
{
    if (!m_handle) {
        if ((m_server = pg::handleOf(db))) {
            // Run once: parsed, bound and run in one exchange with the server.
            m_serverStatement.sql = pg::statement(sql);
            return;
        }
    }
    QString error;
    m_statement = prepare(m_handle, sql, &error);
    if (!m_statement) {
        m_prepared = prepareFailure(error);
    }
}

SqlQuery::SqlQuery(StatementCache &cache, const QString &sql)
    : m_handle(handleOf(cache.database()))
    , m_sql(sql)
{
    if (!m_handle) {
        if ((m_server = pg::handleOf(cache.database()))) {
            m_cache = &cache;
            m_serverStatement = cache.serverStatement(sql);
            return;
        }
    }
    QString error;
    m_statement = cache.statement(sql, &error);
    if (!m_statement) {
        m_prepared = prepareFailure(error);
    }
}

SqlQuery::SqlQuery(StatementCache &cache, const SqlStatement &statement)
    : SqlQuery(cache, statement.sql)
{
    bindAll(statement.values);
}

SqlQuery::~SqlQuery()
{
    if (!m_statement) {
        return;
    }
    if (m_owned) {
        sqlite3_finalize(m_statement);
    } else {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

Error SqlQuery::prepareFailure(const QString &what) const
{
    Error e = failure(what);
    return e.kind == Error::Kind::Data
                   ? e
                   : Error::internal(QStringLiteral("Could not prepare “%1”: %2")
                                             .arg(m_sql.simplified(), what));
}

Error SqlQuery::failure(const QString &what) const
{
    return sqliteFailure(
            m_handle, what,
            QStringLiteral("Database error in “%1”: %2").arg(m_sql.simplified().left(80), what));
}

Error sqliteFailure(sqlite3 *handle, const QString &what, const QString &otherwise)
{
    // What is wrong with the file or the disk is the user's to know in plain words (and exits
    // 2); anything else is the program's own fault.
    switch (handle ? sqlite3_errcode(handle) & 0xff : SQLITE_OK) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::data(QCoreApplication::translate(
                                   "SqlQuery", "The file is damaged (%1). Open a backup copy "
                                               "instead.")
                                   .arg(what));
    case SQLITE_FULL:
        return Error::data(QCoreApplication::translate(
                "SqlQuery", "The disk is full: the change was not saved. Free some space and "
                            "try again."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Error::data(
                QCoreApplication::translate("SqlQuery", "The file cannot be read or written (%1).")
                        .arg(what));
    case SQLITE_READONLY:
        return Error::data(QCoreApplication::translate(
                "SqlQuery", "The file is read-only here: save a copy elsewhere to change it."));
    default:
        break;
    }
    return Error::internal(otherwise);
}

void SqlQuery::bindOnServer(QByteArray text)
{
    m_params.append(std::move(text));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    if (onServer()) {
        bindOnServer(pg::textOf(value));
        return *this;
    }
    if (!m_statement) {
        return *this;
    }
    const int at = ++m_nextBind;
    int rc = SQLITE_OK;
    // As Qt's own driver did: a null string, byte array or date is NULL too.
    bool null = value.isNull();
    switch (value.typeId()) {
    case QMetaType::QString:
        null = null || value.toString().isNull();
        break;
    case QMetaType::QByteArray:
        null = null || value.toByteArray().isNull();
        break;
    case QMetaType::QDate:
        null = null || value.toDate().isNull();
        break;
    case QMetaType::QDateTime:
        null = null || value.toDateTime().isNull();
        break;
    default:
        break;
    }
    switch (null ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(m_statement, at);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        rc = sqlite3_bind_int64(m_statement, at, value.toLongLong());
        break;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        rc = sqlite3_bind_int64(m_statement, at, qint64(value.toULongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        rc = sqlite3_bind_double(m_statement, at, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        rc = sqlite3_bind_blob64(m_statement, at, bytes.constData(), sqlite3_uint64(bytes.size()),
                                 SQLITE_TRANSIENT);
        break;
    }
    default:
        rc = bindUtf8(at, value.toString());
        break;
    }
    bound(rc);
    return *this;
}

int SqlQuery::bindUtf8(int at, const QString &text)
{
    if (text.isNull()) {
        return sqlite3_bind_null(m_statement, at);
    }
    // Converted by Qt (the book is UTF-8; SQLite would translate UTF-16 byte by byte) and kept
    // here until the statement is reset, so SQLite needs no copy.
    m_texts.append(text.toUtf8());
    const QByteArray &utf8 = m_texts.constLast();
    return sqlite3_bind_text64(m_statement, at, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_STATIC, SQLITE_UTF8);
}

void SqlQuery::bound(int rc)
{
    if (rc != SQLITE_OK && m_prepared.ok()) {
        m_prepared = failure(QString::fromUtf8(sqlite3_errstr(rc)));
    }
}

SqlQuery &SqlQuery::bind(const QString &text)
{
    if (onServer()) {
        bindOnServer(text.isNull() ? QByteArray() : text.toUtf8());
    } else if (m_statement) {
        bound(bindUtf8(++m_nextBind, text));
    }
    return *this;
}

SqlQuery &SqlQuery::bindInteger(qint64 integer)
{
    if (onServer()) {
        bindOnServer(QByteArray::number(integer));
    } else if (m_statement) {
        bound(sqlite3_bind_int64(m_statement, ++m_nextBind, integer));
    }
    return *this;
}

SqlQuery &SqlQuery::bindReal(double real)
{
    if (onServer()) {
        bindOnServer(QByteArray::number(real, 'g', 17));
    } else if (m_statement) {
        bound(sqlite3_bind_double(m_statement, ++m_nextBind, real));
    }
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &value)
{
    return bind(value.isEmpty() ? QString() : value);
}

SqlQuery &SqlQuery::bindAll(const QVariantList &values)
{
    for (const QVariant &value : values) {
        bind(value);
    }
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared) {
        return m_prepared;
    }
    if (onServer()) {
        m_answeredAhead = false;
        const Status ran = runOnServer(m_serverStatement, m_sql);
        if (m_serverStatement.prepare) { // prepared now, or sent whole from now on
            m_serverStatement.prepare = false;
            m_serverStatement.name
                    = ran && !m_answeredAhead ? m_serverStatement.name : QByteArray();
        }
        return ran;
    }
    m_stepError = {};
    m_rowPending = false;
    m_done = false;
    sqlite3_reset(m_statement);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        return {};
    }
    if (rc == SQLITE_DONE) {
        m_done = true;
        return {};
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    return failure(message);
}

bool SqlQuery::next()
{
    if (onServer()) {
        return m_result && ++m_row < pg::rowCount(m_result.get());
    }
    if (!m_statement || !m_prepared) {
        return false;
    }
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        m_stepError = failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    return false;
}

QVariant SqlQuery::value(int column) const
{
    if (onServer()) {
        return pg::value(m_result.get(), m_row, column);
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text
                = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        const int bytes = sqlite3_column_bytes16(m_statement, column);
        return QVariant(QString(reinterpret_cast<const QChar *>(text), bytes / 2));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

qint64 SqlQuery::integer(int column) const
{
    if (onServer()) {
        return pg::integer(m_result.get(), m_row, column);
    }
    return qint64(sqlite3_column_int64(m_statement, column));
}

QString SqlQuery::text(int column) const
{
    if (onServer()) {
        const QByteArrayView text = pg::utf8(m_result.get(), m_row, column);
        return text.isNull() ? QString() : QString::fromUtf8(text);
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView SqlQuery::utf8(int column) const
{
    if (onServer()) {
        return pg::utf8(m_result.get(), m_row, column);
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

Status SqlQuery::runOnServer(const StatementCache::ServerStatement &statement, const QString &sql)
{
    m_row = -1;
    m_result.reset();
    // Asked already, with other reads, in one exchange: answered from there (a statement then
    // prepared on the way is prepared the next time).
    if (pg::ResultPtr early = ReadAhead::take(m_server, statement.sql, m_params)) {
        m_result = std::move(early);
        m_answeredAhead = true;
        return {};
    }
    if (!pg::readsOnly(statement.sql)) {
        // A write: figures kept under the last change stamp, and answers read ahead on this
        // connection, may not hold.
        pg::countWrite();
        ReadAhead::written(m_server);
    }
    auto answer = statement.prepare
                          ? pg::prepareAndExec(m_server, statement.name, statement.sql, m_params)
                          : pg::exec(m_server, statement.name, statement.sql, m_params);
    if (!answer) {
        return answer.error();
    }
    if (statement.prepare && m_cache) {
        m_cache->prepared(sql, statement.name);
    }
    m_result = std::move(answer).value();
    return {};
}

qint64 SqlQuery::lastInsertId() const
{
    if (onServer()) {
        // The identity the row was given, which the server keeps for this session.
        auto id = pg::exec(m_server, {}, QByteArrayLiteral("SELECT lastval()"), {});
        return id ? pg::integer(id->get(), 0, 0) : 0;
    }
    return m_handle ? qint64(sqlite3_last_insert_rowid(m_handle)) : 0;
}

int SqlQuery::rowsAffected() const
{
    if (onServer()) {
        return pg::rowsAffected(m_result.get());
    }
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto st = exec(); !st) {
        return st.error();
    }
    if (next()) {
        return value(0);
    }
    if (!m_stepError.ok()) {
        return m_stepError.error();
    }
    return QVariant();
}

Result<qint64> SqlQuery::insert(qint64 id)
{
    if (onServer() && id <= 0 && m_cache && m_prepared) {
        // The new id given back by the INSERT: one exchange with the server, not a second one
        // asking for lastval().
        const QString returning = m_sql + QStringLiteral(" RETURNING id");
        if (auto st = runOnServer(m_cache->serverStatement(returning), returning); !st) {
            return st.error();
        }
        return pg::rowCount(m_result.get()) > 0 ? pg::integer(m_result.get(), 0, 0) : 0;
    }
    if (auto st = exec(); !st) {
        return st.error();
    }
    return id > 0 ? id : lastInsertId();
}

QString updateAssignments(const QString &columns)
{
    // Built once per list of columns, as insertStatement() is: updates run row by row.
    thread_local QHash<QString, QString> built;
    if (const auto at = built.constFind(columns); at != built.cend()) {
        return *at;
    }
    QStringList parts = columns.split(QStringLiteral(", "));
    for (auto &p : parts) {
        p += QStringLiteral(" = ?");
    }
    const QString assignments = parts.join(QStringLiteral(", "));
    built.insert(columns, assignments);
    return assignments;
}

QString insertStatement(const QString &table, const QString &columns, bool withId, int rows)
{
    // A bulk write asks for the same few statements hundreds of thousands of times: each is
    // built once.
    thread_local QHash<QString, QString> built;
    QString key = table;
    key += u'|';
    key += columns;
    key += withId ? u'+' : u'-';
    key += QString::number(rows);
    if (const auto at = built.constFind(key); at != built.cend()) {
        return *at;
    }
    const qsizetype count = columns.count(u',') + 1 + (withId ? 1 : 0);
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < count; ++i) {
        row += QStringLiteral(", ?");
    }
    row += u')';
    QStringList values(std::max(rows, 1), row);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2%3) VALUES %4")
                                .arg(table, columns, withId ? QStringLiteral(", id") : QString(),
                                     values.join(QStringLiteral(", ")));
    built.insert(key, sql);
    return sql;
}

} // namespace salesdesk
