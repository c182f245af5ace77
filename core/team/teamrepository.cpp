#include "core/team/teamrepository.h"

#include "core/pipeline/pipelinetypes.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString repColumns = u"name, active, team_id, role, manager_id, region, email, phone, "
                           "hired_on, level, left_on, created_at"_s;

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(toStoredDate(d)) : QVariant();
}

void bindRep(SqlQuery &q, const Rep &r)
{
    q.bind(r.name).bind(r.active ? 1 : 0).bind(idOrNull(r.teamId)).bind(TeamText::code(r.role));
    q.bind(idOrNull(r.managerId)).bindText(r.region).bindText(r.email).bindText(r.phone);
    q.bind(dateOrNull(r.hiredOn)).bindText(r.level).bind(dateOrNull(r.leftOn));
    q.bind(toStoredTime(r.createdAt));
}

} // namespace

SqlStatement TeamRepository::repsStatement()
{
    return {u"SELECT id, "_s + repColumns + u" FROM reps ORDER BY name"_s, {}};
}

SqlStatement TeamRepository::teamsStatement()
{
    return {u"SELECT id, name, parent_id, lead_id FROM teams ORDER BY name"_s, {}};
}

Result<QList<Rep>> TeamRepository::reps() const
{
    SqlQuery q(m_statements, repsStatement());
    return q.all([](SqlQuery &row) {
        Rep r;
        r.id = row.value(0).toLongLong();
        r.name = row.value(1).toString();
        r.active = row.value(2).toBool();
        r.teamId = row.value(3).toLongLong();
        r.role = TeamText::role(row.value(4).toString());
        r.managerId = row.value(5).toLongLong();
        r.region = row.value(6).toString();
        r.email = row.value(7).toString();
        r.phone = row.value(8).toString();
        r.hiredOn = fromStoredDate(row.value(9).toString());
        r.level = row.value(10).toString();
        r.leftOn = fromStoredDate(row.value(11).toString());
        r.createdAt = fromStoredTime(row.value(12).toString());
        return r;
    });
}

Result<QList<Team>> TeamRepository::teams() const
{
    SqlQuery q(m_statements, teamsStatement());
    return q.all([](SqlQuery &row) {
        return Team {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toLongLong(),
                     row.value(3).toLongLong()};
    });
}

Result<qint64> TeamRepository::insertRep(const Rep &r)
{
    SqlQuery q(m_statements, insertStatement(u"reps"_s, repColumns, r.id > 0));
    bindRep(q, r);
    if (r.id > 0) {
        q.bind(r.id);
    }
    return q.insert(r.id);
}

Status TeamRepository::updateRep(const Rep &r)
{
    SqlQuery q(m_statements,
               u"UPDATE reps SET "_s + updateAssignments(repColumns) + u" WHERE id = ?"_s);
    bindRep(q, r);
    q.bind(r.id);
    return q.exec();
}

Status TeamRepository::removeRep(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM reps WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<qint64> TeamRepository::insertTeam(const Team &t)
{
    SqlQuery q(m_statements, insertStatement(u"teams"_s, u"name, parent_id, lead_id"_s, t.id > 0));
    q.bind(t.name).bind(idOrNull(t.parentId)).bind(idOrNull(t.leadId));
    if (t.id > 0) {
        q.bind(t.id);
    }
    return q.insert(t.id);
}

Status TeamRepository::updateTeam(const Team &t)
{
    SqlQuery q(m_statements,
               u"UPDATE teams SET name = ?, parent_id = ?, lead_id = ? WHERE id = ?"_s);
    q.bind(t.name).bind(idOrNull(t.parentId)).bind(idOrNull(t.leadId)).bind(t.id);
    return q.exec();
}

Status TeamRepository::removeTeam(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM teams WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

} // namespace salesdesk
