#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <vector>

// libpq's types, as libpq-fe.h names them (kept out of the headers that include this one).
struct pg_conn;
struct pg_result;

namespace salesdesk::pg {

// The libpq connection behind a Qt one (none when it is not PostgreSQL's).
pg_conn *handleOf(const QSqlDatabase &db);

struct ResultDeleter
{
    void operator()(pg_result *result) const;
};
using ResultPtr = std::unique_ptr<pg_result, ResultDeleter>;

// One statement's answer, read as SqlQuery reads SQLite's rows: a column as a QVariant of the
// type SQLite would give (integers and booleans as qint64, numbers with a fraction as double,
// text, bytes), or as an integer or text the caller knows it holds.
QVariant value(const pg_result *result, int row, int column);
qint64 integer(const pg_result *result, int row, int column);
QByteArrayView utf8(const pg_result *result, int row, int column);
int rowCount(const pg_result *result);
int rowsAffected(const pg_result *result);

// Values bound to $1, $2…: as text, which the server reads as the type its place asks for; a
// null QByteArray is NULL.
using Params = QList<QByteArray>;
QByteArray textOf(const QVariant &value);

// Prepares `sql` (already in PostgreSQL's dialect) as the named statement `name`.
Status prepare(pg_conn *connection, const QByteArray &name, const QByteArray &sql);
// Runs the named statement, or (name empty) `sql` itself, with `params`.
Result<ResultPtr> exec(pg_conn *connection, const QByteArray &name, const QByteArray &sql,
                       const Params &params);
// Prepares `sql` as `name` and runs it with `params`, both sent at once (libpq's pipeline
// mode): one exchange with the server, not two. A failure leaves `name` perhaps unprepared.
Result<ResultPtr> prepareAndExec(pg_conn *connection, const QByteArray &name, const QByteArray &sql,
                                 const Params &params);
// Runs `statements` (each in PostgreSQL's dialect, with its values), all sent at once and
// answered in one exchange (libpq's pipeline mode, one implicit transaction: they read one
// moment of the book). The answers in order; a null one for a statement that failed or was not
// run (the caller runs it again on its own and hears why).
struct Statement
{
    QByteArray sql;
    Params params;
};
std::vector<ResultPtr> execTogether(pg_conn *connection, const QList<Statement> &statements);
// Runs a script of statements without parameters (a migration).
Status execScript(pg_conn *connection, const QByteArray &script);

// A failure the server reported, as the user should hear it: a lost connection, a full disk, an
// edit the user's role may not make, a clash with another user's edit (Error::data); anything
// else is Error::internal(`otherwise` and the server's words).
Error failure(pg_conn *connection, const pg_result *result, const QString &otherwise);

// The server's notices and warnings are not printed (libpq writes them to stderr).
void silenceNotices(pg_conn *connection);

// The server's process serving the connection.
int backendProcess(pg_conn *connection);

// The user the server knows the connection as.
QString userName(pg_conn *connection);

// Whether the connection is inside a transaction.
bool inTransaction(pg_conn *connection);

// Whether a statement only reads (a SELECT, or a WITH … SELECT as SalesDesk writes them).
bool readsOnly(QByteArrayView sql);

// Statements that write, sent to a server by this process so far: what changeStamp() counts on
// a server, where commits by other connections are not seen.
qint64 writesSent();
void countWrite();

} // namespace salesdesk::pg
