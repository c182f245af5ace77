#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"
#include "core/team/rep.h"

#include <QSqlDatabase>

namespace salesdesk {

// Reps and teams: the rows of the team module.
class TeamRepository
{
public:
    explicit TeamRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QList<Rep>> reps() const; // by name
    Result<QList<Team>> teams() const; // by name
    static SqlStatement repsStatement(); // what reps() runs
    static SqlStatement teamsStatement(); // what teams() runs
    // With the rep's id kept when it has one (undo puts a rep back as it was).
    Result<qint64> insertRep(const Rep &rep);
    Status updateRep(const Rep &rep);
    Status removeRep(qint64 id);
    Result<qint64> insertTeam(const Team &team);
    Status updateTeam(const Team &team);
    Status removeTeam(qint64 id);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
