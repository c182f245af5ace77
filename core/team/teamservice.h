#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/team/reassignment.h"
#include "core/team/rep.h"
#include "core/team/teamrepository.h"

#include <QHash>
#include <QObject>

namespace salesdesk {

class Database;

// 销售团队: the book's reps and teams. Deals, customers, activities and targets name reps by
// id; this is the one place that writes them.
class TeamService : public QObject
{
    Q_OBJECT

public:
    TeamService(Database &db, const Clock &clock, QObject *parent = nullptr);

    Status load();
    // What load() reads, for reading it ahead (ReadAhead).
    static QList<SqlStatement> loadReads()
    {
        return {TeamRepository::repsStatement(), TeamRepository::teamsStatement()};
    }

    const QList<Rep> &reps() const { return m_reps; } // by name
    const Rep *rep(qint64 id) const;
    QString repName(qint64 id) const { return m_repNames.value(id); }
    // The rep of that name, case aside; 0 when there is none.
    qint64 findRep(const QString &name) const;
    // The rep of that name, added when new; 0 for an empty name.
    Result<qint64> ensureRep(const QString &name);
    Status updateRep(const Rep &rep);
    // Adds a rep with a whole profile, keeping the id it carries when it has one (undo); and
    // removes one nothing refers to (undo of an add).
    Result<qint64> addRep(const Rep &rep);
    Status removeRep(qint64 id);

    const QList<Team> &teams() const { return m_teams; } // by name
    QString teamName(qint64 id) const;
    qint64 findTeam(const QString &name) const;
    QStringList teamNames() const;
    const Team *team(qint64 id) const;
    // Puts a rep in the team of that name (added when new); an empty name takes them out.
    Status setTeam(qint64 repId, const QString &teamName);
    // A team with its parent and lead (kept id for undo); a team cannot be under itself.
    Result<qint64> addTeam(const Team &team);
    Status updateTeam(const Team &team);
    // Removes a team without reps or sub-teams.
    Status removeTeam(qint64 id);
    // The team and every team under it.
    QList<qint64> teamTreeIds(qint64 teamId) const;
    // The reps of the team and of every team under it, by id.
    QList<qint64> repsOfTeam(qint64 teamId) const;

    // Hands a rep's open deals, customers and planned activities over in one transaction, each
    // deal's move recorded in its events; undone and done again as a whole. These write past
    // the other services: the caller reloads the book (Book::reload).
    Result<Reassignment> reassign(const ReassignRequest &request);
    Status undoReassign(const Reassignment &done) { return m_reassign.undo(done); }
    Status redoReassign(Reassignment &done) { return m_reassign.redo(done); }

signals:
    void teamChanged();

private:
    void index();

    Database &m_db;
    const Clock &m_clock;
    TeamRepository m_repo;
    ReassignmentRepository m_reassign;
    QList<Rep> m_reps;
    QList<Team> m_teams;
    QHash<qint64, QString> m_repNames;
};

} // namespace salesdesk
