#include "core/customers/segmentation.h"

#include <algorithm>
#include <cmath>

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

std::optional<Segment> SegmentText::segment(const QString &code)
{
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        if (SegmentText::code(s) == code) {
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

// Quintile scores 1–5 of `value(c)` over the customers, in ascending order of `value`; equal
// values share the score of the first of them.
template<typename Value>
QHash<qint64, int> quintiles(QList<const CustomerFacts *> customers, Value value)
{
    std::stable_sort(
            customers.begin(), customers.end(),
            [&](const CustomerFacts *a, const CustomerFacts *b) { return value(*a) < value(*b); });
    QHash<qint64, int> scores;
    const qsizetype n = customers.size();
    qsizetype first = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && value(*customers[i]) != value(*customers[i - 1])) {
            first = i;
        }
        scores.insert(customers[i]->customerId, int(1 + (5 * first) / n));
    }
    return scores;
}

} // namespace

QList<CustomerSegment> computeSegments(const QList<CustomerFacts> &facts, const QDate &asOf,
                                       const SegmentRules &rules,
                                       const QSet<qint64> &previousHighValue,
                                       const QHash<qint64, Segment> &overrides)
{
    // The buying customers: at least one won deal in the window.
    QList<const CustomerFacts *> buying;
    for (const auto &f : facts) {
        if (f.wonCount > 0) {
            buying.append(&f);
        }
    }
    // The top share of them by won value (ties: the customer entered first).
    QList<const CustomerFacts *> byValue = buying;
    std::stable_sort(byValue.begin(), byValue.end(),
                     [](const CustomerFacts *a, const CustomerFacts *b) {
                         return a->wonValue != b->wonValue ? a->wonValue > b->wonValue
                                                           : a->customerId < b->customerId;
                     });
    const auto topCount = qsizetype(std::ceil(rules.highValueShare * double(byValue.size())));
    QSet<qint64> top;
    for (qsizetype i = 0; i < topCount && i < byValue.size(); ++i) {
        top.insert(byValue[i]->customerId);
    }
    const auto recency = [&asOf](const CustomerFacts &f) {
        return f.lastWon.isValid() ? int(f.lastWon.daysTo(asOf)) : -1;
    };
    // A smaller recency is better, so it is scored on its negation.
    const auto r = quintiles(buying, [&](const CustomerFacts &f) { return -recency(f); });
    const auto fq = quintiles(buying, [](const CustomerFacts &f) { return f.wonCount; });
    const auto m = quintiles(buying, [](const CustomerFacts &f) { return f.wonValue; });
    const QDate newSince = asOf.addDays(-rules.newCustomerDays);

    QList<CustomerSegment> out;
    out.reserve(facts.size());
    for (const auto &f : facts) {
        CustomerSegment s;
        s.customerId = f.customerId;
        s.recencyDays = recency(f);
        s.frequency = f.wonCount;
        s.monetary = f.wonValue;
        s.r = r.value(f.customerId, 0);
        s.f = fq.value(f.customerId, 0);
        s.m = m.value(f.customerId, 0);
        const bool high = top.contains(f.customerId) && f.wonCount >= rules.highValueMinWonDeals;
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
