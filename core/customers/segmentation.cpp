#include "core/customers/segmentation.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QString SegmentText::code(Segment s)
{
    switch (s) {
    case Segment::HighValue:
        return u"high_value"_s;
    case Segment::Potential:
        return u"potential"_s;
    case Segment::General:
        return u"general"_s;
    }
    return {};
}

std::optional<Segment> SegmentText::segment(QAnyStringView code)
{
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        if (QAnyStringView::equal(SegmentText::code(s), code)) {
            return s;
        }
    }
    return std::nullopt;
}

QString SegmentText::explained(const SegmentRules &rules)
{
    return tr("High-value: among the top %1 % of the customers who bought in the last %2 months, "
              "by what they bought (in the home currency), with at least %3 won deals in that "
              "time. Potential: not high-value, with an open deal or a first purchase in the last "
              "%4 days. General: everyone else. A high-value customer is at risk when the time "
              "since the last purchase is more than %5 times the usual time between purchases. "
              "A segment chosen by hand wins until cleared. Edit › Preferences changes these "
              "rules.")
            .arg(qRound(rules.highValueShare * 100))
            .arg(rules.lookBackMonths)
            .arg(rules.highValueMinWonDeals)
            .arg(rules.newCustomerDays)
            .arg(QLocale().toString(rules.atRiskIntervalFactor, 'g', 3));
}

QString SegmentText::name(Segment s)
{
    switch (s) {
    case Segment::HighValue:
        return tr("High-value");
    case Segment::Potential:
        return tr("Potential");
    case Segment::General:
        return tr("General");
    }
    return {};
}

namespace {

// Quintile scores 1–5 of `values`, by position: in ascending order of value, equal values
// sharing the score of the first of them. Sorted as (value, position) pairs in one array (the
// 300,000 buying customers of a million deals were sorted through pointers, three times).
QList<int> quintiles(const QList<qint64> &values)
{
    std::vector<std::pair<qint64, qsizetype>> sorted(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        sorted[size_t(i)] = {values[i], i};
    }
    std::sort(sorted.begin(), sorted.end());
    QList<int> scores(values.size());
    const auto n = qsizetype(sorted.size());
    qsizetype first = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && sorted[size_t(i)].first != sorted[size_t(i - 1)].first) {
            first = i;
        }
        scores[sorted[size_t(i)].second] = int(1 + (5 * first) / n);
    }
    return scores;
}

} // namespace

QList<CustomerSegment> computeSegments(const QList<CustomerFacts> &facts, const QDate &asOf,
                                       const SegmentRules &rules,
                                       const QSet<qint64> &previousHighValue,
                                       const QHash<qint64, Segment> &overrides)
{
    const auto recency = [&asOf](const CustomerFacts &f) {
        return f.lastWon.isValid() ? int(f.lastWon.daysTo(asOf)) : -1;
    };
    // The buying customers (at least one won deal in the window), by their place in `facts`,
    // and what they are scored on; a smaller recency is better, so it is scored negated.
    QList<qsizetype> buying;
    QList<qint64> negatedRecency, frequency, value;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const CustomerFacts &f = facts[i];
        if (f.wonCount > 0) {
            buying.append(i);
            negatedRecency.append(-recency(f));
            frequency.append(f.wonCount);
            value.append(f.wonValue);
        }
    }
    // The top share of them by won value (ties: the customer entered first).
    std::vector<std::tuple<qint64, qint64, qsizetype>> byValue;
    byValue.reserve(size_t(buying.size()));
    for (const qsizetype i : std::as_const(buying)) {
        byValue.emplace_back(-facts[i].wonValue, facts[i].customerId, i);
    }
    const auto topCount = qsizetype(std::ceil(rules.highValueShare * double(byValue.size())));
    std::vector<bool> top(size_t(facts.size()), false);
    std::partial_sort(byValue.begin(),
                      byValue.begin() + std::min(topCount, qsizetype(byValue.size())),
                      byValue.end());
    for (qsizetype i = 0; i < topCount && i < qsizetype(byValue.size()); ++i) {
        top[size_t(std::get<2>(byValue[size_t(i)]))] = true;
    }
    // Each customer's place among the buying ones, and their scores there.
    std::vector<qsizetype> buyingAt(size_t(facts.size()), -1);
    for (qsizetype b = 0; b < buying.size(); ++b) {
        buyingAt[size_t(buying[b])] = b;
    }
    const QList<int> r = quintiles(negatedRecency);
    const QList<int> fq = quintiles(frequency);
    const QList<int> m = quintiles(value);
    const QDate newSince = asOf.addDays(-rules.newCustomerDays);

    QList<CustomerSegment> out;
    out.reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const CustomerFacts &f = facts[i];
        const qsizetype b = buyingAt[size_t(i)];
        CustomerSegment s;
        s.customerId = f.customerId;
        s.recencyDays = recency(f);
        s.frequency = f.wonCount;
        s.monetary = f.wonValue;
        s.r = b < 0 ? 0 : r[b];
        s.f = b < 0 ? 0 : fq[b];
        s.m = b < 0 ? 0 : m[b];
        const bool high = top[size_t(i)] && f.wonCount >= rules.highValueMinWonDeals;
        const bool potential = f.hasOpenDeal || (f.firstWon.isValid() && f.firstWon >= newSince);
        s.segment = high ? Segment::HighValue : potential ? Segment::Potential : Segment::General;
        if (previousHighValue.contains(f.customerId) && f.wonCount >= 2 && s.recencyDays >= 0) {
            const double usual
                    = double(f.firstWonInWindow.daysTo(f.lastWonInWindow)) / double(f.wonCount - 1);
            s.atRisk = usual > 0 && s.recencyDays > rules.atRiskIntervalFactor * usual;
        }
        if (const auto o = overrides.constFind(f.customerId); o != overrides.cend()) {
            s.segment = *o;
            s.overridden = true;
        }
        out.append(s);
    }
    return out;
}

} // namespace salesdesk
