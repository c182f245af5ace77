// The window on a book on a server: what others save comes in while it is open.

#include "tests/support/modal.h"
#include "tests/support/serverbook.h"
#include "ui/commands/undostack.h"
#include "ui/customers/customerspage.h"
#include "ui/mainwindow.h"
#include "ui/pipeline/boardview.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/deallistview.h"
#include "ui/pipeline/pipelinepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace salesdesk;

TEST_CASE("a deal another user saves changes on the open board within two seconds", "[server]")
{
    ServerDatabase server;
    const auto [dealId, proposal] = bookWithADeal(server);
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

TEST_CASE("the List keeps its place and its selection when others' changes come in", "[server]")
{
    ServerDatabase server;
    const qint64 first = bookWithADeal(server).first;
    const QString anna = server.addUser(u"anna"_s);
    const QString ben = server.addUser(u"ben"_s);
    auto other = Book::open(server.addressAs(ben));
    REQUIRE(other);
    // 300 deals, far more than a window shows.
    auto firstDeal = (*other)->pipeline().deal(first);
    REQUIRE(firstDeal);
    REQUIRE((*other)->inOneEdit([&]() -> Status {
        for (int i = 1; i < 300; ++i) {
            Deal d = *firstDeal;
            d.id = 0;
            d.title = u"Fit-out %1"_s.arg(i, 3, 10, QChar(u'0'));
            if (auto id = (*other)->pipeline().addDeal(d); !id) {
                return id.error();
            }
        }
        return {};
    }));

    ui::MainWindow window;
    REQUIRE(window.openServerBook(server.addressAs(anna)));
    window.resize(1200, 800);
    window.show();
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.pipelinePage());
    window.pipelinePage()->showView(ui::PipelinePage::ListTab);
    auto *table = window.pipelinePage()->list()->findChild<QTableView *>();
    REQUIRE(table);
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() == 300; }, 5000));
    // Down the list, a deal there selected.
    const qint64 picked = table->model()->index(200, 0).data(ui::DealColumns::IdRole).toLongLong();
    window.pipelinePage()->list()->selectDeal(picked);
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // Ben renames the first deal: read in, the List where it was.
    QSignalSpy readIn(window.book(), &Book::changedElsewhere);
    Deal renamed = *(*other)->pipeline().deal(first);
    renamed.title = u"Fit-out, two floors"_s;
    REQUIRE((*other)->pipeline().updateDeal(renamed));
    REQUIRE(readIn.wait(2000));
    const auto renamedShown = [&] {
        const QAbstractItemModel *rows = table->model();
        return !rows->match(rows->index(0, ui::DealColumns::TitleColumn), Qt::DisplayRole,
                            u"Fit-out, two floors"_s, 1, Qt::MatchExactly)
                        .isEmpty();
    };
    REQUIRE(QTest::qWaitFor(renamedShown, 2000));
    QCoreApplication::processEvents();
    CHECK(table->verticalScrollBar()->value() == scrolled);
    CHECK(window.pipelinePage()->list()->selectedDealIds() == QList<qint64> {picked});
}

TEST_CASE("File › Connect to Team Server opens the book at the address typed", "[server]")
{
    ServerDatabase server;
    REQUIRE(Book::create(server.address(), {u"Harbour Trading"_s, u"CNY"_s, {}}));
    ui::MainWindow window;
    window.show();
    bool asked = false;
    QString offered;
    ModalHandler<QInputDialog> modal([&](QInputDialog *dialog) {
        asked = dialog->labelText().contains(u"postgresql://"_s);
        offered = dialog->textValue();
        dialog->setTextValue(server.address());
        dialog->accept();
    });
    window.findChild<QAction *>(u"connectAction"_s)->trigger();
    REQUIRE(modal.ran());
    CHECK(asked);
    CHECK(offered.startsWith(u"postgresql://"_s));
    REQUIRE(window.book() != nullptr);
    CHECK(window.book()->path() == server.address());
    CHECK(window.windowTitle().contains(u"Harbour Trading"_s));
    CHECK(window.windowTitle().contains(server.address()));
    // A server keeps its own backups: none are made beside it, and there are none to restore.
    CHECK_FALSE(window.findChild<QAction *>(u"restoreAction"_s)->isEnabled());
    // The address is remembered without a password, as a file would be.
    CHECK(ui::MainWindow::lastFile() == server.address());
}

TEST_CASE("a deal someone else saved while it was open in the editor: told who and what, "
          "mine applied on top",
          "[server]")
{
    ServerDatabase server;
    const qint64 dealId = bookWithADeal(server).first;
    const QString anna = server.addUser(u"anna"_s);
    const QString ben = server.addUser(u"ben"_s);
    ui::MainWindow window;
    REQUIRE(window.openServerBook(server.addressAs(anna)));
    window.show();
    auto other = Book::open(server.addressAs(ben));
    REQUIRE(other);

    bool benSaved = false, edited = false;
    ModalHandler editor([&](QDialog *dialog) {
        // Ben saves a new value while Anna has the deal open; she changes its title.
        auto d = (*other)->pipeline().deal(dealId);
        if (d) {
            Deal more = *d;
            more.valueMinor = 2000000;
            benSaved = (*other)->pipeline().updateDeal(more).ok();
        }
        auto *title = dialog->findChild<QLineEdit *>(u"titleLineEdit"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"dealEditorButtonBox"_s);
        if (title && buttons) {
            title->setText(u"Fit-out, two floors"_s);
            edited = true;
            buttons->button(QDialogButtonBox::Ok)->click();
        }
    });
    QString told;
    bool applied = false;
    ModalHandler<QMessageBox> conflict([&](QMessageBox *box) {
        told = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(u"on Top"_s)) {
                applied = true;
                b->click();
            }
        }
    });
    window.pipelinePage()->editDeal(dealId);
    REQUIRE(editor.ran());
    REQUIRE(benSaved);
    REQUIRE(edited);
    REQUIRE(conflict.ran());
    INFO(told.toStdString());
    CHECK(told.contains(ben));
    CHECK(told.contains(u"value"_s));
    CHECK(applied);
    auto now = (*other)->pipeline().deal(dealId);
    REQUIRE(now);
    CHECK(now->valueMinor == 2000000); // Ben's
    CHECK(now->title == u"Fit-out, two floors"_s); // Anna's
    CHECK(now->version.changedBy == anna);
}

TEST_CASE("a customer someone else saved while it was open in the editor: told who, mine "
          "applied on top, undone back to theirs",
          "[server]")
{
    ServerDatabase server;
    bookWithADeal(server);
    const QString anna = server.addUser(u"anna"_s);
    const QString ben = server.addUser(u"ben"_s);
    ui::MainWindow window;
    REQUIRE(window.openServerBook(server.addressAs(anna)));
    window.show();
    auto other = Book::open(server.addressAs(ben));
    REQUIRE(other);
    const qint64 id = (*other)->customers().findCustomer(u"Harbour Hotel"_s);
    REQUIRE(id > 0);

    bool benSaved = false, edited = false;
    ModalHandler editor([&](QDialog *dialog) {
        // Ben sets the industry while Anna has the customer open; she renames it.
        auto theirs = (*other)->customers().record(id);
        if (theirs) {
            CustomerRecord more = *theirs;
            more.customer.industry = u"Hotels"_s;
            benSaved = (*other)->customers().save(more).ok();
        }
        auto *name = dialog->findChild<QLineEdit *>(u"customerNameEdit"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"customerEditorButtons"_s);
        if (name && buttons) {
            name->setText(u"Harbour Hotel Group"_s);
            edited = true;
            buttons->button(QDialogButtonBox::Ok)->click();
        }
    });
    QString told;
    bool applied = false;
    ModalHandler<QMessageBox> conflict([&](QMessageBox *box) {
        told = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(u"on Top"_s)) {
                applied = true;
                b->click();
            }
        }
    });
    window.customersPage()->editCustomer(id);
    REQUIRE(editor.ran());
    REQUIRE(benSaved);
    REQUIRE(edited);
    REQUIRE(conflict.ran());
    INFO(told.toStdString());
    CHECK(told.contains(ben));
    CHECK(applied);
    auto now = (*other)->customers().record(id);
    REQUIRE(now);
    CHECK(now->customer.industry == u"Hotels"_s); // Ben's
    CHECK(now->customer.name == u"Harbour Hotel Group"_s); // Anna's
    CHECK(now->customer.version.changedBy == anna);
    // Undo takes back Anna's change and leaves Ben's.
    window.undoStack()->undo();
    now = (*other)->customers().record(id);
    REQUIRE(now);
    CHECK(now->customer.name == u"Harbour Hotel"_s);
    CHECK(now->customer.industry == u"Hotels"_s);
}
