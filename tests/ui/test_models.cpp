#include "core/demo/demogenerator.h"
#include "tests/support/testbook.h"
#include "ui/customers/customermodel.h"
#include "ui/pipeline/activitymodel.h"
#include "ui/pipeline/dealfilters.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/dealmodel.h"
#include "ui/pipeline/funnelview.h"
#include "ui/targets/targetmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QScopeGuard>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// The demo's today, and the day its book's clock reads: a Wednesday.
const QDate DemoDay(2026, 11, 18);

std::unique_ptr<Book> demoBook(const TempDir &dir, int deals)
{
    DemoGenerator::Options options;
    options.deals = deals;
    options.asOf = DemoDay;
    const QString path = dir.file(u"models.salesdesk"_s);
    REQUIRE(DemoGenerator::generate(path, options).ok());
    auto book = Book::open(path, Database::Access::ReadWrite, Clock::fixedOn(DemoDay));
    REQUIRE(book.ok());
    return std::move(book).value();
}

} // namespace

TEST_CASE("Deal models and proxies pass QAbstractItemModelTester through edits")
{
    TempDir dir;
    auto book = demoBook(dir, 300);
    auto &pipeline = book->pipeline();
    DealModel model(*book);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 0); // read when the page is first shown
    model.load();
    // The List reads its rows when asked to: here at once.
    DealListModel list(&model);
    QObject::connect(&list, &DealListModel::loadRequested, &list, &DealListModel::load);
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.sort(DealModel::ValueColumn);
    const auto settle = [] {
        QCoreApplication::processEvents();
    };
    const qint64 lead = pipeline.activeStages().first().id;
    const qint64 second = pipeline.activeStages().at(1).id;
    BoardColumnProxy leadColumn(&model, lead, DealStatus::Open);
    QAbstractItemModelTester leadTester(&leadColumn,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    BoardColumnProxy wonColumn(&model, 0, DealStatus::Won);
    QAbstractItemModelTester wonTester(&wonColumn,
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The Board's model holds the open deals and those closed in the last 30 days; the List
    // lists every deal.
    const auto all = *pipeline.dealSummaries();
    REQUIRE(all.size() == 300);
    const QDateTime since = book->clock().nowUtc().addDays(-DealModel::BoardDays);
    const auto onBoard = std::count_if(all.cbegin(), all.cend(), [&](const DealSummary &d) {
        return d.status == DealStatus::Open || d.closedAt >= since;
    });
    REQUIRE(onBoard < 300);
    REQUIRE(model.rowCount() == onBoard);
    // The status bar's totals from SQL are the Board's added up one deal at a time, for
    // everyone and for one owner.
    const qint64 owner = all.first().ownerId;
    DealTotals open, ownersOpen;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.deal(r).status == DealStatus::Open) {
            model.count(open, model.deal(r));
            if (model.deal(r).ownerId == owner) {
                model.count(ownersOpen, model.deal(r));
            }
        }
    }
    for (const auto &[ownerId, expected] : {std::pair {qint64(0), open}, {owner, ownersOpen}}) {
        const auto totals = pipeline.openTotals(ownerId, model.now());
        REQUIRE(totals);
        CHECK(totals->count == expected.count);
        CHECK(totals->value == expected.value);
        CHECK(totals->weightedHundredths == expected.weightedHundredths);
        CHECK(totals->idle == expected.idle);
    }
    CHECK(open.count > ownersOpen.count);
    CHECK(ownersOpen.count > 0);
    CHECK(open.idle > 0);

    DealListQuery everyDeal;
    everyDeal.order = DealListQuery::Order::Value;
    list.setQuery(everyDeal);
    REQUIRE(list.rowCount() == 300);
    const int leadBefore = leadColumn.rowCount();

    Deal d;
    d.title = u"Tested deal"_s;
    d.customerId = *book->customers().ensureCustomer(u"Model Tester Ltd."_s);
    d.valueMinor = 4200000;
    d.stageId = lead;
    auto id = pipeline.addDeal(d);
    REQUIRE(id.ok());
    settle();
    CHECK(model.rowCount() == onBoard + 1);
    CHECK(list.rowCount() == 301);
    CHECK(leadColumn.rowCount() == leadBefore + 1);
    const int row = model.rowOf(*id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, DealModel::TitleColumn).data().toString() == u"Tested deal"_s);
    CHECK(model.index(row, DealModel::ValueColumn).data(DealModel::SortRole).toLongLong()
          == 4200000);
    CHECK(model.index(row, DealModel::CustomerColumn).data().toString() == u"Model Tester Ltd."_s);
    CHECK(model.index(row, DealModel::ProbabilityColumn).data(DealModel::SortRole).toInt() == 10);
    const int listRow = list.rowOf(*id);
    REQUIRE(listRow >= 0);
    CHECK(list.index(listRow, DealModel::CustomerColumn).data().toString()
          == u"Model Tester Ltd."_s);

    REQUIRE(pipeline.moveDeal(*id, {second, DealStatus::Open, 0, {}}).ok());
    settle();
    CHECK(leadColumn.rowCount() == leadBefore);
    CHECK(model.index(row, DealModel::ProbabilityColumn).data(DealModel::SortRole).toInt() == 20);
    CHECK(list.index(list.rowOf(*id), DealModel::ProbabilityColumn).data().toString() == u"20 %"_s);
    const int wonBefore = wonColumn.rowCount();
    REQUIRE(pipeline.moveDeal(*id, {0, DealStatus::Won, 0, {}}).ok());
    settle();
    CHECK(wonColumn.rowCount() == wonBefore + 1);

    DealListQuery search = everyDeal;
    search.status = DealStatus::Open;
    search.search = u"model tester"_s;
    list.setQuery(search);
    CHECK(list.rowCount() == 0); // it is won now
    search.status.reset();
    list.setQuery(search);
    CHECK(list.rowCount() == 1);
    list.setQuery(everyDeal);

    REQUIRE(pipeline.removeDeal(*id).ok());
    settle();
    CHECK(model.rowCount() == onBoard);
    CHECK(model.rowOf(*id) == -1);
    CHECK(list.rowCount() == 300);
    CHECK(list.rowOf(*id) == -1);

    QList<Stage> stages = pipeline.stages();
    stages[0].customName = u"Enquiry"_s;
    REQUIRE(pipeline.saveStages(stages).ok());
}

TEST_CASE("The target tree passes QAbstractItemModelTester")
{
    TempDir dir;
    auto book = demoBook(dir, 600);
    TargetModel model(book->targets());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo's year target, its four quarters, each with three months.
    REQUIRE(model.rowCount() > 0);
    const QModelIndex year = model.index(0, 0);
    CHECK(model.rowCount(year) == 4);
    CHECK(model.rowCount(model.index(0, 0, year)) == 3);
    CHECK(model.parent(model.index(0, 0, year)) == year);
    const qint64 id = year.data(TargetModel::IdRole).toLongLong();
    CHECK(model.indexOf(id) == year);
    REQUIRE(book->targets().adjust(id, model.target(id)->value + 100, u"Test"_s).ok());
    model.reload();
    CHECK(model.rowCount(model.indexOf(id)) == 4);
    // Not re-spread: the quarters now add up to ¥1.00 less than the year, and the tree says so.
    CHECK(model.indexOf(id, TargetModel::TargetColumn).data().toString().contains(u"parts −"_s));
}

TEST_CASE("The customer list passes QAbstractItemModelTester and filters by segment")
{
    TempDir dir;
    auto book = demoBook(dir, 500);
    CustomerModel model(*book);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // nothing read before reload()
    model.reload();
    REQUIRE(model.rowCount() == 200);
    CHECK(model.customerCount() == 200);
    int high = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        high += model.segment(model.id(r))->segment == Segment::HighValue ? 1 : 0;
    }
    model.setSegment(Segment::HighValue);
    CHECK(model.rowCount() == high);
    CHECK(high > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        CHECK(model.index(r, 0).data(CustomerModel::SegmentRole).toInt()
              == int(Segment::HighValue));
    }
    model.setSegment(std::nullopt);
    const QString name = book->customers().customers().first().name;
    model.setSearchText(name);
    CHECK(model.rowCount() >= 1);
    CHECK(model.index(0, CustomerModel::NameColumn).data().toString().contains(name));
    model.setSearchText(QString());
    model.reload();
    CHECK(model.rowCount() == 200);
}

TEST_CASE("The customer list filters by owner region tag and archive in the book")
{
    TestBook book;
    CustomerService &customers = book->customers();
    Rep lin;
    lin.name = u"Lin"_s;
    const qint64 rep = *book->team().addRep(lin);
    const auto add = [&](const QString &name, const QString &region, const QStringList &tags,
                         qint64 owner, const QString &phone) {
        CustomerRecord record;
        record.customer.name = name;
        record.customer.region = region;
        record.customer.tags = tags;
        record.customer.ownerId = owner;
        if (!phone.isEmpty()) {
            Contact person;
            person.name = u"Wang"_s;
            person.phone = phone;
            person.primary = true;
            record.contacts.append(person);
        }
        return *customers.add(record);
    };
    const qint64 a
            = add(u"Anhui Foods"_s, u"华东"_s, {u"VIP"_s, u"wholesale"_s}, rep, u"138 0000 1111"_s);
    const qint64 b = add(u"Beijing Tools"_s, u"华北"_s, {u"vipx"_s}, 0, u"139 2222"_s);
    const qint64 c = add(u"Chengdu Tea"_s, u"华东"_s, {}, rep, QString());
    REQUIRE(customers.setArchived({c}, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)).ok());
    CustomerModel model(*book);
    model.reload();
    const auto listed = [&model] {
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            ids.append(model.id(r));
        }
        return ids;
    };
    CHECK(listed() == QList<qint64> {a, b}); // by id, the archived one left out
    CHECK(model.customerCount() == 3);
    CHECK(model.archivedCount() == 1);
    CHECK(model.choices().owners == QSet<qint64> {rep, 0});
    CHECK(model.choices().regions == QSet<QString> {u"华东"_s, u"华北"_s});
    CHECK(model.choices().tags == QSet<QString> {u"VIP"_s, u"wholesale"_s, u"vipx"_s});
    model.setShowArchived(true);
    CHECK(listed() == QList<qint64> {a, b, c});
    model.setRegion(u"华东"_s);
    CHECK(listed() == QList<qint64> {a, c});
    model.setRegion(QString());
    model.setOwner(qint64(0));
    CHECK(listed() == QList<qint64> {b});
    model.setOwner(rep);
    CHECK(listed() == QList<qint64> {a, c});
    model.setOwner(std::nullopt);
    // A whole tag, case aside: "vip" is Anhui's, not Beijing's "vipx".
    model.setTag(u"vip"_s);
    CHECK(listed() == QList<qint64> {a});
    model.setTag(QString());
    // The search reads the phone of the primary contact, case aside in the name.
    model.setSearchText(u"2222"_s);
    CHECK(listed() == QList<qint64> {b});
    model.setSearchText(u"  CHENGDU "_s);
    CHECK(listed() == QList<qint64> {c});
    model.setSearchText(QString());
    // Ordered by a text column, then by a figure: ties by id either way.
    model.sort(CustomerModel::NameColumn, Qt::DescendingOrder);
    CHECK(listed() == QList<qint64> {c, b, a});
    model.sort(CustomerModel::RegionColumn, Qt::AscendingOrder);
    CHECK(model.index(0, CustomerModel::RegionColumn).data().toString()
          == model.index(1, CustomerModel::RegionColumn).data().toString());
    model.sort(CustomerModel::ValueColumn, Qt::DescendingOrder);
    CHECK(listed() == QList<qint64> {a, b, c});
    // The archived row reads as archived, from the book.
    const int row = model.rowOf(c);
    CHECK(model.index(row, CustomerModel::FollowUpColumn)
                  .data()
                  .toString()
                  .startsWith(u"archived "_s));
    CHECK(model.customerAt(row)->name == u"Chengdu Tea"_s);
}

TEST_CASE("Activity, week plan and funnel models pass QAbstractItemModelTester")
{
    TempDir dir;
    auto book = demoBook(dir, 200);
    DealModel deals(*book);
    ActivityModel activities(*book, &deals);
    activities.load(); // as the Activities view does when it is first shown
    QAbstractItemModelTester tester(&activities,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ActivityFilterProxy today(&activities);
    QAbstractItemModelTester todayTester(&today,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    WeekPlanModel week(&activities);
    QAbstractItemModelTester weekTester(&week,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(week.rowCount() == 7);
    REQUIRE(activities.rowCount() > 0);

    Activity a;
    a.subject = u"Visit the plant"_s;
    a.kind = ActivityKind::Visit;
    a.dueAt = QDateTime(DemoDay, QTime(15, 0));
    const int before = today.rowCount();
    const int weekdayRow = DemoDay.dayOfWeek() - 1;
    const int dayBefore = week.rowCount(week.index(weekdayRow, 0));
    auto id = book->activities().addActivity(a);
    REQUIRE(id.ok());
    CHECK(today.rowCount() == before + 1);
    CHECK(week.rowCount(week.index(weekdayRow, 0)) == dayBefore + 1);
    REQUIRE(book->activities().setDone(*id, true, u"Signed"_s).ok());
    CHECK(activities.index(activities.rowOf(*id), ActivityModel::DoneColumn)
                  .data(Qt::CheckStateRole)
                  .toInt()
          == Qt::Checked);
    REQUIRE(book->activities().removeActivity(*id).ok());
    CHECK(today.rowCount() == before);

    FunnelModel funnel;
    QAbstractItemModelTester funnelTester(&funnel,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto report = book->pipeline().funnel({}, {});
    REQUIRE(report.ok());
    funnel.setReport(*report, u"CNY"_s);
    CHECK(funnel.rowCount() == 5);
    CHECK(funnel.index(0, FunnelModel::EnteredColumn).data(FunnelModel::SortRole).toInt()
          == report->stages[0].entered);
    CHECK(funnel.index(report->bottleneck, 0).data(FunnelModel::BottleneckRole).toBool());
    funnel.setReport(*report, u"CNY"_s);
}

TEST_CASE("The customer list sorts names in the language's order, numbers as numbers")
{
    // The tests run in the C locale, which orders by code point; a user's language does not.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    TempDir dir;
    auto book = demoBook(dir, 20);
    CustomerService &customers = book->customers();
    for (const char *name : {"item 10 Ltd", "Item 2 Ltd", "alpha Trading", "Beta Foods"}) {
        REQUIRE(customers.ensureCustomer(QString::fromUtf8(name)).ok());
    }
    CustomerModel model(*book);
    model.reload();
    CustomerModel &proxy = model;
    model.setSearchText(u"item "_s); // the two items
    proxy.sort(CustomerModel::NameColumn, Qt::AscendingOrder);
    REQUIRE(proxy.rowCount() == 2);
    CHECK(proxy.index(0, CustomerModel::NameColumn).data().toString() == u"Item 2 Ltd"_s);
    CHECK(proxy.index(1, CustomerModel::NameColumn).data().toString() == u"item 10 Ltd"_s);
    model.setSearchText(QString());
    // Case does not split the alphabet: "alpha" comes before "Beta".
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        order.append(proxy.index(r, CustomerModel::NameColumn).data().toString());
    }
    CHECK(order.indexOf(u"alpha Trading"_s) < order.indexOf(u"Beta Foods"_s));
    // A reload (segments recomputed) keeps the order right for the new rows.
    REQUIRE(customers.ensureCustomer(u"Aardvark Co"_s).ok());
    model.reload();
    CHECK(proxy.index(0, CustomerModel::NameColumn).data().toString() == u"Aardvark Co"_s);
}
