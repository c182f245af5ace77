#pragma once

#include "core/storage/pgconnection.h"
#include "core/storage/sqlquery.h"

#include <QList>
#include <QSqlDatabase>

#include <vector>

namespace salesdesk {

// Reads a view is about to make, asked of a server all at once: on a server each statement
// costs a round trip, and a customer's page reads ten things that do not depend on each other.
// Made with the statements (their text in SQLite's words and their values, as the repositories
// will run them), it sends them together in one exchange; while it lives, SqlQuery answers each
// of them from there the first time it is run with the same text and values, and otherwise asks
// the server as always. Anything written through the connection drops what is left, and so does
// the end of the scope: an answer read ahead is never older than the view that asked for it.
// In a file it does nothing (SQLite answers at once).
class ReadAhead
{
public:
    ReadAhead(const QSqlDatabase &db, const QList<SqlStatement> &statements);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // How many statements were asked ahead, and how many of their answers were used so far.
    int asked() const { return int(m_answers.size()); }
    int used() const { return m_used; }

    // Statements asked ahead and answers used on this thread since it started, all read-aheads
    // together: a test's way to see that what a view asks ahead is what it then reads.
    struct Tally
    {
        int asked = 0;
        int used = 0;
    };
    static Tally tally();

    // For SqlQuery on a server: the answer read ahead for `sql` (in the server's dialect) with
    // `params` on `connection`, handed over once; null when there is none.
    static pg::ResultPtr take(pg_conn *connection, const QByteArray &sql, const pg::Params &params);
    // For SqlQuery: something is about to be written through `connection`: the answers read
    // ahead on it go (nothing to do when no read-ahead is alive).
    static void written(pg_conn *connection);

private:
    struct Answer
    {
        QByteArray sql;
        pg::Params params;
        pg::ResultPtr result;
    };
    pg_conn *m_connection = nullptr;
    std::vector<Answer> m_answers;
    int m_used = 0;
    ReadAhead *m_outer = nullptr; // the one made before on this thread, still alive
};

} // namespace salesdesk
