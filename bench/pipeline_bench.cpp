// Times the pipeline at scale on a generated demo company and prints one line per figure:
//   pipeline_bench --deals N [--dir DIR]
//   pipeline_bench --open FILE    start, open FILE, show the window, exit (timed from outside)
//   pipeline_bench --file FILE    the same figures for a copy of FILE (no demo generated)
//   pipeline_bench --hold FILE    open FILE to change it, as the window does, make one edit and
//                                 keep it open until stdin closes (readers timed beside it)
// generate, open (window shown with the file loaded), board (first paint), funnel, a move with
// every view updated, a List search, and the peak resident memory of the process.
#include "core/book/book.h"
#include "core/book/settings.h"
#include "core/customers/customerservice.h"
#include "core/customers/segmentservice.h"
#include "core/demo/demogenerator.h"
#include "core/evaluation/evaluationservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"
#include "ui/customers/customermodel.h"
#include "ui/customers/customerspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/performance/performancepage.h"
#include "ui/pipeline/boardview.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/deallistview.h"
#include "ui/pipeline/pipelinepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/resource.h>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// With SALESDESK_TRACE_SQL set on a server's book, the exchanges the window's own thread waited
// for since the last figure, read from the trace (each one a round trip on a slow link).
QString mainThreadExchanges(const QByteArray &what)
{
    static qsizetype seen = 0;
    QFile trace(qEnvironmentVariable("SALESDESK_TRACE_SQL"));
    if (!trace.open(QIODevice::ReadOnly)) {
        return {};
    }
    qsizetype count = 0;
    while (!trace.atEnd()) {
        const QByteArray line = trace.readLine();
        count += line.startsWith("-- ") && line.contains("main thread") ? 1 : 0;
    }
    const qsizetype since = count - seen;
    seen = count;
    trace.close();
    if (trace.open(QIODevice::Append)) { // where each step ends, for whoever reads the trace
        trace.write("/* the step above: " + what + " */\n");
    }
    return u"  (%1 exchanges on the window's thread)"_s.arg(since);
}

void report(const char *what, int deals, double ms)
{
    std::printf("%-34s %8d deals %10.1f ms%s\n", what, deals, ms,
                qPrintable(mainThreadExchanges(what)));
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Every run starts from the same window: no page or view remembered from the last run.
    QSettings().clear();
    QCommandLineParser parser;
    parser.addOption({u"deals"_s, u"Deals in the demo company."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"dir"_s, u"Where to write the demo file."_s, u"DIR"_s});
    parser.addOption({u"open"_s, u"Only open FILE, show the window and exit."_s, u"FILE"_s});
    parser.addOption({u"file"_s, u"Measure a copy of FILE instead of generating a demo company."_s,
                      u"FILE"_s});
    parser.addOption({u"book"_s,
                      u"Measure the book at ADDRESS (a team server's; one deal is moved) instead "
                      "of generating a demo company."_s,
                      u"ADDRESS"_s});
    parser.addOption({u"hold"_s,
                      u"Hold FILE open as a writer with one edit in its -wal until "
                      "stdin closes."_s,
                      u"FILE"_s});
    parser.process(app);
    if (parser.isSet(u"hold"_s)) {
        auto book = Book::open(parser.value(u"hold"_s));
        if (!book) {
            std::fprintf(stderr, "%s\n", qPrintable(book.message()));
            return 1;
        }
        const QString name = (*book)->companyName();
        if (auto st = (*book)->settings().set({{Book::companyNameKey(), name + u" (held)"_s}});
            !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.message()));
            return 1;
        }
        std::printf("held\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) { }
        return 0;
    }
    if (parser.isSet(u"open"_s)) {
        QElapsedTimer sinceMain;
        sinceMain.start();
        ui::MainWindow window;
        if (!window.openFile(parser.value(u"open"_s))) {
            return 1;
        }
        window.show();
        const bool shown = QTest::qWaitForWindowExposed(&window);
        QCoreApplication::processEvents();
        // What the user waits for, beside the whole run timed from outside (which also waits
        // for the dashboard's figures, computed on a thread of their own, before it exits).
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("window shown %lld ms after main() began, peak memory %.0f MiB by then\n",
                    sinceMain.elapsed(), double(usage.ru_maxrss) / 1024.0);
        return shown ? 0 : 1;
    }
    int deals = parser.value(u"deals"_s).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    const bool given = parser.isSet(u"file"_s) || parser.isSet(u"book"_s);
    const QString path = parser.isSet(u"book"_s) ? parser.value(u"book"_s)
                                                 : dir + u"/bench-%1.salesdesk"_s.arg(deals);
    if (!parser.isSet(u"book"_s)) {
        QFile::remove(path);
    }

    QElapsedTimer t;
    t.start();
    DemoGenerator::Options options;
    options.deals = deals;
    options.asOf = QDate(2026, 11, 27);
    if (parser.isSet(u"book"_s)) {
        // measured where it is
    } else if (parser.isSet(u"file"_s)) {
        // A book of one's own (a copy: the benchmark moves a deal), e.g. to profile one step.
        if (!QFile::copy(parser.value(u"file"_s), path)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(parser.value(u"file"_s)));
            return 1;
        }
    } else {
        auto generated = DemoGenerator::generate(path, options);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.message()));
            return 1;
        }
        report("generate demo", deals, msSince(t));
    }

    // Start to main window shown with the file loaded.
    t.restart();
    ui::MainWindow window;
    window.setClock(Clock::fixedOn(options.asOf));
    if (!window.openFile(path)) {
        return 1;
    }
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was never shown\n");
    }
    QCoreApplication::processEvents();
    const double opened = msSince(t);
    if (given) {
        DealListQuery everyDeal;
        everyDeal.order = DealListQuery::Order::Created;
        deals = int(window.book()->pipeline().dealIds(everyDeal, QDateTime())->size());
    }
    report("open file, window shown", deals, opened);

    ui::PipelinePage *page = window.pipelinePage();
    t.restart();
    page->showView(ui::PipelinePage::ListTab);
    page->list()->grab();
    report("open the List (first paint)", deals, msSince(t));
    t.restart();
    page->showView(ui::PipelinePage::BoardTab);
    page->board()->grab();
    report("open the Board (first paint)", deals, msSince(t));

    auto &pipeline = window.book()->pipeline();
    t.restart();
    auto funnel = pipeline.funnel({}, {});
    report("funnel query, all time", deals, msSince(t));
    t.restart();
    funnel = pipeline.funnel(QDate(2026, 9, 1), QDate(2026, 11, 27));
    report("funnel query, last quarter", deals, msSince(t));

    // One move with the List and every Board column listing their deals again, and the
    // Board's headers added up again.
    // The first deal of the first column that has one, moved to the last stage (or, when it is
    // there already, to the first): a book benched again has moved deals before.
    const QList<Stage> stages = pipeline.activeStages();
    qint64 openId = 0;
    qint64 target = stages.last().id;
    for (const Stage &stage : stages) {
        const ui::DealListModel *column = page->board()->columnModel(stage.id);
        if (column->rowCount() > 0) {
            openId = column->id(0);
            target = stage.id == stages.last().id ? stages.first().id : stages.last().id;
            break;
        }
    }
    t.restart();
    if (const Status moved = pipeline.moveDeal(openId, {target, DealStatus::Open, 0, {}}); !moved) {
        std::fprintf(stderr, "The move of deal %lld failed: %s\n", static_cast<long long>(openId),
                     qPrintable(moved.message()));
    }
    QCoreApplication::processEvents(); // the columns list their deals
    QCoreApplication::processEvents(); // the headers
    report("move one deal, views updated", deals, msSince(t));

    // The List's rows read from the book: every deal by expected close, a search through all of
    // them, and all of them by value.
    ui::DealListModel *list = page->list()->model();
    DealListQuery query = list->query();
    query.status.reset();
    const auto listed = [&](const char *what) {
        t.restart();
        list->setQuery(query);
        list->load();
        page->list()->grab();
        report(what, deals, msSince(t));
    };
    listed("List: show all deals (sorted)");
    query.search = u"ERP"_s;
    listed("List: search all deals");
    query.search.clear();
    query.order = DealListQuery::Order::Value;
    query.descending = true;
    listed("List: sort all deals by value");
    query.order = DealListQuery::Order::Customer;
    query.descending = false;
    listed("List: sort all deals by customer");

    t.restart();
    auto progress = window.book()->targets().progressAll(QString(), QDate(2026, 11, 27));
    report("targets progress, all targets", deals, msSince(t));
    if (progress) {
        std::printf("%-34s %8d deals %10lld targets\n", "  (targets measured)", deals,
                    qlonglong(progress->size()));
    }

    t.restart();
    auto segments = window.book()->segments().recompute(QDate(2026, 11, 27));
    report("customer segments (recompute)", deals, msSince(t));
    t.restart();
    auto followUps = window.book()->segments().followUps(QDate(2026, 11, 27));
    report("customer follow-ups", deals, msSince(t));
    if (segments && followUps) {
        std::printf("%-34s %8d deals %10lld customers\n", "  (customers)", deals,
                    qlonglong(segments->size()));
    }

    // The Customers tab as a user meets it: shown (segments computed, the list and both charts
    // built), searched, a customer opened in 360 degrees, the follow-ups listed.
    auto *tabs = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    ui::CustomersPage *customers = window.customersPage();
    customers->showView(0);
    t.restart();
    tabs->setCurrentWidget(customers);
    QApplication::processEvents();
    report("Customers tab shown", deals, msSince(t));
    // The search as the page runs it once typing pauses (the pause itself not counted).
    ui::CustomerModel *customerList = customers->model();
    t.restart();
    customerList->setSearchText(u"Tianhe"_s);
    customers->table()->grab();
    report("Customers: search all customers", deals, msSince(t));
    std::printf("%-34s %8d deals %10d customers\n", "  (found)", deals, customerList->rowCount());
    customerList->setSearchText(QString());
    t.restart();
    customers->table()->sortByColumn(ui::CustomerModel::ValueColumn, Qt::DescendingOrder);
    customers->table()->grab();
    report("Customers: sort all by value", deals, msSince(t));
    t.restart();
    customers->table()->sortByColumn(ui::CustomerModel::NameColumn, Qt::AscendingOrder);
    customers->table()->grab();
    report("Customers: sort all by name", deals, msSince(t));
    const qint64 someone = customerList->rowCount() > 7 ? customerList->id(7) : 0;
    t.restart();
    customers->showCustomer(someone);
    QApplication::processEvents();
    report("Customers: one customer in 360", deals, msSince(t));
    t.restart();
    customers->showView(1);
    QApplication::processEvents();
    report("Customers: follow-ups listed", deals, msSince(t));

    // The Performance tab as a user meets it: the running quarter's scorecards, the eight
    // quarters of the trends and the teams' scorecards worked out on the page's own thread when
    // it is shown (the window answers meanwhile); then again after a rating (a draft follows the
    // book). Each figure is the time until the scorecards are in and shown.
    ui::PerformancePage *performance = window.performancePage();
    const auto performanceIn = [&] {
        while (performance->isWorking()) {
            QTest::qWait(10);
        }
    };
    t.restart();
    tabs->setCurrentWidget(performance);
    QApplication::processEvents();
    report("Performance tab shown (window free)", deals, msSince(t));
    performanceIn();
    report("Performance scorecards in", deals, msSince(t));
    const QList<Rep> &reps = window.book()->team().reps();
    if (!reps.isEmpty()) {
        t.restart();
        if (auto st = window.book()->evaluation().rate(performance->period(), reps.first().id,
                                                       {u"Teamwork"_s, 4, {}});
            !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.message()));
        }
        QApplication::processEvents();
        performanceIn();
        report("Performance after a rating", deals, msSince(t));
    }
    t.restart();
    performance->showView(ui::PerformancePage::AnalysisTab);
    QApplication::processEvents();
    performanceIn();
    report("Performance: trends and radar shown", deals, msSince(t));

    // The Dashboard as a user meets it: the tab shown at once (the window's thread never waits
    // on a figure), then the figures computed on the dashboard's own thread and shown.
    ui::DashboardPage *dashboard = window.dashboardPage();
    QSignalSpy updated(dashboard, &ui::DashboardPage::updated);
    t.restart();
    tabs->setCurrentWidget(dashboard);
    QApplication::processEvents();
    report("Dashboard tab shown (window free)", deals, msSince(t));
    while (!dashboard->isCurrent() && updated.wait(30000)) { }
    report("Dashboard figures in (its thread)", deals, msSince(t));
    std::printf("%-34s %8d deals %10lld ms\n", "  (of which computing)", deals,
                qlonglong(dashboard->shown().elapsedMs));
    // An edit: the figures follow.
    auto edited = window.book()->pipeline().deal(openId);
    edited->valueMinor += 100;
    updated.clear();
    t.restart();
    if (!window.book()->pipeline().updateDeal(*edited)) {
        std::fprintf(stderr, "the edit was refused\n");
    }
    while (updated.isEmpty() && updated.wait(30000)) { }
    while (!dashboard->isCurrent() && updated.wait(30000)) { }
    report("Dashboard after an edit", deals, msSince(t));

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%-34s %8d deals %10.1f MiB\n", "peak memory (max RSS)", deals,
                double(usage.ru_maxrss) / 1024.0);
    return 0;
}
