#include "core/team/career.h"

#include "core/common/dates.h"
#include "core/kpi/kpiservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/team/commission.h"
#include "core/team/teamservice.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

Result<QList<Award>> CareerRepository::awards(qint64 repId) const
{
    SqlQuery q(m_statements, u"SELECT id, rep_id, title, awarded_on, reason FROM rep_awards "
                             "WHERE rep_id = ? ORDER BY awarded_on DESC, id DESC"_s);
    q.bind(repId);
    return q.all([](SqlQuery &row) {
        return Award {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                      fromStoredDate(row.value(3).toString()), row.value(4).toString()};
    });
}

Result<qint64> CareerRepository::insertAward(const Award &a)
{
    SqlQuery q(m_statements,
               insertStatement(u"rep_awards"_s, u"rep_id, title, awarded_on, reason"_s, a.id > 0));
    q.bind(a.repId).bind(a.title).bind(toStoredDate(a.awardedOn)).bindText(a.reason);
    if (a.id > 0) {
        q.bind(a.id);
    }
    return q.insert(a.id);
}

Status CareerRepository::removeAward(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM rep_awards WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<QList<CareerLevel>> CareerRepository::levels() const
{
    SqlQuery q(m_statements, u"SELECT id, name, min_tenure_months, min_attainment_ppm, criteria "
                             "FROM career_levels ORDER BY position, id"_s);
    return q.all([](SqlQuery &row) {
        const QVariant ppm = row.value(3);
        return CareerLevel {row.value(0).toLongLong(), row.value(1).toString(),
                            row.value(2).toInt(),
                            ppm.isValid() ? std::optional<qint64>(ppm.toLongLong()) : std::nullopt,
                            row.value(4).toString()};
    });
}

Status CareerRepository::replaceLevels(const QList<CareerLevel> &levels)
{
    SqlQuery clear(m_statements, u"DELETE FROM career_levels"_s);
    if (auto st = clear.exec(); !st) {
        return st;
    }
    int position = 0;
    for (const CareerLevel &l : levels) {
        SqlQuery q(m_statements,
                   insertStatement(u"career_levels"_s,
                                   u"name, position, min_tenure_months, min_attainment_ppm, "
                                   "criteria"_s,
                                   false));
        q.bind(l.name).bind(++position).bind(l.minTenureMonths);
        q.bind(l.minAttainmentPpm ? QVariant(*l.minAttainmentPpm) : QVariant())
                .bindText(l.criteria);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<Promotion>> CareerRepository::promotions(qint64 repId) const
{
    SqlQuery q(m_statements, u"SELECT id, rep_id, from_level, to_level, promoted_on, reason "
                             "FROM rep_promotions WHERE rep_id = ? ORDER BY promoted_on, id"_s);
    q.bind(repId);
    return q.all([](SqlQuery &row) {
        return Promotion {row.value(0).toLongLong(),
                          row.value(1).toLongLong(),
                          row.value(2).toString(),
                          row.value(3).toString(),
                          fromStoredDate(row.value(4).toString()),
                          row.value(5).toString()};
    });
}

Result<qint64> CareerRepository::insertPromotion(const Promotion &p)
{
    SqlQuery q(m_statements,
               insertStatement(u"rep_promotions"_s,
                               u"rep_id, from_level, to_level, promoted_on, reason"_s, p.id > 0));
    q.bind(p.repId).bindText(p.fromLevel).bind(p.toLevel).bind(toStoredDate(p.promotedOn));
    q.bindText(p.reason);
    if (p.id > 0) {
        q.bind(p.id);
    }
    return q.insert(p.id);
}

Status CareerRepository::removePromotion(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM rep_promotions WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

CareerService::CareerService(Database &db, TeamService &team, const KpiService &kpi,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_team(team)
    , m_kpi(kpi)
    , m_clock(clock)
    , m_repo(db.connection())
{ }

Status CareerService::setLevels(const QList<CareerLevel> &levels)
{
    QStringList names;
    for (const CareerLevel &l : levels) {
        if (l.name.trimmed().isEmpty()) {
            return Error::user(tr("Every level of the ladder needs a name."));
        }
        if (names.contains(l.name.trimmed(), Qt::CaseInsensitive)) {
            return Error::user(tr("The ladder names “%1” twice.").arg(l.name.trimmed()));
        }
        if (l.minTenureMonths < 0) {
            return Error::user(tr("Tenure cannot be negative."));
        }
        names.append(l.name.trimmed());
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.replaceLevels(levels); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit careerChanged();
    return {};
}

Result<QList<CareerLevel>> CareerService::parseLadder(const QString &text)
{
    QList<CareerLevel> levels;
    static const QRegularExpression months(u"^(\\d{1,3})\\s*m$"_s);
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(u':');
        CareerLevel l;
        l.name = fields.value(0).trimmed();
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString f = fields[i].trimmed();
            if (const auto m = months.match(f); m.hasMatch()) {
                l.minTenureMonths = m.captured(1).toInt();
            } else if (f.endsWith(u'%') && CommissionText::parsePercent(f)) {
                l.minAttainmentPpm = CommissionText::parsePercent(f);
            } else {
                return Error::user(tr("“%1” is not a level: write a name, then optionally the "
                                      "months of tenure and the attainment, as in "
                                      "“Senior:24m:100%”.")
                                           .arg(part.trimmed()));
            }
        }
        levels.append(l);
    }
    return levels;
}

Result<qint64> CareerService::addAward(const Award &award)
{
    if (!m_team.rep(award.repId)) {
        return Error::user(tr("There is no sales rep #%1.").arg(award.repId));
    }
    if (award.title.trimmed().isEmpty() || !award.awardedOn.isValid()) {
        return Error::user(tr("An award needs a title and a day."));
    }
    Award a = award;
    a.title = a.title.trimmed();
    auto id = m_repo.insertAward(a);
    if (id) {
        emit careerChanged();
    }
    return id;
}

Status CareerService::removeAward(qint64 id)
{
    if (auto st = m_repo.removeAward(id); !st) {
        return st;
    }
    emit careerChanged();
    return {};
}

Result<qint64> CareerService::promote(const Promotion &promotion)
{
    const Rep *rep = m_team.rep(promotion.repId);
    if (!rep) {
        return Error::user(tr("There is no sales rep #%1.").arg(promotion.repId));
    }
    if (promotion.toLevel.trimmed().isEmpty() || !promotion.promotedOn.isValid()) {
        return Error::user(tr("A promotion needs the new level and a day."));
    }
    if (promotion.toLevel.trimmed() == rep->level) {
        return Error::user(tr("%1 is %2 already.").arg(rep->name, rep->level));
    }
    Promotion p = promotion;
    p.toLevel = p.toLevel.trimmed();
    p.fromLevel = rep->level;
    Rep changed = *rep;
    changed.level = p.toLevel;
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    auto id = m_repo.insertPromotion(p);
    if (!id) {
        return id;
    }
    if (auto st = m_team.updateRep(changed); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    emit careerChanged();
    return id;
}

Status CareerService::removePromotion(const Promotion &promotion)
{
    const Rep *rep = m_team.rep(promotion.repId);
    if (!rep) {
        return Error::user(tr("There is no sales rep #%1.").arg(promotion.repId));
    }
    Rep changed = *rep;
    changed.level = promotion.fromLevel;
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.removePromotion(promotion.id); !st) {
        return st;
    }
    if (auto st = m_team.updateRep(changed); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit careerChanged();
    return {};
}

Result<CareerRecord> CareerService::record(qint64 repId, const QDate &asOfIn) const
{
    const Rep *rep = m_team.rep(repId);
    if (!rep) {
        return Error::user(tr("There is no sales rep #%1.").arg(repId));
    }
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    CareerRecord r;
    r.repId = repId;
    r.level = rep->level;
    if (rep->hiredOn.isValid() && rep->hiredOn <= asOf) {
        int months = (asOf.year() - rep->hiredOn.year()) * 12 + asOf.month() - rep->hiredOn.month();
        if (asOf.day() < rep->hiredOn.day()) {
            --months;
        }
        r.tenureMonths = months;
    }
    // The last four quarters finished by the as-of day.
    Period q = KpiService::previous(Period::containing(Period::Kind::Quarter, asOf));
    QList<std::pair<QString, double>> back;
    for (int i = 0; i < 4; ++i, q = KpiService::previous(q)) {
        auto report = m_kpi.report(q, TargetScope {ScopeKind::Rep, repId, {}}, asOf);
        if (!report) {
            return report.error();
        }
        if (report->kpis.attainment) {
            back.prepend({q.toString(), *report->kpis.attainment});
        }
    }
    r.attainments = back;
    if (!back.isEmpty()) {
        double sum = 0;
        for (const auto &[quarter, value] : std::as_const(back)) {
            sum += value;
        }
        r.averageAttainment = sum / double(back.size());
    }
    auto levels = m_repo.levels();
    if (!levels) {
        return levels.error();
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < levels->size(); ++i) {
        if (levels->at(i).name.compare(rep->level, Qt::CaseInsensitive) == 0) {
            at = i;
        }
    }
    if (at + 1 < levels->size()) {
        r.next = levels->at(at + 1);
        if (r.tenureMonths) {
            r.tenureMet = *r.tenureMonths >= r.next->minTenureMonths;
        }
        if (r.next->minAttainmentPpm && r.averageAttainment) {
            r.attainmentMet
                    = *r.averageAttainment * double(kPpm) >= double(*r.next->minAttainmentPpm);
        }
    }
    auto promotions = m_repo.promotions(repId);
    auto awards = m_repo.awards(repId);
    if (!promotions || !awards) {
        return !promotions ? promotions.error() : awards.error();
    }
    r.promotions = std::move(promotions).value();
    r.awards = std::move(awards).value();
    return r;
}

} // namespace salesdesk
