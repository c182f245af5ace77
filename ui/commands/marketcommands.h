#pragma once

#include "core/market/marketservice.h"
#include "ui/commands/undocommand.h"

#include <memory>
#include <optional>

namespace salesdesk::ui {

// Competitors, market sizes, environment factors and SWOT points before and after an edit
// (nothing: it did not exist, or no longer does), put back through MarketService.
namespace MarketCommands {

// A competitor with the deals that name it: removing one unnames it on them, undo names it again.
struct CompetitorState
{
    Competitor competitor;
    QList<qint64> dealIds;
};
Result<std::unique_ptr<SwapCommand<std::optional<CompetitorState>>>>
saveCompetitor(MarketService &service, const Competitor &competitor);
Result<std::unique_ptr<SwapCommand<std::optional<CompetitorState>>>>
removeCompetitor(MarketService &service, qint64 id);

Result<std::unique_ptr<SwapCommand<std::optional<MarketSize>>>> saveSize(MarketService &service,
                                                                         const MarketSize &size);
Result<std::unique_ptr<SwapCommand<std::optional<MarketSize>>>> removeSize(MarketService &service,
                                                                           qint64 id);

// A competitor's estimated share of a period's market (replacing the one recorded before).
Result<std::unique_ptr<SwapCommand<std::optional<CompetitorShare>>>>
setShare(MarketService &service, const CompetitorShare &share);

Result<std::unique_ptr<SwapCommand<std::optional<EnvironmentFactor>>>>
saveFactor(MarketService &service, const EnvironmentFactor &factor);
Result<std::unique_ptr<SwapCommand<std::optional<EnvironmentFactor>>>>
removeFactor(MarketService &service, qint64 id);

Result<std::unique_ptr<SwapCommand<std::optional<SwotPoint>>>> addSwotPoint(MarketService &service,
                                                                            const SwotPoint &point);
Result<std::unique_ptr<SwapCommand<std::optional<SwotPoint>>>>
removeSwotPoint(MarketService &service, qint64 id);

} // namespace MarketCommands

} // namespace salesdesk::ui
