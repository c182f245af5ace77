#include "core/targets/targetservice.h"

#include "core/book/settings.h"
#include "core/common/dates.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/team/teamservice.h"

#include <QLocale>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString OnTrackKey = u"targets.on_track_percent"_s;
const QString AtRiskKey = u"targets.at_risk_percent"_s;
const QString YearStartKey = u"company.year_start_month"_s;

} // namespace

TargetService::TargetService(Database &db, const TeamService &team,
                             const CurrencyService &currencies, BookSettings &settings,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_team(team)
    , m_currencies(currencies)
    , m_settings(settings)
    , m_clock(clock)
    , m_repo(db.connection())
    , m_metrics(db.connection())
{
    // What a Holding keeps is the book's as it was: a change of ours makes it read again.
    connect(this, &TargetService::targetsChanged, this, [this] { m_held.reset(); });
    settings.declare(
            {{OnTrackKey, SettingSpec::Kind::Integer, u"95"_s, 1, 100,
              QT_TRANSLATE_NOOP("BookSettings", "A target is on track from this percent of what "
                                                "was expected by the day asked.")},
             {AtRiskKey, SettingSpec::Kind::Integer, u"80"_s, 0, 100,
              QT_TRANSLATE_NOOP("BookSettings", "…at risk from this percent; behind below it.")},
             {YearStartKey, SettingSpec::Kind::Integer, u"1"_s, 1, 12,
              QT_TRANSLATE_NOOP("BookSettings",
                                "The month the company's year starts in (1 January … 12 "
                                "December): new targets' years and quarters follow it.")}},
            [](const QHash<QString, QString> &changes, const BookSettings::Lookup &after) {
                QStringList problems;
                if ((changes.contains(OnTrackKey) || changes.contains(AtRiskKey))
                    && after(AtRiskKey).toInt() > after(OnTrackKey).toInt()) {
                    problems.append(QCoreApplication::translate(
                                            "BookSettings",
                                            "targets.at_risk_percent (%1) cannot be above "
                                            "targets.on_track_percent (%2).")
                                            .arg(after(AtRiskKey), after(OnTrackKey)));
                }
                return problems;
            });
    connect(&settings, &BookSettings::changed, this, [this](const QStringList &keys) {
        if (keys.contains(OnTrackKey) || keys.contains(AtRiskKey)) {
            emit targetsChanged();
        }
    });
    connect(&currencies, &CurrencyService::ratesChanged, this, &TargetService::targetsChanged);
}

QDateTime TargetService::timestamp(const QDateTime &at) const
{
    if (!at.isValid()) {
        return m_clock.nowUtc();
    }
    QDateTime t = at.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

int TargetService::yearStartMonth() const
{
    return std::clamp(int(m_settings.integer(YearStartKey)), 1, 12);
}

QString TargetService::yearStartKey()
{
    return YearStartKey;
}

StatusThresholds TargetService::thresholds() const
{
    StatusThresholds t;
    t.onTrack = m_settings.integer(OnTrackKey) / 100.0;
    t.atRisk = std::min(m_settings.integer(AtRiskKey), m_settings.integer(OnTrackKey)) / 100.0;
    return t;
}

qint64 TargetService::revenueOf(const MetricRepository::Money &money) const
{
    qint64 revenue = money.home;
    for (const auto &a : std::as_const(money.other)) {
        revenue += m_currencies.toHome(a.minor, a.currency, a.day);
    }
    return revenue;
}

qint64 TargetService::weightedOf(const MetricRepository::Money &money, const QDate &asOf) const
{
    // Percent × value summed, divided once at the end so rounding happens once.
    qint64 hundredths = money.home;
    for (const auto &a : std::as_const(money.other)) {
        hundredths += m_currencies.toHome(a.minor, a.currency, asOf) * a.percent;
    }
    return (hundredths + 50) / 100;
}

Result<qint64> TargetService::measure(Metric metric, const TargetScope &scope, const QDate &from,
                                      const QDate &to) const
{
    if (metric == Metric::Revenue || metric == Metric::AverageDeal) {
        auto money = m_metrics.wonValue(scope, from, to, m_currencies.home());
        if (!money) {
            return money.error();
        }
        const qint64 revenue = revenueOf(*money);
        if (metric == Metric::Revenue) {
            return revenue;
        }
        auto won = m_metrics.actual(Metric::WonDeals, scope, from, to);
        if (!won) {
            return won;
        }
        return *won > 0 ? (revenue + *won / 2) / *won : 0;
    }
    return m_metrics.actual(metric, scope, from, to);
}

Result<qint64> TargetService::weightedPipeline(Metric metric, const TargetScope &scope,
                                               const QDate &from, const QDate &to,
                                               const QDate &asOf) const
{
    auto money = m_metrics.openPipeline(metric, scope, from, to, m_currencies.home());
    if (!money) {
        return money.error();
    }
    return weightedOf(*money, asOf);
}

Result<QList<Target>> TargetService::targets() const
{
    if (m_holding == 0) {
        return m_repo.targets();
    }
    if (!m_held) {
        auto all = m_repo.targets();
        if (!all) {
            return all.error();
        }
        m_held = std::move(all).value();
    }
    return *m_held;
}

Result<Target> TargetService::target(qint64 id) const
{
    return m_repo.target(id);
}

Result<QList<Target>> TargetService::children(qint64 id) const
{
    auto all = targets();
    if (!all) {
        return all.error();
    }
    QList<Target> out;
    for (const auto &t : std::as_const(*all)) {
        if (t.parentId == id) {
            out.append(t);
        }
    }
    return out;
}

Result<QList<TargetRevision>> TargetService::revisions(qint64 id) const
{
    return m_repo.revisions(id);
}

Result<QStringList> TargetService::objectives() const
{
    return m_repo.objectives();
}

QString TargetService::scopeLabel(const TargetScope &scope) const
{
    switch (scope.kind) {
    case ScopeKind::Company:
        return tr("Company");
    case ScopeKind::Rep:
        return m_team.repName(scope.repId);
    case ScopeKind::Team:
        return tr("Team %1").arg(scope.text);
    case ScopeKind::Product:
        return scope.text;
    }
    return {};
}

const QString &TargetService::homeCurrency() const
{
    return m_currencies.home();
}

qint64 TargetService::unitOf(Metric metric) const
{
    return TargetText::isMoney(metric) ? currency::minorPerMajor(m_currencies.home()) : 1;
}

QString TargetService::formatValue(Metric metric, qint64 value, const QLocale &locale) const
{
    if (TargetText::isMoney(metric)) {
        return Money(value, m_currencies.home()).format(locale);
    }
    if (metric == Metric::WinRate) {
        return locale.toString(double(value) * 100.0 / PartsPerMillion, 'f', 1) + u" %"_s;
    }
    return locale.toString(value);
}

QStringList TargetService::validate(const Target &t) const
{
    QStringList problems;
    if (t.name.trimmed().isEmpty()) {
        problems.append(tr("A target needs a name."));
    }
    if (!t.period.isValid()) {
        problems.append(tr("A target needs a period: a year, quarter, month or week."));
    }
    if (t.value < 0) {
        problems.append(tr("A target cannot be negative."));
    }
    if (t.metric == Metric::WinRate && t.value > PartsPerMillion) {
        problems.append(tr("A win rate cannot be above 100 %."));
    }
    if (t.scope.kind == ScopeKind::Rep && m_team.repName(t.scope.repId).isEmpty()) {
        problems.append(tr("Choose the sales rep the target is for."));
    }
    if ((t.scope.kind == ScopeKind::Team || t.scope.kind == ScopeKind::Product)
        && t.scope.text.trimmed().isEmpty()) {
        problems.append(t.scope.kind == ScopeKind::Team ? tr("Name the team the target is for.")
                                                        : tr("Name the product the target is "
                                                             "for."));
    }
    return problems;
}

Result<qint64> TargetService::addTarget(Target t, const QDateTime &at)
{
    if (const auto problems = validate(t); !problems.isEmpty()) {
        return Error::user(problems.first());
    }
    if (!t.startsOn.isValid() || !t.endsOn.isValid()) {
        t.startsOn = t.period.start();
        t.endsOn = t.period.end();
    }
    t.originalValue = t.value;
    t.createdAt = timestamp(at);
    t.updatedAt = t.createdAt;
    auto id = m_repo.insert(t);
    if (id) {
        emit targetsChanged();
    }
    return id;
}

Status TargetService::removeTarget(qint64 id)
{
    if (auto st = m_repo.remove(id); !st) {
        return st;
    }
    emit targetsChanged();
    return {};
}

Status TargetService::setLocked(qint64 id, bool locked)
{
    auto t = m_repo.target(id);
    if (!t) {
        return t.error();
    }
    t->locked = locked;
    if (auto st = m_repo.update(*t); !st) {
        return st;
    }
    emit targetsChanged();
    return {};
}

Result<qint64> TargetService::historyActual(const Target &t, const TargetScope &scope,
                                            int yearsBack) const
{
    return measure(t.metric, scope, t.startsOn.addYears(-yearsBack), t.endsOn.addYears(-yearsBack));
}

namespace {
// Parts whose figures stay when the whole changes: locked ones, and those that have ended.
QList<bool> keptParts(const QList<Target> &parts, const QDate &asOf)
{
    QList<bool> kept;
    for (const Target &p : parts) {
        kept.append(p.locked || p.endsOn < asOf);
    }
    return kept;
}
} // namespace

Result<QList<TargetService::PartChange>> TargetService::previewAdjust(qint64 id, qint64 newValue,
                                                                      bool respread, bool rebalance,
                                                                      const QDate &asOfIn) const
{
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    auto t = m_repo.target(id);
    if (!t) {
        return t.error();
    }
    QList<Target> parts;
    Result<QList<qint64>> after = QList<qint64>();
    if (respread && TargetText::isAdditive(t->metric)) {
        auto kids = children(id);
        if (!kids) {
            return kids.error();
        }
        parts = *kids;
        QList<qint64> values;
        for (const Target &p : std::as_const(parts)) {
            values.append(p.value);
        }
        after = parts.isEmpty() ? Result<QList<qint64>>(values)
                                : TargetMath::respread(values, keptParts(parts, asOf), newValue,
                                                       unitOf(t->metric));
    } else if (rebalance && t->parentId && TargetText::isAdditive(t->metric)) {
        auto parent = m_repo.target(t->parentId);
        auto siblings = children(t->parentId);
        if (!parent || !siblings) {
            return !parent ? parent.error() : siblings.error();
        }
        parts = *siblings;
        QList<qint64> values;
        int edited = -1;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            values.append(parts[i].value);
            if (parts[i].id == id) {
                edited = int(i);
            }
        }
        QList<bool> kept = keptParts(parts, asOf);
        if (edited >= 0) {
            kept[edited] = false; // the part being set is set, ended or not
        }
        after = TargetMath::rebalance(values, kept, edited, newValue, parent->value,
                                      unitOf(t->metric));
    } else {
        return QList<PartChange>();
    }
    if (!after) {
        return after.error();
    }
    QList<PartChange> changes;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        PartChange c {parts[i], after->at(i), PartChange::Kept::No};
        if (parts[i].id != id) {
            c.kept = parts[i].locked          ? PartChange::Kept::Locked
                     : parts[i].endsOn < asOf ? PartChange::Kept::Ended
                                              : PartChange::Kept::No;
        }
        changes.append(c);
    }
    return changes;
}

Status TargetService::adjust(qint64 id, qint64 newValue, const QString &reason, bool respread,
                             const QDateTime &at, const QDate &asOfIn)
{
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    if (reason.trimmed().isEmpty()) {
        return Error::user(tr("Say why the target changes; the reason is kept in its history."));
    }
    if (newValue < 0) {
        return Error::user(tr("A target cannot be negative."));
    }
    auto t = m_repo.target(id);
    if (!t) {
        return t.error();
    }
    if (t->value == newValue) {
        return Error::user(tr("The target is already %1.").arg(formatValue(t->metric, newValue)));
    }
    const QDateTime when = timestamp(at);
    Transaction tx(m_db.connection());
    const auto revise = [&](Target &target, qint64 value, const QString &why) -> Status {
        if (auto r = m_repo.addRevision({0, target.id, when, target.value, value, why}); !r) {
            return r.error();
        }
        target.value = value;
        target.updatedAt = when;
        return m_repo.update(target);
    };
    // Spreads a new value over a target's parts, and theirs in turn, so a year's months follow
    // its quarters. Locked parts keep their value.
    const std::function<Status(const Target &, qint64)> spreadBelow
            = [&](const Target &parent, qint64 value) -> Status {
        auto kids = children(parent.id);
        if (!kids) {
            return kids.error();
        }
        if (kids->isEmpty()) {
            return {};
        }
        QList<qint64> values;
        for (const auto &k : std::as_const(*kids)) {
            values.append(k.value);
        }
        auto spread = TargetMath::respread(values, keptParts(*kids, asOf), value,
                                           unitOf(parent.metric));
        if (!spread) {
            return spread.error();
        }
        for (qsizetype i = 0; i < kids->size(); ++i) {
            Target k = kids->at(i);
            if (spread->at(i) == k.value) {
                continue;
            }
            if (auto st = spreadBelow(k, spread->at(i)); !st) {
                return st;
            }
            if (auto st = revise(k, spread->at(i),
                                 tr("Re-spread from “%1”: %2").arg(t->name, reason.trimmed()));
                !st) {
                return st;
            }
        }
        return {};
    };
    if (respread && TargetText::isAdditive(t->metric)) {
        if (auto st = spreadBelow(*t, newValue); !st) {
            return st;
        }
    }
    Target target = *t;
    if (auto st = revise(target, newValue, reason.trimmed()); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit targetsChanged();
    return {};
}

Status TargetService::setChildValue(qint64 id, qint64 newValue, const QString &reason,
                                    bool rebalance, const QDateTime &at, const QDate &asOfIn)
{
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    auto t = m_repo.target(id);
    if (!t) {
        return t.error();
    }
    if (!rebalance || t->parentId == 0 || !TargetText::isAdditive(t->metric)) {
        return adjust(id, newValue, reason, false, at, asOf);
    }
    auto parent = m_repo.target(t->parentId);
    auto siblings = children(t->parentId);
    if (!parent || !siblings) {
        return !parent ? parent.error() : siblings.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error::user(tr("Say why the target changes; the reason is kept in its history."));
    }
    QList<qint64> values;
    QList<bool> kept = keptParts(*siblings, asOf);
    int edited = -1;
    for (qsizetype i = 0; i < siblings->size(); ++i) {
        values.append(siblings->at(i).value);
        if (siblings->at(i).id == id) {
            edited = int(i);
            kept[i] = false;
        }
    }
    auto balanced = TargetMath::rebalance(values, kept, edited, newValue, parent->value,
                                          unitOf(t->metric));
    if (!balanced) {
        return balanced.error();
    }
    const QDateTime when = timestamp(at);
    Transaction tx(m_db.connection());
    for (qsizetype i = 0; i < siblings->size(); ++i) {
        Target s = siblings->at(i);
        if (balanced->at(i) == s.value) {
            continue;
        }
        const QString why
                = s.id == id
                          ? reason.trimmed()
                          : tr("Rebalanced after “%1” changed: %2").arg(t->name, reason.trimmed());
        if (auto r = m_repo.addRevision({0, s.id, when, s.value, balanced->at(i), why}); !r) {
            return r.error();
        }
        s.value = balanced->at(i);
        s.updatedAt = when;
        if (auto st = m_repo.update(s); !st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit targetsChanged();
    return {};
}

Result<TargetTree> TargetService::snapshot(qint64 rootId) const
{
    auto all = m_repo.targets();
    if (!all) {
        return all.error();
    }
    TargetTree tree;
    QList<qint64> ids = {rootId};
    // Parents come before children in targets(), so one pass in order collects the subtree.
    for (const auto &t : std::as_const(*all)) {
        if (t.id == rootId || ids.contains(t.parentId)) {
            if (t.id != rootId) {
                ids.append(t.id);
            }
            tree.targets.append(t);
        }
    }
    if (tree.targets.isEmpty() || tree.targets.first().id != rootId) {
        auto root = m_repo.target(rootId);
        if (!root) {
            return root.error();
        }
    }
    for (const auto &t : std::as_const(tree.targets)) {
        auto revisions = m_repo.revisions(t.id);
        auto actuals = m_repo.manualActuals(t.id);
        if (!revisions || !actuals) {
            return !revisions ? revisions.error() : actuals.error();
        }
        tree.revisions += *revisions;
        for (const auto &a : std::as_const(*actuals)) {
            tree.actuals.append({t.id, a});
        }
    }
    return tree;
}

Status TargetService::restore(qint64 rootId, const std::optional<TargetTree> &tree)
{
    Transaction tx(m_db.connection());
    // Children, revisions and actuals go with their target (ON DELETE CASCADE).
    if (auto st = m_repo.remove(rootId); !st) {
        return st;
    }
    if (tree) {
        for (const auto &t : tree->targets) {
            if (auto id = m_repo.insert(t, true); !id) {
                return id.error();
            }
        }
        for (const auto &r : tree->revisions) {
            if (auto id = m_repo.addRevision(r); !id) {
                return id.error();
            }
        }
        for (const auto &[id, actual] : tree->actuals) {
            if (auto st = m_repo.setManualActual(id, actual.first, actual.second); !st) {
                return st;
            }
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit targetsChanged();
    return {};
}

bool TargetService::isTimeChild(const Target &parent, const Target &child) const
{
    return child.parentId == parent.id && child.scope == parent.scope
           && child.period.kind() != parent.period.kind();
}

Result<qint64> TargetService::actualTo(const Target &t, const QDate &upTo) const
{
    if (t.metric == Metric::Manual) {
        auto entered = m_repo.manualActual(t.id, upTo);
        if (!entered) {
            return entered.error();
        }
        return entered->value_or(0);
    }
    if (upTo < t.startsOn) {
        return qint64(0);
    }
    return measure(t.metric, t.scope, t.startsOn, std::min(upTo, t.endsOn));
}

Result<QList<Target>> TargetService::timeChildren(const Target &t) const
{
    auto kids = children(t.id);
    if (!kids) {
        return kids.error();
    }
    QList<Target> out;
    for (const auto &k : std::as_const(*kids)) {
        if (isTimeChild(t, k)) {
            out.append(k);
        }
    }
    return out;
}

Result<TargetProgress> TargetService::progress(const Target &t, const QDate &asOf) const
{
    auto all = targets();
    if (!all) {
        return all.error();
    }
    auto one = progressOf({t}, *all, asOf);
    if (!one) {
        return one.error();
    }
    return one->constFirst();
}

Result<QList<TargetProgress>> TargetService::progressOf(const QList<Target> &targets,
                                                        const QList<Target> &all,
                                                        const QDate &asOfIn) const
{
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    const qsizetype n = targets.size();
    QList<qint64> actual(n, 0);
    QList<qint64> pipeline(n, 0);
    // Revenue won so far and revenue still in the pipeline: every target's in one statement
    // each. The other metrics are measured one by one.
    QList<MetricRepository::MoneyAsk> wonAsks;
    QList<MetricRepository::MoneyAsk> openAsks;
    QList<qsizetype> wonOf;
    QList<qsizetype> openOf;
    for (qsizetype i = 0; i < n; ++i) {
        const Target &t = targets[i];
        if (t.metric == Metric::Revenue && asOf >= t.startsOn) {
            wonAsks.append({t.scope, t.startsOn, std::min(asOf, t.endsOn)});
            wonOf.append(i);
        } else {
            auto a = actualTo(t, asOf);
            if (!a) {
                return a.error();
            }
            actual[i] = *a;
        }
        if (asOf >= t.endsOn) {
            continue;
        }
        const QDate from = std::max(asOf.addDays(1), t.startsOn);
        if (t.metric == Metric::Revenue) {
            openAsks.append({t.scope, from, t.endsOn});
            openOf.append(i);
        } else {
            auto w = weightedPipeline(t.metric, t.scope, from, t.endsOn, asOf);
            if (!w) {
                return w.error();
            }
            pipeline[i] = *w;
        }
    }
    const QString home = m_currencies.home();
    if (!wonAsks.isEmpty()) {
        auto won = m_metrics.wonValues(wonAsks, home);
        if (!won) {
            return won.error();
        }
        for (qsizetype k = 0; k < wonOf.size(); ++k) {
            actual[wonOf[k]] = revenueOf(won->at(k));
        }
    }
    if (!openAsks.isEmpty()) {
        auto open = m_metrics.openRevenue(openAsks, home);
        if (!open) {
            return open.error();
        }
        for (qsizetype k = 0; k < openOf.size(); ++k) {
            pipeline[openOf[k]] = weightedOf(open->at(k), asOf);
        }
    }
    const StatusThresholds limits = thresholds();
    QList<TargetProgress> out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Target &t = targets[i];
        QList<Target> byTime;
        for (const Target &k : all) {
            if (k.parentId == t.id && isTimeChild(t, k)) {
                byTime.append(k);
            }
        }
        out.append(TargetMath::progress(t, byTime, actual[i], pipeline[i], asOf, limits));
    }
    return out;
}

Result<QList<std::pair<Target, TargetProgress>>> TargetService::progressAll(const QString &period,
                                                                            const QDate &asOf) const
{
    auto all = targets();
    if (!all) {
        return all.error();
    }
    QList<Target> chosen;
    for (const auto &t : std::as_const(*all)) {
        if (period.isEmpty() || t.period.toString() == period) {
            chosen.append(t);
        }
    }
    auto progress = progressOf(chosen, *all, asOf);
    if (!progress) {
        return progress.error();
    }
    QList<std::pair<Target, TargetProgress>> out;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        out.append({chosen[i], progress->at(i)});
    }
    return out;
}

Status TargetService::setManualActual(qint64 id, const QDate &asOf, qint64 value)
{
    auto t = m_repo.target(id);
    if (!t) {
        return t.error();
    }
    if (t->metric != Metric::Manual) {
        return Error::user(tr("Only a target entered by hand takes hand-entered actuals; the "
                              "others are computed from the book."));
    }
    if (auto st = m_repo.setManualActual(id, asOf, value); !st) {
        return st;
    }
    emit targetsChanged();
    return {};
}

Result<TargetService::SmartCheck> TargetService::smartCheck(const Target &t,
                                                            const QDate &todayIn) const
{
    const QDate today = todayIn.isValid() ? todayIn : m_clock.today();
    SmartCheck c;
    c.specific.ok = !t.description.trimmed().isEmpty();
    c.specific.hint = c.specific.ok ? tr("%1 for %2, described.")
                                              .arg(TargetText::name(t.metric), scopeLabel(t.scope))
                                    : tr("Say in a sentence what the target is about, so everyone "
                                         "reads it the same "
                                         "way.");
    c.measurable.ok = true;
    c.measurable.hint
            = t.metric == Metric::Manual
                      ? tr("Entered by hand: remember to record the actual as it changes.")
                      : tr("Measured from the book's own deals and activities.");
    c.relevant.ok = !t.objective.trimmed().isEmpty();
    c.relevant.hint = c.relevant.ok ? tr("Serves the objective “%1”.").arg(t.objective)
                                    : tr("Link the target to one of the company's objectives.");
    c.timeBound.ok = t.period.isValid();
    c.timeBound.hint = c.timeBound.ok
                               ? tr("Runs from %1 to %2.")
                                         .arg(dateText(t.period.start()), dateText(t.period.end()))
                               : tr("Choose the period the target is for.");

    // Achievable: the growth the target asks for, against the best growth on record for the
    // same metric, scope and period of the year. A goal of nothing is not a goal.
    c.achievable.ok = true;
    if (t.value <= 0) {
        c.achievable.ok = false;
        c.achievable.hint = tr("A goal of zero asks for nothing: set one above zero.");
        return c;
    }
    if (t.metric == Metric::Manual || !t.period.isValid()) {
        c.achievable.known = false;
        c.achievable.hint = tr("No history to compare with.");
        return c;
    }
    auto first = m_metrics.firstDealDate();
    if (!first) {
        return first.error();
    }
    Target span = t;
    span.startsOn = t.period.start();
    span.endsOn = t.period.end();
    QList<qint64> past; // past[0] = last year, past[1] = the year before…
    for (int back = 1; first->isValid(); ++back) {
        if (span.startsOn.addYears(-back) < *first || span.endsOn.addYears(-back) >= today) {
            if (span.startsOn.addYears(-back) < *first) {
                break;
            }
            past.append(-1); // not complete yet: no comparison for it
            continue;
        }
        auto v = historyActual(span, t.scope, back);
        if (!v) {
            return v.error();
        }
        past.append(*v);
    }
    const qint64 lastYear = past.isEmpty() ? -1 : past.first();
    if (lastYear <= 0) {
        // No base year: no growth to speak of, and no verdict either.
        c.achievable.known = false;
        c.achievable.hint = tr("There is no complete same period last year to compare with.");
        return c;
    }
    const double required = double(t.value) / double(lastYear) - 1.0;
    std::optional<double> best;
    for (qsizetype i = 0; i + 1 < past.size(); ++i) {
        if (past[i] >= 0 && past[i + 1] > 0) {
            const double growth = double(past[i]) / double(past[i + 1]) - 1.0;
            best = best ? std::max(*best, growth) : growth;
        }
    }
    const QLocale locale;
    const auto percent = [&locale](double g) -> QString {
        return locale.toString(g * 100.0, 'f', 1) + u" %"_s;
    };
    if (!best) {
        c.achievable.known = false;
        c.achievable.hint = tr("Asks for %1 growth on the same period last year; there is not "
                               "enough history to know the best growth so far.")
                                    .arg(percent(required));
    } else if (required > *best) {
        c.achievable.ok = false;
        c.achievable.hint = tr("Asks for %1 growth on the same period last year; the best "
                               "year-over-year growth on record is %2.")
                                    .arg(percent(required), percent(*best));
    } else {
        c.achievable.hint = tr("Asks for %1 growth on the same period last year; the book has "
                               "done %2 before.")
                                    .arg(percent(required), percent(*best));
    }
    return c;
}

} // namespace salesdesk
