// The Market tab: the forecast of the book, the competitor register, market sizes, the
// environment notebook and SWOT, each edit one undo step.
#include "core/market/marketservice.h"
#include "tests/support/modal.h"
#include "tests/support/testbook.h"
#include "ui/commands/marketcommands.h"
#include "ui/commands/undostack.h"
#include "ui/mainwindow.h"
#include "ui/market/competitorsview.h"
#include "ui/market/environmentview.h"
#include "ui/market/forecastview.h"
#include "ui/market/marketdialogs.h"
#include "ui/market/marketpage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate Today(2026, 5, 18);

struct Window : MainWindow
{
    Window() { setClock(Clock::fixedOn(Today)); }
};

// Won deals of ¥1,000 × (month number) in each month of 2025 and up to April 2026; the deal of
// March 2026 names the competitor Rival, one lost deal in April names Rival too.
struct MarketWindow
{
    MarketWindow()
    {
        const qint64 customer = *b->customers().ensureCustomer(u"Acme"_s);
        // Two reps on staff, one without a hire date.
        for (const auto &[name, hired] :
             {std::pair {u"Ann"_s, QDate(2024, 1, 1)}, std::pair {u"Bob"_s, QDate()}}) {
            Rep r;
            r.name = name;
            r.hiredOn = hired;
            REQUIRE(b->team().addRep(r));
        }
        const auto deal = [&](const QDate &created, qint64 yuan, const QStringList &rivals) {
            Deal d;
            d.title = u"Order %1"_s.arg(created.toString(Qt::ISODate));
            d.customerId = customer;
            d.valueMinor = yuan * 100;
            d.competitors = rivals;
            return *b->pipeline().addDeal(d, QDateTime(created, QTime(12, 0)));
        };
        for (QDate m(2025, 1, 1); m < QDate(2026, 5, 1); m = m.addMonths(1)) {
            const qint64 id
                    = deal(m, 1000 * m.month(),
                           m == QDate(2026, 3, 1) ? QStringList {u"Rival"_s} : QStringList {});
            REQUIRE(b->pipeline()
                            .moveDeal(id, {0, DealStatus::Won, 0, {}},
                                      QDateTime(m.addDays(9), QTime(12, 0)))
                            .ok());
        }
        lost = deal(QDate(2026, 4, 2), 4000, {u"rival"_s});
        REQUIRE(b->pipeline()
                        .moveDeal(lost, {0, DealStatus::Lost, 0, {}},
                                  QDateTime(QDate(2026, 4, 20), QTime(12, 0)))
                        .ok());
        b.book.reset();
        REQUIRE(window.openFile(b.dir.file(u"book.salesdesk"_s)));
        window.show();
        page = window.marketPage();
        REQUIRE(page);
        window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(page);
        book = window.book();
    }
    TestBook b {Today};
    Window window;
    MarketPage *page = nullptr;
    Book *book = nullptr;
    qint64 lost = 0;
};

} // namespace

TEST_CASE("The Forecast view forecasts the book's revenue from the running month")
{
    MarketWindow w;
    ForecastView *view = w.page->forecastView();
    QSignalSpy updated(view, &ForecastView::updated);
    w.page->showView(MarketPage::ForecastTab);
    view->refresh();
    REQUIRE(updated.wait(20000));
    while (view->isComputing()) {
        REQUIRE(updated.wait(20000));
    }
    REQUIRE(view->shown());
    // Sixteen finished months, January 2025 to April 2026: ¥1,000 × the month.
    const forecast::BookForecast &f = *view->shown();
    REQUIRE(f.history.values.size() == 16);
    CHECK(f.history.values.front() == 100000);
    CHECK(f.history.values.back() == 400000);
    CHECK(f.running == Period::month(2026, 5));
    auto *table = view->findChild<QTableWidget *>(u"forecastTable"_s);
    REQUIRE(table);
    CHECK(table->rowCount() == 12);
    CHECK(table->item(0, 0)->text().startsWith(u"2026-05"_s));
    CHECK_FALSE(view->findChild<QLabel *>(u"forecastModelLabel"_s)->text().isEmpty());
    // Supply: January to April 2026 (¥1,000 … ¥4,000) over two reps, ¥1,250 a rep a month on
    // average; the two on staff, ¥2,500 a month.
    REQUIRE(view->capacity());
    CHECK(view->capacity()->perRep == Approx(125000));
    CHECK(view->capacity()->capacity == Approx(250000));
    const QString supply = view->findChild<QLabel *>(u"forecastSupplyLabel"_s)->text();
    INFO(supply.toStdString());
    CHECK(supply.contains(u"¥1,250 a month over the last 4 month"_s));
    CHECK(supply.contains(u"the 2 on staff now, about ¥2,500 a month."_s));
    CHECK(supply.contains(u"The forecast of 2026-06"_s));

    // "For:" a customer segment: Acme is in exactly one, whose April is ¥4,000; the others have
    // nothing to forecast from. No supply line for customers.
    auto *scope = view->findChild<QComboBox *>(u"forecastScopeCombo"_s);
    REQUIRE(scope);
    int found = 0;
    for (const QString &code : {u"high_value"_s, u"potential"_s, u"general"_s}) {
        const int index = scope->findData(QString(u"segment:"_s + code));
        REQUIRE(index >= 0);
        scope->setCurrentIndex(index);
        view->refresh();
        while (view->isComputing()) {
            REQUIRE(updated.wait(20000));
        }
        if (view->shown()) {
            ++found;
            CHECK(view->shown()->history.values.back() == 400000);
            CHECK(view->shown()->targets.isEmpty());
            CHECK(view->findChild<QLabel *>(u"forecastSupplyLabel"_s)->isHidden());
        }
    }
    CHECK(found == 1);
}

TEST_CASE("Competitors are counted from the deals that name them, and edited with undo")
{
    MarketWindow w;
    Book &book = *w.book;
    UndoStack *undo = w.window.undoStack();
    CompetitorsView *view = w.page->competitorsView();
    w.page->showView(MarketPage::CompetitorsTab);
    QTableWidget *table = view->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == u"Rival"_s);
    CHECK(table->item(0, 2)->text() == u"2"_s); // deals
    CHECK(table->item(0, 3)->text() == u"1"_s); // won
    CHECK(table->item(0, 4)->text() == u"1"_s); // lost
    CHECK(table->item(0, 6)->text() == u"50 %"_s);
    CHECK(table->item(0, 7)->text() == u"¥4,000"_s);
    // The first competitor is selected, with its record beside.
    auto *detail = view->findChild<QLabel *>(u"competitorDetailLabel"_s);
    REQUIRE(detail);
    CHECK(detail->text().contains(u"Rival"_s));
    CHECK(detail->text().contains(u"Lost to them"_s));

    // A new competitor through its dialog, then undone and redone.
    QString typed;
    ModalHandler<CompetitorDialog> modal([&](CompetitorDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"competitorNameEdit"_s)->setText(u"Newcomer"_s);
        typed = dialog->competitor().name;
        dialog->accept();
    });
    view->actions().first()->trigger();
    REQUIRE(modal.ran());
    CHECK(typed == u"Newcomer"_s);
    CHECK(table->rowCount() == 2);
    undo->undo();
    CHECK(table->rowCount() == 1);
    undo->redo();
    CHECK(table->rowCount() == 2);

    // Removing Rival unnames it on both deals; undo names it on them again.
    const qint64 rival = book.market().competitorNamed(u"Rival"_s)->id;
    auto removed = MarketCommands::removeCompetitor(book.market(), rival);
    REQUIRE(removed);
    undo->push(removed->release());
    CHECK(book.pipeline().deal(w.lost)->competitors.isEmpty());
    undo->undo();
    CHECK(book.pipeline().deal(w.lost)->competitors == QStringList {u"Rival"_s});
    CHECK(book.market().competitorNamed(u"rival"_s)->id == rival);
}

TEST_CASE("Market sizes, environment factors and SWOT points are each one undo step")
{
    MarketWindow w;
    Book &book = *w.book;
    UndoStack *undo = w.window.undoStack();
    // Each view is read when it is shown, as the user opens it.
    const auto shown = [&](MarketPage::View view) {
        w.page->showView(view);
        return w.page;
    };
    shown(MarketPage::ShareTab);
    MarketSize size;
    size.period = Period::quarter(2026, 1);
    size.valueMinor = 10000000; // ¥100,000
    size.source = u"Survey"_s;
    auto saved = MarketCommands::saveSize(book.market(), size);
    REQUIRE(saved);
    undo->push(saved->release());
    QTableWidget *sizes = w.page->shareView()->table();
    REQUIRE(sizes->rowCount() == 1);
    // 2026Q1: ¥1,000 + ¥2,000 + ¥3,000 of ¥100,000.
    CHECK(sizes->item(0, 3)->text() == u"¥6,000"_s);
    CHECK(sizes->item(0, 4)->text() == u"6.0 %"_s);
    // Editing it is one more step; undo brings the first size back.
    size = book.market().sizes().first();
    size.valueMinor = 20000000;
    auto edited = MarketCommands::saveSize(book.market(), size);
    REQUIRE(edited);
    undo->push(edited->release());
    CHECK(sizes->item(0, 4)->text() == u"3.0 %"_s);
    undo->undo();
    CHECK(sizes->item(0, 4)->text() == u"6.0 %"_s);
    undo->undo();
    CHECK(sizes->rowCount() == 0);

    // A competitor's share, through its dialog: one undo step.
    ModalHandler<CompetitorShareDialog> shareDialog([&](CompetitorShareDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"sharePeriodEdit"_s)->setText(u"2026Q1"_s);
        dialog->findChild<QDoubleSpinBox *>(u"shareSpin"_s)->setValue(12.5);
        dialog->accept();
    });
    w.page->shareView()->actions().last()->trigger();
    REQUIRE(shareDialog.ran());
    REQUIRE(book.market().shares().size() == 1);
    CHECK(book.market().shares().first().sharePpm == 125000);
    undo->undo();
    CHECK(book.market().shares().isEmpty());

    EnvironmentFactor f;
    f.kind = FactorKind::Technological;
    f.title = u"Cloud"_s;
    f.impact = 2;
    f.likelihood = 70;
    f.notedOn = Today;
    auto factor = MarketCommands::saveFactor(book.market(), f);
    REQUIRE(factor);
    undo->push(factor->release());
    CHECK(shown(MarketPage::EnvironmentTab)->environmentView()->table()->rowCount() == 1);
    // An opportunity in the SWOT, beside the owner's own strength.
    SwotPoint p;
    p.kind = SwotKind::Strength;
    p.text = u"Fast service"_s;
    auto point = MarketCommands::addSwotPoint(book.market(), p);
    REQUIRE(point);
    undo->push(point->release());
    CHECK(shown(MarketPage::SwotTab)->swotView()->quadrant(int(SwotKind::Strength))->count() == 1);
    CHECK(shown(MarketPage::SwotTab)->swotView()->quadrant(int(SwotKind::Opportunity))->count()
          == 1);
    undo->undo();
    CHECK(shown(MarketPage::SwotTab)->swotView()->quadrant(int(SwotKind::Strength))->count() == 0);
    undo->undo();
    CHECK(shown(MarketPage::EnvironmentTab)->environmentView()->table()->rowCount() == 0);
    CHECK(shown(MarketPage::SwotTab)->swotView()->quadrant(int(SwotKind::Opportunity))->count()
          == 0);
    undo->redo();
    CHECK(shown(MarketPage::EnvironmentTab)->environmentView()->table()->rowCount() == 1);
    CHECK(book.market().factors().first().title == u"Cloud"_s);
}
