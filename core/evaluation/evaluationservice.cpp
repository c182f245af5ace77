#include "core/evaluation/evaluationservice.h"

#include "core/common/dates.h"
#include "core/common/money.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/kpi/kpiservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/targets/targetservice.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool near(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() == b.has_value()
           && (!a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a)));
}

// Whether the book now gives a scorecard other figures than the finalised one kept.
bool differs(const Scorecard &kept, const Scorecard &now)
{
    if (!near(kept.score, now.score) || kept.kpis.size() != now.kpis.size()) {
        return true;
    }
    for (qsizetype i = 0; i < kept.kpis.size(); ++i) {
        if (!near(kept.kpis[i].actual, now.kpis[i].actual)
            || !near(kept.kpis[i].target, now.kpis[i].target)) {
            return true;
        }
    }
    return false;
}

} // namespace

EvaluationService::EvaluationService(Database &db, const KpiService &kpi,
                                     const TargetService &targets, const TeamService &team,
                                     const CustomerService &customers,
                                     const FeedbackService &feedback,
                                     const CommissionService &commission, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_kpi(kpi)
    , m_targets(targets)
    , m_team(team)
    , m_customers(customers)
    , m_feedback(feedback)
    , m_commission(commission)
    , m_clock(clock)
    , m_repo(db.connection())
{ }

// ---- templates ----

Result<QList<EvaluationTemplate>> EvaluationService::templates() const
{
    auto bodies = m_repo.templates();
    if (!bodies) {
        return bodies.error();
    }
    QList<EvaluationTemplate> out {EvaluationTemplate::standard()};
    for (const QByteArray &body : std::as_const(*bodies)) {
        auto t = EvaluationTemplate::fromJson(body);
        if (!t) {
            return Error::data(
                    tr("A saved scorecard template cannot be read: %1").arg(t.error().message));
        }
        if (t->name.compare(out.first().name, Qt::CaseInsensitive) == 0) {
            out.first() = *t; // the owner's own version of the standard one
        } else {
            out.append(*t);
        }
    }
    return out;
}

Result<EvaluationTemplate> EvaluationService::templateNamed(const QString &name) const
{
    auto all = templates();
    if (!all) {
        return all.error();
    }
    const QString wanted = ScorecardText::stored(name);
    for (const EvaluationTemplate &t : std::as_const(*all)) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    QStringList names;
    for (const EvaluationTemplate &t : std::as_const(*all)) {
        names.append(ScorecardText::shown(t.name));
    }
    return Error::user(tr("No scorecard template is called “%1” (there are: %2).")
                               .arg(name, names.join(u", "_s)));
}

Result<std::optional<EvaluationTemplate>>
EvaluationService::savedTemplate(const QString &name) const
{
    auto bodies = m_repo.templates();
    if (!bodies) {
        return bodies.error();
    }
    for (const QByteArray &body : std::as_const(*bodies)) {
        auto t = EvaluationTemplate::fromJson(body);
        if (t && t->name.compare(name, Qt::CaseInsensitive) == 0) {
            return std::optional<EvaluationTemplate>(*t);
        }
    }
    return std::optional<EvaluationTemplate>();
}

Status EvaluationService::saveTemplate(const EvaluationTemplate &t)
{
    if (auto st = t.validate(); !st) {
        return st;
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.replaceTemplate(t.name, compact(t.toJson()), m_clock.nowUtc()); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

Status EvaluationService::removeTemplate(const QString &name)
{
    if (auto st = m_repo.removeTemplate(name); !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

// ---- ratings ----

Result<QList<CriterionRating>> EvaluationService::ratings(const Period &period, qint64 repId) const
{
    return m_repo.ratings(period.toString(), repId);
}

Status EvaluationService::rate(const Period &period, qint64 repId, const CriterionRating &rating)
{
    if (rating.rating < 1 || rating.rating > 5) {
        return Error::user(tr("A rating is 1 to 5, not %1.").arg(rating.rating));
    }
    if (rating.criterion.trimmed().isEmpty()) {
        return Error::user(tr("A rating names its criterion."));
    }
    auto final = finalOf(period, repId);
    if (!final) {
        return final.error();
    }
    if (*final) {
        return Error::user(tr("The evaluation of %1 for %2 is final: reopen it to rate again.")
                                   .arg(m_team.repName(repId), period.label()));
    }
    const CriterionRating kept {ScorecardText::stored(rating.criterion), rating.rating,
                                rating.comment.trimmed()};
    if (auto st = m_repo.setRating(period.toString(), repId, kept, m_clock.nowUtc()); !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

Status EvaluationService::clearRating(const Period &period, qint64 repId, const QString &criterion)
{
    if (auto st = m_repo.removeRating(period.toString(), repId, ScorecardText::stored(criterion));
        !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

// ---- evaluations ----

QList<qint64> EvaluationService::repsOnStaff(const QDate &from, const QDate &to, qint64 repId) const
{
    QList<qint64> out;
    for (const Rep &r : m_team.reps()) {
        if (repId ? r.id == repId : r.onStaffDuring(from, to) && (r.active || r.leftOn.isValid())) {
            out.append(r.id);
        }
    }
    return out;
}

Result<std::optional<EvaluationService::Final>> EvaluationService::finalOf(const Period &period,
                                                                           qint64 repId) const
{
    auto stored = m_repo.finalOf(period.toString(), repId);
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return std::optional<Final>();
    }
    Final f;
    f.id = (*stored)->id;
    auto used = EvaluationTemplate::fromJson((*stored)->templateJson);
    f.used = used ? *used : EvaluationTemplate::standard();
    f.card = Scorecard::fromJson(QJsonDocument::fromJson((*stored)->scorecardJson).object());
    f.at = (*stored)->finalizedAt;
    return std::optional<Final>(f);
}

Result<Scorecard> EvaluationService::draft(const Period &period, const EvaluationTemplate &t,
                                           qint64 repId, const QDate &asOf, PeriodInputs &in) const
{
    const TargetScope scope {ScopeKind::Rep, repId, {}};
    auto figures = actuals(scope, period, asOf, in);
    if (!figures) {
        return figures.error();
    }
    auto targets = quotas(scope, period);
    if (!targets) {
        return targets.error();
    }
    auto rated = ratings(period, repId);
    if (!rated) {
        return rated.error();
    }
    Scorecard card = scoreRep(t, *figures, *targets, *rated);
    card.repId = repId;
    card.rep = m_team.repName(repId);
    card.period = period;
    return card;
}

Result<QList<Evaluation>> EvaluationService::evaluate(const Period &period,
                                                      const EvaluationTemplate &t, qint64 repId,
                                                      const QDate &asOf) const
{
    QList<Evaluation> out;
    const auto reuse = m_kpi.reuse(); // every rep's figures of one period
    auto got = inputs(period, asOf);
    if (!got) {
        return got.error();
    }
    PeriodInputs in = std::move(got).value();
    for (qint64 id : repsOnStaff(period.start(), period.end(), repId)) {
        auto final = finalOf(period, id);
        if (!final) {
            return final.error();
        }
        Evaluation e;
        if (*final) {
            e.finalized = true;
            e.finalizedAt = (*final)->at;
            e.card = (*final)->card;
            e.card.repId = id;
            auto now = draft(period, (*final)->used, id, asOf, in);
            if (!now) {
                return now.error();
            }
            if (differs(e.card, *now)) {
                e.live = *now;
            }
        } else {
            auto now = draft(period, t, id, asOf, in);
            if (!now) {
                return now.error();
            }
            e.card = *now;
        }
        out.append(e);
    }
    QList<Scorecard> cards;
    for (const Evaluation &e : std::as_const(out)) {
        cards.append(e.card);
    }
    rankScorecards(cards);
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].card.rank = cards[i].rank;
    }
    return out;
}

Result<QList<Scorecard>> EvaluationService::evaluateTeams(const Period &period,
                                                          const EvaluationTemplate &t,
                                                          const QDate &asOf) const
{
    QList<std::pair<TargetScope, QString>> scopes;
    for (const Team &team : m_team.teams()) {
        scopes.append({{ScopeKind::Team, 0, team.name}, tr("Team %1").arg(team.name)});
    }
    scopes.append({TargetScope(), tr("The company")});
    // Criteria are rated per rep: a team's or the company's score is its figures alone.
    EvaluationTemplate figuresOnly = t;
    figuresOnly.criteria.clear();
    QList<Scorecard> out;
    const auto reuse = m_kpi.reuse();
    auto got = inputs(period, asOf);
    if (!got) {
        return got.error();
    }
    PeriodInputs in = std::move(got).value();
    for (const auto &[scope, name] : std::as_const(scopes)) {
        auto figures = actuals(scope, period, asOf, in);
        if (!figures) {
            return figures.error();
        }
        auto targets = quotas(scope, period);
        if (!targets) {
            return targets.error();
        }
        Scorecard card = scoreRep(figuresOnly, *figures, *targets, {});
        card.rep = name;
        card.period = period;
        card.templateName = t.name;
        card.notes.append(tr("A team's or the company's scorecard weighs the figures alone (the "
                             "criteria are rated per rep) and is not finalised."));
        out.append(card);
    }
    return out;
}

Result<int> EvaluationService::finalize(const Period &period, const EvaluationTemplate &t,
                                        qint64 repId, const QDate &asOf)
{
    if (auto st = t.validate(); !st) {
        return st.error();
    }
    auto all = evaluate(period, t, 0, asOf);
    if (!all) {
        return all.error();
    }
    if (repId) {
        bool found = false;
        for (const Evaluation &e : std::as_const(*all)) {
            if (e.card.repId == repId) {
                found = true;
                if (e.finalized) {
                    return Error::user(tr("The evaluation of %1 for %2 is final already.")
                                               .arg(e.card.rep, period.label()));
                }
            }
        }
        if (!found) {
            return Error::user(
                    tr("%1 was not on staff in %2.").arg(m_team.repName(repId), period.label()));
        }
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    const QDateTime now = m_clock.nowUtc();
    const QByteArray used = compact(t.toJson());
    int done = 0;
    for (const Evaluation &e : std::as_const(*all)) {
        if (e.finalized || (repId && e.card.repId != repId)) {
            continue;
        }
        if (auto st = m_repo.insertFinal(period.toString(), e.card.repId, used,
                                         compact(e.card.toJson()), now);
            !st) {
            return st.error();
        }
        ++done;
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    if (done > 0) {
        emit evaluationChanged();
    }
    return done;
}

Status EvaluationService::reopen(const Period &period, qint64 repId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::user(tr("Say why the evaluation is reopened."));
    }
    auto reopened = m_repo.reopen(period.toString(), repId, reason.trimmed(), m_clock.nowUtc());
    if (!reopened) {
        return reopened.error();
    }
    if (*reopened == 0) {
        return Error::user(tr("The evaluation of %1 for %2 is not final.")
                                   .arg(m_team.repName(repId), period.label()));
    }
    emit evaluationChanged();
    return {};
}

Result<QList<StoredEvaluation>> EvaluationService::records(const Period &period) const
{
    return m_repo.records(period.toString());
}

Status EvaluationService::restoreRecords(const Period &period,
                                         const QList<StoredEvaluation> &records)
{
    auto current = m_repo.records(period.toString());
    if (!current) {
        return current.error();
    }
    const auto find
            = [](const QList<StoredEvaluation> &list, qint64 id) -> const StoredEvaluation * {
        for (const StoredEvaluation &e : list) {
            if (e.id == id) {
                return &e;
            }
        }
        return nullptr;
    };
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    // Removals and reopenings first, so that at no point two are final for one rep.
    for (const StoredEvaluation &e : std::as_const(*current)) {
        const StoredEvaluation *wanted = find(records, e.id);
        Status st;
        if (!wanted) {
            st = m_repo.removeRecord(e.id);
        } else if (wanted->reopenedAt.isValid() && wanted->reopenedAt != e.reopenedAt) {
            st = m_repo.setReopened(e.id, wanted->reopenedAt, wanted->reopenReason);
        }
        if (!st) {
            return st;
        }
    }
    for (const StoredEvaluation &e : records) {
        const StoredEvaluation *now = find(*current, e.id);
        Status st;
        if (!now) {
            st = m_repo.insertRecord(e);
        } else if (!e.reopenedAt.isValid() && now->reopenedAt.isValid()) {
            st = m_repo.setReopened(e.id, {}, {});
        }
        if (!st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

} // namespace salesdesk
