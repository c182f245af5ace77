#include "core/common/money.h"
#include "core/kpi/kpitext.h"
#include "core/market/marketservice.h"
#include "tests/support/kpibook.h"
#include "ui/commands/undostack.h"
#include "ui/dashboard/dashboardchart.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/dashboardworker.h"
#include "ui/dashboard/kpitile.h"
#include "ui/mainwindow.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/deallistview.h"
#include "ui/pipeline/pipelinepage.h"
#include "ui/targets/targetdetail.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate Today(2026, 10, 15); // the hand-made book's day (tests/support/kpibook.h)

struct Window : MainWindow
{
    Window() { setClock(Clock::fixedOn(Today)); }
};

// The hand-made book open in a window on its day, the dashboard shown on `range`.
struct DashboardWindow
{
    explicit DashboardWindow(DashboardPage::Range range)
    {
        b.fill();
        b.book.reset(); // the window opens it (one writer at a time)
        REQUIRE(window.openFile(b.dir.file(u"book.salesdesk"_s)));
        window.show();
        pages = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
        REQUIRE(pages);
        dashboard = window.dashboardPage();
        pages->setCurrentWidget(dashboard);
        dashboard->setRange(range);
    }
    Book2026Q3 b;
    Window window;
    QTabWidget *pages = nullptr;
    DashboardPage *dashboard = nullptr;
};

// Waits until the dashboard shows figures computed after everything asked of it.
void settle(DashboardPage *page)
{
    QSignalSpy updated(page, &DashboardPage::updated);
    for (int i = 0; i < 100 && !page->isCurrent(); ++i) {
        updated.wait(100);
    }
    REQUIRE(page->isCurrent());
}

QString tileValue(DashboardPage *page, Kpi kpi)
{
    return page->tile(kpi)->valueText();
}

} // namespace

TEST_CASE("The dashboard is the first tab — its tiles are the KPI engine's figures")
{
    Book2026Q3 b;
    b.fill();
    // A market of ¥800,000 in 2026Q3: the ¥40,000 won is a 5.0 % share.
    MarketSize size;
    size.period = Period::quarter(2026, 3);
    size.valueMinor = 80000000;
    size.source = u"Survey"_s;
    REQUIRE(b->market().setSize(size));
    auto engine = b->kpi().report(Period::quarter(2026, 3), {}, Today);
    REQUIRE(engine.ok());
    b.book.reset(); // the window opens it (one writer at a time)
    Window window;
    REQUIRE(window.openFile(b.dir.file(u"book.salesdesk"_s)));
    window.show();
    auto *pages = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    REQUIRE(pages);
    DashboardPage *dashboard = window.dashboardPage();
    REQUIRE(pages->widget(0) == dashboard);
    pages->setCurrentWidget(dashboard);
    dashboard->setRange(DashboardPage::Range::LastQuarter);
    settle(dashboard);
    CHECK(dashboard->shown().request.span.period == Period::quarter(2026, 3));

    const KpiFigures &k = engine->kpis;
    CHECK(tileValue(dashboard, Kpi::Revenue) == currency::formatWhole(k.revenueMinor, u"CNY"_s));
    CHECK(tileValue(dashboard, Kpi::Revenue) == u"¥40,000"_s);
    CHECK(tileValue(dashboard, Kpi::WonDeals) == u"2"_s);
    CHECK(tileValue(dashboard, Kpi::WinRate) == u"67 %"_s);
    CHECK(tileValue(dashboard, Kpi::WeightedPipeline) == u"¥12,800"_s);
    CHECK(tileValue(dashboard, Kpi::Nps) == u"0"_s);
    CHECK(tileValue(dashboard, Kpi::MarketShare) == u"5.0 %"_s);
    // ¥40,000 against Q2's ¥4,000: up 900 %, good news.
    CHECK(dashboard->tile(Kpi::Revenue)->changeText().startsWith(u"▲ 900 %"_s));
    CHECK(dashboard->tile(Kpi::Revenue)->toolTip().contains(u"won"_s));

    // A finished quarter has no forecast; the running one, from the history to 15 Oct (Q2
    // ¥4,000 and Q3 ¥40,000, naive): ¥40,000 × 77 ÷ 92 days left = ¥33,478, and no target.
    CHECK(dashboard->tile(Kpi::Revenue)->detailText() == u"80 % of the ¥50,000 target"_s);
    CHECK_FALSE(dashboard->shown().forecast);
    dashboard->setRange(DashboardPage::Range::ThisQuarter);
    settle(dashboard);
    REQUIRE(dashboard->shown().forecast);
    CHECK(dashboard->shown().forecast->point == Approx(4000000.0 * 77 / 92));
    CHECK(dashboard->tile(Kpi::Revenue)->detailText() == u"Forecast ¥33,478 for the period"_s);
    // October: the monthly series' forecast of the month, beside its (empty) bar.
    REQUIRE(dashboard->shown().monthForecast.size() == 3);
    CHECK(dashboard->shown().monthForecast[0].has_value());

    // September had no win: the revenue chart says so rather than draw nothing; it had a loss,
    // so the lost reasons are drawn.
    dashboard->setRange(DashboardPage::Range::LastMonth);
    settle(dashboard);
    CHECK(dashboard->chart(u"revenueChartView"_s)->emptyText()
          == u"No deals won in September 2026 yet."_s);
    CHECK(dashboard->chart(u"lostReasonChartView"_s)->emptyText().isEmpty());
}

TEST_CASE("The dashboard follows an edit and its undo and a tile opens the deals behind it")
{
    DashboardWindow w(DashboardPage::Range::ThisQuarter); // Q4 2026 to 15 Oct
    Window &window = w.window;
    QTabWidget *pages = w.pages;
    DashboardPage *dashboard = w.dashboard;
    settle(dashboard);
    CHECK(tileValue(dashboard, Kpi::Revenue) == u"¥0"_s);
    CHECK(tileValue(dashboard, Kpi::WonDeals) == u"0"_s);

    // Delta (¥20,000, open) is won today, from the Board's move: the dashboard follows.
    qint64 delta = 0;
    const auto open = window.book()->pipeline().dealSummaries(DealStatus::Open);
    REQUIRE(open.ok());
    for (const DealSummary &d : *open) {
        delta = d.valueMinor == 2000000 ? d.id : delta;
    }
    REQUIRE(delta != 0);
    window.pipelinePage()->moveDeals({delta}, 0, DealStatus::Won);
    settle(dashboard);
    CHECK(tileValue(dashboard, Kpi::Revenue) == u"¥20,000"_s);
    CHECK(tileValue(dashboard, Kpi::WonDeals) == u"1"_s);

    // A click on the revenue tile: the List with the one deal won this quarter, and back.
    QTest::mouseClick(dashboard->tile(Kpi::Revenue), Qt::LeftButton);
    PipelinePage *pipeline = window.pipelinePage();
    CHECK(pages->currentWidget() == pipeline);
    DealListView *list = pipeline->list();
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->query().ids.has_value());
    CHECK(list->shownOnlyText().contains(u"won in Q4 2026"_s));
    auto *back = list->findChild<QPushButton *>(u"backToDashboardButton"_s);
    REQUIRE(back);
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(pages->currentWidget() == dashboard);
    CHECK_FALSE(list->model()->query().ids.has_value());

    // Undo puts Delta back in its stage: the dashboard goes back too.
    window.undoStack()->undo();
    settle(dashboard);
    CHECK(tileValue(dashboard, Kpi::Revenue) == u"¥0"_s);
    CHECK(tileValue(dashboard, Kpi::WonDeals) == u"0"_s);
}

TEST_CASE("A bar of the dashboard opens the deals behind it")
{
    DashboardWindow w(DashboardPage::Range::LastQuarter);
    Window &window = w.window;
    QTabWidget *pages = w.pages;
    DashboardPage *dashboard = w.dashboard;
    settle(dashboard);
    // August's bar of won and lost: Beta's ¥30,000, won on 15 Aug.
    emit dashboard->chart(u"wonLostChartView"_s)->barClicked(0, 1);
    DealListView *list = window.pipelinePage()->list();
    CHECK(pages->currentWidget() == window.pipelinePage());
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->shownOnlyText().contains(u"won in August 2026"_s));
    // The open pipeline by stage at 30 Sep: Lead (Epsilon) first, then Proposal (Delta).
    emit dashboard->chart(u"stageChartView"_s)->barClicked(0, 1);
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->shownOnlyText().contains(u"Proposal"_s));
}

TEST_CASE("A custom range of days: its figures and the same number of days before")
{
    DashboardWindow w(DashboardPage::Range::LastQuarter);
    DashboardPage *dashboard = w.dashboard;
    settle(dashboard);
    // August: Beta's ¥30,000; the 31 days before (July): Acme's ¥10,000, so up 200 %.
    dashboard->setCustomRange(QDate(2026, 8, 1), QDate(2026, 8, 31));
    settle(dashboard);
    const DashboardRequest &r = dashboard->shown().request;
    CHECK(r.span == KpiSpan::between(QDate(2026, 8, 1), QDate(2026, 8, 31)));
    CHECK(r.compare == KpiSpan::between(QDate(2026, 7, 1), QDate(2026, 7, 31)));
    CHECK(tileValue(dashboard, Kpi::Revenue) == u"¥30,000"_s);
    CHECK(dashboard->tile(Kpi::Revenue)->changeText().startsWith(u"▲ 200 %"_s));
    // No target is of exactly these days, though the quarter has one.
    CHECK_FALSE(dashboard->shown().now.kpis.targetMinor);
    CHECK(dashboard->findChild<QWidget *>(u"fromDateEdit"_s)->isVisible());
}

TEST_CASE("The target pane sets the statistical forecast of a running target's period beside it")
{
    Book2026Q3 b;
    b.fill();
    Target t;
    t.name = u"Revenue 2026Q4"_s;
    t.metric = Metric::Revenue;
    t.period = Period::quarter(2026, 4);
    t.value = 6000000;
    auto id = b->targets().addTarget(t);
    REQUIRE(id);
    auto q3 = b->targets().progressAll(u"2026Q3"_s, Today);
    REQUIRE(q3);
    REQUIRE_FALSE(q3->isEmpty());

    TargetDetail detail(b->targets(), b->kpi());
    // Q2 ¥4,000 and Q3 ¥40,000 (naive), Q4 with 77 of 92 days to come: ¥33,478.26, short of
    // ¥60,000 by ¥26,521.74 — the same as `targets progress --forecast`.
    detail.showTarget(*id, Today);
    const QString summary = detail.findChild<QLabel *>(u"targetSummaryLabel"_s)->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(u"Statistical forecast <b>¥33,478.26</b>"_s));
    CHECK(summary.contains(u"-¥26,521.74"_s));
    // Q3 is over on 15 Oct: its pane has no forecast.
    detail.showTarget(q3->first().first.id, Today);
    CHECK_FALSE(detail.findChild<QLabel *>(u"targetSummaryLabel"_s)
                        ->text()
                        .contains(u"Statistical forecast"_s));
}

TEST_CASE("The dashboard counts the customers of each segment without the archived ones")
{
    TestBook book(QDate(2026, 6, 30));
    for (const QString &name : {u"Anhui Foods"_s, u"Baoli Textiles"_s, u"Changsha Tools"_s}) {
        REQUIRE(book->customers().ensureCustomer(name).ok());
    }
    REQUIRE(book->segments().recompute(QDate(2026, 6, 30)).ok());
    DashboardRequest request;
    request.span = KpiSpan::of(Period::quarter(2026, 2));
    request.compare = request.span.previous();
    request.asOf = QDate(2026, 6, 30);
    const auto counted = [&] {
        const DashboardData data = computeDashboard(*book, request);
        REQUIRE(data.error.isEmpty());
        return data.segments;
    };
    // No deals: all three are general customers.
    CHECK(counted() == QList<int> {0, 0, 3});
    const qint64 baoli = *book->customers().ensureCustomer(u"Baoli Textiles"_s);
    REQUIRE(book->customers().setArchived({baoli}, book->clock().nowUtc()).ok());
    CHECK(counted() == QList<int> {0, 0, 2});
}
