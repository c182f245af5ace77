// TargetService, part two: splitting a target into periods, reps, teams or products.
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {
// Years of history a seasonal split looks back over.
constexpr int SeasonalYears = 3;
} // namespace

Result<TargetService::SplitPlan> TargetService::planSplit(qint64 id, SplitInto into,
                                                          SplitMethod method,
                                                          const QList<double> &numbers,
                                                          const QDate &todayIn) const
{
    auto parentResult = m_repo.target(id);
    if (!parentResult) {
        return parentResult.error();
    }
    const Target parent = *parentResult;
    auto existing = children(id);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return Error::user(tr("“%1” is already split; remove its parts first to split it "
                              "another way.")
                                   .arg(parent.name));
    }
    const QDate today = todayIn.isValid() ? todayIn : m_clock.today();

    // The children's periods or scopes, with their share when split evenly.
    QList<Target> children;
    QList<double> evenWeights;
    const auto child = [&parent](const QString &label) {
        Target c = parent;
        c.id = 0;
        c.parentId = parent.id;
        // "Revenue 2026 – 2026Q1", and its months "Revenue 2026 – 2026-01", not longer
        // ("Revenue FY2026/27 – FY2026/27 Q1" for a year starting in April).
        c.name = parent.name.section(u" – "_s, 0, 0) + u" – "_s + label;
        c.locked = false;
        c.splitMethod.reset();
        return c;
    };
    const auto byPeriod = [&](Period::Kind kind) -> Status {
        const Period::Kind from = parent.period.kind();
        const bool allowed = (kind == Period::Kind::Quarter && from == Period::Kind::Year)
                             || (kind == Period::Kind::Month
                                 && (from == Period::Kind::Year || from == Period::Kind::Quarter))
                             || (kind == Period::Kind::Week && from == Period::Kind::Month);
        if (!allowed) {
            return Error::user(tr("A year splits into quarters or months, a quarter into "
                                  "months, a month into weeks."));
        }
        for (const Period &p : parent.period.children(kind)) {
            Target c = child(p.label());
            c.period = p;
            // A week that straddles the month counts only its days inside the month.
            c.startsOn = std::max(p.start(), parent.startsOn);
            c.endsOn = std::min(p.end(), parent.endsOn);
            c.position = int(children.size());
            evenWeights.append(kind == Period::Kind::Week ? double(c.days()) : 1.0);
            children.append(c);
        }
        return {};
    };
    const auto byScope
            = [&](ScopeKind kind, const QStringList &texts, const QList<Rep> &reps) -> Status {
        if (parent.scope.kind != ScopeKind::Company) {
            return Error::user(tr("Only a company-wide target splits into reps, teams or "
                                  "products."));
        }
        if (kind == ScopeKind::Rep) {
            for (const Rep &r : reps) {
                Target c = child(r.name);
                c.scope = {ScopeKind::Rep, r.id, {}};
                c.position = int(children.size());
                children.append(c);
                evenWeights.append(1.0);
            }
        } else {
            for (const QString &text : texts) {
                Target c = child(text);
                c.scope = {kind, 0, text};
                c.position = int(children.size());
                children.append(c);
                evenWeights.append(1.0);
            }
        }
        if (children.isEmpty()) {
            return Error::user(kind == ScopeKind::Team
                                       ? tr("No sales rep belongs to a team yet.")
                                       : tr("There is nothing to split it into yet."));
        }
        return {};
    };

    Status made;
    switch (into) {
    case SplitInto::Quarters:
        made = byPeriod(Period::Kind::Quarter);
        break;
    case SplitInto::Months:
        made = byPeriod(Period::Kind::Month);
        break;
    case SplitInto::Weeks:
        made = byPeriod(Period::Kind::Week);
        break;
    case SplitInto::Reps: {
        QList<Rep> active;
        for (const auto &r : m_team.reps()) {
            if (r.active) {
                active.append(r);
            }
        }
        made = byScope(ScopeKind::Rep, {}, active);
        break;
    }
    case SplitInto::Teams: {
        auto teams = m_metrics.teams();
        made = teams ? byScope(ScopeKind::Team, *teams, {}) : Status(teams.error());
        break;
    }
    case SplitInto::Products: {
        auto products = m_metrics.products();
        made = products ? byScope(ScopeKind::Product, *products, {}) : Status(products.error());
        break;
    }
    }
    if (!made) {
        return made.error();
    }

    SplitPlan plan;
    plan.method = method;
    QList<double> weights = evenWeights;
    switch (method) {
    case SplitMethod::Even:
        break;
    case SplitMethod::Weights:
    case SplitMethod::Amounts:
        if (numbers.size() != children.size()) {
            return Error::user(
                    tr("Give %n number(s), one for each part.", nullptr, int(children.size())));
        }
        if (std::any_of(numbers.cbegin(), numbers.cend(), [](double w) { return w < 0; })) {
            return Error::user(tr("Weights and amounts cannot be negative."));
        }
        weights = numbers;
        break;
    case SplitMethod::Seasonal: {
        // Each child's share of the same metric in the book's history, averaged over the last
        // up to three complete years that the book covers.
        auto first = m_metrics.firstDealDate();
        if (!first) {
            return first.error();
        }
        QList<QList<qint64>> history;
        for (int back = 1; back <= SeasonalYears; ++back) {
            const QDate start = parent.startsOn.addYears(-back);
            const QDate end = parent.endsOn.addYears(-back);
            if (!first->isValid() || start < *first || end >= today) {
                continue;
            }
            QList<qint64> row;
            for (const auto &c : std::as_const(children)) {
                auto v = historyActual(c, c.scope, back);
                if (!v) {
                    return v.error();
                }
                row.append(*v);
            }
            history.append(row);
        }
        const QList<double> seasonal = TargetMath::seasonalWeights(history);
        if (seasonal.isEmpty()) {
            plan.method = SplitMethod::Even;
            plan.note = tr("The book has no complete year of history for this period yet, so "
                           "the target was split evenly.");
        } else {
            weights = seasonal;
            plan.note = tr("Split by the shares of the last %n complete year(s).", nullptr,
                           int(history.size()));
        }
        break;
    }
    }

    QList<qint64> values;
    if (method == SplitMethod::Amounts) {
        // Typed amounts are taken as they are, in the metric's unit; they need not add up.
        for (double n : numbers) {
            values.append(std::llround(n));
        }
    } else {
        values = TargetMath::split(parent.metric, parent.value, weights, unitOf(parent.metric));
    }
    for (qsizetype i = 0; i < children.size(); ++i) {
        children[i].value = values[i];
        children[i].originalValue = values[i];
    }
    plan.children = children;
    return plan;
}

Result<QList<qint64>> TargetService::applySplit(qint64 id, const SplitPlan &plan,
                                                const QDateTime &at)
{
    auto parent = m_repo.target(id);
    if (!parent) {
        return parent.error();
    }
    const QDateTime now = timestamp(at);
    Transaction tx(m_db.connection());
    QList<qint64> ids;
    for (Target c : plan.children) {
        c.parentId = id;
        c.createdAt = now;
        c.updatedAt = now;
        auto childId = m_repo.insert(c);
        if (!childId) {
            return childId.error();
        }
        ids.append(*childId);
    }
    parent->splitMethod = plan.method;
    parent->updatedAt = now;
    if (auto st = m_repo.update(*parent); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    emit targetsChanged();
    return ids;
}

} // namespace salesdesk
