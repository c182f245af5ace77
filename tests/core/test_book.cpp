// The book as a whole: its clock, its settings, money in more than one currency, and the
// figures every view and command share (weighted value, idle deals, the follow-up plan).

#include "core/customers/customerrepository.h"
#include "core/storage/readahead.h"
#include "tests/support/testbook.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

int rows(Book &book, const QString &table)
{
    QSqlQuery q(book.database().connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM "_s + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A fixed clock reads the same moment — the book's services take their time from it")
{
    const Clock fixed = Clock::fixedAt(
            QDateTime(QDate(2029, 12, 31), QTime(23, 59, 30, 700), QTimeZone::utc()));
    CHECK(fixed.isFixed());
    CHECK(fixed.nowUtc() == at(2029, 12, 31, 23).addSecs(59 * 60 + 30)); // whole seconds
    CHECK(Clock::fixedOn(QDate(2028, 2, 29)).today() == QDate(2028, 2, 29));
    CHECK_FALSE(Clock().isFixed());

    TestBook book(QDate(2027, 2, 28));
    Deal d;
    d.title = u"Now"_s;
    d.customerId = *book->customers().ensureCustomer(u"Someone"_s);
    auto id = book->pipeline().addDeal(d);
    REQUIRE(id.ok());
    CHECK(localDate(book->pipeline().deal(*id)->createdAt) == QDate(2027, 2, 28));
    CHECK(localDate(book->customers().customer(d.customerId)->createdAt) == QDate(2027, 2, 28));
    // Moving the book's clock moves every service.
    book.setToday(QDate(2027, 3, 5));
    REQUIRE(book->pipeline().moveDeal(*id, {0, DealStatus::Won, 0, {}}).ok());
    CHECK(localDate(book->pipeline().deal(*id)->closedAt) == QDate(2027, 3, 5));
    CHECK(book->targets().today() == QDate(2027, 3, 5));
}

TEST_CASE("A stored timestamp is the UTC second of the moment whatever its zone, before 1970 too")
{
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    };
    CHECK(toStoredTime(utc(2026, 11, 27, 9, 18, 26)) == u"2026-11-27T09:18:26Z"_s);
    CHECK(toStoredTime(utc(2028, 2, 29, 23, 59, 59, 999)) == u"2028-02-29T23:59:59Z"_s);
    CHECK(toStoredTime(utc(1970, 1, 1, 0, 0, 0)) == u"1970-01-01T00:00:00Z"_s);
    // Half a second before the epoch is still the last second of 1969.
    CHECK(toStoredTime(utc(1969, 12, 31, 23, 59, 59, 500)) == u"1969-12-31T23:59:59Z"_s);
    CHECK(toStoredTime(utc(1900, 3, 1, 6, 7, 8)) == u"1900-03-01T06:07:08Z"_s);
    // Beijing is eight hours ahead, with no summer time.
    const QDateTime beijing(QDate(2026, 3, 1), QTime(7, 30), QTimeZone("Asia/Shanghai"));
    CHECK(toStoredTime(beijing) == u"2026-02-28T23:30:00Z"_s);
    const QDateTime local(QDate(2026, 7, 1), QTime(12, 0, 5));
    CHECK(toStoredTime(local) == local.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
    CHECK(fromStoredTime(toStoredTime(beijing)) == beijing);
    CHECK(toStoredTime(QDateTime()).isNull());
}

TEST_CASE("The book's settings: defaults, checks, all or nothing, kept in the file")
{
    TestBook book;
    BookSettings &settings = book->settings();
    CHECK(settings.integer(u"targets.on_track_percent"_s) == 95);
    CHECK_FALSE(settings.isStored(u"targets.on_track_percent"_s));
    CHECK(settings.value(u"company.name"_s) == u"Test"_s);
    CHECK(settings.value(u"company.currency"_s) == u"CNY"_s);
    QStringList keys;
    for (const auto &spec : settings.specs()) {
        keys.append(spec.key);
    }
    CHECK(keys
          == QStringList {u"company.name"_s, u"company.currency"_s, u"segments.look_back_months"_s,
                          u"segments.high_value_share_percent"_s,
                          u"segments.high_value_min_won_deals"_s, u"segments.new_customer_days"_s,
                          u"segments.at_risk_factor_percent"_s, u"cadence.high_value_days"_s,
                          u"cadence.potential_days"_s, u"cadence.general_days"_s,
                          u"targets.on_track_percent"_s, u"targets.at_risk_percent"_s,
                          u"company.year_start_month"_s});

    // One bad value and nothing of the change is kept.
    QSignalSpy changed(&settings, &BookSettings::changed);
    const auto refused = settings.set(
            {{u"cadence.general_days"_s, u"45"_s}, {u"segments.look_back_months"_s, u"121"_s}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message()
          == u"segments.look_back_months is a whole number from 1 to 120, not “121”."_s);
    CHECK(settings.integer(u"cadence.general_days"_s) == 90);
    CHECK(changed.isEmpty());
    CHECK(settings.problems({{u"targets.at_risk_percent"_s, u"96"_s}})
          == QStringList {u"targets.at_risk_percent (96) cannot be above "
                          "targets.on_track_percent (95)."_s});
    CHECK(settings.problems({{u"company.name"_s, u"  "_s}})
          == QStringList {u"company.name cannot be empty."_s});
    CHECK(settings.problems({{u"company.currency"_s, u"yuan"_s}}).size() == 1);

    // Both thresholds at once may cross over the old ones.
    REQUIRE(settings.set({{u"targets.on_track_percent"_s, u"70"_s},
                          {u"targets.at_risk_percent"_s, u"60"_s}})
                    .ok());
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).toStringList()
          == QStringList {u"targets.at_risk_percent"_s, u"targets.on_track_percent"_s});
    CHECK(book->targets().thresholds().onTrack == Approx(0.70));
    CHECK(book->targets().thresholds().atRisk == Approx(0.60));

    // Another computer (another open of the file) reads the same.
    const QString path = book.path();
    book.book.reset();
    auto again = Book::open(path, Database::Access::ReadOnly);
    REQUIRE(again.ok());
    CHECK((*again)->settings().integer(u"targets.on_track_percent"_s) == 70);
    CHECK((*again)->settings().isStored(u"targets.at_risk_percent"_s));
}

TEST_CASE("Exchange rates are read and written exactly")
{
    CHECK(*ExchangeRate::parseRate(u"7.10"_s) == 7'100'000'000);
    CHECK(*ExchangeRate::parseRate(u" 7,1 "_s) == 7'100'000'000);
    CHECK(*ExchangeRate::parseRate(u"0.0478"_s) == 47'800'000);
    CHECK(*ExchangeRate::parseRate(u"150"_s) == 150'000'000'000);
    CHECK(*ExchangeRate::parseRate(u".5"_s) == 500'000'000);
    CHECK(*ExchangeRate::parseRate(u"0.000000001"_s) == 1);
    for (const auto &bad :
         {u"abc"_s, u"0"_s, u"-7"_s, u""_s, u"7.1.2"_s, u"1e3"_s, u"0.0000000001"_s}) {
        CAPTURE(bad);
        CHECK_FALSE(ExchangeRate::parseRate(bad).ok());
    }
    CHECK(ExchangeRate {u"USD"_s, {}, 7'100'000'000}.rateText() == u"7.1"_s);
    CHECK(ExchangeRate {u"JPY"_s, {}, 47'800'000}.rateText() == u"0.0478"_s);
    CHECK(ExchangeRate {u"EUR"_s, {}, 8'000'000'000}.rateText() == u"8"_s);
}

TEST_CASE("Amounts turn into the home currency at the rate of their day, rounded once per deal")
{
    TestBook book;
    CurrencyService &fx = book->currencies();
    CHECK(fx.home() == u"CNY"_s);
    CHECK(fx.toHome(12345, u"CNY"_s, {}) == 12345);
    CHECK_FALSE(fx.canConvert(u"USD"_s));
    CHECK(fx.toHome(100, u"USD"_s, QDate(2026, 1, 1)) == 0); // no rate: counts for nothing

    REQUIRE(fx.setRate({u"USD"_s, QDate(2026, 1, 1), 7'100'000'000}).ok());
    REQUIRE(fx.setRate({u"USD"_s, QDate(2026, 7, 1), 7'250'000'000}).ok());
    REQUIRE(fx.setRate({u"JPY"_s, QDate(2026, 1, 1), 47'800'000}).ok());
    CHECK(fx.canConvert(u"USD"_s));
    // Before the first rate: the first; then the last one valid on the day.
    CHECK(fx.rateOn(u"USD"_s, QDate(2025, 12, 31)) == 7'100'000'000);
    CHECK(fx.rateOn(u"USD"_s, QDate(2026, 6, 30)) == 7'100'000'000);
    CHECK(fx.rateOn(u"USD"_s, QDate(2026, 7, 1)) == 7'250'000'000);
    CHECK(fx.rateOn(u"CNY"_s, QDate(2026, 7, 1)) == 1'000'000'000);
    // $1,000.00 → ¥7,100.00, and ¥7,250.00 from July.
    CHECK(fx.toHome(100000, u"USD"_s, QDate(2026, 3, 1)) == 710000);
    CHECK(fx.toHome(100000, u"USD"_s, QDate(2026, 8, 1)) == 725000);
    // One cent at 7.25 is 7.25 fen → 7; 3 cents 21.75 → 22 (half away from zero).
    CHECK(fx.toHome(1, u"USD"_s, QDate(2026, 8, 1)) == 7);
    CHECK(fx.toHome(3, u"USD"_s, QDate(2026, 8, 1)) == 22);
    CHECK(fx.toHome(2, u"USD"_s, QDate(2026, 8, 1)) == 15); // 14.5 → 15
    // Yen have no minor unit: ¥1,000 (JPY) at 0.0478 is ¥47.80 (CNY), 4,780 fen.
    CHECK(fx.toHome(1000, u"JPY"_s, QDate(2026, 8, 1)) == 4780);
    // Large amounts stay exact: $90,000,000,000.00 at 7.25.
    CHECK(fx.toHome(9'000'000'000'000, u"USD"_s, QDate(2026, 8, 1)) == 65'250'000'000'000);
    CHECK(fx.missing({u"CNY"_s, u"EUR"_s, u"USD"_s, u"EUR"_s}) == QStringList {u"EUR"_s});

    // A rate of the home currency, or two rates of one day, are refused.
    CHECK_FALSE(fx.setRate({u"CNY"_s, QDate(2026, 1, 1), 1'000'000'000}).ok());
    CHECK_FALSE(fx.setRates({{u"EUR"_s, QDate(2026, 1, 1), 8'000'000'000},
                             {u"EUR"_s, QDate(2026, 1, 1), 7'900'000'000}})
                        .ok());
    // A currency deals are written in keeps at least one rate.
    Deal d;
    d.title = u"Dollar order"_s;
    d.customerId = *book->customers().ensureCustomer(u"Pacific"_s);
    d.valueMinor = 100000;
    d.currency = u"USD"_s;
    REQUIRE(book->pipeline().addDeal(d).ok());
    const auto kept = fx.rates();
    QList<ExchangeRate> withoutUsd;
    for (const auto &r : kept) {
        if (r.currency != u"USD"_s) {
            withoutUsd.append(r);
        }
    }
    CHECK_FALSE(fx.setRates(withoutUsd).ok());
    CHECK(fx.rates() == kept);
    // A deal in a currency without a rate is refused, and the home currency stays put.
    d.currency = u"EUR"_s;
    const auto euro = book->pipeline().addDeal(d);
    REQUIRE_FALSE(euro.ok());
    CHECK(euro.error().kind == Error::Kind::Data);
    CHECK(euro.message().contains(u"EUR"_s));
    CHECK_FALSE(book->settings().set({{u"company.currency"_s, u"USD"_s}}).ok());
}

TEST_CASE("The weighted value is rounded once over a set of deals, in the home currency")
{
    TestBook book;
    PipelineService &pipeline = book->pipeline();
    REQUIRE(book->currencies().setRate({u"USD"_s, QDate(2026, 1, 1), 7'000'000'000}).ok());
    const qint64 customer = *book->customers().ensureCustomer(u"C"_s);
    QList<DealSummary> deals;
    // Three deals of ¥3.33 at 10 %: 0.333 each. Rounded one by one they would make 0.99; the
    // book's rule adds 33.3 + 33.3 + 33.3 hundredths of a fen… and rounds once: ¥1.00 (100).
    for (int i = 0; i < 3; ++i) {
        Deal d;
        d.title = u"Small %1"_s.arg(i);
        d.customerId = customer;
        d.valueMinor = 333;
        auto id = pipeline.addDeal(d, at(2026, 5, 1));
        REQUIRE(id.ok());
        deals.append(*pipeline.dealSummary(*id));
    }
    const QDateTime now = at(2026, 5, 18);
    DealTotals totals;
    for (const auto &d : deals) {
        pipeline.count(totals, d, now);
    }
    CHECK(totals.count == 3);
    CHECK(totals.value == 999);
    CHECK(totals.weighted() == 100);
    CHECK(pipeline.weightedValue(deals[0], now) == 33);
    // A $10.00 deal in Negotiation (80 %) counts ¥70.00, weighted ¥56.00.
    Deal dollars;
    dollars.title = u"Dollars"_s;
    dollars.customerId = customer;
    dollars.valueMinor = 1000;
    dollars.currency = u"USD"_s;
    dollars.stageId = pipeline.activeStages().at(4).id;
    auto id = pipeline.addDeal(dollars, at(2026, 5, 1));
    REQUIRE(id.ok());
    const DealSummary d = *pipeline.dealSummary(*id);
    CHECK(pipeline.homeValue(d, now) == 7000);
    CHECK(pipeline.weightedValue(d, now) == 5600);
    pipeline.count(totals, d, now);
    CHECK(totals.value == 7999);
    CHECK(totals.weighted() == 5700); // (9,990 + 560,000) hundredths of a fen: ¥57.00

    // A June target projects the same weighted pipeline from the deals expected in June.
    for (const auto &summary : std::as_const(deals) + QList<DealSummary> {d}) {
        Deal e = *pipeline.deal(summary.id);
        e.expectedClose = QDate(2026, 6, 15);
        REQUIRE(pipeline.updateDeal(e, at(2026, 5, 2)).ok());
    }
    Target june;
    june.name = u"June"_s;
    june.period = *Period::parse(u"2026-06");
    june.value = 1000000;
    auto target = book->targets().addTarget(june);
    REQUIRE(target.ok());
    auto progress = book->targets().progress(*book->targets().target(*target), QDate(2026, 5, 18));
    REQUIRE(progress.ok());
    CHECK(progress->actual == 0);
    CHECK(progress->projected == 5700);
}

TEST_CASE("A deal is idle after its stage's idle limit, counted in midnights passed")
{
    TestBook book;
    PipelineService &pipeline = book->pipeline();
    Deal d;
    d.title = u"Waiting"_s;
    d.customerId = *book->customers().ensureCustomer(u"C"_s);
    auto id = pipeline.addDeal(d, at(2026, 5, 1, 9)); // Lead: idle after 14 days
    REQUIRE(id.ok());
    const DealSummary open = *pipeline.dealSummary(*id);
    CHECK(pipeline.daysInStage(open, at(2026, 5, 1, 23)) == 0);
    CHECK(pipeline.daysInStage(open, at(2026, 5, 15, 8)) == 14);
    CHECK_FALSE(pipeline.isIdle(open, at(2026, 5, 15, 23))); // 14 days: at the limit
    CHECK(pipeline.daysInStage(open, at(2026, 5, 16, 9)) == 15);
    CHECK(pipeline.isIdle(open, at(2026, 5, 16, 9)));
    DealTotals totals;
    pipeline.count(totals, open, at(2026, 5, 16, 9));
    CHECK(totals.idle == 1);
    // A closed deal is never idle; its days in stage end when it closed.
    REQUIRE(pipeline.moveDeal(*id, {0, DealStatus::Lost, 0, {}}, at(2026, 5, 20)).ok());
    const DealSummary lost = *pipeline.dealSummary(*id);
    CHECK_FALSE(pipeline.isIdle(lost, at(2026, 9, 1)));
    CHECK(pipeline.daysInStage(lost, at(2026, 9, 1)) == 0);
}

TEST_CASE("The follow-up plan groups who is due, high-value first, longest waiting first")
{
    // Monday 18 May 2026: the week ends on Sunday the 24th.
    TestBook book(QDate(2026, 1, 5));
    CustomerService &customers = book->customers();
    SegmentService &segments = book->segments();
    // All added on 5 January and never contacted; their cadences put them due on different days.
    const auto customer = [&](const QString &name, int cadence) {
        const qint64 id = *customers.ensureCustomer(name);
        REQUIRE(customers.setContactCadence(id, cadence).ok());
        return id;
    };
    const qint64 a = customer(u"A general, due 6 May"_s, 121);
    const qint64 b = customer(u"B general, due 1 May"_s, 116);
    const qint64 c = customer(u"C high-value, due 10 May"_s, 125);
    const qint64 d = customer(u"D due today"_s, 133);
    const qint64 e = customer(u"E due Sunday"_s, 139);
    customer(u"F due next Monday"_s, 140);
    // C is high-value by hand: it comes first among the overdue, though B waited longer.
    REQUIRE(customers.setOverride(c, Segment::HighValue, u"Key account"_s, QDate(2026, 1, 5)).ok());
    REQUIRE(segments.recompute(QDate(2026, 5, 18)).ok());
    auto plan = customers.followUpPlan(QDate(2026, 5, 18));
    REQUIRE(plan.ok());
    CHECK(plan->weekEnd == QDate(2026, 5, 24));
    const auto ids = [](const QList<FollowUp> &list) {
        QList<qint64> out;
        for (const auto &f : list) {
            out.append(f.customerId);
        }
        return out;
    };
    CHECK(ids(plan->overdue) == QList<qint64> {c, b, a});
    CHECK(plan->overdue[1].overdueDays == 17);
    CHECK(ids(plan->dueToday) == QList<qint64> {d});
    CHECK(ids(plan->laterThisWeek) == QList<qint64> {e});
    CHECK(plan->keyDates.isEmpty());
}

TEST_CASE("A customer is added whole or not at all")
{
    TestBook book;
    CustomerService &customers = book->customers();
    CustomerRecord first;
    first.customer.name = u"First"_s;
    Contact li;
    li.name = u"Li Ming"_s;
    first.contacts = {li};
    auto firstId = customers.add(first);
    REQUIRE(firstId.ok());
    const qint64 takenContact = customers.record(*firstId)->contacts.first().id;

    // A record whose second contact cannot be written (its id is taken) leaves no customer,
    // no contact and no key date behind.
    CustomerRecord broken;
    broken.customer.name = u"Broken"_s;
    Contact ok;
    ok.name = u"Wang Fang"_s;
    Contact clash;
    clash.id = takenContact;
    clash.name = u"Zhou Min"_s;
    broken.contacts = {ok, clash};
    KeyDate renewal;
    renewal.date = QDate(2026, 12, 1);
    broken.keyDates = {renewal};
    broken.segmentOverride = Segment::Potential;
    broken.overrideReason = u"New shop"_s;
    const int customersBefore = rows(*book, u"customers"_s);
    const int contactsBefore = rows(*book, u"contacts"_s);
    CHECK_FALSE(customers.add(broken).ok());
    CHECK(rows(*book, u"customers"_s) == customersBefore);
    CHECK(rows(*book, u"contacts"_s) == contactsBefore);
    CHECK(rows(*book, u"customer_dates"_s) == 0);
    CHECK(rows(*book, u"customer_segment_history"_s) == 0);
    CHECK(customers.findCustomer(u"Broken"_s) == 0);

    // The same record without the clash is added with everything, the override in the history.
    broken.contacts = {ok};
    auto id = customers.add(broken);
    REQUIRE(id.ok());
    const auto saved = customers.record(*id);
    REQUIRE(saved.ok());
    CHECK(saved->contacts.size() == 1);
    CHECK(saved->contacts.first().primary);
    CHECK(saved->keyDates.size() == 1);
    CHECK(saved->segmentOverride == Segment::Potential);
    CHECK(book->segments().history(*id)->size() == 1);
    CHECK(customers.customer(*id)->contactPerson == u"Wang Fang"_s);
    CHECK_FALSE(customers.add(broken).ok()); // the name is taken now
}

TEST_CASE("The funnel gives each stage the value of the deals that reached it")
{
    const QList<Stage> stages = {{1, u"lead"_s, {}, 1, 10, 14, false},
                                 {2, u"initial_contact"_s, {}, 2, 20, 14, false}};
    using R = DealRepository::FunnelRow;
    const QDateTime t = at(2026, 1, 5);
    const QList<R> rows = {{1, 1, DealStatus::Open, t},
                           {1, 2, DealStatus::Open, t.addDays(1)},
                           {2, 1, DealStatus::Open, t},
                           {2, 1, DealStatus::Lost, t.addDays(2)}};
    const FunnelReport report = computeFunnel(stages, rows, {{1, 710000}, {2, 200000}});
    CHECK(report.stages[0].value == 910000);
    CHECK(report.stages[1].value == 710000);
}

TEST_CASE("Opening a book on a server asks for its lists in one exchange, and each is used")
{
    const ReadAhead::Tally before = ReadAhead::tally();
    TestBook book;
    const ReadAhead::Tally after = ReadAhead::tally();
    // Settings, rates, reps, teams, stages and lost reasons: one exchange on a server; in a
    // file nothing is asked ahead (SQLite answers at once).
    CHECK(after.asked - before.asked == (TestBook::onServer() ? 6 : 0));
    CHECK(after.used - before.used == after.asked - before.asked);
    // What was read is the book's: its stages and home currency.
    CHECK(book->pipeline().activeStages().size() > 3);
    CHECK(book->currencies().home() == u"CNY"_s);
}
