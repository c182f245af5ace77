// The window on a book on a server: what others save comes in while it is open.

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "tests/support/serverdatabase.h"
#include "ui/mainwindow.h"
#include "ui/pipeline/boardview.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/pipelinepage.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace salesdesk;

TEST_CASE("a deal another user saves changes on the open board within two seconds", "[server]")
{
    ServerDatabase server;
    qint64 dealId = 0, proposal = 0;
    {
        auto owner = Book::create(server.address(), {u"Acme"_s, u"CNY"_s, {}});
        REQUIRE(owner);
        CustomerRecord record;
        record.customer.name = u"Harbour Hotel"_s;
        auto customer = (*owner)->customers().add(record);
        REQUIRE(customer);
        Deal d;
        d.title = u"Fit-out"_s;
        d.customerId = *customer;
        d.valueMinor = 1200000;
        d.currency = u"CNY"_s;
        auto id = (*owner)->pipeline().addDeal(d);
        REQUIRE(id);
        dealId = *id;
        proposal = (*owner)->pipeline().activeStages().at(3).id;
    }
    const QString anna = server.addUser(u"anna"_s);
    const QString ben = server.addUser(u"ben"_s);

    ui::MainWindow window;
    REQUIRE(window.openServerBook(server.addressAs(anna)));
    window.show();
    auto *pages = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    REQUIRE(pages);
    pages->setCurrentWidget(window.pipelinePage()); // the Board in view
    ui::BoardView *board = window.pipelinePage()->board();
    const qint64 lead = window.book()->pipeline().activeStages().at(0).id;
    REQUIRE(board->columnModel(lead)->rowCount() == 1);
    board->selectDeal(dealId);
    REQUIRE(board->selectedDealIds() == QList<qint64> {dealId});

    auto other = Book::open(server.addressAs(ben));
    REQUIRE(other);
    auto deal = (*other)->pipeline().deal(dealId);
    REQUIRE(deal);
    Deal renamed = *deal;
    renamed.title = u"Fit-out, two floors"_s;
    REQUIRE((*other)->pipeline().updateDeal(renamed));
    QElapsedTimer clock;
    clock.start();
    const auto shownTitle = [&] {
        const ui::DealListModel *cards = board->columnModel(lead);
        const int row = cards->rowOf(dealId);
        const DealSummary *shown = row >= 0 ? cards->deal(row) : nullptr;
        return shown ? shown->title : QString();
    };
    REQUIRE(QTest::qWaitFor([&] { return shownTitle() == u"Fit-out, two floors"_s; }, 2000));
    INFO("in " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 2000);
    CHECK(board->selectedDealIds() == QList<qint64> {dealId}); // the selection stays
    CHECK(window.statusBar()->currentMessage().contains(u"others"_s));

    // A move by the other user moves the card.
    QSignalSpy readIn(window.book(), &Book::changedElsewhere);
    REQUIRE((*other)->pipeline().moveDeal(dealId, {proposal, DealStatus::Open, 0, {}}));
    REQUIRE(readIn.wait(2000));
    CHECK(readIn.takeFirst().at(0).toStringList().contains(u"deal_stage_history"_s));
    CHECK(QTest::qWaitFor([&] { return board->columnModel(proposal)->rowCount() == 1; }, 2000));
    CHECK(board->columnModel(lead)->rowCount() == 0);

    // The window's own saves are not read back as someone else's.
    auto mine = window.book()->pipeline().deal(dealId);
    REQUIRE(mine);
    Deal noted = *mine;
    noted.notes = u"Call back Monday"_s;
    REQUIRE(window.book()->pipeline().updateDeal(noted));
    CHECK_FALSE(readIn.wait(800));
}
