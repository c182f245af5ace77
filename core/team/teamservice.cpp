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
{ }

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
