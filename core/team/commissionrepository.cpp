#include "core/team/commissionrepository.h"

#include "core/common/dates.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<qint64> readOptional(const QVariant &v)
{
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

QString slicesText(const QList<CommissionLine::Slice> &slices)
{
    QStringList parts;
    for (const auto &s : slices) {
        parts.append(u"%1:%2:%3"_s.arg(s.tier).arg(s.creditedMinor).arg(s.ratePpm));
    }
    return parts.join(u';');
}

QList<CommissionLine::Slice> readSlices(const QString &text)
{
    QList<CommissionLine::Slice> slices;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList f = part.split(u':');
        if (f.size() == 3) {
            slices.append({f[0].toInt(), f[1].toLongLong(), f[2].toLongLong()});
        }
    }
    return slices;
}

} // namespace

Result<QList<CommissionPlan>> CommissionRepository::plans() const
{
    SqlQuery q(m_statements,
               u"SELECT p.id, p.name, p.created_at, v.id, v.version FROM commission_plans p "
               "JOIN commission_plan_versions v ON v.plan_id = p.id AND v.version = "
               "(SELECT max(version) FROM commission_plan_versions WHERE plan_id = p.id) "
               "ORDER BY p.name"_s);
    auto plans = q.all([](SqlQuery &row) {
        CommissionPlan p;
        p.id = row.value(0).toLongLong();
        p.name = row.value(1).toString();
        p.createdAt = fromStoredTime(row.value(2).toString());
        p.versionId = row.value(3).toLongLong();
        p.version = row.value(4).toInt();
        return p;
    });
    if (!plans) {
        return plans;
    }
    for (CommissionPlan &p : plans.value()) {
        auto t = terms(p.versionId);
        if (!t) {
            return t.error();
        }
        p.terms = std::move(t).value();
        SqlQuery reps(m_statements, u"SELECT rep_id FROM commission_plan_reps WHERE plan_id = ? "
                                    "ORDER BY rep_id"_s);
        reps.bind(p.id);
        auto ids = reps.all([](SqlQuery &row) { return row.value(0).toLongLong(); });
        if (!ids) {
            return ids.error();
        }
        p.repIds = std::move(ids).value();
    }
    return plans;
}

Result<qint64> CommissionRepository::insertPlan(const QString &name, const QDateTime &at)
{
    SqlQuery q(m_statements, insertStatement(u"commission_plans"_s, u"name, created_at"_s, false));
    q.bind(name).bind(toStoredTime(at));
    return q.insert();
}

Result<qint64> CommissionRepository::insertVersion(qint64 planId, int version,
                                                   const CommissionTerms &t, const QDateTime &at)
{
    SqlQuery q(m_statements,
               insertStatement(u"commission_plan_versions"_s,
                               u"plan_id, version, mode, quota_minor, cap_minor, clawback_days, "
                               "bonus_minor, bonus_from_ppm, created_at"_s,
                               false));
    q.bind(planId)
            .bind(version)
            .bind(CommissionText::code(t.mode))
            .bind(optionalValue(t.quotaMinor));
    q.bind(optionalValue(t.capMinor)).bind(t.clawbackDays).bind(t.bonusMinor);
    q.bind(optionalValue(t.bonusFromPpm)).bind(toStoredTime(at));
    auto id = q.insert();
    if (!id) {
        return id;
    }
    for (const auto &tier : t.tiers) {
        SqlQuery row(m_statements, insertStatement(u"commission_tiers"_s,
                                                   u"version_id, from_ppm, rate_ppm"_s, false));
        row.bind(*id).bind(tier.fromPpm).bind(tier.ratePpm);
        if (auto st = row.exec(); !st) {
            return st.error();
        }
    }
    for (auto it = t.spiffs.cbegin(); it != t.spiffs.cend(); ++it) {
        SqlQuery row(m_statements, insertStatement(u"commission_spiffs"_s,
                                                   u"version_id, product, amount_minor"_s, false));
        row.bind(*id).bind(it.key()).bind(it.value());
        if (auto st = row.exec(); !st) {
            return st.error();
        }
    }
    for (const auto &pool : t.pools) {
        SqlQuery row(m_statements,
                     insertStatement(u"commission_pools"_s,
                                     u"version_id, team_id, amount_minor, from_ppm"_s, false));
        row.bind(*id).bind(pool.teamId).bind(pool.amountMinor).bind(pool.fromPpm);
        if (auto st = row.exec(); !st) {
            return st.error();
        }
    }
    return id;
}

Status CommissionRepository::renamePlan(qint64 planId, const QString &name)
{
    SqlQuery q(m_statements, u"UPDATE commission_plans SET name = ? WHERE id = ?"_s);
    q.bind(name).bind(planId);
    return q.exec();
}

Result<bool> CommissionRepository::planPaid(qint64 planId) const
{
    SqlQuery q(m_statements, u"SELECT EXISTS (SELECT 1 FROM commission_statements s JOIN "
                             "commission_plan_versions v ON v.id = s.plan_version_id "
                             "WHERE v.plan_id = ?)"_s);
    q.bind(planId);
    auto v = q.scalar();
    if (!v) {
        return v.error();
    }
    return v->toBool();
}

Status CommissionRepository::removePlan(qint64 planId)
{
    SqlQuery q(m_statements, u"DELETE FROM commission_plans WHERE id = ?"_s);
    q.bind(planId);
    return q.exec();
}

Result<CommissionTerms> CommissionRepository::terms(qint64 versionId) const
{
    SqlQuery q(m_statements, u"SELECT mode, quota_minor, cap_minor, clawback_days, bonus_minor, "
                             "bonus_from_ppm FROM commission_plan_versions WHERE id = ?"_s);
    q.bind(versionId);
    auto t = q.one(
            [](SqlQuery &row) {
                CommissionTerms read;
                read.mode = CommissionText::mode(row.value(0).toString())
                                    .value_or(CommissionMode::Marginal);
                read.quotaMinor = readOptional(row.value(1));
                read.capMinor = readOptional(row.value(2));
                read.clawbackDays = row.value(3).toInt();
                read.bonusMinor = row.value(4).toLongLong();
                read.bonusFromPpm = readOptional(row.value(5));
                return read;
            },
            Error::internal(u"There is no plan version #%1."_s.arg(versionId)));
    if (!t) {
        return t;
    }
    SqlQuery tiers(m_statements, u"SELECT from_ppm, rate_ppm FROM commission_tiers "
                                 "WHERE version_id = ? ORDER BY from_ppm"_s);
    tiers.bind(versionId);
    auto rows = tiers.all([](SqlQuery &row) {
        return CommissionTier {row.value(0).toLongLong(), row.value(1).toLongLong()};
    });
    if (!rows) {
        return rows.error();
    }
    t->tiers = std::move(rows).value();
    SqlQuery spiffs(m_statements, u"SELECT product, amount_minor FROM commission_spiffs "
                                  "WHERE version_id = ?"_s);
    spiffs.bind(versionId);
    if (auto st = spiffs.each([&](SqlQuery &row) {
            t->spiffs.insert(row.value(0).toString(), row.value(1).toLongLong());
        });
        !st) {
        return st.error();
    }
    SqlQuery pools(m_statements, u"SELECT team_id, amount_minor, from_ppm FROM commission_pools "
                                 "WHERE version_id = ? ORDER BY team_id"_s);
    pools.bind(versionId);
    auto poolRows = pools.all([](SqlQuery &row) {
        return CommissionPool {row.value(0).toLongLong(), row.value(1).toLongLong(),
                               row.value(2).toLongLong()};
    });
    if (!poolRows) {
        return poolRows.error();
    }
    t->pools = std::move(poolRows).value();
    return t;
}

Status CommissionRepository::assign(qint64 planId, const QList<qint64> &repIds)
{
    SqlQuery clear(m_statements, u"DELETE FROM commission_plan_reps WHERE plan_id = ?"_s);
    clear.bind(planId);
    if (auto st = clear.exec(); !st) {
        return st;
    }
    for (qint64 rep : repIds) {
        SqlQuery q(m_statements, u"INSERT INTO commission_plan_reps (rep_id, plan_id) VALUES "
                                 "(?, ?) ON CONFLICT (rep_id) DO UPDATE SET plan_id = "
                                 "excluded.plan_id"_s);
        q.bind(rep).bind(planId);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QHash<qint64, QList<CreditSplit>>> CommissionRepository::splits() const
{
    QHash<qint64, QList<CreditSplit>> all;
    SqlQuery q(m_statements, u"SELECT deal_id, rep_id, share_ppm FROM deal_credit_splits "
                             "ORDER BY deal_id, rep_id"_s);
    if (auto st = q.each([&](SqlQuery &row) {
            all[row.value(0).toLongLong()].append(
                    {row.value(1).toLongLong(), row.value(2).toLongLong()});
        });
        !st) {
        return st.error();
    }
    return all;
}

Result<QList<CreditSplit>> CommissionRepository::splits(qint64 dealId) const
{
    SqlQuery q(m_statements, u"SELECT rep_id, share_ppm FROM deal_credit_splits WHERE deal_id = ? "
                             "ORDER BY rep_id"_s);
    q.bind(dealId);
    return q.all([](SqlQuery &row) {
        return CreditSplit {row.value(0).toLongLong(), row.value(1).toLongLong()};
    });
}

Status CommissionRepository::setSplits(qint64 dealId, const QList<CreditSplit> &splits)
{
    SqlQuery clear(m_statements, u"DELETE FROM deal_credit_splits WHERE deal_id = ?"_s);
    clear.bind(dealId);
    if (auto st = clear.exec(); !st) {
        return st;
    }
    for (const auto &s : splits) {
        SqlQuery q(m_statements, insertStatement(u"deal_credit_splits"_s,
                                                 u"deal_id, rep_id, share_ppm"_s, false));
        q.bind(dealId).bind(s.repId).bind(s.sharePpm);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<CommissionStatement>> CommissionRepository::settled(const QString &period) const
{
    SqlQuery q(
            m_statements,
            u"SELECT s.id, s.rep_id, s.plan_version_id, v.version, p.id, p.name, s.currency, "
            "s.quota_minor, s.credited_minor, s.commission_minor, s.clawback_minor, "
            "s.payout_minor, s.settled_at FROM commission_statements s "
            "JOIN commission_plan_versions v ON v.id = s.plan_version_id "
            "JOIN commission_plans p ON p.id = v.plan_id WHERE s.period = ? ORDER BY s.rep_id"_s);
    q.bind(period);
    auto statements = q.all([&](SqlQuery &row) {
        CommissionStatement s;
        s.id = row.value(0).toLongLong();
        s.repId = row.value(1).toLongLong();
        s.planVersionId = row.value(2).toLongLong();
        s.planVersion = row.value(3).toInt();
        s.planId = row.value(4).toLongLong();
        s.planName = row.value(5).toString();
        s.currency = row.value(6).toString();
        s.quotaMinor = readOptional(row.value(7));
        s.creditedMinor = row.value(8).toLongLong();
        s.commissionMinor = row.value(9).toLongLong();
        s.clawbackMinor = row.value(10).toLongLong();
        s.payoutMinor = row.value(11).toLongLong();
        s.settled = true;
        s.settledAt = fromStoredTime(row.value(12).toString());
        return s;
    });
    if (!statements) {
        return statements;
    }
    // Every statement's lines in one read (one trip to a server, not one per rep).
    SqlQuery lines(m_statements,
                   u"SELECT l.statement_id, l.kind, l.deal_id, l.title, l.closed_on, "
                   "l.credited_minor, l.tier, l.rate_ppm, l.commission_minor, l.slices, l.note "
                   "FROM commission_lines l JOIN commission_statements s ON s.id = "
                   "l.statement_id WHERE s.period = ? ORDER BY l.statement_id, l.position"_s);
    lines.bind(period);
    QHash<qint64, QList<CommissionLine>> linesOf;
    if (auto st = lines.each([&linesOf](SqlQuery &row) {
            CommissionLine l;
            l.kind = CommissionText::lineKind(row.value(1).toString());
            l.dealId = row.value(2).toLongLong();
            l.title = row.value(3).toString();
            l.closedOn = fromStoredDate(row.value(4).toString());
            l.creditedMinor = row.value(5).toLongLong();
            l.tier = row.value(6).toInt();
            l.ratePpm = row.value(7).toLongLong();
            l.commissionMinor = row.value(8).toLongLong();
            l.slices = readSlices(row.value(9).toString());
            l.note = row.value(10).toString();
            linesOf[row.integer(0)].append(l);
        });
        !st) {
        return st.error();
    }
    for (CommissionStatement &s : statements.value()) {
        s.lines = linesOf.take(s.id);
        for (const auto &l : std::as_const(s.lines)) {
            if (l.kind == CommissionLine::Kind::Cap) {
                s.capMinor += l.commissionMinor;
            } else if (l.kind == CommissionLine::Kind::Spiff
                       || l.kind == CommissionLine::Kind::Bonus
                       || l.kind == CommissionLine::Kind::Pool) {
                s.extrasMinor += l.commissionMinor;
            }
        }
        if (s.quotaMinor && *s.quotaMinor > 0) {
            s.attainment = double(s.creditedMinor) / double(*s.quotaMinor);
        }
    }
    return statements;
}

Result<QStringList> CommissionRepository::settledOverlapping(qint64 repId, const QDate &from,
                                                             const QDate &to) const
{
    SqlQuery q(m_statements, u"SELECT period FROM commission_statements WHERE rep_id = ? "
                             "AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on"_s);
    q.bind(repId).bind(toStoredDate(to)).bind(toStoredDate(from));
    return q.all([](SqlQuery &row) { return row.value(0).toString(); });
}

Result<qint64> CommissionRepository::saveStatement(const CommissionStatement &s)
{
    SqlQuery q(m_statements,
               insertStatement(u"commission_statements"_s,
                               u"rep_id, period, starts_on, ends_on, plan_version_id, currency, "
                               "quota_minor, credited_minor, commission_minor, clawback_minor, "
                               "payout_minor, settled_at"_s,
                               false));
    q.bind(s.repId).bind(s.period.toString()).bind(toStoredDate(s.period.start()));
    q.bind(toStoredDate(s.period.end())).bind(s.planVersionId).bind(s.currency);
    q.bind(optionalValue(s.quotaMinor)).bind(s.creditedMinor).bind(s.commissionMinor);
    q.bind(s.clawbackMinor).bind(s.payoutMinor).bind(toStoredTime(s.settledAt));
    auto id = q.insert();
    if (!id) {
        return id;
    }
    int position = 0;
    for (const CommissionLine &l : s.lines) {
        SqlQuery row(m_statements,
                     insertStatement(u"commission_lines"_s,
                                     u"statement_id, position, kind, deal_id, title, closed_on, "
                                     "credited_minor, tier, rate_ppm, commission_minor, slices, "
                                     "note"_s,
                                     false));
        row.bind(*id).bind(++position).bind(CommissionText::code(l.kind)).bind(idOrNull(l.dealId));
        row.bind(l.title).bind(l.closedOn.isValid() ? QVariant(toStoredDate(l.closedOn))
                                                    : QVariant());
        row.bind(l.creditedMinor).bind(l.tier > 0 ? QVariant(l.tier) : QVariant());
        row.bind(l.ratePpm).bind(l.commissionMinor).bindText(slicesText(l.slices)).bindText(l.note);
        if (auto st = row.exec(); !st) {
            return st.error();
        }
    }
    return id;
}

Result<QList<CommissionRepository::PaidLine>> CommissionRepository::paidLines(qint64 dealId) const
{
    SqlQuery q(m_statements,
               u"SELECT s.rep_id, s.period, l.closed_on, l.commission_minor, v.clawback_days "
               "FROM commission_lines l JOIN commission_statements s ON s.id = l.statement_id "
               "JOIN commission_plan_versions v ON v.id = s.plan_version_id "
               "WHERE l.deal_id = ? AND l.kind = 'deal' ORDER BY s.starts_on, s.rep_id"_s);
    q.bind(dealId);
    return q.all([](SqlQuery &row) {
        return PaidLine {row.value(0).toLongLong(), row.value(1).toString(),
                         fromStoredDate(row.value(2).toString()), row.value(3).toLongLong(),
                         row.value(4).toInt()};
    });
}

} // namespace salesdesk
