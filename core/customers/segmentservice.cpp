#include "core/customers/segmentservice.h"

#include "core/book/settings.h"
#include "core/common/dates.h"
#include "core/currency/currencyservice.h"
#include "core/storage/database.h"
#include "core/storage/readahead.h"
#include "core/storage/transaction.h"

#include <array>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// The settings of the rules, in the order of ruleValues() (whole numbers; shares and factors
// in percent).
struct RuleSetting
{
    const char *key;
    int defaultValue, minimum, maximum;
    const char *description;
};
constexpr std::array<RuleSetting, 8> RuleSettings = {{
        {"segments.look_back_months", 24, 1, 120,
         QT_TRANSLATE_NOOP("BookSettings", "Months of purchases a customer's value counts.")},
        {"segments.high_value_share_percent", 20, 1, 100,
         QT_TRANSLATE_NOOP("BookSettings",
                           "High-value: the top this percent of buying customers by value…")},
        {"segments.high_value_min_won_deals", 2, 1, 100,
         QT_TRANSLATE_NOOP("BookSettings", "…with at least this many won deals in the window.")},
        {"segments.new_customer_days", 90, 0, 3650,
         QT_TRANSLATE_NOOP("BookSettings",
                           "Potential: a first purchase within this many days (or an open deal).")},
        {"segments.at_risk_factor_percent", 200, 100, 1000,
         QT_TRANSLATE_NOOP("BookSettings", "A high-value customer is at risk after this percent "
                                           "of their usual interval without a purchase.")},
        {"cadence.high_value_days", 14, 1, 365,
         QT_TRANSLATE_NOOP("BookSettings", "Contact high-value customers every this many days.")},
        {"cadence.potential_days", 30, 1, 365,
         QT_TRANSLATE_NOOP("BookSettings", "Contact potential customers every this many days.")},
        {"cadence.general_days", 90, 1, 365,
         QT_TRANSLATE_NOOP("BookSettings", "Contact general customers every this many days.")},
}};

QList<int> ruleValues(const CustomerRules &r)
{
    return {r.segments.lookBackMonths,
            int(std::lround(r.segments.highValueShare * 100)),
            r.segments.highValueMinWonDeals,
            r.segments.newCustomerDays,
            int(std::lround(r.segments.atRiskIntervalFactor * 100)),
            r.cadence.highValue,
            r.cadence.potential,
            r.cadence.general};
}

} // namespace

SegmentService::SegmentService(Database &db, BookSettings &settings,
                               const CurrencyService &currencies, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_currencies(currencies)
    , m_clock(clock)
    , m_repository(db.connection())
{
    QList<SettingSpec> specs;
    for (const auto &r : RuleSettings) {
        specs.append({QString::fromLatin1(r.key), SettingSpec::Kind::Integer,
                      QString::number(r.defaultValue), r.minimum, r.maximum, r.description});
    }
    settings.declare(specs);
    connect(&settings, &BookSettings::changed, this, [this](const QStringList &keys) {
        if (std::any_of(keys.cbegin(), keys.cend(), [](const QString &k) {
                return k.startsWith(u"segments."_s) || k.startsWith(u"cadence."_s);
            })) {
            emit segmentsChanged();
        }
    });
}

QDate SegmentService::windowStart(const QDate &asOf) const
{
    return asOf.addMonths(-rules().segments.lookBackMonths).addDays(1);
}

QList<SqlStatement> SegmentService::recomputeReads() const
{
    return {SegmentRepository::customersStatement(0),
            SegmentRepository::wonOrOpenDealsStatement(0, m_currencies.home()),
            SegmentRepository::currentStatement()};
}

QList<SqlStatement> SegmentService::customerReads(qint64 customerId) const
{
    return {SegmentRepository::customersStatement(customerId),
            SegmentRepository::wonOrOpenDealsStatement(customerId, m_currencies.home()),
            SegmentRepository::historyStatement(customerId)};
}

Result<QList<CustomerFacts>> SegmentService::facts(const QDate &asOf, const QDate &windowStart,
                                                   qint64 customerId) const
{
    auto read = factsAndOverrides(asOf, windowStart, customerId);
    if (!read) {
        return read.error();
    }
    return std::move(read->first);
}

Result<std::pair<QList<CustomerFacts>, QHash<qint64, Segment>>>
SegmentService::factsAndOverrides(const QDate &asOf, const QDate &windowStart,
                                  qint64 customerId) const
{
    // Every customer, in id order, then one pass over the won and open deals.
    auto customers = m_repository.customers(customerId);
    if (!customers) {
        return customers.error();
    }
    const QList<qint64> &ids = customers->ids;
    QList<CustomerFacts> result(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        result[i].customerId = ids.at(i);
    }
    // A deal's customer by position: ids read in order, usually without gaps (then the
    // position is a subtraction; a hash of 400,000 customers missed the cache on every deal).
    const bool dense = ids.isEmpty() || ids.last() - ids.first() + 1 == ids.size();
    const auto indexOf = [&](qint64 id) -> qsizetype {
        if (ids.isEmpty()) {
            return -1;
        }
        if (dense) {
            const qint64 at = id - ids.first();
            return at >= 0 && at < ids.size() ? qsizetype(at) : -1;
        }
        const auto at = std::lower_bound(ids.cbegin(), ids.cend(), id);
        return at != ids.cend() && *at == id ? at - ids.cbegin() : -1;
    };
    // The window's bounds as stored UTC times, which compare as text (as SQL compares them): a
    // won deal counts in the window when it closed in [lo, hi), and ever when it closed before
    // hi. Compared where SQLite holds the text: no string made for 300,000 deals.
    const QByteArray lo = toStoredTime(windowStart.startOfDay().toUTC()).toLatin1();
    const QByteArray hi = toStoredTime(asOf.addDays(1).startOfDay().toUTC()).toLatin1();
    const auto text = [](QByteArrayView v) {
        return std::string_view(v.data(), size_t(v.size()));
    };
    const QString &home = m_currencies.home();
    const auto fold = [&](const SegmentDealRow &row) {
        const qsizetype index = indexOf(row.customerId);
        if (index < 0) {
            return;
        }
        CustomerFacts &f = result[index];
        if (row.open) {
            f.hasOpenDeal = true;
            return;
        }
        if (row.closedAt.isEmpty() || text(row.closedAt) >= text(hi)) {
            return;
        }
        // The user's day it was won: the earliest closing's day is the earliest day.
        const QDate day = localDateOfStored(row.closedAt);
        // In the home currency at the rate of that day.
        const qint64 value = row.currency.isNull()
                                     ? row.valueMinor
                                     : m_currencies.toHome(row.valueMinor, row.currency, day);
        f.lifetimeValue += value;
        ++f.lifetimeCount;
        f.firstWon = f.firstWon.isValid() ? std::min(f.firstWon, day) : day;
        f.lastWon = std::max(f.lastWon, day);
        if (text(row.closedAt) >= text(lo)) {
            f.wonValue += value;
            ++f.wonCount;
            f.firstWonInWindow
                    = f.firstWonInWindow.isValid() ? std::min(f.firstWonInWindow, day) : day;
            f.lastWonInWindow = std::max(f.lastWonInWindow, day);
        }
    };
    if (auto st = m_repository.eachWonOrOpenDeal(customerId, home, fold); !st) {
        return st.error();
    }
    return std::pair(std::move(result), std::move(customers->overrides));
}

CustomerRules SegmentService::rules() const
{
    QList<int> values;
    for (const auto &r : RuleSettings) {
        values.append(m_settings.integer(QString::fromLatin1(r.key)));
    }
    CustomerRules r;
    r.segments.lookBackMonths = values[0];
    r.segments.highValueShare = values[1] / 100.0;
    r.segments.highValueMinWonDeals = values[2];
    r.segments.newCustomerDays = values[3];
    r.segments.atRiskIntervalFactor = values[4] / 100.0;
    r.cadence.highValue = values[5];
    r.cadence.potential = values[6];
    r.cadence.general = values[7];
    return r;
}

QHash<QString, QString> SegmentService::settingsOf(const CustomerRules &rules)
{
    QHash<QString, QString> out;
    const QList<int> values = ruleValues(rules);
    for (size_t i = 0; i < RuleSettings.size(); ++i) {
        out.insert(QString::fromLatin1(RuleSettings[i].key), QString::number(values[qsizetype(i)]));
    }
    return out;
}

QStringList SegmentService::problems(const CustomerRules &r) const
{
    QStringList p;
    if (r.segments.lookBackMonths < 1 || r.segments.lookBackMonths > 120) {
        p.append(tr("Look back between 1 and 120 months."));
    }
    if (r.segments.highValueShare <= 0 || r.segments.highValueShare > 1) {
        p.append(tr("The high-value share is more than 0 % and at most 100 %."));
    }
    if (r.segments.highValueMinWonDeals < 1) {
        p.append(tr("High-value customers need at least one won deal."));
    }
    if (r.segments.newCustomerDays < 0) {
        p.append(tr("A new customer's days cannot be negative."));
    }
    if (r.segments.atRiskIntervalFactor < 1) {
        p.append(tr("A customer is at risk after at least one usual interval."));
    }
    if (r.cadence.highValue < 1 || r.cadence.potential < 1 || r.cadence.general < 1) {
        p.append(tr("Every cadence is at least one day."));
    }
    return p;
}

Status SegmentService::setRules(const CustomerRules &r)
{
    if (const QStringList p = problems(r); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    return m_settings.set(settingsOf(r));
}

Result<QList<CustomerSegment>> SegmentService::segmentsOn(const QDate &day) const
{
    const SegmentRules rules = this->rules().segments;
    auto read = factsAndOverrides(day, day.addMonths(-rules.lookBackMonths).addDays(1));
    if (!read) {
        return read.error();
    }
    return computeSegments(read->first, day, rules, {}, read->second);
}

Result<QList<CustomerSegment>> SegmentService::recompute(const QDate &asOfIn,
                                                         std::optional<SegmentRules> given)
{
    if (!given) {
        given = this->rules().segments;
    }
    const SegmentRules &rules = *given;
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    // The customers, their deals and the segments as they stand, in one exchange with a server.
    std::optional<ReadAhead> ahead(std::in_place, m_db.connection(), recomputeReads());
    auto read = factsAndOverrides(asOf, asOf.addMonths(-rules.lookBackMonths).addDays(1));
    if (!read) {
        return read.error();
    }
    auto previous = m_repository.current();
    if (!previous) {
        return previous.error();
    }
    ahead.reset();
    QSet<qint64> previousHigh;
    for (const auto &c : std::as_const(*previous)) {
        if (c.segment == Segment::HighValue) {
            previousHigh.insert(c.customerId);
        }
    }
    const QList<CustomerSegment> segments
            = computeSegments(read->first, asOf, rules, previousHigh, read->second);
    // Every customer's segment is dated by this computation; only those whose segment or risk
    // changed are written (40,000 upserts took a third of the time), many to a statement.
    Transaction tx(m_db.connection());
    if (auto st = m_repository.dateAll(asOf); !st) {
        return st.error();
    }
    QList<SegmentRepository::Change> changes;
    qsizetype at = 0; // in `previous`, walked beside the segments: both in customer id order
    for (const auto &s : segments) {
        while (at < previous->size() && previous->at(at).customerId < s.customerId) {
            ++at;
        }
        const SegmentRepository::Current *before
                = at < previous->size() && previous->at(at).customerId == s.customerId
                          ? &previous->at(at)
                          : nullptr;
        if (before && before->segment == s.segment && before->atRisk == s.atRisk) {
            continue;
        }
        changes.append({s.customerId, s.segment, s.atRisk,
                        before ? std::optional(before->segment) : std::nullopt});
    }
    if (auto st = m_repository.recordComputed(changes, asOf); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    // Only a change is news: a recomputation that finds every segment as it was (the window
    // showing what it computed) must not make the window compute again.
    if (!changes.isEmpty()) {
        emit segmentsChanged();
    }
    return segments;
}

Status SegmentService::writeOverride(qint64 customerId, std::optional<Segment> segment,
                                     const QString &reason, const QDate &on)
{
    if (!segment) {
        return {}; // the rules decide again at the next computation
    }
    auto current = m_repository.segmentOf(customerId);
    if (!current) {
        return current.error();
    }
    return m_repository.record(customerId, *segment, false, on, true, reason.trimmed(), *current);
}

Result<SegmentRows> SegmentService::rowsOf(qint64 customerId) const
{
    return m_repository.rowsOf(customerId);
}

Status SegmentService::putBack(qint64 customerId, const SegmentRows &rows)
{
    return m_repository.putBack(customerId, rows);
}

Result<QList<FollowUp>> SegmentService::followUps(const QDate &asOf,
                                                  std::optional<ContactCadence> cadence) const
{
    auto contacts = m_repository.contacts();
    if (!contacts) {
        return contacts.error();
    }
    return computeFollowUps(*contacts, asOf, cadence ? *cadence : rules().cadence);
}

Result<QList<SegmentService::HistoryEntry>> SegmentService::history(qint64 customerId) const
{
    return m_repository.history(customerId);
}

} // namespace salesdesk
