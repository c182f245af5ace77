#include "ui/commands/marketcommands.h"

#include <QCoreApplication>

namespace salesdesk::ui::MarketCommands {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("MarketCommands", source);
}

Error missing()
{
    return Error::user(QCoreApplication::translate("MarketCommands", "It is no longer there."));
}

// ---- competitors ----

using CompetitorSwap = SwapCommand<std::optional<CompetitorState>>;

Status applyCompetitor(MarketService &service, const std::optional<CompetitorState> &from,
                       const std::optional<CompetitorState> &to)
{
    if (!to) {
        auto removed = service.removeCompetitor(from->competitor.id);
        return removed ? Status() : Status(removed.error());
    }
    if (service.competitor(to->competitor.id)) {
        return service.updateCompetitor(to->competitor);
    }
    return service.restoreCompetitor(to->competitor, to->dealIds);
}

CompetitorSwap::Apply competitorApply(MarketService &service)
{
    return [&service](const std::optional<CompetitorState> &from,
                      const std::optional<CompetitorState> &to) {
        return applyCompetitor(service, from, to);
    };
}

// ---- the others: one row each, kept with its id ----

template<typename T, typename Add, typename Update, typename Remove>
Status applyRow(const std::optional<T> &from, const std::optional<T> &to, bool exists, Add add,
                Update update, Remove remove)
{
    if (!to) {
        return remove(from->id);
    }
    if (exists) {
        return update(*to);
    }
    auto id = add(*to);
    return id ? Status() : Status(id.error());
}

} // namespace

Result<std::unique_ptr<CompetitorSwap>> saveCompetitor(MarketService &service,
                                                       const Competitor &competitor)
{
    if (const Competitor *before = service.competitor(competitor.id); competitor.id > 0 && before) {
        const CompetitorState was {*before, {}};
        if (auto st = service.updateCompetitor(competitor); !st) {
            return st.error();
        }
        return std::make_unique<CompetitorSwap>(
                text(QT_TRANSLATE_NOOP("MarketCommands", "Edit Competitor")), was,
                CompetitorState {*service.competitor(competitor.id), {}}, competitorApply(service));
    }
    auto id = service.addCompetitor(competitor);
    if (!id) {
        return id.error();
    }
    return std::make_unique<CompetitorSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Add Competitor")), std::nullopt,
            CompetitorState {*service.competitor(*id), {}}, competitorApply(service));
}

Result<std::unique_ptr<CompetitorSwap>> removeCompetitor(MarketService &service, qint64 id)
{
    const Competitor *c = service.competitor(id);
    if (!c) {
        return missing();
    }
    const Competitor before = *c;
    auto deals = service.removeCompetitor(id);
    if (!deals) {
        return deals.error();
    }
    return std::make_unique<CompetitorSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Remove Competitor")),
            CompetitorState {before, *deals}, std::nullopt, competitorApply(service));
}

// ---- market sizes ----

namespace {

const MarketSize *sizeById(const MarketService &service, qint64 id)
{
    for (const MarketSize &s : service.sizes()) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

const MarketSize *sizeOf(const MarketService &service, const Period &period, const QString &segment)
{
    for (const MarketSize &s : service.sizes()) {
        if (s.period == period && s.segment.compare(segment, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

using SizeSwap = SwapCommand<std::optional<MarketSize>>;

SizeSwap::Apply sizeApply(MarketService &service)
{
    return [&service](const std::optional<MarketSize> &from,
                      const std::optional<MarketSize> &to) -> Status {
        if (!to) {
            return service.removeSize(from->id);
        }
        // Writing a size replaces the one of its period and segment: the other state's too.
        if (from && (from->period != to->period || from->segment != to->segment)) {
            if (auto st = service.removeSize(from->id); !st) {
                return st;
            }
        }
        auto id = service.setSize(*to);
        return id ? Status() : Status(id.error());
    };
}

} // namespace

Result<std::unique_ptr<SizeSwap>> saveSize(MarketService &service, const MarketSize &size)
{
    std::optional<MarketSize> before;
    if (const MarketSize *old = sizeById(service, size.id)) {
        before = *old;
    } else if (const MarketSize *same = sizeOf(service, size.period, size.segment)) {
        before = *same;
    }
    if (before && (before->period != size.period || before->segment != size.segment)) {
        // Moved to another period: the old row goes, the new one takes its place.
        if (const MarketSize *taken = sizeOf(service, size.period, size.segment);
            taken && taken->id != before->id) {
            return Error::user(QCoreApplication::translate(
                                       "MarketCommands",
                                       "A market size of %1 is recorded already; edit that one.")
                                       .arg(size.period.label()));
        }
        if (auto st = service.removeSize(before->id); !st) {
            return st.error();
        }
    }
    auto id = service.setSize(size);
    if (!id) {
        return id.error();
    }
    return std::make_unique<SizeSwap>(
            before ? text(QT_TRANSLATE_NOOP("MarketCommands", "Edit Market Size"))
                   : text(QT_TRANSLATE_NOOP("MarketCommands", "Add Market Size")),
            before, std::optional<MarketSize>(*sizeById(service, *id)), sizeApply(service));
}

Result<std::unique_ptr<SizeSwap>> removeSize(MarketService &service, qint64 id)
{
    const MarketSize *s = sizeById(service, id);
    if (!s) {
        return missing();
    }
    const MarketSize before = *s;
    if (auto st = service.removeSize(id); !st) {
        return st.error();
    }
    return std::make_unique<SizeSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Remove Market Size")), before, std::nullopt,
            sizeApply(service));
}

// ---- competitors' shares ----

Result<std::unique_ptr<SwapCommand<std::optional<CompetitorShare>>>>
setShare(MarketService &service, const CompetitorShare &share)
{
    using State = std::optional<CompetitorShare>;
    State before;
    for (const CompetitorShare &s : service.shares()) {
        if (s.competitorId == share.competitorId && s.period == share.period
            && s.segment.compare(share.segment, Qt::CaseInsensitive) == 0) {
            before = s;
        }
    }
    if (auto st = service.setShare(share); !st) {
        return st.error();
    }
    return std::make_unique<SwapCommand<State>>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Set Competitor's Share")), before,
            State(share), [&service](const State &from, const State &to) -> Status {
                if (!to) {
                    return service.removeShare(from->competitorId, from->period, from->segment);
                }
                return service.setShare(*to);
            });
}

// ---- environment factors ----

namespace {

using FactorSwap = SwapCommand<std::optional<EnvironmentFactor>>;

FactorSwap::Apply factorApply(MarketService &service)
{
    return [&service](const std::optional<EnvironmentFactor> &from,
                      const std::optional<EnvironmentFactor> &to) {
        return applyRow(
                from, to, to && service.factor(to->id) != nullptr,
                [&](const EnvironmentFactor &f) { return service.addFactor(f); },
                [&](const EnvironmentFactor &f) { return service.updateFactor(f); },
                [&](qint64 id) { return service.removeFactor(id); });
    };
}

} // namespace

Result<std::unique_ptr<FactorSwap>> saveFactor(MarketService &service,
                                               const EnvironmentFactor &factor)
{
    if (const EnvironmentFactor *before = service.factor(factor.id); factor.id > 0 && before) {
        const EnvironmentFactor was = *before;
        if (auto st = service.updateFactor(factor); !st) {
            return st.error();
        }
        return std::make_unique<FactorSwap>(
                text(QT_TRANSLATE_NOOP("MarketCommands", "Edit Environment Factor")), was,
                std::optional<EnvironmentFactor>(*service.factor(factor.id)), factorApply(service));
    }
    auto id = service.addFactor(factor);
    if (!id) {
        return id.error();
    }
    return std::make_unique<FactorSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Add Environment Factor")), std::nullopt,
            std::optional<EnvironmentFactor>(*service.factor(*id)), factorApply(service));
}

Result<std::unique_ptr<FactorSwap>> removeFactor(MarketService &service, qint64 id)
{
    const EnvironmentFactor *f = service.factor(id);
    if (!f) {
        return missing();
    }
    const EnvironmentFactor before = *f;
    if (auto st = service.removeFactor(id); !st) {
        return st.error();
    }
    return std::make_unique<FactorSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Remove Environment Factor")), before,
            std::nullopt, factorApply(service));
}

// ---- SWOT points ----

namespace {

using PointSwap = SwapCommand<std::optional<SwotPoint>>;

const SwotPoint *pointById(const MarketService &service, qint64 id)
{
    for (const SwotPoint &p : service.swotPoints()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

PointSwap::Apply pointApply(MarketService &service)
{
    return [&service](const std::optional<SwotPoint> &from, const std::optional<SwotPoint> &to) {
        return applyRow(
                from, to, to && pointById(service, to->id) != nullptr,
                [&](const SwotPoint &p) { return service.addSwotPoint(p); },
                [&](const SwotPoint &p) { return service.updateSwotPoint(p); },
                [&](qint64 id) { return service.removeSwotPoint(id); });
    };
}

} // namespace

Result<std::unique_ptr<PointSwap>> addSwotPoint(MarketService &service, const SwotPoint &point)
{
    auto id = service.addSwotPoint(point);
    if (!id) {
        return id.error();
    }
    return std::make_unique<PointSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Add SWOT Point")), std::nullopt,
            std::optional<SwotPoint>(*pointById(service, *id)), pointApply(service));
}

Result<std::unique_ptr<PointSwap>> removeSwotPoint(MarketService &service, qint64 id)
{
    const SwotPoint *p = pointById(service, id);
    if (!p) {
        return missing();
    }
    const SwotPoint before = *p;
    if (auto st = service.removeSwotPoint(id); !st) {
        return st.error();
    }
    return std::make_unique<PointSwap>(
            text(QT_TRANSLATE_NOOP("MarketCommands", "Remove SWOT Point")), before, std::nullopt,
            pointApply(service));
}

} // namespace salesdesk::ui::MarketCommands
