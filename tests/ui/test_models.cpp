#include "core/demo/demogenerator.h"
#include "tests/support/testbook.h"
#include "ui/customers/customermodel.h"
#include "ui/pipeline/activitymodel.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/deallistmodel.h"
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

TEST_CASE("Deal lists pass QAbstractItemModelTester through edits and the Board adds up its cards")
{
    TempDir dir;
    auto book = demoBook(dir, 300);
    auto &pipeline = book->pipeline();
    DealColumns columns(*book);
    const QDateTime now = columns.now();
    // The List and two of the Board's columns, each reading its rows at once when asked to.
    const auto makeList = [&columns](const DealListQuery &query) {
        auto list = std::make_unique<DealListModel>(&columns);
        QObject::connect(list.get(), &DealListModel::loadRequested, list.get(),
                         &DealListModel::load);
        list->setQuery(query);
        list->load();
        return list;
    };
    const auto tested = [](DealListModel &model) {
        return std::make_unique<QAbstractItemModelTester>(
                &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    };
    DealListQuery everyDeal;
    everyDeal.order = DealListQuery::Order::Value;
    auto list = makeList(everyDeal);
    const auto listTester = tested(*list);
    const qint64 lead = pipeline.activeStages().first().id;
    const qint64 second = pipeline.activeStages().at(1).id;
    DealListQuery leadQuery; // as the Board's Lead column: by expected close, none last
    leadQuery.stageId = lead;
    auto leadColumn = makeList(leadQuery);
    const auto leadTester = tested(*leadColumn);
    DealListQuery wonQuery; // as the Board's Won column: closed in the last 30 days, latest first
    wonQuery.status = DealStatus::Won;
    wonQuery.closedSince = columns.closedSince();
    wonQuery.order = DealListQuery::Order::Closed;
    wonQuery.descending = true;
    auto wonColumn = makeList(wonQuery);
    const auto wonTester = tested(*wonColumn);
    const auto settle = [] {
        QCoreApplication::processEvents();
    };

    // The Board lists the open deals and those closed in the last 30 days, in its orders.
    const auto all = *pipeline.dealSummaries();
    REQUIRE(all.size() == 300);
    QList<DealSummary> inLead, won;
    int onBoard = 0;
    for (const DealSummary &d : all) {
        const bool recent = d.closedAt.isValid() && d.closedAt >= columns.closedSince();
        onBoard += d.status == DealStatus::Open || recent ? 1 : 0;
        if (d.status == DealStatus::Open && d.stageId == lead) {
            inLead.append(d);
        } else if (d.status == DealStatus::Won && recent) {
            won.append(d);
        }
    }
    REQUIRE(onBoard < 300);
    DealListQuery board;
    board.closedSince = columns.closedSince();
    CHECK(pipeline.dealIds(board, now)->size() == onBoard);
    std::stable_sort(inLead.begin(), inLead.end(), [](const DealSummary &x, const DealSummary &y) {
        if (x.expectedClose.isValid() != y.expectedClose.isValid()) {
            return x.expectedClose.isValid();
        }
        return x.expectedClose < y.expectedClose; // ties stay by id
    });
    std::stable_sort(won.begin(), won.end(), [](const DealSummary &x, const DealSummary &y) {
        return x.closedAt > y.closedAt;
    });
    const auto idsOf = [](const QList<DealSummary> &deals) {
        QList<qint64> ids;
        for (const DealSummary &d : deals) {
            ids.append(d.id);
        }
        return ids;
    };
    REQUIRE(inLead.size() > 1);
    REQUIRE(won.size() > 1);
    CHECK(leadColumn->ids() == idsOf(inLead));
    CHECK(wonColumn->ids() == idsOf(won));

    // The columns' totals from SQL are their deals added up one at a time, for everyone and for
    // one owner; the status bar's too.
    const qint64 owner = all.first().ownerId;
    for (const qint64 ownerId : {qint64(0), owner}) {
        DealTotalsByStage expected;
        for (const DealSummary &d : all) {
            if (ownerId != 0 && d.ownerId != ownerId) {
                continue;
            }
            if (d.status == DealStatus::Open) {
                columns.count(expected.open[d.stageId], d);
            } else if (d.closedAt >= columns.closedSince()) {
                columns.count(d.status == DealStatus::Won ? expected.won : expected.lost, d);
            }
        }
        board.ownerId = ownerId;
        const auto totals = pipeline.totals(board, now);
        REQUIRE(totals);
        const auto same = [](const DealTotals &x, const DealTotals &y) {
            CHECK(x.count == y.count);
            CHECK(x.value == y.value);
            CHECK(x.weightedHundredths == y.weightedHundredths);
            CHECK(x.idle == y.idle);
        };
        CHECK(totals->open.keys().size() == expected.open.keys().size());
        for (auto it = expected.open.cbegin(); it != expected.open.cend(); ++it) {
            same(totals->open.value(it.key()), it.value());
        }
        same(totals->won, expected.won);
        same(totals->lost, expected.lost);
        same(*pipeline.openTotals(ownerId, now), expected.allOpen());
        CHECK(expected.allOpen().count > 0);
        if (ownerId == 0) {
            CHECK(expected.allOpen().idle > 0);
            CHECK(expected.won.count == won.size());
        }
    }

    REQUIRE(list->rowCount() == 300);
    const int leadBefore = leadColumn->rowCount();

    Deal d;
    d.title = u"Tested deal"_s;
    d.customerId = *book->customers().ensureCustomer(u"Model Tester Ltd."_s);
    d.valueMinor = 4200000;
    d.stageId = lead;
    auto id = pipeline.addDeal(d);
    REQUIRE(id.ok());
    settle();
    CHECK(list->rowCount() == 301);
    CHECK(leadColumn->rowCount() == leadBefore + 1);
    CHECK(leadColumn->id(leadColumn->rowCount() - 1) == *id); // no expected close: last
    const int row = leadColumn->rowOf(*id);
    CHECK(leadColumn->index(row, DealColumns::TitleColumn).data().toString() == u"Tested deal"_s);
    CHECK(leadColumn->index(row, DealColumns::ValueColumn).data(DealColumns::SortRole).toLongLong()
          == 4200000);
    CHECK(leadColumn->index(row, DealColumns::CustomerColumn).data().toString()
          == u"Model Tester Ltd."_s);
    CHECK(leadColumn->index(row, DealColumns::ProbabilityColumn).data(DealColumns::SortRole).toInt()
          == 10);
    const int listRow = list->rowOf(*id);
    REQUIRE(listRow >= 0);
    CHECK(list->index(listRow, DealColumns::CustomerColumn).data().toString()
          == u"Model Tester Ltd."_s);

    REQUIRE(pipeline.moveDeal(*id, {second, DealStatus::Open, 0, {}}).ok());
    settle();
    CHECK(leadColumn->rowCount() == leadBefore);
    CHECK(list->index(list->rowOf(*id), DealColumns::ProbabilityColumn).data().toString()
          == u"20 %"_s);
    const int wonBefore = wonColumn->rowCount();
    REQUIRE(pipeline.moveDeal(*id, {0, DealStatus::Won, 0, {}}).ok());
    settle();
    CHECK(wonColumn->rowCount() == wonBefore + 1);
    CHECK(wonColumn->id(0) == *id); // the latest won
    CHECK(columns.title(*id) == u"Tested deal"_s);

    DealListQuery search = everyDeal;
    search.status = DealStatus::Open;
    search.search = u"model tester"_s;
    list->setQuery(search);
    CHECK(list->rowCount() == 0); // it is won now
    search.status.reset();
    list->setQuery(search);
    CHECK(list->rowCount() == 1);
    list->setQuery(everyDeal);

    REQUIRE(pipeline.removeDeal(*id).ok());
    settle();
    CHECK(wonColumn->rowCount() == wonBefore);
    CHECK(wonColumn->rowOf(*id) == -1);
    CHECK(list->rowCount() == 300);
    CHECK(list->rowOf(*id) == -1);
    CHECK(columns.title(*id).isEmpty());

    QList<Stage> stages = pipeline.stages();
    stages[0].customName = u"Enquiry"_s;
    REQUIRE(pipeline.saveStages(stages).ok());
    settle();
    CHECK(leadColumn->index(0, DealColumns::StageColumn).data().toString() == u"Enquiry"_s);
}

TEST_CASE("The target tree passes QAbstractItemModelTester")
{
    TempDir dir;
    auto book = demoBook(dir, 600);
    TargetModel model(book->targets());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // nothing is read until the rows are asked for
    model.reload();
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
    DealColumns deals(*book);
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
