#pragma once

#include "core/market/marketservice.h"

namespace salesdesk {

// One line of the share trend — ours or a competitor's — and where it is heading.
struct ShareLine
{
    qint64 competitorId = 0; // 0: us
    QList<std::pair<Period, double>> recorded; // the last run of consecutive periods
    QList<std::pair<Period, double>> projected;
    QString model; // the forecaster's: "Drift", or "Naive" for fewer than four points
};

// Our share of the whole market and each competitor's recorded estimates (`trend`: the whole
// market's periods in time order, as MarketService::share gives them), each carried on
// `horizon` periods by the forecaster's drift method — the average change per period over the
// last run of consecutive periods with a figure, flat with fewer than four — and kept
// between 0 and 100 %. A line with a single figure is not carried on.
QList<ShareLine> projectShares(const QList<MarketShareFigures> &trend, int horizon);

} // namespace salesdesk
