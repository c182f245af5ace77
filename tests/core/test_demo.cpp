#include "core/demo/demogenerator.h"
#include "tests/support/demobook.h"
#include "tests/support/testbook.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every row of every table, in id order, as text: equal dumps mean equal content.
QString dump(const QString &path)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dump"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const auto &table :
             {u"book_properties"_s, u"stages"_s, u"lost_reasons"_s, u"customers"_s, u"reps"_s,
              u"deals"_s, u"deal_stage_history"_s, u"activities"_s, u"objectives"_s, u"targets"_s,
              u"target_revisions"_s, u"feedback"_s, u"customer_segments"_s,
              u"customer_segment_history"_s}) {
            REQUIRE(q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    out += q.value(i).toString() + u'|';
                }
                out += u'\n';
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"dump"_s);
    return out;
}

} // namespace

TEST_CASE("The demo company is the same for the same arguments")
{
    TempDir dir;
    DemoGenerator::Options options;
    options.deals = 600;
    options.seed = 7;
    options.asOf = QDate(2026, 6, 30);
    auto first = DemoGenerator::generate(dir.file(u"a.salesdesk"_s), options);
    // A second later, so that anything taken from the clock instead of --as-of shows.
    QThread::msleep(1100);
    auto second = DemoGenerator::generate(dir.file(u"b.salesdesk"_s), options);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->deals == 600);
    CHECK(first->customers == 240);
    CHECK(first->reps >= 5);
    CHECK(first->reps <= 8);
    CHECK(first->activities == second->activities);
    const QString a = dump(dir.file(u"a.salesdesk"_s));
    CHECK(a.size() > 10000);
    CHECK(a == dump(dir.file(u"b.salesdesk"_s)));

    options.seed = 8;
    REQUIRE(DemoGenerator::generate(dir.file(u"c.salesdesk"_s), options).ok());
    CHECK(a != dump(dir.file(u"c.salesdesk"_s)));
}

TEST_CASE("The demo company is believable and healthy")
{
    DemoGenerator::Options options;
    options.deals = 1500;
    options.asOf = QDate(2026, 11, 27);
    DemoBook book(options);
    CHECK(book->database().integrityProblems()->isEmpty());
    const PipelineService &p = book->pipeline();
    CHECK(p.checkInvariants()->isEmpty());

    auto deals = p.dealSummaries();
    REQUIRE(deals.ok());
    int open = 0;
    int won = 0;
    int lost = 0;
    QDate first = options.asOf;
    QDate last;
    for (const auto &d : *deals) {
        open += d.status == DealStatus::Open;
        won += d.status == DealStatus::Won;
        lost += d.status == DealStatus::Lost;
        first = std::min(first, d.createdAt.date());
        last = std::max(last, d.createdAt.date());
    }
    // Everything happened within the three years up to the demo's today.
    CHECK(first >= options.asOf.addYears(-3).addDays(-1));
    CHECK(last <= options.asOf);
    CHECK(open > 0);
    CHECK(won > 0);
    CHECK(lost > won); // most leads are lost somewhere along the way
    auto report = p.funnel({}, {});
    REQUIRE(report.ok());
    // Every stage hands on fewer deals than it receives.
    for (qsizetype i = 1; i < report->stages.size(); ++i) {
        CHECK(report->stages[i].entered < report->stages[i - 1].entered);
    }

    SECTION("a refused generation leaves nothing behind")
    {
        options.years = 0;
        CHECK_FALSE(DemoGenerator::generate(book.dir.file(u"bad.salesdesk"_s), options).ok());
        CHECK_FALSE(QFile::exists(book.dir.file(u"bad.salesdesk"_s)));
        options.years = 3;
        int calls = 0;
        auto cancelled = DemoGenerator::generate(book.dir.file(u"cancel.salesdesk"_s), options,
                                                 [&](int, int) { return ++calls < 1; });
        CHECK_FALSE(cancelled.ok());
        CHECK_FALSE(QFile::exists(book.dir.file(u"cancel.salesdesk"_s)));
    }
}

TEST_CASE("The demo company can be written for any size on any day")
{
    // Small books have no revenue last year, dates fall on 29 February, the last and first day
    // of a year, and before or after the middle of the year (when the demo raises its target).
    const QList<int> sizes = {1, 2, 5, 20, 60, 300};
    const QList<QDate> days
            = {QDate(2026, 1, 1),  QDate(2026, 2, 28),  QDate(2026, 7, 1), QDate(2026, 7, 8),
               QDate(2026, 12, 2), QDate(2026, 12, 31), QDate(2027, 1, 1), QDate(2027, 6, 30),
               QDate(2028, 2, 29), QDate(2028, 12, 31)};
    TempDir dir;
    for (int deals : sizes) {
        for (const QDate &day : days) {
            CAPTURE(deals, day.toString(Qt::ISODate));
            DemoGenerator::Options options;
            options.deals = deals;
            options.asOf = day;
            const QString file
                    = dir.file(u"demo-%1-%2.salesdesk"_s.arg(deals).arg(day.toString(Qt::ISODate)));
            auto made = DemoGenerator::generate(file, options);
            REQUIRE(made.ok());
            CHECK(made->deals == deals);
            CHECK(made->targets > 0);
            auto book = Book::open(file, Database::Access::ReadOnly);
            REQUIRE(book.ok());
            CHECK((*book)->database().integrityProblems()->isEmpty());
            const PipelineService &p = (*book)->pipeline();
            CHECK(p.checkInvariants()->isEmpty());
            // Nothing in the demo happened after its today.
            auto written = p.dealSummaries();
            REQUIRE(written.ok());
            for (const auto &d : *written) {
                CHECK(localDate(d.createdAt) <= day);
            }
        }
    }
}
