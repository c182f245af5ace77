#include "core/customers/segmentservice.h"

#include "core/book/settings.h"
#include "core/common/dates.h"
#include "core/currency/currencyservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <array>

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
    , m_statements(db.connection())
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

Result<QList<CustomerFacts>> SegmentService::facts(const QDate &asOf, const QDate &windowStart,
                                                   qint64 customerId) const
{
    // Every customer, in id order, then one pass over the won and open deals. A scan of the
    // deals is several times faster than joining customers to their deals through the
    // customer index, which reads the deals table in customer order instead of as it lies.
    QList<CustomerFacts> result;
    QHash<qint64, qsizetype> at;
    {
        SqlQuery q(m_statements, customerId ? u"SELECT id FROM customers WHERE id = ?"_s
                                            : u"SELECT id FROM customers ORDER BY id"_s);
        if (customerId) {
            q.bind(customerId);
        }
        if (auto st = q.each([&](SqlQuery &row) {
                CustomerFacts f;
                f.customerId = row.value(0).toLongLong();
                at.insert(f.customerId, result.size());
                result.append(f);
            });
            !st) {
            return st.error();
        }
    }
    // The window's bounds as stored UTC times, which compare as text: a won deal counts in the
    // window when it closed in [lo, hi), and ever when it closed before hi.
    const QString lo = toStoredTime(windowStart.startOfDay().toUTC());
    const QString hi = toStoredTime(asOf.addDays(1).startOfDay().toUTC());
    struct Closings
    {
        QString first, last, firstInWindow, lastInWindow;
    };
    QHash<qint64, Closings> closings;
    SqlQuery q(m_statements,
               customerId ? u"SELECT customer_id, status, closed_at, value_minor, currency FROM "
                            "deals WHERE status IN ('won', 'open') AND customer_id = ?"_s
                          : u"SELECT customer_id, status, closed_at, value_minor, currency FROM "
                            "deals WHERE status IN ('won', 'open')"_s);
    if (customerId) {
        q.bind(customerId);
    }
    const QString &home = m_currencies.home();
    const auto fold = [&](SqlQuery &row) {
        const auto index = at.constFind(row.value(0).toLongLong());
        if (index == at.cend()) {
            return;
        }
        CustomerFacts &f = result[*index];
        if (row.value(1).toString() == "open"_L1) {
            f.hasOpenDeal = true;
            return;
        }
        const QString closed = row.value(2).toString();
        if (closed.isEmpty() || closed >= hi) {
            return;
        }
        // In the home currency at the rate of the day it was won.
        const QString currency = row.value(4).toString();
        const qint64 value = currency == home
                                     ? row.value(3).toLongLong()
                                     : m_currencies.toHome(row.value(3).toLongLong(), currency,
                                                           localDate(fromStoredTime(closed)));
        f.lifetimeValue += value;
        ++f.lifetimeCount;
        Closings &c = closings[f.customerId];
        if (c.first.isEmpty() || closed < c.first) {
            c.first = closed;
        }
        if (closed > c.last) {
            c.last = closed;
        }
        if (closed >= lo) {
            f.wonValue += value;
            ++f.wonCount;
            if (c.firstInWindow.isEmpty() || closed < c.firstInWindow) {
                c.firstInWindow = closed;
            }
            if (closed > c.lastInWindow) {
                c.lastInWindow = closed;
            }
        }
    };
    if (auto st = q.each(fold); !st) {
        return st.error();
    }
    // Stored times to the user's days, for the few closings that matter.
    const auto day = [](const QString &stored) {
        return stored.isEmpty() ? QDate() : localDate(fromStoredTime(stored));
    };
    for (auto it = closings.cbegin(); it != closings.cend(); ++it) {
        CustomerFacts &f = result[at.value(it.key())];
        f.firstWon = day(it->first);
        f.lastWon = day(it->last);
        f.firstWonInWindow = day(it->firstInWindow);
        f.lastWonInWindow = day(it->lastInWindow);
    }
    return result;
}

Status SegmentService::record(qint64 customerId, Segment segment, bool atRisk, const QDate &on,
                              bool manual, const QString &reason, std::optional<Segment> previous)
{
    SqlQuery upsert(m_statements,
                    u"INSERT INTO customer_segments (customer_id, segment, at_risk, computed_on) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                    "segment = excluded.segment, at_risk = excluded.at_risk, "
                    "computed_on = excluded.computed_on"_s);
    upsert.bind(customerId).bind(SegmentText::code(segment)).bind(atRisk ? 1 : 0);
    upsert.bind(toStoredDate(on));
    if (auto st = upsert.exec(); !st) {
        return st;
    }
    if (previous == segment) {
        return {};
    }
    SqlQuery history(m_statements,
                     insertStatement(u"customer_segment_history"_s,
                                     u"customer_id, segment, changed_on, manual, reason"_s, false));
    history.bind(customerId).bind(SegmentText::code(segment)).bind(toStoredDate(on));
    history.bind(manual ? 1 : 0).bindText(reason);
    return history.exec();
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

Result<QList<CustomerSegment>> SegmentService::recompute(const QDate &asOfIn,
                                                         std::optional<SegmentRules> given)
{
    if (!given) {
        given = this->rules().segments;
    }
    const SegmentRules &rules = *given;
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    auto customerFacts = facts(asOf, asOf.addMonths(-rules.lookBackMonths).addDays(1));
    if (!customerFacts) {
        return customerFacts.error();
    }
    struct Previous
    {
        Segment segment;
        bool atRisk;
    };
    QHash<qint64, Previous> previous;
    QSet<qint64> previousHigh;
    {
        SqlQuery q(m_statements, u"SELECT customer_id, segment, at_risk FROM customer_segments"_s);
        if (auto st = q.each([&](SqlQuery &row) {
                if (const auto s = SegmentText::segment(row.value(1).toString())) {
                    const qint64 id = row.value(0).toLongLong();
                    previous.insert(id, {*s, row.value(2).toInt() != 0});
                    if (*s == Segment::HighValue) {
                        previousHigh.insert(id);
                    }
                }
            });
            !st) {
            return st.error();
        }
    }
    QHash<qint64, Segment> overrides;
    {
        SqlQuery q(m_statements, u"SELECT id, segment_override FROM customers WHERE "
                                 "segment_override IS NOT NULL"_s);
        auto rows = q.all([](SqlQuery &row) {
            return std::pair {row.value(0).toLongLong(), row.value(1).toString()};
        });
        if (!rows) {
            return rows.error();
        }
        for (const auto &[id, code] : std::as_const(*rows)) {
            if (const auto s = SegmentText::segment(code)) {
                overrides.insert(id, *s);
            }
        }
    }
    const QList<CustomerSegment> segments
            = computeSegments(*customerFacts, asOf, rules, previousHigh, overrides);
    // Every customer's segment is dated by this computation; only those whose segment or risk
    // changed are written one by one (40,000 upserts took a third of the time).
    Transaction tx(m_db.connection());
    SqlQuery dated(m_statements, u"UPDATE customer_segments SET computed_on = ?"_s);
    dated.bind(toStoredDate(asOf));
    if (auto st = dated.exec(); !st) {
        return st.error();
    }
    for (const auto &s : segments) {
        const auto before = previous.constFind(s.customerId);
        if (before != previous.cend() && before->segment == s.segment
            && before->atRisk == s.atRisk) {
            continue;
        }
        if (auto st
            = record(s.customerId, s.segment, s.atRisk, asOf, false, QString(),
                     before == previous.cend() ? std::nullopt : std::optional(before->segment));
            !st) {
            return st.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    emit segmentsChanged();
    return segments;
}

Status SegmentService::writeOverride(qint64 customerId, std::optional<Segment> segment,
                                     const QString &reason, const QDate &on)
{
    if (!segment) {
        return {}; // the rules decide again at the next computation
    }
    SqlQuery current(m_statements,
                     u"SELECT segment FROM customer_segments WHERE customer_id = ?"_s);
    current.bind(customerId);
    auto code = current.scalar();
    if (!code) {
        return code.error();
    }
    return record(customerId, *segment, false, on, true, reason.trimmed(),
                  SegmentText::segment(code->toString()));
}

Result<SegmentRows> SegmentService::rowsOf(qint64 customerId) const
{
    SegmentRows rows;
    SqlQuery q(m_statements, u"SELECT segment, at_risk, computed_on FROM customer_segments "
                             "WHERE customer_id = ?"_s);
    q.bind(customerId);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    if (q.next()) {
        rows.segment = q.value(0).toString();
        rows.atRisk = q.value(1).toBool();
        rows.computedOn = q.value(2).toString();
    }
    SqlQuery h(m_statements, u"SELECT id, segment, changed_on, manual, reason FROM "
                             "customer_segment_history WHERE customer_id = ? ORDER BY id"_s);
    h.bind(customerId);
    auto history = h.all([](SqlQuery &row) {
        return SegmentRows::History {row.value(0).toLongLong(), row.value(1).toString(),
                                     row.value(2).toString(), row.value(4).toString(),
                                     row.value(3).toBool()};
    });
    if (!history) {
        return history.error();
    }
    rows.history = *history;
    return rows;
}

Status SegmentService::putBack(qint64 customerId, const SegmentRows &rows)
{
    if (!rows.segment.isEmpty()) {
        SqlQuery q(m_statements, u"INSERT INTO customer_segments (customer_id, segment, at_risk, "
                                 "computed_on) VALUES (?, ?, ?, ?)"_s);
        q.bind(customerId).bind(rows.segment).bind(rows.atRisk ? 1 : 0).bind(rows.computedOn);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    for (const auto &h : rows.history) {
        SqlQuery q(m_statements,
                   u"INSERT INTO customer_segment_history (id, customer_id, "
                   "segment, changed_on, manual, reason) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.bind(h.id).bind(customerId).bind(h.segment).bind(h.changedOn).bind(h.manual ? 1 : 0);
        q.bindText(h.reason);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<FollowUp>> SegmentService::followUps(const QDate &asOf,
                                                  std::optional<ContactCadence> given) const
{
    if (!given) {
        given = rules().cadence;
    }
    const ContactCadence &cadence = *given;
    SqlQuery q(m_statements,
               u"SELECT c.id, s.segment, c.contact_every_days, c.created_at, "
               "(SELECT MAX(a.done_at) FROM activities a WHERE a.customer_id = c.id AND "
               "a.done = 1) FROM customers c LEFT JOIN customer_segments s ON "
               "s.customer_id = c.id ORDER BY c.id"_s);
    auto contacts = q.all([](SqlQuery &row) {
        CustomerContact c;
        c.customerId = row.value(0).toLongLong();
        c.segment = SegmentText::segment(row.value(1).toString()).value_or(Segment::General);
        c.cadenceOverride = row.value(2).toInt();
        c.since = localDate(fromStoredTime(row.value(3).toString()));
        if (!row.value(4).isNull()) {
            c.lastInteraction = localDate(fromStoredTime(row.value(4).toString()));
        }
        return c;
    });
    if (!contacts) {
        return contacts.error();
    }
    return computeFollowUps(*contacts, asOf, cadence);
}

Result<QList<SegmentService::HistoryEntry>> SegmentService::history(qint64 customerId) const
{
    SqlQuery q(m_statements, u"SELECT segment, changed_on, manual, reason FROM "
                             "customer_segment_history WHERE customer_id = ? "
                             "ORDER BY changed_on, id"_s);
    q.bind(customerId);
    return q.all([](SqlQuery &row) {
        return HistoryEntry {
                SegmentText::segment(row.value(0).toString()).value_or(Segment::General),
                fromStoredDate(row.value(1).toString()), row.value(2).toBool(),
                row.value(3).toString()};
    });
}

} // namespace salesdesk
