#pragma once

#include <QAnyStringView>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace salesdesk {

// 客户分类: every customer is high-value, potential or general.
enum class Segment { HighValue, Potential, General };

// The rules, which a shop owner can read and change.
struct SegmentRules
{
    int lookBackMonths = 24; // the window the value and frequency are counted over
    double highValueShare = 0.20; // top share of buying customers by won value…
    int highValueMinWonDeals = 2; // …with at least this many won deals in the window
    int newCustomerDays = 90; // a first purchase this recent makes a customer potential
    double atRiskIntervalFactor = 2.0;
};

// What the book knows of one customer as of a date.
struct CustomerFacts
{
    qint64 customerId = 0;
    qint64 wonValue = 0; // minor units of the home currency, won in the window
    int wonCount = 0; // won in the window
    qint64 lifetimeValue = 0; // won ever (up to the day asked), home currency
    int lifetimeCount = 0;
    QDate firstWon; // ever; invalid when never
    QDate lastWon; // ever; invalid when never
    QDate firstWonInWindow;
    QDate lastWonInWindow;
    bool hasOpenDeal = false;
};

struct CustomerSegment
{
    qint64 customerId = 0;
    Segment segment = Segment::General;
    int recencyDays = -1; // days since the last won deal; -1 when never
    int frequency = 0; // won deals in the window
    qint64 monetary = 0; // won value in the window
    int r = 0; // quintile scores 1–5 among buying customers; 0 for the others
    int f = 0;
    int m = 0;
    bool atRisk = false; // was high-value and has gone quiet for over twice its usual interval
    bool overridden = false;
};

class SegmentText
{
    Q_DECLARE_TR_FUNCTIONS(SegmentText)

public:
    static QString code(Segment s);
    // The segment of a stored code, from a QString or the UTF-8 a query row holds.
    static std::optional<Segment> segment(QAnyStringView code);
    static QString name(Segment s);
    // How a segment is decided under these rules, in a sentence or three (for tooltips and
    // What's This).
    static QString explained(const SegmentRules &rules);
};

// Computes the segments of all customers from their facts. `previousHighValue` are the
// customers that were high-value at the previous computation (for the at-risk flag);
// `overrides` win over the rules.
QList<CustomerSegment> computeSegments(const QList<CustomerFacts> &facts, const QDate &asOf,
                                       const SegmentRules &rules,
                                       const QSet<qint64> &previousHighValue = {},
                                       const QHash<qint64, Segment> &overrides = {});

} // namespace salesdesk
