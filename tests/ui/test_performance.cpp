// The Performance tab: the leaderboard and a scorecard with every term, rating, finalising and
// reopening, improvement measures and templates, each edit one undo step.
#include "core/evaluation/evaluationservice.h"
#include "tests/support/modal.h"
#include "tests/support/testbook.h"
#include "ui/commands/evaluationcommands.h"
#include "ui/commands/undostack.h"
#include "ui/mainwindow.h"
#include "ui/performance/analysisview.h"
#include "ui/performance/measuresview.h"
#include "ui/performance/performancedialogs.h"
#include "ui/performance/performancepage.h"
#include "ui/performance/scorecardview.h"

#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPolarChart>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate Today(2026, 10, 15);
const Period Q3 = Period::quarter(2026, 3);

struct Window : MainWindow
{
    Window() { setClock(Clock::fixedOn(Today)); }
};

QDateTime noon(int m, int d)
{
    return QDateTime(QDate(2026, m, d), QTime(12, 0)).toUTC();
}

// Scored with the standard template (revenue against quota 50 %, win rate against 25 % 20 %,
// satisfaction against 4 15 %, sales cycle against 60 days lower-is-better 15 %; caps 120):
// Ann, quota ¥100,000, won ¥150,000 in 30 days: revenue 150 → 120, win rate 100 % → 400 → 120,
//   no feedback (left out), cycle 60 ÷ 30 × 100 = 200 → 120: figures 120, grade A.
// Bob, quota ¥100,000, won ¥60,000 in 60 days: revenue 60, win rate 120, cycle 100; without
//   satisfaction the weights are 0.5, 0.2, 0.15 of 0.85: (30 + 24 + 15) ÷ 0.85 = 81.18, B.
struct PerformanceWindow
{
    PerformanceWindow()
    {
        const auto rep = [&](const QString &name) {
            Rep r;
            r.name = name;
            r.hiredOn = QDate(2025, 1, 1);
            return *b->team().addRep(r);
        };
        ann = rep(u"Ann"_s);
        bob = rep(u"Bob"_s);
        win(ann, 150000, noon(7, 1), noon(7, 31));
        win(bob, 60000, noon(7, 1), noon(8, 30));
        for (qint64 id : {ann, bob}) {
            Target t;
            t.name = u"Revenue"_s;
            t.metric = Metric::Revenue;
            t.scope = {ScopeKind::Rep, id, {}};
            t.period = Q3;
            t.value = 100000 * 100;
            REQUIRE(b->targets().addTarget(t));
        }
        b.book.reset();
        REQUIRE(window.openFile(b.dir.file(u"book.salesdesk"_s)));
        window.show();
        page = window.performancePage();
        REQUIRE(page);
        window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(page);
        book = window.book();
        page->setPeriod(Q3);
        page->refresh();
        settle();
        board = page->findChild<QTableWidget *>(u"leaderboardTable"_s);
        kpis = page->findChild<QTableWidget *>(u"scorecardKpiTable"_s);
        REQUIRE(board);
        REQUIRE(kpis);
    }
    void win(qint64 rep, qint64 yuan, const QDateTime &created, const QDateTime &won)
    {
        CustomerRecord record;
        record.customer.name = u"Customer %1 %2"_s.arg(rep).arg(yuan);
        record.customer.ownerId = rep;
        auto customer = (book ? book : b.book.get())->customers().add(record);
        REQUIRE(customer);
        Deal d;
        d.title = u"Order"_s;
        d.customerId = *customer;
        d.ownerId = rep;
        d.valueMinor = yuan * 100;
        PipelineService &pipeline = (book ? book : b.book.get())->pipeline();
        auto id = pipeline.addDeal(d, created);
        REQUIRE(id);
        REQUIRE(pipeline.moveDeal(*id, {0, DealStatus::Won, 0, {}}, won).ok());
    }
    // Lets the page work out what changed, on its own thread, and show it.
    void settle() const
    {
        QCoreApplication::processEvents();
        REQUIRE(QTest::qWaitFor([this] { return !page->isWorking(); }, 20000));
    }
    QString cell(QTableWidget *t, int row, int column) const
    {
        return t->item(row, column)->text();
    }

    TestBook b {Today};
    Window window;
    PerformancePage *page = nullptr;
    Book *book = nullptr;
    QTableWidget *board = nullptr;
    QTableWidget *kpis = nullptr;
    qint64 ann = 0;
    qint64 bob = 0;
};

} // namespace

TEST_CASE("The leaderboard and a scorecard show every term, and rating, finalising and reopening "
          "undo")
{
    PerformanceWindow w;
    UndoStack *undo = w.window.undoStack();
    ScorecardView *view = w.page->scorecardView();
    REQUIRE(w.board->rowCount() == 2);
    CHECK(w.cell(w.board, 0, 1) == u"Ann"_s);
    CHECK(w.cell(w.board, 0, 2) == u"120.0"_s);
    CHECK(w.cell(w.board, 0, 3) == u"A"_s);
    CHECK(w.cell(w.board, 1, 1) == u"Bob"_s);
    CHECK(w.cell(w.board, 1, 2) == u"81.2"_s);
    CHECK(w.cell(w.board, 1, 3) == u"B"_s);
    CHECK(w.cell(w.board, 1, 4) == u"new"_s); // not scored in the quarter before
    CHECK(w.cell(w.board, 1, 5) == u"Draft"_s);

    // The company's scorecard below (no teams): no company target, revenue left out; win rate
    // 2 of 2 → 120, sales cycle (30 + 60) ÷ 2 = 45 days → 133 → 120: 120, A. It is not rated.
    auto *teams = w.page->findChild<QTableWidget *>(u"teamScorecardTable"_s);
    REQUIRE(teams);
    REQUIRE(teams->rowCount() == 1);
    CHECK(w.cell(teams, 0, 0) == u"The company"_s);
    CHECK(w.cell(teams, 0, 1) == u"120.0"_s);
    CHECK(w.cell(teams, 0, 2) == u"A"_s);
    teams->selectRow(0);
    CHECK(w.page->findChild<QLabel *>(u"scorecardTitle"_s)->text().startsWith(u"The company"_s));
    CHECK_FALSE(view->actions().at(0)->isEnabled()); // rate
    CHECK(w.board->selectionModel()->selectedRows().isEmpty());

    // Bob's scorecard: each KPI's figure, target, score, weight, counted weight and points.
    view->selectRep(w.bob);
    REQUIRE(w.kpis->rowCount() == 4);
    CHECK(w.cell(w.kpis, 0, 1) == u"¥60,000"_s);
    CHECK(w.cell(w.kpis, 0, 2) == u"¥100,000"_s);
    CHECK(w.cell(w.kpis, 0, 4) == u"60.0"_s);
    CHECK(w.cell(w.kpis, 0, 5) == u"50 %"_s);
    CHECK(w.cell(w.kpis, 0, 6) == u"59 %"_s); // 0.5 ÷ 0.85
    CHECK(w.cell(w.kpis, 0, 7) == u"35.3"_s); // 60 × 0.5 ÷ 0.85
    CHECK(w.cell(w.kpis, 2, 6) == u"left out"_s); // no satisfaction figure
    CHECK(w.cell(w.kpis, 3, 1) == u"60 days"_s);
    CHECK(w.cell(w.kpis, 3, 3) == u"lower"_s);
    CHECK(w.cell(w.kpis, 3, 4) == u"100.0"_s);
    CHECK(w.page->findChild<QLabel *>(u"scorecardNotes"_s)->text().contains(u"Left out"_s));

    // Rated 5 on every criterion in the form: 0.7 × 81.18 + 0.3 × 100 = 86.8.
    QStringList figures;
    ModalHandler<RatingDialog> modal([&](RatingDialog *dialog) {
        const auto *table = dialog->findChild<QTableWidget *>(u"ratingFiguresTable"_s);
        figures.append(table->item(0, 1)->text());
        for (auto *combo : dialog->findChildren<QComboBox *>()) {
            combo->setCurrentIndex(5);
        }
        dialog->accept();
    });
    view->actions().at(0)->trigger();
    REQUIRE(modal.ran());
    CHECK(figures == QStringList {u"¥60,000"_s});
    w.settle(); // the page follows the change
    view->selectRep(w.bob);
    CHECK(w.cell(w.board, 1, 2) == u"86.8"_s);
    CHECK(w.page->findChild<QLabel *>(u"scorecardFormula"_s)->text().contains(u"86.8"_s));
    undo->undo();
    w.settle();
    CHECK(w.cell(w.board, 1, 2) == u"81.2"_s);
    undo->redo();
    w.settle();
    CHECK(w.cell(w.board, 1, 2) == u"86.8"_s);

    // Finalised, Bob's scorecard keeps its figures when the book changes, and says so.
    view->selectRep(w.bob);
    view->finalizeRep();
    w.settle();
    CHECK(w.cell(w.board, 1, 5) == u"Final"_s);
    w.win(w.bob, 40000, noon(8, 1), noon(8, 20));
    w.settle();
    view->selectRep(w.bob);
    CHECK(w.cell(w.board, 1, 2) == u"86.8"_s);
    CHECK(w.cell(w.board, 1, 5) == u"Final, book changed since"_s);
    const QString state = w.page->findChild<QLabel *>(u"scorecardState"_s)->text();
    INFO(state.toStdString());
    CHECK(state.contains(u"¥60,000 → ¥100,000"_s));

    // Reopened with a reason: a draft with the new figures; undo makes it final again.
    auto reopened = EvaluationCommands::reopen(w.book->evaluation(), Q3, w.bob, u"Late order"_s);
    REQUIRE(reopened);
    undo->push(reopened->release());
    w.settle();
    // Revenue 100 (¥100,000 of ¥100,000), win rate 120, cycle: (60 + 19) ÷ 2 = 39.5 days →
    // 60 ÷ 39.5 × 100 = 151.9 → 120. Figures (50 + 24 + 18) ÷ 0.85 = 108.24; with the ratings
    // 0.7 × 108.24 + 30 = 105.8.
    CHECK(w.cell(w.board, 1, 1) == u"Bob"_s);
    CHECK(w.cell(w.board, 1, 2) == u"105.8"_s);
    CHECK(w.cell(w.board, 1, 5) == u"Draft"_s);
    undo->undo();
    w.settle();
    CHECK(w.cell(w.board, 1, 5) == u"Final, book changed since"_s);
    undo->undo(); // the finalising
    w.settle();
    CHECK(w.cell(w.board, 0, 5) == u"Draft"_s);
    CHECK(w.cell(w.board, 1, 5) == u"Draft"_s);
    auto records = w.book->evaluation().records(Q3);
    REQUIRE(records);
    CHECK(records->isEmpty());
}

TEST_CASE("Measures from a scorecard's KPI, a board by status, and templates, each undoable")
{
    PerformanceWindow w;
    UndoStack *undo = w.window.undoStack();
    ScorecardView *view = w.page->scorecardView();
    MeasuresView *measures = w.page->measuresView();
    auto *tree = w.page->findChild<QTreeWidget *>(u"measuresBoard"_s);
    REQUIRE(tree);

    // Bob's revenue row → a measure for Bob and revenue, its title naming figure and target.
    view->selectRep(w.bob);
    w.kpis->selectRow(0);
    QString title;
    ModalHandler<MeasureDialog> modal([&](MeasureDialog *dialog) {
        title = dialog->measure().title;
        dialog->accept();
    });
    view->newMeasure();
    REQUIRE(modal.ran());
    CHECK(title == u"Bob: Revenue ¥60,000 → ¥100,000"_s);
    auto all = w.book->evaluation().measures();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().repId == w.bob);
    CHECK(all->first().kpi == ScoreKpi::Revenue);
    CHECK(all->first().status == MeasureStatus::Planned);
    // Running first, then planned; the new one among the planned.
    CHECK(tree->topLevelItem(1)->text(0).contains(u"(1)"_s));
    CHECK(measures->currentMeasureId() == all->first().id);
    measures->setStatus(MeasureStatus::Running);
    CHECK(tree->topLevelItem(0)->text(0).contains(u"(1)"_s));
    undo->undo();
    CHECK(w.book->evaluation().measures()->first().status == MeasureStatus::Planned);
    undo->undo();
    CHECK(w.book->evaluation().measures()->isEmpty());
    CHECK(tree->topLevelItem(1)->text(0).contains(u"(0)"_s));

    // A template whose KPI weights make 110 % is refused in its dialog; one that adds up is
    // saved, chosen, and undone.
    auto *templates = w.page->findChild<QComboBox *>(u"evaluationTemplateCombo"_s);
    QString problem;
    ModalHandler<TemplateDialog> refused([&](TemplateDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"templateNameEdit"_s)->setText(u"Strict"_s);
        auto *table = dialog->findChild<QTableWidget *>(u"templateKpiTable"_s);
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, 1))->setValue(60);
        dialog->accept();
        problem = dialog->findChild<QLabel *>(u"problemLabel"_s)->text();
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, 1))->setValue(50);
        dialog->findChild<QDoubleSpinBox *>(u"templateSplitSpin"_s)->setValue(50);
        dialog->accept();
    });
    QAction *edit = w.page->findChild<QAction *>(u"editTemplateAction"_s);
    REQUIRE(edit);
    edit->trigger();
    REQUIRE(refused.ran());
    CHECK(problem.contains(u"110%"_s));
    CHECK(templates->currentText() == u"Strict"_s);
    auto strict = w.book->evaluation().templateNamed(u"Strict"_s);
    REQUIRE(strict);
    CHECK(strict->quantitativeWeight == Catch::Detail::Approx(0.5));
    undo->undo();
    CHECK_FALSE(w.book->evaluation().templateNamed(u"Strict"_s));
    CHECK(templates->findText(u"Strict"_s) < 0);
}

TEST_CASE("Trends and radar: one rep's figures by period and KPI scores against the team")
{
    PerformanceWindow w;
    w.page->showView(PerformancePage::AnalysisTab); // worked out when shown
    w.settle();
    AnalysisView *analysis = w.page->analysisView();
    analysis->selectRep(w.bob);
    auto *trend = w.page->findChild<QChartView *>(u"trendChart"_s);
    auto *radar = w.page->findChild<QChartView *>(u"radarChart"_s);
    REQUIRE(trend);
    REQUIRE(radar);
    // Eight quarters to 2026Q3; only the last has a score (Bob 81.2, the team (120 + 81.2) ÷ 2).
    const auto series = trend->chart()->series();
    REQUIRE(series.size() == 2);
    const auto *team = qobject_cast<QLineSeries *>(series.at(0));
    const auto *bob = qobject_cast<QLineSeries *>(series.at(1));
    REQUIRE(bob->count() == 1);
    CHECK(bob->at(0).x() == 7);
    CHECK(bob->at(0).y() == Catch::Detail::Approx(69.0 / 0.85));
    CHECK(team->at(0).y() == Catch::Detail::Approx((120 + 69.0 / 0.85) / 2));
    // The radar: four KPIs closed into a ring; Bob's revenue 60 against the team's (120 + 60) ÷ 2.
    REQUIRE(qobject_cast<QPolarChart *>(radar->chart()));
    const auto rings = radar->chart()->series();
    REQUIRE(rings.size() == 2);
    const auto *teamRing = qobject_cast<QLineSeries *>(rings.at(0));
    const auto *bobRing = qobject_cast<QLineSeries *>(rings.at(1));
    REQUIRE(bobRing->count() == 5);
    CHECK(bobRing->at(0).y() == Catch::Detail::Approx(60));
    CHECK(teamRing->at(0).y() == Catch::Detail::Approx(90));
}
