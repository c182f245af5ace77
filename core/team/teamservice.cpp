#include "core/team/teamservice.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QString TeamText::code(RepRole role)
{
    switch (role) {
    case RepRole::Rep:
        return u"rep"_s;
    case RepRole::TeamLead:
        return u"team_lead"_s;
    case RepRole::Manager:
        return u"manager"_s;
    }
    return u"rep"_s;
}

RepRole TeamText::role(const QString &code)
{
    if (code == u"team_lead") {
        return RepRole::TeamLead;
    }
    return code == u"manager" ? RepRole::Manager : RepRole::Rep;
}

QString TeamText::name(RepRole role)
{
    switch (role) {
    case RepRole::Rep:
        return tr("Sales rep");
    case RepRole::TeamLead:
        return tr("Team lead");
    case RepRole::Manager:
        return tr("Sales manager");
    }
    return {};
}

TeamService::TeamService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_repo(db.connection())
    , m_reassign(db.connection())
{ }

Result<Reassignment> TeamService::reassign(const ReassignRequest &request)
{
    return m_reassign.apply(request, m_clock.nowUtc());
}

Status TeamService::load()
{
    auto reps = m_repo.reps();
    auto teams = m_repo.teams();
    if (!reps || !teams) {
        return !reps ? reps.error() : teams.error();
    }
    m_reps = std::move(reps).value();
    m_teams = std::move(teams).value();
    index();
    return {};
}

void TeamService::index()
{
    std::sort(m_reps.begin(), m_reps.end(),
              [](const Rep &a, const Rep &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_repNames.clear();
    for (const auto &r : std::as_const(m_reps)) {
        m_repNames.insert(r.id, r.name);
    }
}

const Rep *TeamService::rep(qint64 id) const
{
    const auto it = std::find_if(m_reps.cbegin(), m_reps.cend(),
                                 [id](const Rep &r) { return r.id == id; });
    return it == m_reps.cend() ? nullptr : &*it;
}

qint64 TeamService::findRep(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &r : m_reps) {
        if (r.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return r.id;
        }
    }
    return 0;
}

Result<qint64> TeamService::ensureRep(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return qint64(0);
    }
    if (qint64 id = findRep(name)) {
        return id;
    }
    Rep r;
    r.name = name.trimmed();
    r.createdAt = m_clock.nowUtc();
    auto id = m_repo.insertRep(r);
    if (!id) {
        return id;
    }
    r.id = *id;
    m_reps.append(r);
    index();
    emit teamChanged();
    return id;
}

Status TeamService::updateRep(const Rep &changed)
{
    if (changed.name.trimmed().isEmpty()) {
        return Error::user(tr("A sales rep needs a name."));
    }
    const auto it = std::find_if(m_reps.begin(), m_reps.end(),
                                 [&](const Rep &r) { return r.id == changed.id; });
    if (it == m_reps.end()) {
        return Error::user(tr("There is no sales rep #%1.").arg(changed.id));
    }
    if (const qint64 other = findRep(changed.name); other && other != changed.id) {
        return Error::user(tr("There is already a sales rep called “%1”.").arg(changed.name));
    }
    Rep r = changed;
    r.name = r.name.trimmed();
    if (auto st = m_repo.updateRep(r); !st) {
        return st;
    }
    *it = r;
    index();
    emit teamChanged();
    return {};
}

Result<qint64> TeamService::addRep(const Rep &rep)
{
    if (rep.name.trimmed().isEmpty()) {
        return Error::user(tr("A sales rep needs a name."));
    }
    if (const qint64 other = findRep(rep.name); other && other != rep.id) {
        return Error::user(tr("There is already a sales rep called “%1”.").arg(rep.name.trimmed()));
    }
    Rep r = rep;
    r.name = r.name.trimmed();
    if (!r.createdAt.isValid()) {
        r.createdAt = m_clock.nowUtc();
    }
    auto id = m_repo.insertRep(r);
    if (!id) {
        return id;
    }
    if (auto st = load(); !st) {
        return st.error();
    }
    emit teamChanged();
    return id;
}

Status TeamService::removeRep(qint64 id)
{
    if (auto st = m_repo.removeRep(id); !st) {
        return Error::user(tr("%1 is named on deals, customers or records; mark them as left "
                              "instead.")
                                   .arg(repName(id)));
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit teamChanged();
    return {};
}

const Team *TeamService::team(qint64 id) const
{
    for (const auto &t : m_teams) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

Result<qint64> TeamService::addTeam(const Team &t)
{
    if (t.name.trimmed().isEmpty()) {
        return Error::user(tr("A team needs a name."));
    }
    if (findTeam(t.name)) {
        return Error::user(tr("There is already a team called “%1”.").arg(t.name.trimmed()));
    }
    Team team = t;
    team.name = team.name.trimmed();
    auto id = m_repo.insertTeam(team);
    if (!id) {
        return id;
    }
    if (auto st = load(); !st) {
        return st.error();
    }
    emit teamChanged();
    return id;
}

Status TeamService::updateTeam(const Team &t)
{
    if (!team(t.id)) {
        return Error::user(tr("There is no team #%1.").arg(t.id));
    }
    if (t.name.trimmed().isEmpty()) {
        return Error::user(tr("A team needs a name."));
    }
    if (const qint64 other = findTeam(t.name); other && other != t.id) {
        return Error::user(tr("There is already a team called “%1”.").arg(t.name.trimmed()));
    }
    if (t.parentId && teamTreeIds(t.id).contains(t.parentId)) {
        return Error::user(tr("A team cannot be under itself or one of its own sub-teams."));
    }
    Team team = t;
    team.name = team.name.trimmed();
    if (auto st = m_repo.updateTeam(team); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit teamChanged();
    return {};
}

Status TeamService::removeTeam(qint64 id)
{
    const Team *t = team(id);
    if (!t) {
        return Error::user(tr("There is no team #%1.").arg(id));
    }
    if (teamTreeIds(id).size() > 1 || !repsOfTeam(id).isEmpty()) {
        return Error::user(tr("“%1” still has reps or sub-teams; move them first.").arg(t->name));
    }
    if (auto st = m_repo.removeTeam(id); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit teamChanged();
    return {};
}

QList<qint64> TeamService::teamTreeIds(qint64 teamId) const
{
    QList<qint64> tree;
    if (!team(teamId)) {
        return tree;
    }
    tree.append(teamId);
    for (qsizetype i = 0; i < tree.size(); ++i) { // breadth first; a cycle cannot be saved
        for (const auto &t : m_teams) {
            if (t.parentId == tree[i] && !tree.contains(t.id)) {
                tree.append(t.id);
            }
        }
    }
    return tree;
}

QList<qint64> TeamService::repsOfTeam(qint64 teamId) const
{
    const QList<qint64> tree = teamTreeIds(teamId);
    QList<qint64> reps;
    for (const auto &r : m_reps) {
        if (r.teamId && tree.contains(r.teamId)) {
            reps.append(r.id);
        }
    }
    std::sort(reps.begin(), reps.end());
    return reps;
}

QString TeamService::teamName(qint64 id) const
{
    for (const auto &t : m_teams) {
        if (t.id == id) {
            return t.name;
        }
    }
    return {};
}

qint64 TeamService::findTeam(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &t : m_teams) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return t.id;
        }
    }
    return 0;
}

QStringList TeamService::teamNames() const
{
    QStringList names;
    for (const auto &t : m_teams) {
        names.append(t.name);
    }
    return names;
}

Status TeamService::setTeam(qint64 repId, const QString &name)
{
    const Rep *current = rep(repId);
    if (!current) {
        return Error::user(tr("There is no sales rep #%1.").arg(repId));
    }
    Rep r = *current;
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    r.teamId = findTeam(name);
    if (!r.teamId && !name.trimmed().isEmpty()) {
        auto id = m_repo.insertTeam({0, name.trimmed(), 0, 0});
        if (!id) {
            return id.error();
        }
        r.teamId = *id;
    }
    if (auto st = m_repo.updateRep(r); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit teamChanged();
    return {};
}

} // namespace salesdesk
