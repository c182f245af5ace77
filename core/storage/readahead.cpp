#include "core/storage/readahead.h"

#include "core/storage/pgdialect.h"

namespace salesdesk {

namespace {

// The innermost read-ahead alive on this thread (each connection is used by one thread).
thread_local ReadAhead *t_current = nullptr;
thread_local ReadAhead::Tally t_tally;

} // namespace

ReadAhead::ReadAhead(const QSqlDatabase &db, const QList<SqlStatement> &statements)
    : m_connection(pg::handleOf(db))
    , m_outer(t_current)
{
    t_current = this;
    if (!m_connection || statements.isEmpty()) {
        return;
    }
    QList<pg::Statement> together;
    together.reserve(statements.size());
    for (const SqlStatement &statement : statements) {
        pg::Params params;
        params.reserve(statement.values.size());
        for (const QVariant &value : statement.values) {
            params.append(pg::textOf(value));
        }
        together.append({pg::statement(statement.sql), std::move(params)});
    }
    std::vector<pg::ResultPtr> answers = pg::execTogether(m_connection, together);
    m_answers.reserve(size_t(together.size()));
    for (qsizetype i = 0; i < together.size(); ++i) {
        // A statement that failed is asked again when it is run, and then says why.
        if (answers[size_t(i)]) {
            ++t_tally.asked;
            m_answers.push_back(
                    {together[i].sql, together[i].params, std::move(answers[size_t(i)])});
        }
    }
}

ReadAhead::~ReadAhead()
{
    t_current = m_outer;
}

pg::ResultPtr ReadAhead::take(pg_conn *connection, const QByteArray &sql, const pg::Params &params)
{
    for (ReadAhead *ahead = t_current; ahead; ahead = ahead->m_outer) {
        if (ahead->m_connection != connection) {
            continue;
        }
        for (Answer &answer : ahead->m_answers) {
            if (answer.result && answer.sql == sql && answer.params == params) {
                ++ahead->m_used;
                ++t_tally.used;
                return std::move(answer.result);
            }
        }
    }
    return {};
}

ReadAhead::Tally ReadAhead::tally()
{
    return t_tally;
}

void ReadAhead::written(pg_conn *connection)
{
    for (ReadAhead *ahead = t_current; ahead; ahead = ahead->m_outer) {
        if (ahead->m_connection == connection) {
            for (Answer &answer : ahead->m_answers) {
                answer.result.reset();
            }
        }
    }
}

} // namespace salesdesk
