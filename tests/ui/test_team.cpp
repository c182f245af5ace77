// The Team tab: reps with their quarter, and the edits of the team module each one undo step.
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "tests/support/modal.h"
#include "tests/support/testbook.h"
#include "ui/commands/teamcommands.h"
#include "ui/commands/undostack.h"
#include "ui/mainwindow.h"
#include "ui/pipeline/dealeditor.h"
#include "ui/pipeline/pipelinepage.h"
#include "ui/team/commissionview.h"
#include "ui/team/teamdialogs.h"
#include "ui/team/teampage.h"
#include "ui/team/trainingview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate Today(2026, 5, 18);

struct Window : MainWindow
{
    Window() { setClock(Clock::fixedOn(Today)); }
};

// Ann (East) won ¥30,000 on 10 Apr and has two open deals, Bob (East) won ¥10,000; both on a
// plan with a ¥100,000 quota.
struct TeamWindow
{
    TeamWindow()
    {
        const auto rep = [&](const QString &name) {
            return *b->team().ensureRep(name);
        };
        const qint64 ann = rep(u"Ann"_s);
        const qint64 bob = rep(u"Bob"_s);
        REQUIRE(b->team().setTeam(ann, u"East"_s).ok());
        REQUIRE(b->team().setTeam(bob, u"East"_s).ok());
        const auto deal = [&](qint64 owner, const QString &customer, qint64 yuan) {
            Deal d;
            d.title = customer + u" order"_s;
            d.customerId = *b->customers().ensureCustomer(customer);
            d.ownerId = owner;
            d.valueMinor = yuan * 100;
            return *b->pipeline().addDeal(d, QDateTime(QDate(2026, 4, 1), QTime(12, 0)));
        };
        won = deal(ann, u"Acme"_s, 30000);
        REQUIRE(b->pipeline()
                        .moveDeal(won, {0, DealStatus::Won, 0, {}},
                                  QDateTime(QDate(2026, 4, 10), QTime(12, 0)))
                        .ok());
        const qint64 bobs = deal(bob, u"Beta"_s, 10000);
        REQUIRE(b->pipeline()
                        .moveDeal(bobs, {0, DealStatus::Won, 0, {}},
                                  QDateTime(QDate(2026, 4, 12), QTime(12, 0)))
                        .ok());
        open1 = deal(ann, u"Acme"_s, 5000);
        open2 = deal(ann, u"Gamma"_s, 7000);
        CommissionTerms terms;
        terms.tiers = *CommissionText::parseTiers(u"0:5%,100%:8%"_s);
        terms.quotaMinor = 100000 * 100;
        REQUIRE(b->commission().addPlan(u"Standard"_s, terms, {ann, bob}).ok());
        b.book.reset();
        REQUIRE(window.openFile(b.dir.file(u"book.salesdesk"_s)));
        window.show();
        page = window.teamPage();
        REQUIRE(page);
        window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(page);
        book = window.book();
    }
    TestBook b {Today};
    Window window;
    TeamPage *page = nullptr;
    Book *book = nullptr;
    qint64 won = 0, open1 = 0, open2 = 0;
};

} // namespace

TEST_CASE("The Team tab lists reps and teams with this quarter's figures")
{
    TeamWindow w;
    QTableWidget *reps = w.page->repsTable();
    REQUIRE(reps->rowCount() == 2);
    CHECK(reps->item(0, 0)->text() == u"Ann"_s);
    CHECK(reps->item(0, 2)->text() == u"East"_s);
    CHECK(reps->item(0, 6)->text() == u"¥30,000"_s);
    CHECK(reps->item(1, 6)->text() == u"¥10,000"_s);
    QTreeWidget *teams = w.page->teamsTree();
    REQUIRE(teams->topLevelItemCount() == 1);
    CHECK(teams->topLevelItem(0)->text(0) == u"East"_s);
    CHECK(teams->topLevelItem(0)->text(3) == u"¥40,000"_s);

    // The statements of the quarter: Ann 30,000 × 5 % = 1,500.
    w.page->showView(TeamPage::CommissionTab);
    CommissionView *commission = w.page->commission();
    REQUIRE(commission->statements().size() == 2);
    CHECK(commission->statements()[0].payoutMinor == 150000);
    auto *table = commission->findChild<QTableWidget *>(u"statementsTable"_s);
    REQUIRE(table);
    CHECK(table->item(0, 9)->text() == u"¥1,500.00"_s);
}

TEST_CASE("Handing a rep's work over is one undo step")
{
    TeamWindow w;
    Book &book = *w.book;
    UndoStack *undo = w.window.undoStack();
    const qint64 ann = book.team().findRep(u"Ann"_s);
    const qint64 bob = book.team().findRep(u"Bob"_s);
    ReassignRequest request;
    request.fromRepId = ann;
    request.toRepId = bob;
    auto command = ReassignCommand::perform(book, request);
    REQUIRE(command.ok());
    undo->push(command->release());
    CHECK(undo->count() == 1);
    CHECK(book.pipeline().deal(w.open1)->ownerId == bob);
    CHECK(book.pipeline().deal(w.open2)->ownerId == bob);
    CHECK(book.pipeline().deal(w.won)->ownerId == ann);
    undo->undo();
    CHECK(book.pipeline().deal(w.open1)->ownerId == ann);
    CHECK(book.pipeline().deal(w.open2)->ownerId == ann);
    CHECK(book.pipeline().events(w.open1)->isEmpty());
    undo->redo();
    CHECK(book.pipeline().deal(w.open1)->ownerId == bob);
    CHECK(book.pipeline().events(w.open1)->size() == 1);
}

TEST_CASE("Rep, team, program, plan, split and reversal edits undo and redo")
{
    TeamWindow w;
    Book &book = *w.book;
    UndoStack *undo = w.window.undoStack();
    const auto push = [undo](auto command) {
        REQUIRE(command.ok());
        undo->push(command->release());
    };
    Rep carl;
    carl.name = u"Carl"_s;
    push(TeamCommands::saveRep(book.team(), carl));
    REQUIRE(book.team().findRep(u"Carl"_s));
    CHECK(w.page->repsTable()->rowCount() >= 2);
    undo->undo();
    CHECK_FALSE(book.team().findRep(u"Carl"_s)); // named nowhere: gone again
    undo->redo();
    CHECK(book.team().findRep(u"Carl"_s));

    push(TeamCommands::saveTeam(book.team(), Team {0, u"West"_s, 0, 0}));
    CHECK(book.team().findTeam(u"West"_s));
    undo->undo();
    CHECK_FALSE(book.team().findTeam(u"West"_s));

    TrainingProgram p;
    p.title = u"Demo skills"_s;
    p.startsOn = Today;
    push(TeamCommands::saveProgram(book.training(), p));
    REQUIRE(book.training().programs().size() == 1);
    undo->undo();
    CHECK(book.training().programs().isEmpty());
    undo->redo();
    CHECK(book.training().programs().size() == 1);

    const qint64 ann = book.team().findRep(u"Ann"_s);
    const qint64 bob = book.team().findRep(u"Bob"_s);
    push(TeamCommands::setSplits(book.commission(), w.won, {{ann, 500000}, {bob, 500000}}));
    CHECK(book.commission().splits(w.won)->size() == 2);
    undo->undo();
    CHECK(book.commission().splits(w.won)->isEmpty());

    push(TeamCommands::reverseDeal(book.commission(), book.pipeline(), w.won, Today,
                                   u"Cancelled"_s));
    CHECK(book.pipeline().deal(w.won)->status == DealStatus::Lost);
    undo->undo();
    CHECK(book.pipeline().deal(w.won)->status == DealStatus::Won);
    CHECK_FALSE(book.pipeline().reversal(w.won)->has_value());

    push(TeamCommands::setLadder(book.career(),
                                 *CareerService::parseLadder(u"Junior, Senior:24m"_s)));
    push(TeamCommands::promote(book.career(), {0, ann, {}, u"Senior"_s, Today, u"Ready"_s}));
    CHECK(book.team().rep(ann)->level == u"Senior"_s);
    w.page->selectRep(ann);
    CHECK(w.page->careerLabel()->text().contains(u"Level: <b>Senior</b>"_s));
    push(TeamCommands::addAward(book.career(), {0, ann, u"Top seller"_s, Today, {}}));
    CHECK(book.career().record(ann)->awards.size() == 1);
    undo->undo();
    CHECK(book.career().record(ann)->awards.isEmpty());
    undo->undo();
    CHECK(book.team().rep(ann)->level.isEmpty());
    CHECK(book.career().record(ann)->promotions.isEmpty());
    undo->undo();
    CHECK(book.career().levels()->isEmpty());

    const qint64 plan = book.commission().findPlan(u"Standard"_s)->id;
    TeamCommands::PlanState changed {u"Standard"_s, book.commission().plan(plan)->terms, {ann}};
    changed.terms.mode = CommissionMode::Flat;
    push(TeamCommands::savePlan(book.commission(), plan, changed));
    CHECK(book.commission().plan(plan)->terms.mode == CommissionMode::Flat);
    CHECK(book.commission().plan(plan)->repIds == QList<qint64> {ann});
    undo->undo();
    CHECK(book.commission().plan(plan)->terms.mode == CommissionMode::Marginal);
    CHECK(book.commission().plan(plan)->repIds.size() == 2);
}

TEST_CASE("The rep dialog saves through an undo step and keeps what was typed when refused")
{
    TeamWindow w;
    Book &book = *w.book;
    QString refusal;
    bool stayedOpen = false;
    ModalHandler<QDialog> modal([&](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"repNameEdit"_s);
        name->setText(u"Ann"_s); // taken
        dialog->accept();
        stayedOpen = dialog->isVisible();
        refusal = dialog->findChild<QLabel *>(u"problemLabel"_s)->text();
        name->setText(u"Dora"_s);
        dialog->accept();
    });
    w.page->newRep();
    REQUIRE(modal.ran());
    CHECK(stayedOpen);
    CHECK(refusal.contains(u"already a sales rep"_s));
    REQUIRE(book.team().findRep(u"Dora"_s));
    CHECK(w.window.undoStack()->undoText() == u"Add Sales Rep"_s);
    w.window.undoStack()->undo();
    CHECK_FALSE(book.team().findRep(u"Dora"_s));
}

TEST_CASE("The deal editor reverses a won deal, one undo step")
{
    TeamWindow w;
    Book &book = *w.book;
    bool reverseOffered = false;
    ModalHandler<DealEditor> editor([&](DealEditor *dialog) {
        auto *reverse = dialog->findChild<QPushButton *>(u"dealEditorReverseButton"_s);
        reverseOffered = reverse != nullptr;
        if (reverse) {
            reverse->click();
        }
    });
    ModalHandler<ReverseDealDialog> reversal([&](ReverseDealDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"reverseReasonEdit"_s)->setText(u"Refunded"_s);
        dialog->accept();
    });
    w.window.pipelinePage()->editDeal(w.won);
    REQUIRE(editor.ran());
    REQUIRE(reversal.ran());
    CHECK(reverseOffered);
    CHECK(book.pipeline().deal(w.won)->status == DealStatus::Lost);
    CHECK(book.pipeline().deal(w.won)->lostNote == u"Refunded"_s);
    CHECK(w.window.undoStack()->undoText() == u"Reverse Deal"_s);
    w.window.undoStack()->undo();
    CHECK(book.pipeline().deal(w.won)->status == DealStatus::Won);
}

TEST_CASE(
        "The plan dialog refuses a table that does not start at 0 and saves tiers and a team pool")
{
    TeamWindow w;
    Book &book = *w.book;
    w.page->showView(TeamPage::CommissionTab);
    QString refusal;
    ModalHandler<PlanDialog> modal([&](PlanDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"planNameEdit"_s)->setText(u"Stretch"_s);
        auto *tiers = dialog->findChild<QTableWidget *>(u"planTiersTable"_s);
        tiers->item(0, 0)->setText(u"10%"_s);
        dialog->accept();
        refusal = dialog->findChild<QLabel *>(u"problemLabel"_s)->text();
        tiers->item(0, 0)->setText(u"0"_s);
        tiers->insertRow(1);
        tiers->setItem(1, 0, new QTableWidgetItem(u"100%"_s));
        tiers->setItem(1, 1, new QTableWidgetItem(u"8%"_s));
        auto *pools = dialog->findChild<QTableWidget *>(u"planPoolsTable"_s);
        auto *team = qobject_cast<QComboBox *>(pools->cellWidget(0, 0));
        team->setCurrentIndex(team->findText(u"East"_s));
        pools->item(0, 1)->setText(u"1000"_s);
        pools->item(0, 2)->setText(u"100%"_s);
        dialog->accept();
    });
    w.page->commission()->newPlan();
    REQUIRE(modal.ran());
    CHECK(refusal.contains(u"0 %"_s));
    const CommissionPlan *plan = book.commission().findPlan(u"Stretch"_s);
    REQUIRE(plan);
    CHECK(plan->terms.tiers == QList<CommissionTier> {{0, 50000}, {1000000, 80000}});
    REQUIRE(plan->terms.pools.size() == 1);
    CHECK(plan->terms.pools[0].amountMinor == 100000);
    CHECK(plan->terms.pools[0].fromPpm == 1000000);
    CHECK(w.window.undoStack()->undoText() == u"Add Incentive Plan"_s);
}
