// Forecasting: the benchmark methods against their closed forms, ETS against R's forecast
// package at the same parameters, the backtest by hand, short and awkward series, series files
// and the book's own series.
#include "core/forecast/bookforecast.h"
#include "core/forecast/ets.h"
#include "core/forecast/forecaster.h"
#include "core/forecast/periodforecast.h"
#include "core/forecast/seriesfile.h"
#include "core/forecast/simplemethods.h"
#include "core/kpi/kpiservice.h"
#include "core/team/teamservice.h"
#include "tests/support/kpibook.h"

#include <QFile>

#include <cmath>

using namespace salesdesk;
using namespace salesdesk::forecast;
using namespace Qt::Literals::StringLiterals;
using Catch::Detail::Approx;

namespace {

const std::vector<double> kTiny = {1, 3, 2, 4};

// UKgas (R's datasets), quarterly from 1960Q1.
const std::vector<double> kUkGas
        = {160.1, 129.7, 84.8,  120.1, 160.1,  124.9, 84.8,  116.9, 169.7,  140.9, 89.7,  123.3,
           187.3, 144.1, 92.9,  120.1, 176.1,  147.3, 89.7,  123.3, 185.7,  155.3, 99.3,  131.3,
           200.1, 161.7, 102.5, 136.1, 204.9,  176.1, 112.1, 140.9, 227.3,  195.3, 115.3, 142.5,
           244.9, 214.5, 118.5, 153.7, 244.9,  216.1, 188.9, 142.5, 301.0,  196.9, 136.1, 267.3,
           317.0, 230.5, 152.1, 336.2, 371.4,  240.1, 158.5, 355.4, 449.9,  286.6, 179.3, 403.4,
           491.5, 321.8, 177.7, 409.8, 593.9,  329.8, 176.1, 483.5, 584.3,  395.4, 187.3, 485.1,
           669.2, 421.0, 216.1, 509.1, 827.7,  467.5, 209.7, 542.7, 840.5,  414.6, 217.7, 670.8,
           848.5, 437.0, 209.7, 701.2, 925.3,  443.4, 214.5, 683.6, 917.3,  515.5, 224.1, 694.8,
           989.4, 477.1, 233.7, 730.0, 1087.0, 534.7, 281.8, 787.6, 1163.9, 613.1, 347.4, 782.8};

EtsFit fixedFit(const EtsSpec &spec, int m, const EtsParameters &p, const std::vector<double> &y,
                int estimated)
{
    EtsFit fit;
    fit.spec = spec;
    fit.m = m;
    fit.n = int(y.size());
    fit.parameters = p;
    auto pass = etsPass(spec, m, p, y);
    REQUIRE(pass);
    fit.pass = *pass;
    fit.estimated = estimated;
    setCriteria(fit);
    return fit;
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.file(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

} // namespace

TEST_CASE("The benchmark methods give their closed-form forecasts and intervals")
{
    // Mean: ȳ = 2.5, residuals −1.5, 0.5, −0.5, 1.5 (Σe² = 5), σ̂² = 5/3,
    // σ̂_h = √(5/3 · 5/4) = √(25/12) = 1.4433757.
    auto mean = meanForecast(kTiny, 2);
    REQUIRE(mean);
    CHECK(mean->at(1).point == Approx(2.5));
    CHECK(mean->at(1).lo80 == Approx(2.5 - 1.2815516 * 1.4433757));
    CHECK(mean->at(1).hi95 == Approx(2.5 + 1.9599640 * 1.4433757));

    // Naive: differences 2, −1, 2 (Σ = 9 over 3): σ̂ = √3; h = 2: σ̂·√2 = √6 = 2.4494897.
    auto naive = naiveForecast(kTiny, 2);
    REQUIRE(naive);
    CHECK(naive->at(0).point == Approx(4));
    CHECK(naive->at(0).hi80 == Approx(4 + 1.2815516 * 1.7320508));
    CHECK(naive->at(1).lo95 == Approx(4 - 1.9599640 * 2.4494897));

    // Seasonal naive, m = 2: ŷ = 2, 4, 2; residuals y3 − y1 = 1, y4 − y2 = 1: σ̂ = 1; h = 3
    // is the second year: σ̂·√2.
    auto snaive = seasonalNaiveForecast(kTiny, 2, 3);
    REQUIRE(snaive);
    CHECK(snaive->at(0).point == Approx(2));
    CHECK(snaive->at(1).point == Approx(4));
    CHECK(snaive->at(2).point == Approx(2));
    CHECK(snaive->at(0).hi80 == Approx(2 + 1.2815516));
    CHECK(snaive->at(2).hi80 == Approx(2 + 1.2815516 * std::sqrt(2.0)));

    // Drift: c = (4 − 1)/3 = 1; residuals 1, −2, 1 (Σ = 6 over T − 2 = 2): σ̂ = √3;
    // h = 1: √3·√(1·(1 + 1/3)) = 2; h = 2: √3·√(2·(1 + 2/3)) = √10.
    auto drift = driftForecast(kTiny, 2);
    REQUIRE(drift);
    CHECK(drift->at(0).point == Approx(5));
    CHECK(drift->at(1).point == Approx(6));
    CHECK(drift->at(0).lo80 == Approx(5 - 1.2815516 * 2));
    CHECK(drift->at(1).hi95 == Approx(6 + 1.9599640 * std::sqrt(10.0)));

    // Too short for each.
    CHECK_FALSE(meanForecast({1}, 1));
    CHECK_FALSE(seasonalNaiveForecast({1, 2, 3}, 4, 1));
    CHECK_FALSE(driftForecast({1, 2}, 1));
}

TEST_CASE("ETS gives R's log-likelihood, AICc and intervals at R's parameters")
{
    SECTION("ETS(A,Ad,N): a short trending series, analytical intervals")
    {
        // R: ets(ts(y), model = "AAN", damped = TRUE); forecast(fit, h = 3, level = c(80, 95)).
        const std::vector<double> y = {12, 15, 14, 18, 21, 19, 24, 27, 25, 30, 31, 35, 33, 38, 41};
        EtsParameters p;
        p.alpha = 0.125831373499440;
        p.beta = 0.125077409602465;
        p.phi = 0.979999996317996;
        p.level = 9.978802540470816;
        p.slope = 1.809775796447190;
        const EtsFit fit
                = fixedFit({EtsError::Additive, EtsTrend::Damped, EtsSeason::None}, 1, p, y, 5);
        CHECK(fit.loglik == Approx(-28.5457578433777).epsilon(1e-10));
        CHECK(fit.aicc == Approx(79.5915156867555).epsilon(1e-10));
        const auto f = etsForecast(fit, 3);
        CHECK(f[0].point == Approx(41.4190462139571).epsilon(1e-10));
        CHECK(f[2].point == Approx(45.7553382201504).epsilon(1e-10));
        CHECK(f[0].lo80 == Approx(38.7012278651296).epsilon(1e-9));
        CHECK(f[0].hi95 == Approx(45.5755906897623).epsilon(1e-9));
        CHECK(f[1].lo95 == Approx(39.3262255751560).epsilon(1e-9));
        CHECK(f[2].hi80 == Approx(48.7294830847966).epsilon(1e-9));
    }
    SECTION("ETS(M,A,M): UKgas, multiplicative errors and season")
    {
        // R: ets(UKgas, model = "MAM", damped = FALSE). R keeps the seasonal states newest
        // first; here season[k] belongs to quarter k + 1.
        EtsParameters p;
        p.alpha = 0.0305368688940664;
        p.beta = 0.0305364435769846;
        p.gamma = 0.6238385789071278;
        p.level = 124.0899426504161482;
        p.slope = 0.8654755906029989;
        p.season = {1.332057415445062, 1.0582302178902596, 0.6539263059747017, 0.9557860606899765};
        const EtsFit fit = fixedFit(
                {EtsError::Multiplicative, EtsTrend::Additive, EtsSeason::Multiplicative}, 4, p,
                kUkGas, 8);
        CHECK(fit.loglik == Approx(-618.360779733107).epsilon(1e-9));
        CHECK(fit.aicc == Approx(1256.55829416009).epsilon(1e-9));
        CHECK(fit.sigma2 == Approx(0.0136235963428132).epsilon(1e-8));
    }
}

TEST_CASE("ETS estimates at least as well as R and picks by AICc")
{
    // R's fit of ETS(M,A,M) to UKgas reaches AICc 1256.558; the search here must do no worse.
    const auto fit = fitEts(
            kUkGas, 4, {EtsError::Multiplicative, EtsTrend::Additive, EtsSeason::Multiplicative});
    REQUIRE(fit);
    CHECK(fit->aicc <= 1256.5583 + 1e-6);
    CHECK(etsParametersAllowed(fit->spec, 4, fit->parameters));
    // The automatic choice is the candidate of least AICc.
    const auto best = autoEts(kUkGas, 4);
    REQUIRE(best);
    for (const EtsSpec &spec : etsCandidates(kUkGas, 4)) {
        if (const auto other = fitEts(kUkGas, 4, spec)) {
            CHECK(best->aicc <= other->aicc + 1e-9);
        }
    }
    // No multiplicative parts for a series with a zero, no season without two full seasons.
    const std::vector<double> withZero = {3, 0, 4, 5, 6, 5, 7, 8, 6, 9};
    for (const EtsSpec &spec : etsCandidates(withZero, 12)) {
        CHECK(spec.error == EtsError::Additive);
        CHECK(spec.season == EtsSeason::None);
    }
}

TEST_CASE("ETS model names read and write both ways")
{
    const auto spec = EtsSpec::parse(u"MAdM"_s);
    REQUIRE(spec);
    CHECK(spec->name() == u"ETS(M,Ad,M)"_s);
    CHECK(EtsSpec::parse(u"ETS(A,N,A)"_s)->name() == u"ETS(A,N,A)"_s);
    CHECK_FALSE(EtsSpec::parse(u"XYZ"_s));
    CHECK_FALSE(EtsSpec::parse(u"AM"_s));
}

TEST_CASE("The backtest scores the last origins by hand")
{
    // Naive on 1…8 one step ahead from the last three origins: forecasts 7, 6, 5 for 8, 7, 6;
    // every error 1, the scale (mean absolute difference) 1: MASE 1; sMAPE the mean of
    // 200/15, 200/13 and 200/11.
    ForecastOptions o;
    o.method = Method::Naive;
    o.horizon = 1;
    const auto f = forecastSeries({1, 2, 3, 4, 5, 6, 7, 8}, 1, o);
    REQUIRE(f);
    CHECK(f->backtest.origins == 3);
    CHECK(f->backtest.horizon == 1);
    REQUIRE(f->backtest.mase);
    CHECK(*f->backtest.mase == Approx(1));
    CHECK(*f->backtest.smape == Approx((200.0 / 15 + 200.0 / 13 + 200.0 / 11) / 3));
    CHECK(*f->backtest.snaiveMase == Approx(1));
    CHECK(f->points[0].point == Approx(8));
}

TEST_CASE("Automatic forecasting takes the method its backtest prefers")
{
    ForecastOptions o;
    o.horizon = 4;
    const auto f = forecastSeries(kUkGas, 4, o);
    REQUIRE(f);
    REQUIRE(f->candidates.size() == 3);
    const auto best = std::min_element(f->candidates.begin(), f->candidates.end(),
                                       [](const Candidate &a, const Candidate &b) {
                                           return a.mase.value_or(1e9) < b.mase.value_or(1e9);
                                       });
    CHECK(f->method == best->method);
    CHECK(f->backtest.mase == best->mase);
    CHECK(f->points.size() == 4);
    for (const ForecastPoint &p : f->points) {
        CHECK(p.lo95 <= p.lo80);
        CHECK(p.lo80 <= p.point);
        CHECK(p.point <= p.hi80);
        CHECK(p.hi80 <= p.hi95);
    }
}

TEST_CASE("Short and awkward series are forecast honestly, each with a note")
{
    ForecastOptions o;
    o.horizon = 3;
    SECTION("three values: naive")
    {
        const auto f = forecastSeries({5, 7, 6}, 12, o);
        REQUIRE(f);
        CHECK(f->method == Method::Naive);
        CHECK(f->points[2].point == Approx(6));
        CHECK(f->notes.size() == 1);
    }
    SECTION("all one value: that value, no spread")
    {
        const auto f = forecastSeries(std::vector<double>(30, 42.0), 12, o);
        REQUIRE(f);
        CHECK(f->points[0].point == 42);
        CHECK(f->points[0].lo95 == 42);
        CHECK(f->points[0].hi95 == 42);
        CHECK(f->notes.size() == 1);
    }
    SECTION("less than two seasons: no seasonal model")
    {
        std::vector<double> y;
        for (int t = 0; t < 18; ++t) {
            y.push_back(100 + 3 * t + (t % 12 == 11 ? 40 : 0));
        }
        o.method = Method::HoltWintersAdditive;
        const auto f = forecastSeries(y, 12, o);
        REQUIRE(f);
        CHECK(f->model == u"ETS(A,A,N)"_s);
        CHECK(f->notes.size() == 1);
    }
    SECTION("zeros: no multiplicative model, and nothing below zero when asked")
    {
        o.method = Method::HoltWintersMultiplicative;
        const std::vector<double> y = {0, 2, 5, 1, 0, 3, 6, 2, 0, 2, 5, 1, 1, 3, 6, 2};
        CHECK_FALSE(forecastSeries(y, 4, o));
        o.method = Method::Auto;
        o.nonNegative = true;
        const auto f = forecastSeries(y, 4, o);
        REQUIRE(f);
        for (const ForecastPoint &p : f->points) {
            CHECK(p.lo95 >= 0);
        }
    }
    SECTION("nothing, or not a number")
    {
        CHECK(forecastSeries({}, 12, o).error().kind == Error::Kind::Data);
        CHECK_FALSE(forecastSeries({1, NAN, 3, 4}, 1, o));
        o.horizon = 0;
        CHECK(forecastSeries({1, 2, 3, 4}, 1, o).error().kind == Error::Kind::User);
    }
}

TEST_CASE("A series file is read in time order or refused with its line named")
{
    TempDir dir;
    SECTION("monthly, with a gap: the values after it")
    {
        const auto path = writeFile(dir, u"s.csv"_s,
                                    "period,value\n2025-01,5\n2025-02,6\n2025-04,7\n2025-05,8\n"
                                    "2025-06,9\n");
        const auto s = readSeriesFile(path);
        REQUIRE(s);
        CHECK(s->frequency() == 12);
        CHECK(s->first == Period::month(2025, 4));
        CHECK(s->values == std::vector<double> {7, 8, 9});
        CHECK(s->notes.size() == 1);
        CHECK(s->periodAt(3) == Period::month(2025, 7));
    }
    SECTION("quarterly across a year")
    {
        const auto s = readSeriesFile(
                writeFile(dir, u"q.csv"_s, "period,value\n2025Q3,1.5\n2025Q4,2\n2026Q1,-3\n"));
        REQUIRE(s);
        CHECK(s->frequency() == 4);
        CHECK(s->values == std::vector<double> {1.5, 2, -3});
        CHECK(s->periodAt(3) == Period::quarter(2026, 2));
    }
    const QList<std::pair<QByteArray, QString>> bad = {
            {"period,value\n", u"no rows"_s},
            {"period,value\n2025-01,5\n2025-02,x\n", u"Line 3"_s},
            {"period,value\n2025-02,5\n2025-01,6\n", u"Line 3"_s},
            {"period,value\n2025-01,5\n2025Q2,6\n", u"Line 3"_s},
            {"period,value\n2025-13,5\n", u"Line 2"_s},
    };
    for (const auto &[text, says] : bad) {
        const auto s = readSeriesFile(writeFile(dir, u"bad.csv"_s, text));
        REQUIRE_FALSE(s);
        CHECK(s.error().kind == Error::Kind::Data);
        CHECK(s.error().message.contains(says == u"no rows"_s ? u"no rows"_s : says));
    }
}

TEST_CASE("The book's series are the KPI engine's figures, forecast from the running period")
{
    Book2026Q3 b;
    b.fill();
    // And a revenue target for 2026Q4 of ¥60,000.
    Target t;
    t.name = u"Revenue 2026Q4"_s;
    t.metric = Metric::Revenue;
    t.period = Period::quarter(2026, 4);
    t.value = 6000000;
    REQUIRE(b->targets().addTarget(t).ok());

    BookForecastRequest r;
    r.asOf = QDate(2026, 10, 15);
    r.options.horizon = 2;
    // Won: ¥4,000 on 30 Jun, ¥10,000 on 10 Jul, ¥30,000 on 15 Aug; September only a loss.
    auto monthly = forecastBook(b->kpi(), b->targets(), r);
    REQUIRE(monthly);
    CHECK(monthly->history.first == Period::month(2026, 6));
    CHECK(monthly->history.values == std::vector<double> {400000, 1000000, 3000000, 0});
    CHECK(monthly->running == Period::month(2026, 10));
    CHECK(monthly->runningSoFar == 0);
    CHECK(monthly->forecast.points.size() == 2);

    r.metric = BookMetric::WonDeals;
    auto won = forecastBook(b->kpi(), b->targets(), r);
    REQUIRE(won);
    CHECK(won->history.values == std::vector<double> {1, 1, 1, 0});

    r.metric = BookMetric::NewCustomers; // Acme in June, Beta in August
    auto fresh = forecastBook(b->kpi(), b->targets(), r);
    REQUIRE(fresh);
    CHECK(fresh->history.values == std::vector<double> {1, 0, 1, 0});

    // By quarter: Q2 ¥4,000, Q3 ¥40,000; two values → naive: ¥40,000 a quarter. Q4 holds
    // nothing to 15 Oct and has 77 of its 92 days left: ¥40,000 × 77 ÷ 92 = ¥33,478.26,
    // ¥26,521.74 short of its target.
    r.metric = BookMetric::Revenue;
    r.by = Period::Kind::Quarter;
    auto quarterly = forecastBook(b->kpi(), b->targets(), r);
    REQUIRE(quarterly);
    CHECK(quarterly->history.values == std::vector<double> {400000, 4000000});
    CHECK(quarterly->forecast.method == Method::Naive);
    REQUIRE(quarterly->targets.size() == 2);
    CHECK(quarterly->targets[0].period == Period::quarter(2026, 4));
    CHECK(quarterly->targets[0].targetMinor == 6000000);
    CHECK(quarterly->forecast.points[0].point == Approx(4000000.0 * 77 / 92));
    CHECK(quarterly->forecast.points[1].point == Approx(4000000));
    CHECK(quarterly->targets[0].gapMinor == -2652174);
    CHECK_FALSE(quarterly->targets[1].targetMinor);

    // Only Acme's deals: ¥4,000 in June, ¥10,000 in July; its first win was in June. No target
    // is of some customers.
    r.by = Period::Kind::Month;
    r.customers = QSet<qint64> {*b->customers().ensureCustomer(u"Acme"_s)};
    auto acme = forecastBook(b->kpi(), b->targets(), r);
    REQUIRE(acme);
    CHECK(acme->history.first == Period::month(2026, 6));
    CHECK(acme->history.values == std::vector<double> {400000, 1000000, 0, 0});
    CHECK(acme->targets.isEmpty());
    r.metric = BookMetric::WonDeals;
    CHECK(forecastBook(b->kpi(), b->targets(), r)->history.values
          == std::vector<double> {1, 1, 0, 0});
    r.metric = BookMetric::NewCustomers;
    CHECK(forecastBook(b->kpi(), b->targets(), r)->history.values
          == std::vector<double> {1, 0, 0, 0});
    r.metric = BookMetric::Revenue;
    r.customers.reset();

    // Nothing closed before the running period: nothing to forecast from.
    TestBook empty(QDate(2026, 10, 15));
    r.asOf = QDate(2026, 10, 15);
    CHECK(forecastBook(empty->kpi(), empty->targets(), r).error().kind == Error::Kind::Data);
}

TEST_CASE("A book forecast starts at the first close won or lost and counts its scope's deals")
{
    Book2026Q3 b; // as of 15 Oct 2026
    const qint64 li = *b->team().ensureRep(u"Li Na"_s);
    const qint64 wang = *b->team().ensureRep(u"Wang Fang"_s);
    const auto add = [&](qint64 owner, qint64 yuan, const QString &product, const QDate &created) {
        Deal d;
        d.title = u"Deal %1"_s.arg(++b.made);
        d.customerId = *b->customers().ensureCustomer(u"Acme"_s);
        d.ownerId = owner;
        d.product = product;
        d.valueMinor = yuan * 100;
        auto id = b->pipeline().addDeal(
                d, Book2026Q3::at(created.year(), created.month(), created.day()));
        REQUIRE(id);
        return *id;
    };
    // Li: ¥1,000 lost 20 Mar (Q1), ¥2,000 of pumps won 10 May (Q2).
    b.close(add(li, 1000, u"Valves"_s, {2026, 2, 1}), DealStatus::Lost,
            Book2026Q3::at(2026, 3, 20));
    b.close(add(li, 2000, u"Pumps"_s, {2026, 4, 1}), DealStatus::Won, Book2026Q3::at(2026, 5, 10));
    // Wang: ¥5,000 won half an hour into 1 Jul, local time (Q3), ¥3,000 won 5 Oct (Q4, running).
    b.close(add(wang, 5000, u"Valves"_s, {2026, 1, 5}), DealStatus::Won,
            QDateTime(QDate(2026, 7, 1), QTime(0, 30)).toUTC());
    b.close(add(wang, 3000, u"Valves"_s, {2026, 9, 1}), DealStatus::Won,
            Book2026Q3::at(2026, 10, 5));

    BookForecastRequest r;
    r.asOf = QDate(2026, 10, 15);
    r.by = Period::Kind::Quarter;
    const auto series = [&](const TargetScope &scope, BookMetric metric) {
        r.scope = scope;
        r.metric = metric;
        auto fc = forecastBook(b->kpi(), b->targets(), r);
        REQUIRE(fc);
        return std::tuple {fc->history.first, fc->history.values, fc->runningSoFar};
    };
    const Period q1 = Period::quarter(2026, 1);
    // The company's history begins with the loss in Q1, which won nothing.
    CHECK(series({}, BookMetric::Revenue)
          == std::tuple {q1, std::vector<double> {0, 200000, 500000}, 300000.0});
    CHECK(series({}, BookMetric::WonDeals) == std::tuple {q1, std::vector<double> {0, 1, 1}, 1.0});
    CHECK(series({ScopeKind::Rep, li, {}}, BookMetric::Revenue)
          == std::tuple {q1, std::vector<double> {0, 200000, 0}, 0.0});
    CHECK(series({ScopeKind::Rep, wang, {}}, BookMetric::Revenue)
          == std::tuple {Period::quarter(2026, 3), std::vector<double> {500000}, 300000.0});
    CHECK(series({ScopeKind::Product, 0, u"Pumps"_s}, BookMetric::Revenue)
          == std::tuple {Period::quarter(2026, 2), std::vector<double> {200000, 0}, 0.0});
    CHECK(series({ScopeKind::Product, 0, u"Valves"_s}, BookMetric::WonDeals)
          == std::tuple {q1, std::vector<double> {0, 0, 1}, 1.0});
    // Month by month: March to September, October running.
    r.by = Period::Kind::Month;
    CHECK(series({}, BookMetric::Revenue)
          == std::tuple {Period::month(2026, 3),
                         std::vector<double> {0, 0, 200000, 0, 500000, 0, 0}, 300000.0});
}

TEST_CASE(
        "A period's forecast: a month or quarter ahead, a year as its quarters, one fit per scope")
{
    Book2026Q3 b;
    b.fill();
    Target t;
    t.name = u"Revenue 2026Q4"_s;
    t.metric = Metric::Revenue;
    t.period = Period::quarter(2026, 4);
    t.value = 6000000;
    REQUIRE(b->targets().addTarget(t).ok());

    PeriodForecaster f(b->kpi(), b->targets(), QDate(2026, 10, 15));
    const TargetScope company;
    // By quarter: Q2 ¥4,000 and Q3 ¥40,000, two values → naive: ¥40,000 a quarter; Q4
    // holds nothing yet and has 77 of 92 days left.
    const double q4Point = 4000000.0 * 77 / 92;
    auto q4 = f.forecast(BookMetric::Revenue, company, Period::quarter(2026, 4));
    REQUIRE(q4);
    REQUIRE(*q4);
    CHECK((*q4)->point == Approx(q4Point));
    CHECK((*q4)->soFar == 0);
    CHECK((*q4)->model == u"Naive"_s);
    CHECK((*q4)->gapTo(t.value) == Approx(q4Point - 6000000));
    REQUIRE((*q4)->lo80);
    CHECK(*(*q4)->lo80 <= (*q4)->point);
    auto q1 = f.forecast(BookMetric::Revenue, company, Period::quarter(2027, 1));
    REQUIRE(q1);
    REQUIRE(*q1);
    CHECK((*q1)->point == Approx(4000000));
    // The year: Q1 nothing, Q2 and Q3 as they were (¥44,000 so far), Q4 as forecast.
    auto year = f.forecast(BookMetric::Revenue, company, Period::year(2026));
    REQUIRE(year);
    REQUIRE(*year);
    CHECK((*year)->soFar == Approx(4400000));
    CHECK((*year)->point == Approx(4400000 + q4Point));
    CHECK_FALSE((*year)->lo80);
    // Won deals by quarter: 1 then 2 → 2 a quarter, 2 × 77 ÷ 92 of Q4 still to come.
    auto won = f.forecast(BookMetric::WonDeals, company, Period::quarter(2026, 4));
    REQUIRE(won);
    REQUIRE(*won);
    CHECK((*won)->point == Approx(2.0 * 77 / 92));
    // A month ahead comes from the monthly series, with its range.
    auto november = f.forecast(BookMetric::Revenue, company, Period::month(2026, 11));
    REQUIRE(november);
    REQUIRE(*november);
    REQUIRE((*november)->hi80);
    CHECK((*november)->point <= *(*november)->hi80);
    // Not forecast: a week, a period over, one past 24 quarters, a rep with no history.
    for (const Period &p : {Period::containing(Period::Kind::Week, QDate(2026, 10, 20)),
                            Period::month(2026, 9), Period::quarter(2033, 1)}) {
        auto none = f.forecast(BookMetric::Revenue, company, p);
        REQUIRE(none);
        CHECK_FALSE(*none);
    }
    const qint64 ann = *b->team().ensureRep(u"Ann"_s);
    auto nobody
            = f.forecast(BookMetric::Revenue, {ScopeKind::Rep, ann, {}}, Period::quarter(2026, 4));
    REQUIRE(nobody);
    CHECK_FALSE(*nobody);
}

TEST_CASE("Supply capacity is recent output per rep on staff times the reps on staff now")
{
    Book2026Q3 b;
    b.fill();
    const auto rep = [&](const QString &name, const QDate &hired, const QDate &left, bool active) {
        Rep r;
        r.name = name;
        r.hiredOn = hired;
        r.leftOn = left;
        r.active = active;
        auto id = b->team().addRep(r);
        REQUIRE(id);
        return *id;
    };
    const qint64 ann = rep(u"Ann"_s, QDate(2026, 1, 1), {}, true);
    rep(u"Bob"_s, QDate(2026, 8, 1), {}, true); // on staff in Q3, not Q2
    rep(u"Cy"_s, QDate(2025, 3, 1), QDate(2026, 6, 15), false); // Q2, not Q3
    rep(u"Dee"_s, {}, {}, false); // inactive without a date: in the past, not now

    BookForecastRequest r;
    r.asOf = QDate(2026, 10, 15);
    r.by = Period::Kind::Quarter;
    r.options.horizon = 1;
    auto fc = forecastBook(b->kpi(), b->targets(), r);
    REQUIRE(fc);
    // Q2 ¥4,000 over Ann, Cy and Dee; Q3 ¥40,000 over Ann, Bob and Dee: (1,333.33 + 13,333.33)
    // ÷ 2 = ¥7,333.33 a rep; Ann and Bob now: ¥14,666.67 a quarter.
    auto all = supplyCapacity(*fc, {}, b->team(), r.asOf);
    REQUIRE(all);
    CHECK(all->periods == 2);
    CHECK(all->perRep == Approx(733333.333));
    CHECK(all->repsNow == 2);
    CHECK(all->capacity == Approx(1466666.667));
    CHECK(*all->load(4000000) == Approx(4000000.0 / 1466666.667));
    // One rep: the series given over one head.
    auto one = supplyCapacity(*fc, {ScopeKind::Rep, ann, {}}, b->team(), r.asOf);
    REQUIRE(one);
    CHECK(one->perRep == Approx(2200000));
    CHECK(one->capacity == Approx(2200000));
    CHECK_FALSE(supplyCapacity(*fc, {ScopeKind::Product, 0, u"Racks"_s}, b->team(), r.asOf));
    // Nobody on staff now: no capacity, no load.
    SupplyCapacity none;
    CHECK_FALSE(none.load(100));
}
