#include "core/storage/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <libpq-fe.h>

namespace salesdesk::pg {

namespace {

// Type OIDs of pg_type (fixed since PostgreSQL 7).
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid NumericOid = 1700;

bool hasFraction(QByteArrayView text)
{
    return text.contains('.') || text.contains('e') || text.contains('E')
           || text.contains('N'); // NaN, Infinity
}

// SALESDESK_TRACE_SQL=FILE, as for a file (database.cpp): each statement sent to the server,
// with the time it took there and back, appended to FILE. The benchmark counts the exchanges a
// view costs, each of which a slow link makes longer by its round trip; those the window's own
// thread waits for are marked "main thread".
FILE *traceFile()
{
    static FILE *file = [] {
        const QByteArray path = qgetenv("SALESDESK_TRACE_SQL");
        return path.isEmpty() ? nullptr : std::fopen(path.constData(), "a");
    }();
    return file;
}

// Values as libpq takes them: pointers to their bytes (null for NULL) and their lengths.
struct Bound
{
    explicit Bound(const Params &params)
    {
        for (const QByteArray &p : params) {
            values.append(p.isNull() ? nullptr : p.constData());
            lengths.append(int(p.size()));
        }
    }
    int count() const { return int(values.size()); }
    QVarLengthArray<const char *, 16> values;
    QVarLengthArray<int, 16> lengths;
};

// After a pipeline's statements and sync were sent: the answer of each of its `parts`
// statements in order (null for one not answered), read up to the sync's. Each answer is
// followed by a null; a lost connection answers nothing but nulls.
std::vector<ResultPtr> readPipeline(pg_conn *connection, qsizetype parts)
{
    std::vector<ResultPtr> answers(static_cast<size_t>(parts));
    qsizetype part = 0;
    int nulls = 0;
    while (parts > 0 && nulls < 4) {
        pg_result *result = PQgetResult(connection);
        if (!result) {
            ++part;
            ++nulls;
            continue;
        }
        nulls = 0;
        if (PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (part < parts && !answers[size_t(part)]) {
            answers[size_t(part)].reset(result);
        } else {
            PQclear(result);
        }
    }
    return answers;
}

void trace(const QByteArray &sql, const Params &params, qint64 nanoseconds)
{
    QByteArray values;
    for (const QByteArray &p : params) {
        values += (values.isEmpty() ? "" : ", ") + (p.isNull() ? QByteArray("NULL") : p.left(40));
    }
    const QCoreApplication *app = QCoreApplication::instance();
    const bool main = app && QThread::currentThread() == app->thread();
    std::fprintf(traceFile(), "-- %.3f ms (server%s) [%s]\n%s;\n", double(nanoseconds) / 1e6,
                 main ? ", main thread" : "", values.constData(), sql.constData());
    std::fflush(traceFile());
}

} // namespace

pg_conn *handleOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver) {
        return nullptr;
    }
    const QVariant handle = driver->handle();
    // Qt's driver declares it as PGconn*; the type registers under the struct's name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

void ResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

QByteArrayView utf8(const pg_result *result, int row, int column)
{
    if (!result || PQgetisnull(result, row, column)) {
        return {};
    }
    return QByteArrayView(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

QVariant value(const pg_result *result, int row, int column)
{
    if (!result || PQgetisnull(result, row, column)) {
        return QVariant();
    }
    const QByteArrayView text = utf8(result, row, column);
    switch (PQftype(result, column)) {
    case BoolOid:
        return QVariant(qint64(text == "t" ? 1 : 0));
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return QVariant(text.toLongLong());
    case Float4Oid:
    case Float8Oid:
        return QVariant(text.toDouble());
    case NumericOid:
        // A sum of integers is numeric on PostgreSQL and an integer on SQLite.
        return hasFraction(text) ? QVariant(text.toDouble()) : QVariant(text.toLongLong());
    case ByteaOid: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(
                reinterpret_cast<const unsigned char *>(PQgetvalue(result, row, column)), &length);
        QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return QVariant(data);
    }
    default:
        return QVariant(QString::fromUtf8(text));
    }
}

qint64 integer(const pg_result *result, int row, int column)
{
    if (!result || PQgetisnull(result, row, column)) {
        return 0;
    }
    const QByteArrayView text = utf8(result, row, column);
    if (PQftype(result, column) == BoolOid) {
        return text == "t" ? 1 : 0;
    }
    // As SQLite reads a real as an integer: the fraction dropped.
    return hasFraction(text) ? qint64(text.toDouble()) : text.toLongLong();
}

int rowCount(const pg_result *result)
{
    return result ? PQntuples(result) : 0;
}

int rowsAffected(const pg_result *result)
{
    if (!result) {
        return 0;
    }
    return QByteArrayView(PQcmdTuples(const_cast<pg_result *>(result))).toInt();
}

QByteArray textOf(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray: {
        // bytea in its hex form.
        const QByteArray bytes = value.toByteArray();
        return bytes.isNull() ? QByteArray() : QByteArrayLiteral("\\x") + bytes.toHex();
    }
    case QMetaType::QString: {
        const QString text = value.toString();
        return text.isNull() ? QByteArray() : text.toUtf8();
    }
    default: {
        const QString text = value.toString();
        return text.isNull() ? QByteArray("") : text.toUtf8();
    }
    }
}

Status prepare(pg_conn *connection, const QByteArray &name, const QByteArray &sql)
{
    QElapsedTimer took;
    took.start();
    ResultPtr result(PQprepare(connection, name.constData(), sql.constData(), 0, nullptr));
    if (traceFile()) {
        trace("PREPARE " + name + " AS " + sql, {}, took.nsecsElapsed());
    }
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        return failure(connection, result.get(),
                       QStringLiteral("Could not prepare “%1”").arg(QString::fromUtf8(sql)));
    }
    return {};
}

Result<ResultPtr> exec(pg_conn *connection, const QByteArray &name, const QByteArray &sql,
                       const Params &params)
{
    const Bound bound(params);
    QElapsedTimer took;
    if (traceFile()) {
        took.start();
    }
    ResultPtr result(name.isEmpty() ? PQexecParams(connection, sql.constData(), bound.count(),
                                                   nullptr, bound.values.constData(),
                                                   bound.lengths.constData(), nullptr, 0)
                                    : PQexecPrepared(connection, name.constData(), bound.count(),
                                                     bound.values.constData(),
                                                     bound.lengths.constData(), nullptr, 0));
    if (traceFile()) {
        trace(sql, params, took.nsecsElapsed());
    }
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return failure(connection, result.get(),
                       QStringLiteral("Database error in “%1”")
                               .arg(QString::fromUtf8(sql).simplified().left(80)));
    }
    return result;
}

Result<ResultPtr> prepareAndExec(pg_conn *connection, const QByteArray &name, const QByteArray &sql,
                                 const Params &params)
{
    if (PQenterPipelineMode(connection) != 1) { // in the middle of something else: one by one
        if (auto st = prepare(connection, name, sql); !st) {
            return st.error();
        }
        return exec(connection, name, sql, params);
    }
    const Bound bound(params);
    QElapsedTimer took;
    if (traceFile()) {
        took.start();
    }
    const bool sent = PQsendPrepare(connection, name.constData(), sql.constData(), 0, nullptr) == 1
                      && PQsendQueryPrepared(connection, name.constData(), bound.count(),
                                             bound.values.constData(), bound.lengths.constData(),
                                             nullptr, 0)
                                 == 1
                      && PQpipelineSync(connection) == 1;
    // The answers in order: the PREPARE's, then the statement's.
    std::vector<ResultPtr> answers = readPipeline(connection, sent ? 2 : 0);
    ResultPtr prepared = sent ? std::move(answers[0]) : ResultPtr();
    ResultPtr answer = sent ? std::move(answers[1]) : ResultPtr();
    PQexitPipelineMode(connection);
    if (traceFile()) {
        trace("PREPARE " + name + " AS " + sql + ";\nEXECUTE " + name, params, took.nsecsElapsed());
    }
    if (!sent || !prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        return failure(connection, prepared.get(),
                       QStringLiteral("Could not prepare “%1”").arg(QString::fromUtf8(sql)));
    }
    const ExecStatusType status = answer ? PQresultStatus(answer.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return failure(connection, answer.get(),
                       QStringLiteral("Database error in “%1”")
                               .arg(QString::fromUtf8(sql).simplified().left(80)));
    }
    return answer;
}

std::vector<ResultPtr> execTogether(pg_conn *connection, const QList<Statement> &statements)
{
    std::vector<ResultPtr> answers(size_t(statements.size()));
    if (statements.isEmpty() || PQenterPipelineMode(connection) != 1) {
        return answers; // in the middle of something else: each asked on its own
    }
    QElapsedTimer took;
    if (traceFile()) {
        took.start();
    }
    bool sent = true;
    for (const Statement &statement : statements) {
        const Bound bound(statement.params);
        sent = sent
               && PQsendQueryParams(connection, statement.sql.constData(), bound.count(), nullptr,
                                    bound.values.constData(), bound.lengths.constData(), nullptr, 0)
                          == 1;
    }
    sent = sent && PQpipelineSync(connection) == 1;
    if (sent) {
        answers = readPipeline(connection, statements.size());
        for (ResultPtr &answer : answers) {
            const ExecStatusType status = answer ? PQresultStatus(answer.get()) : PGRES_FATAL_ERROR;
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                answer.reset(); // a failure, or not run after one
            }
        }
    }
    PQexitPipelineMode(connection);
    if (traceFile()) {
        QByteArray together;
        for (const Statement &statement : statements) {
            together += (together.isEmpty() ? "" : ";\n") + statement.sql;
        }
        trace("/* together */ " + together, {}, took.nsecsElapsed());
    }
    return answers;
}

Status execScript(pg_conn *connection, const QByteArray &script)
{
    ResultPtr result(PQexec(connection, script.constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return failure(connection, result.get(), QStringLiteral("Could not run the script"));
    }
    return {};
}

Error failure(pg_conn *connection, const pg_result *result, const QString &otherwise)
{
    const QString said
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
                      .trimmed();
    const QByteArray state
            = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    if (!connection || PQstatus(connection) != CONNECTION_OK || state.startsWith("08")) {
        return Error::data(QCoreApplication::translate("SqlQuery",
                                                       "The connection to the server was lost: the "
                                                       "change was not saved (%1).")
                                   .arg(said));
    }
    if (state == "53100") {
        return Error::data(QCoreApplication::translate(
                "SqlQuery", "The server's disk is full: the change was not saved. Ask whoever "
                            "runs the server to free some space."));
    }
    if (state == "42501") {
        return Error::data(QCoreApplication::translate(
                                   "SqlQuery", "The server does not let this user do that (%1).")
                                   .arg(said));
    }
    if (state == "40001" || state == "40P01") {
        return Error::data(QCoreApplication::translate(
                "SqlQuery", "Someone else was changing the same rows at the same moment: the "
                            "change was not saved. Try again."));
    }
    return Error::internal(otherwise + QStringLiteral(": ") + said);
}

void silenceNotices(pg_conn *connection)
{
    PQsetNoticeProcessor(
            connection, [](void *, const char *) {}, nullptr);
}

int backendProcess(pg_conn *connection)
{
    return PQbackendPID(connection);
}

QString userName(pg_conn *connection)
{
    return QString::fromUtf8(PQuser(connection));
}

bool inTransaction(pg_conn *connection)
{
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool readsOnly(QByteArrayView sql)
{
    const QByteArrayView text = sql.trimmed();
    return text.startsWith("SELECT") || text.startsWith("WITH");
}

namespace {
std::atomic<qint64> s_writes {0};
} // namespace

qint64 writesSent()
{
    return s_writes.load(std::memory_order_relaxed);
}

void countWrite()
{
    s_writes.fetch_add(1, std::memory_order_relaxed);
}

} // namespace salesdesk::pg
