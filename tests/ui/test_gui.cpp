#include "core/common/money.h"
#include "core/customers/keydates.h"
#include "core/demo/demogenerator.h"
#include "core/forecast/pipelineforecast.h"
#include "core/kpi/kpiservice.h"
#include "core/storage/backupshelf.h"
#include "tests/support/modal.h"
#include "tests/support/testbook.h"
#include "ui/commands/customercommands.h"
#include "ui/commands/undostack.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/common/helpwindows.h"
#include "ui/common/reminderwatcher.h"
#include "ui/common/restoredialog.h"
#include "ui/common/welcomepage.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customermodel.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/followupsview.h"
#include "ui/exchange/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/market/marketpage.h"
#include "ui/pipeline/activitiesview.h"
#include "ui/pipeline/activitymodel.h"
#include "ui/pipeline/boardview.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/dealeditor.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/deallistview.h"
#include "ui/pipeline/funnelview.h"
#include "ui/pipeline/pipelinepage.h"
#include "ui/targets/targetdialogs.h"
#include "ui/targets/targetmodel.h"
#include "ui/targets/targetspage.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <unistd.h>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// The day the windows' books live on: a Monday, so a week runs Monday to Sunday from it.
const QDate Today(2026, 11, 16);

// A window whose books read a fixed day instead of the machine's clock.
struct Window : MainWindow
{
    explicit Window(const QDate &today = Today) { setClock(Clock::fixedOn(today)); }
};

QString editMenuText(MainWindow &window, const QString &objectName)
{
    auto *action = window.findChild<QAction *>(objectName);
    return action ? action->text() : QString();
}

QPushButton *okButton(QDialog *dialog, const QString &buttonBox)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(buttonBox);
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

// How many colours a picture has: a page that painted nothing has one or two.
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            seen.insert(image.pixel(x, y));
        }
    }
    return int(seen.size());
}

// A new, empty book in CNY (a book the window creates takes the system's currency).
QString newBook(const TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    auto book = Book::create(path, {u"Test"_s, u"CNY"_s, {}});
    REQUIRE(book.ok());
    return path;
}

// A demo company of `deals` deals as of Today.
QString demoBook(const TempDir &dir, const QString &name, int deals)
{
    const QString path = dir.file(name);
    DemoGenerator::Options options;
    options.deals = deals;
    options.asOf = Today;
    REQUIRE(DemoGenerator::generate(path, options).ok());
    return path;
}

// Runs the salesdesk binary on a book and reads the JSON it prints.
QJsonObject cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(SALESDESK_BINARY), arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {{u"error"_s, QString::fromUtf8(p.readAllStandardError())}};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("Create a deal in the editor, drag it to another stage, undo and redo")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"gui.salesdesk"_s), true));
    window.show();
    PipelinePage *page = window.pipelinePage();
    REQUIRE(page != nullptr);
    auto &pipeline = window.book()->pipeline();
    const qint64 lead = pipeline.activeStages().at(0).id;
    const qint64 proposal = pipeline.activeStages().at(3).id;

    // The editor refuses a deal without a title or with a negative value.
    bool foundFields = false, okWithoutTitle = true, okWithNegative = true, okWhenValid = false;
    ModalHandler modal([&](QDialog *dialog) {
        auto *ok = okButton(dialog, u"dealEditorButtonBox"_s);
        auto *title = dialog->findChild<QLineEdit *>(u"titleLineEdit"_s);
        auto *customer = dialog->findChild<QLineEdit *>(u"customerLineEdit"_s);
        auto *value = dialog->findChild<QLineEdit *>(u"valueLineEdit"_s);
        foundFields = title && customer && value && ok;
        if (!foundFields) {
            return;
        }
        okWithoutTitle = ok->isEnabled();
        QTest::keyClicks(title, u"Cloud subscription"_s);
        QTest::keyClicks(customer, u"Suzhou Lianxin Trading"_s);
        QTest::keyClicks(value, u"-5"_s);
        okWithNegative = ok->isEnabled();
        value->clear();
        QTest::keyClicks(value, u"36000.50"_s);
        okWhenValid = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    page->newDealAction()->trigger();
    REQUIRE(modal.ran());
    REQUIRE(foundFields);
    CHECK_FALSE(okWithoutTitle);
    CHECK_FALSE(okWithNegative);
    CHECK(okWhenValid);

    auto deals = pipeline.dealSummaries();
    REQUIRE(deals.ok());
    REQUIRE(deals->size() == 1);
    const DealSummary created = deals->first();
    CHECK(created.title == u"Cloud subscription"_s);
    CHECK(created.valueMinor == 3600050);
    CHECK(created.stageId == lead);
    CHECK(window.book()->customers().customerName(created.customerId)
          == u"Suzhou Lianxin Trading"_s);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Add Deal"_s);

    // Drop the card on the Proposal column, as a drag from the Lead column would.
    BoardView *board = page->board();
    BoardColumnView *target = board->columnView(proposal);
    REQUIRE(target != nullptr);
    const DealListModel *leadCards = board->columnModel(lead);
    const QModelIndex source = leadCards->index(leadCards->rowOf(created.id), 0);
    std::unique_ptr<QMimeData> mime(leadCards->mimeData({source}));
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    CHECK(drop.isAccepted());
    CHECK(pipeline.dealSummary(created.id)->stageId == proposal);
    CHECK(page->board()->columnModel(proposal)->rowCount() == 1);
    CHECK(page->board()->columnModel(lead)->rowCount() == 0);
    CHECK(pipeline.history(created.id)->size() == 2);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Move Deal"_s);

    QUndoStack *undo = window.undoStack();
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    CHECK(pipeline.dealSummary(created.id)->stageId == lead);
    CHECK(pipeline.history(created.id)->size() == 1);
    CHECK(page->board()->columnModel(lead)->rowCount() == 1);
    CHECK(editMenuText(window, u"redoAction"_s) == u"&Redo Move Deal"_s);

    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    CHECK(pipeline.dealSummary(created.id)->stageId == proposal);
    CHECK(pipeline.history(created.id)->size() == 2);

    // Undo the move and the creation: the book is empty again; redo brings back the same id.
    undo->undo();
    undo->undo();
    CHECK(pipeline.dealSummaries()->isEmpty());
    CHECK(page->board()->cardCount() == 0);
    undo->redo();
    undo->redo();
    CHECK(pipeline.dealSummary(created.id)->stageId == proposal);
    CHECK(page->board()->cardCount() == 1);
    CHECK(pipeline.checkInvariants()->isEmpty());
}

TEST_CASE("A deal selected on the Board is scrolled to in a column of many cards")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"long.salesdesk"_s), true));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    PipelinePage *page = window.pipelinePage();
    auto &pipeline = window.book()->pipeline();
    const qint64 lead = pipeline.activeStages().at(0).id;
    const qint64 customer = *window.book()->customers().ensureCustomer(u"Buyer"_s);
    // More cards than the column lays out at a time, each closing a day later than the last.
    REQUIRE(window.book()->inOneEdit([&]() -> Status {
        for (int i = 0; i < 3 * BoardColumnView::BatchCards; ++i) {
            Deal d;
            d.title = u"Deal %1"_s.arg(i);
            d.customerId = customer;
            d.stageId = lead;
            d.expectedClose = QDate(2027, 1, 1).addDays(i);
            if (auto id = pipeline.addDeal(d); !id) {
                return id.error();
            }
        }
        return {};
    }));
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(page);
    page->showView(PipelinePage::BoardTab);
    BoardView *board = page->board();
    QCoreApplication::processEvents();
    // A deal closing last joins the end of the column, which lays itself out again; it is
    // selected at once, as a new deal is.
    Deal last;
    last.title = u"Closing last"_s;
    last.customerId = customer;
    last.stageId = lead;
    last.expectedClose = QDate(2028, 1, 1);
    const auto id = pipeline.addDeal(last);
    REQUIRE(id);
    board->selectDeal(*id);
    BoardColumnView *column = board->columnView(lead);
    const QModelIndex current = column->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(DealColumns::IdRole).toLongLong() == *id);
    CHECK(current.row() == column->model()->rowCount() - 1);
    const QRect shown = column->visualRect(current);
    CHECK(shown.isValid());
    CHECK(column->viewport()->rect().intersects(shown));
}

TEST_CASE("The Board lists one owner's cards per column and adds up its headers from the book")
{
    TempDir dir;
    Window window;
    Database::CreateOptions yuan;
    yuan.currency = u"CNY"_s;
    REQUIRE(window.openFile(dir.file(u"owners.salesdesk"_s), true, yuan));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Book &book = *window.book();
    auto &pipeline = book.pipeline();
    const qint64 lead = pipeline.activeStages().at(0).id;
    const qint64 second = pipeline.activeStages().at(1).id;
    const qint64 zhou = *book.team().ensureRep(u"Zhou Min"_s);
    const qint64 li = *book.team().ensureRep(u"Li Na"_s);
    const QDateTime now = book.clock().nowUtc();
    const auto add = [&](const QString &title, qint64 owner, qint64 stage, qint64 value) {
        Deal d;
        d.title = title;
        d.customerId = *book.customers().ensureCustomer(u"Buyer of "_s + title);
        d.ownerId = owner;
        d.stageId = stage;
        d.valueMinor = value;
        const auto id = pipeline.addDeal(d, now.addDays(-60));
        REQUIRE(id);
        return *id;
    };
    const qint64 a = add(u"A"_s, zhou, lead, 100000); // ¥1,000.00
    const qint64 b = add(u"B"_s, li, lead, 200000);
    const qint64 c = add(u"C"_s, zhou, second, 50000);
    const qint64 recent = add(u"Won lately"_s, zhou, lead, 30000);
    REQUIRE(pipeline.moveDeal(recent, {0, DealStatus::Won, 0, {}}, now.addDays(-10)));
    const qint64 old = add(u"Won long ago"_s, zhou, lead, 70000);
    REQUIRE(pipeline.moveDeal(old, {0, DealStatus::Won, 0, {}}, now.addDays(-40)));

    PipelinePage *page = window.pipelinePage();
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(page);
    page->showView(PipelinePage::BoardTab);
    BoardView *board = page->board();
    QCoreApplication::processEvents();
    CHECK(board->columnModel(lead)->ids() == QList<qint64> {a, b});
    CHECK(board->columnModel(second)->ids() == QList<qint64> {c});
    CHECK(board->columnModel(0, DealStatus::Won)->ids() == QList<qint64> {recent}); // 30 days
    CHECK(board->cardCount() == 4);
    CHECK(board->header(lead)->text().contains(u" (2)"_s));
    CHECK(board->header(lead)->toolTip().contains(u"total ¥3,000.00"_s));
    CHECK(board->header(0, DealStatus::Won)->toolTip().contains(u"total ¥300.00"_s));

    // One owner's: the columns list theirs, the headers add up theirs.
    auto *owner = page->findChild<QComboBox *>(u"ownerFilterComboBox"_s);
    REQUIRE(owner);
    owner->setCurrentIndex(owner->findData(li));
    QCoreApplication::processEvents();
    CHECK(board->columnModel(lead)->ids() == QList<qint64> {b});
    CHECK(board->columnModel(second)->rowCount() == 0);
    CHECK(board->columnModel(0, DealStatus::Won)->rowCount() == 0);
    CHECK(board->header(lead)->toolTip().contains(u"total ¥2,000.00"_s));
    CHECK(board->header(second)->text().contains(u" (0)"_s));

    // A deal moved into the column is listed there at once, and counted.
    REQUIRE(pipeline.moveDeal(b, {second, DealStatus::Open, 0, {}}));
    // The columns list their deals on the next turn of the event loop, the headers on the one
    // after: however long those take on a busy machine.
    CHECK(QTest::qWaitFor(
            [&] { return board->header(second)->toolTip().contains(u"total ¥2,000.00"_s); }));
    CHECK(board->columnModel(second)->ids() == QList<qint64> {b});
    CHECK(board->header(second)->toolTip().contains(u"total ¥2,000.00"_s));
    CHECK(board->header(lead)->text().contains(u" (0)"_s));
}

TEST_CASE("Contact details typed in the deal editor are saved with the deal, undone together")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"contact.salesdesk"_s), true));
    auto &pipeline = window.book()->pipeline();
    auto &customers = window.book()->customers();
    ModalHandler modal([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleLineEdit"_s), u"Hardware"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"customerLineEdit"_s), u"Jinan Kaida"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"valueLineEdit"_s), u"60000"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"contactPersonLineEdit"_s), u"Hu Mei"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"phoneLineEdit"_s), u"138 0000 1111"_s);
        okButton(dialog, u"dealEditorButtonBox"_s)->click();
    });
    window.pipelinePage()->newDeal();
    REQUIRE(modal.ran());
    const qint64 customer = customers.findCustomer(u"Jinan Kaida"_s);
    REQUIRE(customer > 0);
    CHECK(customers.customer(customer)->contactPerson == u"Hu Mei"_s);
    CHECK(customers.customer(customer)->phone == u"138 0000 1111"_s);
    REQUIRE(pipeline.dealSummaries()->size() == 1);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Add Deal"_s);
    // One undo takes back the deal and the contact details.
    window.undoStack()->undo();
    CHECK(pipeline.dealSummaries()->isEmpty());
    CHECK(customers.customer(customer)->contactPerson.isEmpty());
    window.undoStack()->redo();
    CHECK(pipeline.dealSummaries()->size() == 1);
    CHECK(customers.customer(customer)->contactPerson == u"Hu Mei"_s);
}

TEST_CASE("A demo company is written in the background and opened")
{
    TempDir dir;
    Window window;
    REQUIRE(window.createDemoFile(dir.file(u"demo.salesdesk"_s), 1200));
    REQUIRE(window.hasBook());
    CHECK(window.book()->pipeline().dealSummaries()->size() == 1200);
    CHECK(window.pipelinePage()->list()->model()->rowCount()
          == window.book()->pipeline().dealSummaries(DealStatus::Open)->size());
    CHECK(window.book()->customers().customers().size() == 480);
}

TEST_CASE("Pages out of sight read nothing when the window opens, and fill when first shown")
{
    TempDir dir;
    const QString path = demoBook(dir, u"lazy.salesdesk"_s, 400);
    Window window;
    REQUIRE(window.openFile(path));
    window.show();
    auto *pages = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    REQUIRE(pages->currentWidget() != window.targetsPage());
    // The targets' tree and the forecast's products wait for their pages.
    QAbstractItemModel *targets = window.targetsPage()->tree()->model();
    CHECK(targets->rowCount() == 0);
    auto *scope = window.marketPage()->findChild<QComboBox *>(u"forecastScopeCombo"_s);
    REQUIRE(scope);
    CHECK(scope->count() == 1); // "The company"
    pages->setCurrentWidget(window.targetsPage());
    CHECK(targets->rowCount() > 0); // the demo's year target
    pages->setCurrentWidget(window.marketPage());
    QStringList products;
    for (int i = 0; i < scope->count(); ++i) {
        if (scope->itemData(i).toString().startsWith(u"product:"_s)) {
            products.append(scope->itemText(i));
        }
    }
    CHECK(products.size() == window.book()->kpi().products()->size());
    CHECK_FALSE(products.isEmpty());
    // The Dashboard, shown first, lists the products to filter by.
    auto *product = window.findChild<QComboBox *>(u"productFilterComboBox"_s);
    REQUIRE(product);
    CHECK(product->count() == products.size() + 1); // and "Every product"
}

TEST_CASE("The week's pipeline forecast is kept once when a book opens - computed off the window's "
          "thread")
{
    TempDir dir;
    const QString path = demoBook(dir, u"forecast.salesdesk"_s, 400);
    const Period quarter = Period::containing(Period::Kind::Quarter, Today, 1);
    // What the week's forecast is, computed on the book itself.
    QHash<qint64, qint64> bestCase;
    {
        auto book = Book::open(path, Database::Access::ReadOnly, Clock::fixedOn(Today));
        REQUIRE(book.ok());
        REQUIRE((*book)->pipelineForecast().snapshots(quarter)->isEmpty());
        auto f = (*book)->pipelineForecast().forecast(quarter, Today);
        REQUIRE(f.ok());
        REQUIRE_FALSE(f->reps.isEmpty());
        for (const auto &[rep, totals] : std::as_const(f->reps)) {
            bestCase.insert(rep, totals.bestCaseMinor);
        }
    }
    {
        Window window;
        REQUIRE(window.openFile(path));
        window.waitForForecastSnapshot();
        auto kept = window.book()->pipelineForecast().snapshots(quarter);
        REQUIRE(kept.ok());
        REQUIRE(kept->size() == bestCase.size());
        for (const auto &s : std::as_const(*kept)) {
            CHECK(s.takenOn == QDate(2026, 11, 16)); // a Monday
            CHECK(s.totals.bestCaseMinor == bestCase.value(s.repId, -1));
        }
    }
    // Opened again in the same week: nothing more.
    Window again(Today.addDays(3));
    REQUIRE(again.openFile(path));
    again.waitForForecastSnapshot();
    CHECK(again.book()->pipelineForecast().snapshots(quarter)->size() == bestCase.size());
    CHECK(again.book()->pipelineForecast().snapshotDue(Today.addDays(3))->isEmpty());
}

TEST_CASE("A stage added in the stage editor appears on the Board and goes away with undo")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"stages.salesdesk"_s), true));
    auto &pipeline = window.book()->pipeline();
    int rowsAfterAdd = 0;
    ModalHandler modal([&](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(u"stageTableWidget"_s);
        if (!table) {
            return;
        }
        dialog->findChild<QPushButton *>(u"addStagePushButton"_s)->click();
        rowsAfterAdd = table->rowCount();
        if (rowsAfterAdd == 6) {
            table->item(5, 0)->setText(u"Trial"_s);
            table->item(5, 1)->setData(Qt::EditRole, 70);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.pipelinePage()->manageStagesAction()->trigger();
    REQUIRE(modal.ran());
    CHECK(rowsAfterAdd == 6);
    REQUIRE(pipeline.activeStages().size() == 6);
    const Stage *trial = pipeline.findStage(u"Trial"_s);
    REQUIRE(trial != nullptr);
    CHECK(trial->probability == 70);
    CHECK(window.pipelinePage()->board()->columnView(trial->id) != nullptr);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Edit Stages"_s);
    window.undoStack()->undo();
    CHECK(pipeline.activeStages().size() == 5);
    CHECK(pipeline.findStage(u"Trial"_s) == nullptr);
}

TEST_CASE("Ticking an activity done is undoable")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"activities.salesdesk"_s), true));
    Activity a;
    a.subject = u"Call the buyer"_s;
    a.dueAt = QDateTime(Today, QTime(9, 30));
    auto id = window.book()->activities().addActivity(a);
    REQUIRE(id.ok());
    // The activities are read when their view is first shown, as the user opens it.
    window.show();
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.pipelinePage());
    window.pipelinePage()->showView(PipelinePage::ActivitiesTab);
    auto *view = window.findChild<QTableView *>(u"activityTableView"_s);
    REQUIRE(view != nullptr);
    REQUIRE(view->model()->rowCount() == 1); // "Today" (the book's) shows it
    const QModelIndex done = view->model()->index(0, ActivityModel::DoneColumn);
    CHECK(view->model()->setData(done, Qt::Checked, Qt::CheckStateRole) == false);
    CHECK(window.book()->activities().activity(*id)->done);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Complete Activity"_s);
    window.undoStack()->undo();
    CHECK_FALSE(window.book()->activities().activity(*id)->done);
}

TEST_CASE("File › Restore from Backup lists the day's copies and opens one as a new file")
{
    TempDir dir;
    const QString path = newBook(dir, u"Acme.salesdesk"_s);
    Window window;
    REQUIRE(window.openFile(path));
    auto *restore = window.findChild<QAction *>(u"restoreAction"_s);
    REQUIRE(restore);
    CHECK(restore->isEnabled());
    Deal deal;
    deal.title = u"Before the copy"_s;
    deal.customerId = *window.book()->customers().ensureCustomer(u"Zhongke"_s);
    REQUIRE(window.book()->pipeline().addDeal(deal).ok());

    // No copy yet: the dialog says so; Back Up Now writes the day's.
    bool saidNone = false;
    QStringList row;
    ModalHandler<RestoreDialog> first([&](RestoreDialog *dialog) {
        saidNone = dialog->findChild<QLabel *>(u"noBackupsLabel"_s)->isVisibleTo(dialog);
        dialog->backUpNow();
        if (QTreeWidgetItem *item = dialog->list()->topLevelItem(0)) {
            for (int c = 0; c < item->columnCount(); ++c) {
                row.append(item->text(c));
            }
        }
        dialog->reject();
    });
    restore->trigger();
    REQUIRE(first.ran());
    CHECK(saidNone);
    REQUIRE(row.size() == 6);
    CHECK(row[0].endsWith(dateText(Today)));
    CHECK(row[1] == u"Daily"_s);
    CHECK(row[2] == u"1"_s); // deals
    CHECK(row[3] == u"1"_s); // customers
    CHECK(QFile::exists(dir.file(u"Acme backups/2026-11-16.salesdesk"_s)));

    // A deal added after the copy is not in it; the copy opens as a new file.
    deal.title = u"After the copy"_s;
    REQUIRE(window.book()->pipeline().addDeal(deal).ok());
    const QString copy = dir.file(u"Acme as it was.salesdesk"_s);
    ModalHandler<RestoreDialog> choose([](RestoreDialog *dialog) {
        dialog->findChild<QPushButton *>(u"openCopyButton"_s)->click();
    });
    ModalHandler<QFileDialog> save([&copy](QFileDialog *files) {
        files->selectFile(copy);
        QMetaObject::invokeMethod(files, "accept");
    });
    restore->trigger();
    REQUIRE(choose.ran());
    REQUIRE(save.ran());
    REQUIRE(window.hasBook());
    CHECK(window.book()->path() == copy);
    REQUIRE(window.book()->pipeline().dealSummaries()->size() == 1);
    CHECK(window.book()->pipeline().dealSummaries()->first().title == u"Before the copy"_s);
    auto original = Book::open(path, Database::Access::ReadOnly);
    REQUIRE(original.ok());
    CHECK((*original)->pipeline().dealSummaries()->size() == 2);
}

TEST_CASE("A file open in one window cannot be opened in a second")
{
    TempDir dir;
    const QString path = dir.file(u"shared.salesdesk"_s);
    Window first;
    REQUIRE(first.openFile(path, true));
    Window second;
    QString shown;
    ModalHandler<QMessageBox> modal([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(second.openFile(path));
    REQUIRE(modal.ran());
    CHECK(shown.contains(u"already open"_s));
    CHECK(first.hasBook());
}

TEST_CASE("A book this user may only read opens as a copy saved elsewhere")
{
    if (::geteuid() == 0) {
        // Root writes whatever the permission bits say: the case runs again as "nobody", in a
        // process of its own, and passes when it passes there.
        TempDir home;
        REQUIRE(QFile::setPermissions(home.path(), QFileDevice::Permissions(0x7777)));
        QProcess self;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        self.setProcessEnvironment(env);
        self.start(u"setpriv"_s,
                   {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                    QCoreApplication::applicationFilePath(), u"--warn"_s, u"NoTests"_s,
                    u"A book this user may only read opens as a copy saved elsewhere"_s});
        REQUIRE(self.waitForFinished(120000));
        INFO(self.readAllStandardOutput().toStdString()
             << self.readAllStandardError().toStdString());
        CHECK(self.exitStatus() == QProcess::NormalExit);
        CHECK(self.exitCode() == 0);
        return;
    }
    TempDir dir;
    const QString folder = dir.file(u"shared"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + u"/shop.salesdesk"_s;
    {
        TestBook made(Today, u"CNY"_s);
        Deal deal;
        deal.title = u"Kiosk"_s;
        deal.customerId = *made->customers().ensureCustomer(u"Acme"_s);
        deal.valueMinor = 120000;
        REQUIRE(made->pipeline().addDeal(deal).ok());
        REQUIRE(made->database().backupTo(path).ok());
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = fileHash(path);

    Window window;
    QString said;
    ModalHandler<QMessageBox> ask([&said](QMessageBox *box) {
        said = box->text();
        box->findChild<QPushButton *>(u"saveCopyButton"_s)->click();
    });
    const QString copy = dir.file(u"shop copy.salesdesk"_s);
    ModalHandler<QFileDialog> save([&copy](QFileDialog *files) {
        files->selectFile(copy);
        QMetaObject::invokeMethod(files, "accept");
    });
    CHECK(window.openFile(path));
    REQUIRE(ask.ran());
    CHECK(said.contains(u"can only be read here"_s));
    REQUIRE(save.ran());
    REQUIRE(window.hasBook());
    CHECK(window.book()->path() == copy);
    auto deals = window.book()->pipeline().dealSummaries();
    REQUIRE(deals.ok());
    REQUIRE(deals->size() == 1);
    CHECK(deals->first().title == u"Kiosk"_s);
    // The copy is the user's to change; nothing was made beside the original, which is as it
    // was.
    Deal more;
    more.title = u"Second"_s;
    more.customerId = deals->first().customerId;
    CHECK(window.book()->pipeline().addDeal(more).ok());
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList {u"shop.salesdesk"_s});
    CHECK(fileHash(path) == before);

    // Declined, nothing is opened and the window says why.
    Window second;
    ModalHandler<QMessageBox> decline([](QMessageBox *box) { box->reject(); });
    CHECK_FALSE(second.openFile(path));
    REQUIRE(decline.ran());
    CHECK_FALSE(second.hasBook());
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

TEST_CASE("Create a target, split it into quarters, adjust a quarter with a reason, undo")
{
    TempDir dir;
    Window window(QDate(2026, 3, 1)); // early in the year: no quarter has ended
    REQUIRE(window.openFile(dir.file(u"targets.salesdesk"_s), true));
    TargetsPage *page = window.targetsPage();
    REQUIRE(page != nullptr);
    auto &targets = window.book()->targets();

    bool okWithoutValue = true, okWithValue = false;
    {
        ModalHandler modal([&](QDialog *dialog) {
            auto *metric = dialog->findChild<QComboBox *>(u"metricComboBox"_s);
            metric->setCurrentIndex(metric->findData(int(Metric::Revenue)));
            dialog->findChild<QSpinBox *>(u"yearSpinBox"_s)->setValue(2026);
            auto *ok = okButton(dialog, u"newTargetButtonBox"_s);
            okWithoutValue = ok->isEnabled();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"targetValueLineEdit"_s),
                             u"1200000"_s);
            okWithValue = ok->isEnabled();
            ok->click();
        });
        window.findChild<QAction *>(u"newTargetAction"_s)->trigger();
        REQUIRE(modal.ran());
    }
    CHECK_FALSE(okWithoutValue);
    CHECK(okWithValue);
    auto all = targets.targets();
    REQUIRE(all->size() == 1);
    const Target year = all->first();
    CHECK(year.value == 120000000);
    CHECK(year.period.toString() == u"2026"_s);
    CHECK(page->currentTargetId() == year.id);

    int previewRows = 0;
    {
        ModalHandler modal([&](QDialog *dialog) {
            auto *into = dialog->findChild<QComboBox *>(u"splitIntoComboBox"_s);
            into->setCurrentIndex(into->findData(int(TargetService::SplitInto::Quarters)));
            auto *method = dialog->findChild<QComboBox *>(u"splitMethodComboBox"_s);
            method->setCurrentIndex(method->findData(int(SplitMethod::Even)));
            previewRows
                    = dialog->findChild<QTableWidget *>(u"splitPreviewTableWidget"_s)->rowCount();
            okButton(dialog, u"splitButtonBox"_s)->click();
        });
        window.findChild<QAction *>(u"splitTargetAction"_s)->trigger();
        REQUIRE(modal.ran());
    }
    CHECK(previewRows == 4);
    auto quarters = targets.children(year.id);
    REQUIRE(quarters->size() == 4);
    const auto values = [&] {
        QList<qint64> out;
        const auto kids = targets.children(year.id);
        for (const auto &k : *kids) {
            out.append(k.value);
        }
        return out;
    };
    CHECK(values() == QList<qint64> {30000000, 30000000, 30000000, 30000000});

    page->selectTarget(quarters->at(1).id);
    bool okWithoutReason = true, rebalance = false;
    QString firstPreviewed;
    {
        ModalHandler modal([&](QDialog *dialog) {
            auto *value = dialog->findChild<QLineEdit *>(u"adjustValueLineEdit"_s);
            value->selectAll();
            QTest::keyClicks(value, u"400000"_s);
            auto *ok = okButton(dialog, u"adjustButtonBox"_s);
            okWithoutReason = ok->isEnabled();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adjustReasonLineEdit"_s),
                             u"Trade fair in May"_s);
            rebalance = dialog->findChild<QCheckBox *>(u"rebalanceCheckBox"_s)->isChecked();
            // The preview shows the four quarters before anything is saved.
            auto *preview = dialog->findChild<QTableWidget *>(u"adjustPreviewTableWidget"_s);
            if (preview->rowCount() == 4) {
                firstPreviewed = preview->item(0, 2)->text();
            }
            ok->click();
        });
        window.findChild<QAction *>(u"adjustTargetAction"_s)->trigger();
        REQUIRE(modal.ran());
    }
    CHECK_FALSE(okWithoutReason); // a reason is required
    CHECK(rebalance);
    CHECK(firstPreviewed == Money(26666700, window.book()->currencies().home()).format());
    // Q2 to ¥400,000; the other quarters share the remaining ¥800,000 in whole yuan (the year
    // has no fen): 266,666.67 each → two get ¥266,667 and one ¥266,666.
    CHECK(values() == QList<qint64> {26666700, 40000000, 26666700, 26666600});
    auto revisions = targets.revisions(quarters->at(1).id);
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->at(0).reason == u"Trade fair in May"_s);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Adjust Target"_s);

    window.undoStack()->undo();
    CHECK(values() == QList<qint64> {30000000, 30000000, 30000000, 30000000});
    CHECK(targets.revisions(quarters->at(1).id)->isEmpty());
    window.undoStack()->redo();
    CHECK(values() == QList<qint64> {26666700, 40000000, 26666700, 26666600});
    window.undoStack()->undo();
    window.undoStack()->undo(); // the split
    CHECK(targets.children(year.id)->isEmpty());
    window.undoStack()->undo(); // the target itself
    CHECK(targets.targets()->isEmpty());
    CHECK(page->model()->rowCount() == 0);
}

TEST_CASE("Adjusting a target late in its year leaves the quarters that have ended as they were")
{
    TempDir dir;
    Window window(QDate(2026, 8, 15)); // Q1 and Q2 have ended
    REQUIRE(window.openFile(dir.file(u"late.salesdesk"_s), true));
    auto &targets = window.book()->targets();
    Target year;
    year.name = u"Revenue 2026"_s;
    year.period = *Period::parse(u"2026"_s);
    year.value = 120000000;
    const qint64 id = *targets.addTarget(year);
    REQUIRE(targets.applySplit(id, *targets.planSplit(id, TargetService::SplitInto::Quarters,
                                                      SplitMethod::Even))
                    .ok());
    window.targetsPage()->model()->reload();
    window.targetsPage()->selectTarget(id);
    QStringList parts;
    QString note;
    ModalHandler modal([&](QDialog *dialog) {
        auto *value = dialog->findChild<QLineEdit *>(u"adjustValueLineEdit"_s);
        value->selectAll();
        QTest::keyClicks(value, u"1500000"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adjustReasonLineEdit"_s),
                         u"Distributor signed"_s);
        auto *preview = dialog->findChild<QTableWidget *>(u"adjustPreviewTableWidget"_s);
        for (int r = 0; r < preview->rowCount(); ++r) {
            parts.append(preview->item(r, 0)->text() + u" "_s + preview->item(r, 2)->text());
        }
        auto *label = dialog->findChild<QLabel *>(u"adjustNoteLabel"_s);
        note = label->isVisible() ? label->text() : QString();
        okButton(dialog, u"adjustButtonBox"_s)->click();
    });
    window.findChild<QAction *>(u"adjustTargetAction"_s)->trigger();
    REQUIRE(modal.ran());
    // ¥1,500,000 on 15 August: Q1 and Q2 keep ¥300,000 each; Q3 and Q4 share ¥900,000.
    const QString home = window.book()->currencies().home();
    CHECK(parts
          == QStringList {u"Revenue 2026 – 2026Q1 (ended) "_s + Money(30000000, home).format(),
                          u"Revenue 2026 – 2026Q2 (ended) "_s + Money(30000000, home).format(),
                          u"Revenue 2026 – 2026Q3 "_s + Money(45000000, home).format(),
                          u"Revenue 2026 – 2026Q4 "_s + Money(45000000, home).format()});
    CAPTURE(note);
    CHECK(note.startsWith(u"2 part"_s));
    CHECK(note.contains(u"ended before"_s));
    QList<qint64> values;
    const auto quarters = targets.children(id);
    REQUIRE(quarters.ok());
    for (const Target &q : *quarters) {
        values.append(q.value);
    }
    CHECK(values == QList<qint64> {30000000, 30000000, 45000000, 45000000});
}

TEST_CASE("A target's charts speak in the home currency's unit and follow it when it changes")
{
    QTranslator english;
    REQUIRE(english.load(u"salesdesk_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    TempDir dir;
    Window window(QDate(2026, 5, 18));
    REQUIRE(window.openFile(newBook(dir, u"unit.salesdesk"_s)));
    window.show();
    Book &book = *window.book();
    Target year;
    year.name = u"Revenue 2026"_s;
    year.period = *Period::parse(u"2026"_s);
    year.value = 742000000; // ¥7,420,000: thousands of CNY
    const qint64 id = *book.targets().addTarget(year);
    window.targetsPage()->model()->reload();
    window.targetsPage()->selectTarget(id);
    auto *view = window.findChild<QChartView *>(u"burnUpChartView"_s);
    REQUIRE(view);
    CHECK(view->chart()->title() == u"Cumulative (thousand CNY)"_s);
    // The months on the dates axis, the amounts with separators on the other.
    QStringList axisLabels;
    for (auto *axis : view->chart()->axes()) {
        if (auto *c = qobject_cast<QCategoryAxis *>(axis)) {
            axisLabels += c->categoriesLabels();
        }
    }
    CHECK(axisLabels.contains(u"Jan"_s));
    CHECK(axisLabels.contains(u"8,000"_s));
    // An empty book may take another home currency: the title follows at once.
    auto command = settingsCommand(book, {{u"company.currency"_s, u"USD"_s}}, u"Currency"_s);
    REQUIRE(command.ok());
    window.undoStack()->push(command.value().release());
    CHECK(view->chart()->title() == u"Cumulative (thousand USD)"_s);
    QCoreApplication::removeTranslator(&english);
}

TEST_CASE("The List shows Status when closed deals are listed, and greys only those")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(newBook(dir, u"status.salesdesk"_s)));
    Book &book = *window.book();
    Deal open;
    open.title = u"Open one"_s;
    open.customerId = *book.customers().ensureCustomer(u"Buyer"_s);
    const qint64 openId = *book.pipeline().addDeal(open);
    open.title = u"Lost one"_s;
    const qint64 lostId = *book.pipeline().addDeal(open);
    REQUIRE(book.pipeline().moveDeal(lostId, {0, DealStatus::Lost, 0, {}}).ok());
    DealListView *list = window.pipelinePage()->list();
    QTableView *table = list->table();
    auto *status = list->findChild<QComboBox *>(u"statusFilterComboBox"_s);
    REQUIRE(status);
    CHECK(table->isColumnHidden(DealColumns::StatusColumn)); // open deals only: no need
    status->setCurrentIndex(status->findData(-1)); // all deals
    CHECK_FALSE(table->isColumnHidden(DealColumns::StatusColumn));
    status->setCurrentIndex(status->findData(int(DealStatus::Open)));
    CHECK(table->isColumnHidden(DealColumns::StatusColumn));
    const DealColumns *model = window.pipelinePage()->dealColumns();
    CHECK_FALSE(model->cellData(*book.pipeline().dealSummary(openId), DealColumns::TitleColumn,
                                Qt::ForegroundRole)
                        .isValid());
    CHECK(model->cellData(*book.pipeline().dealSummary(lostId), DealColumns::TitleColumn,
                          Qt::ForegroundRole)
                  .isValid());
    // A header cut by a narrow column tells its whole text.
    CHECK(model->headerData(DealColumns::ExpectedCloseColumn, Qt::Horizontal, Qt::ToolTipRole)
          == model->headerData(DealColumns::ExpectedCloseColumn, Qt::Horizontal));
}

TEST_CASE("The status bar says how many of the open deals the List shows, and totals those")
{
    TempDir dir;
    QTranslator english;
    REQUIRE(english.load(u"salesdesk_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    Window window;
    REQUIRE(window.openFile(newBook(dir, u"summary.salesdesk"_s)));
    Book &book = *window.book();
    Deal deal;
    deal.customerId = *book.customers().ensureCustomer(u"Buyer"_s);
    for (const auto &[title, value] :
         {std::pair {u"Pumps"_s, 100000}, {u"Valves"_s, 250000}, {u"Pipes"_s, 40000}}) {
        deal.title = title;
        deal.valueMinor = value;
        REQUIRE(book.pipeline().addDeal(deal));
    }
    auto *summary = window.findChild<QLabel *>(u"pipelineSummaryLabel"_s);
    REQUIRE(summary);
    // The summary follows a burst of changes once it is over.
    const auto shows = [summary](const QString &start) {
        return QTest::qWaitFor([&] { return summary->text().startsWith(start); }, 3000);
    };
    // The Board's figures on every page; the List's once it is on screen.
    CHECK(shows(u"3 open deals · pipeline ¥3,900 ·"_s));
    window.show();
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.pipelinePage());
    window.pipelinePage()->showView(PipelinePage::ListTab);
    CHECK(shows(u"3 open deals · pipeline ¥3,900 ·"_s));
    // A search that leaves one: "1 of 3", and the pipeline is that deal's value.
    QTest::keyClicks(window.findChild<QLineEdit *>(u"dealSearchLineEdit"_s), u"valv"_s);
    CHECK(shows(u"1 of 3 open deals · pipeline ¥2,500 ·"_s));
    INFO(summary->text().toStdString());
    CHECK(summary->text().endsWith(u"0 overdue activities"_s));
    QCoreApplication::removeTranslator(&english);
}

TEST_CASE("Empty views say why and offer the way out — a filter that hides everything offers to "
          "clear it")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(newBook(dir, u"empty.salesdesk"_s)));
    window.show();
    auto *pages = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    const auto noticeOf = [](QWidget *view) {
        auto *notice = view->findChild<EmptyState *>();
        REQUIRE(notice);
        return notice;
    };
    const auto buttonsOf = [](EmptyState *notice) {
        QStringList texts;
        for (auto *b : notice->findChildren<QPushButton *>()) {
            texts.append(b->text());
        }
        return texts;
    };
    const auto says = [](EmptyState *notice, const QString &start) {
        return QTest::qWaitFor([&] { return notice->text().startsWith(start); }, 3000);
    };
    // Targets first: nothing yet, and the button is the menu's action with its key.
    pages->setCurrentWidget(window.targetsPage());
    EmptyState *targets = noticeOf(window.targetsPage()->findChild<QTreeView *>());
    CHECK(says(targets, u"No targets yet."_s));
    CHECK(buttonsOf(targets) == QStringList {u"New Target (Ctrl+Shift+T)"_s});
    // The customers list and its segment chart.
    pages->setCurrentWidget(window.customersPage());
    CHECK(says(noticeOf(window.customersPage()->table()), u"No customers yet."_s));
    CHECK(says(noticeOf(window.customersPage()->findChild<QChartView *>(u"segmentChartView"_s)),
               u"No customers yet"_s));
    // The Board and the List of an empty book: a deal, or an import.
    pages->setCurrentWidget(window.pipelinePage());
    PipelinePage *pipeline = window.pipelinePage();
    EmptyState *board = noticeOf(pipeline->board());
    EmptyState *list = noticeOf(pipeline->list()->table());
    CHECK(says(board, u"No deals yet."_s));
    CHECK(says(list, u"No deals yet."_s));
    CHECK(buttonsOf(board)
          == QStringList {u"New Deal (Ctrl+Shift+N)"_s, u"Import (Ctrl+Shift+I)"_s});
    CHECK(says(noticeOf(pipeline->activities()->findChild<QTableView *>()),
               u"No activities yet."_s));
    auto *which = pipeline->activities()->findChild<QComboBox *>(u"activityWindowComboBox"_s);
    which->setCurrentIndex(1); // this week, planned by day
    CHECK(says(noticeOf(pipeline->activities()->findChild<QTreeView *>(u"weekPlanTreeView"_s)),
               u"Nothing planned this week."_s));
    which->setCurrentIndex(0);
    Book &book = *window.book();
    Deal deal;
    deal.title = u"Pumps"_s;
    deal.customerId = *book.customers().ensureCustomer(u"Buyer"_s);
    REQUIRE(book.pipeline().addDeal(deal));
    CHECK(QTest::qWaitFor([&] { return board->text().isEmpty() && list->text().isEmpty(); }, 3000));
    // A search that finds nothing says so; the button clears it and the deal is back.
    pipeline->showView(PipelinePage::ListTab);
    QTest::keyClicks(pipeline->list()->findChild<QLineEdit *>(u"dealSearchLineEdit"_s),
                     u"nothing like it"_s);
    CHECK(says(list, u"No deal matches the search and filters."_s));
    REQUIRE(buttonsOf(list) == QStringList {u"Clear Search and Filters"_s});
    list->findChild<QPushButton *>()->click();
    CHECK(pipeline->list()->findChild<QLineEdit *>(u"dealSearchLineEdit"_s)->text().isEmpty());
    CHECK(QTest::qWaitFor([&] { return list->text().isEmpty(); }, 3000));
    CHECK(pipeline->list()->model()->rowCount() == 1);
    // The customers list the same way.
    pages->setCurrentWidget(window.customersPage());
    EmptyState *customers = noticeOf(window.customersPage()->table());
    CHECK(customers->text().isEmpty());
    QTest::keyClicks(window.customersPage()->findChild<QLineEdit *>(u"customerSearchLineEdit"_s),
                     u"nobody"_s);
    CHECK(says(customers, u"No customer matches the search and filters."_s));
    customers->findChild<QPushButton *>()->click();
    CHECK(QTest::qWaitFor([&] { return customers->text().isEmpty(); }, 3000));
}

TEST_CASE("Archiving a customer hides it from the list until asked for — undo brings it back")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(newBook(dir, u"archive.salesdesk"_s)));
    window.show();
    Book &book = *window.book();
    const qint64 keep = *book.customers().ensureCustomer(u"Keeps buying"_s);
    const qint64 quiet = *book.customers().ensureCustomer(u"Went quiet"_s);
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.customersPage());
    CustomersPage *page = window.customersPage();
    QTableView *table = page->table();
    const auto listed = [table] {
        QList<qint64> ids;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            ids.append(table->model()->index(r, 0).data(CustomerModel::IdRole).toLongLong());
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    REQUIRE(QTest::qWaitFor([&] { return listed().size() == 2; }, 3000));
    auto *archive = page->findChild<QAction *>(u"archiveCustomerAction"_s);
    REQUIRE(archive);
    page->archiveCustomer(quiet);
    CHECK(book.customers().customer(quiet)->archived());
    CHECK(QTest::qWaitFor([&] { return listed() == QList<qint64> {keep}; }, 3000));
    CHECK(window.undoStack()->undoText() == u"Archive Customer “Went quiet”"_s);
    // Asked for, it is listed, greyed and marked; its action restores it.
    page->findChild<QCheckBox *>(u"showArchivedCheckBox"_s)->setChecked(true);
    CHECK(QTest::qWaitFor([&] { return listed().size() == 2; }, 3000));
    CustomerModel *model = page->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(CustomerModel::IdRole).toLongLong() == quiet) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    CHECK(model->index(row, CustomerModel::NameColumn).data(Qt::ForegroundRole).isValid());
    CHECK(model->index(row, CustomerModel::FollowUpColumn)
                  .data()
                  .toString()
                  .startsWith(u"archived "_s));
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(CustomerModel::IdRole).toLongLong() == quiet) {
            table->setCurrentIndex(table->model()->index(r, 0));
        }
    }
    REQUIRE(page->currentCustomer() == quiet);
    CHECK(archive->text() == u"&Restore Customer"_s);
    // Undo: active again.
    window.undoStack()->undo();
    CHECK_FALSE(book.customers().customer(quiet)->archived());
    window.undoStack()->redo();
    CHECK(book.customers().customer(quiet)->archived());
}

TEST_CASE("Reminders are given once each, and many at once become one")
{
    TempDir dir;
    auto created = Book::create(dir.file(u"remind.salesdesk"_s), {u"Test"_s, u"CNY"_s, {}},
                                Clock::fixedOn(QDate(2026, 5, 18))); // noon
    REQUIRE(created.ok());
    Book &book = **created;
    const qint64 acme = *book.customers().ensureCustomer(u"Acme"_s);
    const auto plan = [&](const QString &subject, const QTime &at) {
        Activity a;
        a.subject = subject;
        a.customerId = acme;
        a.dueAt = QDateTime(QDate(2026, 5, 18), at);
        REQUIRE(book.activities().addActivity(a).ok());
    };
    plan(u"First"_s, QTime(9, 0));
    ReminderWatcher watcher(book);
    QSignalSpy spy(&watcher, &ReminderWatcher::remind);
    QSignalSpy checked(&watcher, &ReminderWatcher::checked);
    // The watcher looks on its own thread; the window goes on meanwhile.
    const auto look = [&] {
        checked.clear();
        watcher.check();
        REQUIRE(checked.wait(10000));
    };
    look();
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(1).toString() == u"First (Acme)"_s);
    look(); // a minute later: nothing new
    CHECK(spy.size() == 1);
    for (const auto &subject : {u"Second"_s, u"Third"_s, u"Fourth"_s, u"Fifth"_s}) {
        plan(subject, QTime(10, 0));
    }
    // Asked twice while looking: one more look follows, and nothing is given twice.
    watcher.check();
    look();
    if (checked.size() < 2) {
        REQUIRE(checked.wait(10000));
    }
    REQUIRE(spy.size() == 2);
    CHECK(spy.at(1).at(0).toString().startsWith(u"4 reminder"_s));
    CHECK(spy.at(1).at(1).toString().endsWith(u"and 1 more"_s));
}

TEST_CASE("Help: the user guide in the interface's language, every shortcut, what figures mean")
{
    // The guide is built in, in both languages, with the same sections and its own pictures.
    const auto read = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };
    const QString english = read(u":/guide/user-guide.md"_s);
    const QString chinese = read(u":/guide/user-guide.zh_CN.md"_s);
    static const QRegularExpression heading(u"^##+ "_s, QRegularExpression::MultilineOption);
    CHECK(english.count(heading) == chinese.count(heading));
    CHECK(english.count(heading) >= 10);
    static const QRegularExpression picture(u"!\\[[^\\]]*\\]\\(([^)]+)\\)"_s);
    QStringList englishPictures, chinesePictures;
    for (const auto &m : picture.globalMatch(english)) {
        englishPictures.append(m.captured(1).replace(u"-en."_s, u"-zh_CN."_s));
    }
    for (const auto &m : picture.globalMatch(chinese)) {
        chinesePictures.append(m.captured(1));
        CHECK(QFile::exists(u":/guide/"_s + m.captured(1)));
    }
    CHECK(englishPictures == chinesePictures);
    CHECK(UserGuideWindow::guideFor(QLocale(QLocale::Chinese, QLocale::China)).toString()
          == u"qrc:/guide/user-guide.zh_CN.md"_s);
    CHECK(UserGuideWindow::guideFor(QLocale(QLocale::English)).toString()
          == u"qrc:/guide/user-guide.md"_s);

    TempDir dir;
    Window window;
    REQUIRE(window.openFile(newBook(dir, u"help.salesdesk"_s)));
    window.show();
    window.showUserGuide();
    auto *guide = window.findChild<UserGuideWindow *>();
    REQUIRE(guide);
    CHECK(guide->browser()->document()->toPlainText().contains(u"SalesDesk user guide"_s));
    // Searching finds a word of it.
    QTest::keyClicks(guide->findChild<QLineEdit *>(u"guideFindLineEdit"_s), u"Archive Customer"_s);
    QTest::keyClick(guide->findChild<QLineEdit *>(u"guideFindLineEdit"_s), Qt::Key_Return);
    CHECK(guide->browser()->textCursor().selectedText() == u"Archive Customer"_s);

    // Every menu shortcut is listed, read from the menus.
    ShortcutsDialog shortcuts(window.menuBar());
    QHash<QString, QString> listed;
    int rows = 0;
    for (int g = 0; g < shortcuts.tree()->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = shortcuts.tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            listed.insert(group->child(i)->text(0), group->child(i)->text(1));
            ++rows;
        }
    }
    CHECK(listed.value(u"New Deal"_s) == u"Ctrl+Shift+N"_s);
    CHECK(listed.value(u"New Target"_s) == u"Ctrl+Shift+T"_s);
    CHECK(listed.value(u"SalesDesk User Guide"_s) == u"F1"_s);
    CHECK(listed.value(u"Redo"_s) == u"Ctrl+Shift+Z  Ctrl+Y"_s);
    int withKeys = 0;
    const std::function<void(const QMenu *)> count = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                count(a->menu());
            } else if (!a->isSeparator() && !a->shortcuts().isEmpty()) {
                ++withKeys;
            }
        }
    };
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu()) {
            count(top->menu());
        }
    }
    CHECK(rows == withKeys + 3); // and the three of lists and the Board

    // The figures explain themselves, with the book's own numbers.
    CHECK(window.findChild<QLabel *>(u"pipelineSummaryLabel"_s)
                  ->toolTip()
                  .contains(u"win probability"_s));
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.customersPage());
    REQUIRE(window.customersPage()->model());
    CHECK(window.customersPage()
                  ->model()
                  ->headerData(CustomerModel::SegmentColumn, Qt::Horizontal, Qt::ToolTipRole)
                  .toString()
                  .contains(u"top 20 %"_s));
    CHECK(window.targetsPage()
                  ->model()
                  ->headerData(TargetModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                  .toString()
                  .contains(u"on track from 95 %"_s));
}

TEST_CASE("The welcome page starts a company only when asked, and comes back after closing it")
{
    TempDir dir;
    Window window;
    window.show();
    WelcomePage *welcome = window.welcomePage();
    REQUIRE(welcome);
    CHECK_FALSE(window.hasBook());
    CHECK(welcome->isVisible());
    welcome->setFolder(dir.path());
    auto *create = welcome->findChild<QPushButton *>(u"createCompanyButton"_s);
    CHECK_FALSE(create->isEnabled()); // a company needs a name
    QTest::keyClicks(welcome->findChild<QLineEdit *>(u"companyNameLineEdit"_s),
                     u"Bright Star: Trading"_s);
    auto *currency = welcome->findChild<QComboBox *>(u"currencyComboBox"_s);
    currency->setCurrentIndex(currency->findData(u"EUR"_s));
    auto *yearStart = welcome->findChild<QComboBox *>(u"yearStartComboBox"_s);
    REQUIRE(yearStart);
    CHECK(yearStart->currentData().toInt() == 1); // a calendar year unless asked
    yearStart->setCurrentIndex(yearStart->findData(4));
    CHECK(create->isEnabled());
    // Where it goes is shown before anything is written.
    const QString expected = QDir(dir.path()).filePath(u"Bright Star Trading.salesdesk"_s);
    CHECK(welcome->filePath() == expected);
    CHECK(welcome->findChild<QLabel *>(u"filePathLabel"_s)->toolTip()
          == QDir::toNativeSeparators(expected));
    CHECK_FALSE(QFile::exists(expected));
    create->click();
    REQUIRE(window.hasBook());
    CHECK(window.book()->companyName() == u"Bright Star: Trading"_s);
    CHECK(window.book()->currencies().home() == u"EUR"_s);
    CHECK(window.book()->targets().yearStartMonth() == 4);
    {
        // A new target's year is the company's: the one running on the book's day.
        NewTargetDialog target(*window.book());
        const Period year = target.target().period;
        CHECK(year.startMonth() == 4);
        CHECK(year.contains(window.book()->clock().today()));
        CHECK(target.findChild<QLabel *>(u"periodDatesLabel"_s)->text().contains(u"–"_s));
    }
    CHECK(QFile::exists(expected));
    // Closed, the welcome page is back with the company first among the recent files; the
    // same name again is refused, since its file exists.
    window.closeFile();
    CHECK(welcome->isVisible());
    auto *recent = welcome->findChild<QListWidget *>(u"recentFilesListWidget"_s);
    REQUIRE(recent->count() >= 1);
    CHECK(recent->item(0)->data(Qt::UserRole).toString() == expected);
    welcome->findChild<QLineEdit *>(u"companyNameLineEdit"_s)->setText(u"Bright Star Trading"_s);
    CHECK_FALSE(create->isEnabled());
    CHECK(welcome->findChild<QLabel *>(u"startMessageLabel"_s)->text().contains(u"exists"_s));
    emit recent->itemActivated(recent->item(0));
    CHECK(window.hasBook());
}

TEST_CASE("Every page and chart paints on a demo company")
{
    TempDir dir;
    Window window;
    REQUIRE(window.createDemoFile(dir.file(u"paint.salesdesk"_s), 1500));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    REQUIRE(tabs != nullptr);
    PipelinePage *pipeline = window.pipelinePage();
    tabs->setCurrentWidget(pipeline);
    // A page that painted nothing is one or two colours; each view here draws cards, rows and
    // text in many.
    for (auto view : {PipelinePage::BoardTab, PipelinePage::ListTab, PipelinePage::ActivitiesTab,
                      PipelinePage::FunnelTab}) {
        pipeline->showView(view);
        CAPTURE(int(view));
        CHECK(colours(window.grab().toImage()) > 50);
    }
    // The funnel was computed when shown: five stages, a bottleneck named.
    CHECK(pipeline->funnel()->model()->rowCount() == 5);
    TargetsPage *targets = window.targetsPage();
    tabs->setCurrentWidget(targets);
    // Every target in turn in the detail pane, charts included.
    const auto all = window.book()->targets().targets();
    REQUIRE(all.ok());
    CHECK(all->size() >= 20);
    for (const auto &t : *all) {
        targets->selectTarget(t.id);
        CHECK(targets->currentTargetId() == t.id);
    }
    CHECK(colours(window.grab().toImage()) > 50);
    // The customers page computes segments when shown and shows the first customer.
    tabs->setCurrentWidget(window.customersPage());
    CHECK(window.customersPage()->model()->rowCount() == 600);
    CHECK_FALSE(window.findChild<QLabel *>(u"customerProfileLabel"_s)->text().isEmpty());
    CHECK(colours(window.grab().toImage()) > 50);
}

TEST_CASE("The customers page charts satisfaction month by month with gaps for silent months")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"csat.salesdesk"_s), true));
    Book &book = *window.book();
    const qint64 customer = *book.customers().ensureCustomer(u"Someone"_s);
    const QDate thisMonth(Today.year(), Today.month(), 1);
    const auto add = [&](QDate on, int score, std::optional<int> nps) {
        Feedback f;
        f.customerId = customer;
        f.receivedOn = on;
        f.satisfaction = score;
        f.nps = nps;
        REQUIRE(book.feedback().add(f).ok());
    };
    // This month 4 and 2 (recommendation 10 and 8), two months ago 5, thirteen months ago 1
    // (outside the chart). CSAT over the twelve months (4 + 2 + 5) / 3 = 3.7; NPS: one promoter,
    // one passive of two = +50. Last month is silent, so the line breaks into two runs.
    add(Today, 4, 10);
    add(thisMonth, 2, 8);
    add(thisMonth.addMonths(-2), 5, std::nullopt);
    add(thisMonth.addMonths(-13), 1, 0);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    tabs->setCurrentWidget(window.customersPage());
    auto *view = window.findChild<QChartView *>(u"satisfactionChartView"_s);
    REQUIRE(view);
    QChart *chart = view->chart();
    CHECK(chart->title() == u"Satisfaction by month (CSAT 1–5) · 12 months: 3.7, NPS 50"_s);
    const auto lines = [&](const QString &name) {
        QList<QList<QPointF>> points;
        for (auto *s : chart->series()) {
            if (s->name() == name) {
                points.append(static_cast<QLineSeries *>(s)->points());
            }
        }
        return points;
    };
    const QList<QList<QPointF>> twoRuns = {{QPointF(9, 5)}, {QPointF(11, 3)}};
    CHECK(lines(u"All customers"_s) == twoRuns);
    // The customer shown on the right (the only one) has a line of its own beside everyone's.
    CHECK(lines(u"Someone"_s) == twoRuns);
    CHECK(chart->legend()->isVisible());

    // Feedback added on the page redraws the chart at once, and so does its undo. With a 5
    // (recommendation 10) this month: CSAT (4 + 2 + 5 + 5) / 4 = 4.0; NPS two promoters, one
    // passive of three = +67; this month's point (4 + 2 + 5) / 3.
    Feedback more;
    more.customerId = customer;
    more.receivedOn = Today;
    more.satisfaction = 5;
    more.nps = 10;
    auto command = feedbackCommand(book, std::nullopt, more);
    REQUIRE(command.ok());
    window.undoStack()->push(command.value().release());
    CHECK(chart->title() == u"Satisfaction by month (CSAT 1–5) · 12 months: 4.0, NPS 67"_s);
    const auto runs = lines(u"Someone"_s);
    REQUIRE(runs.size() == 2);
    CHECK(runs[1].value(0).y() == Approx(11.0 / 3));
    window.undoStack()->undo();
    CHECK(chart->title() == u"Satisfaction by month (CSAT 1–5) · 12 months: 3.7, NPS 50"_s);
    CHECK(lines(u"Someone"_s) == twoRuns);
}

TEST_CASE("Deleting a deal is undoable")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"delete.salesdesk"_s), true));
    auto &pipeline = window.book()->pipeline();
    Deal d;
    d.title = u"Short-lived"_s;
    d.customerId = *window.book()->customers().ensureCustomer(u"Someone"_s);
    auto id = pipeline.addDeal(d);
    REQUIRE(id.ok());
    window.pipelinePage()->deleteDeals({*id});
    CHECK_FALSE(pipeline.dealSummary(*id).ok());
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Delete Deal"_s);
    window.undoStack()->undo();
    CHECK(pipeline.dealSummary(*id)->title == u"Short-lived"_s);
    CHECK(window.pipelinePage()->board()->cardCount() == 1);
}

TEST_CASE("The window refuses a file that is not a book and stays usable")
{
    TempDir dir;
    const QString path = dir.file(u"notes.salesdesk"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.");
    }
    const QByteArray before = fileHash(path);
    Window window;
    QString said;
    ModalHandler<QMessageBox> modal([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    CHECK_FALSE(window.openFile(path));
    REQUIRE(modal.ran());
    CHECK(said.contains(u"not a SalesDesk data file"_s));
    CHECK_FALSE(window.hasBook());
    CHECK(fileHash(path) == before);
    CHECK(window.openFile(dir.file(u"fresh.salesdesk"_s), true));
    CHECK(window.windowTitle().contains(u"fresh.salesdesk"_s));
}

TEST_CASE("The import dialog tells what a file holds from its name or its columns")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"kinds.salesdesk"_s), true));
    ImportDialog dialog(*window.book(), window.undoStack(), &window);
    auto *kind = dialog.findChild<QComboBox *>(u"importEntityCombo"_s);
    REQUIRE(kind);
    const auto load = [&](const QString &name, const QByteArray &text) {
        QFile file(dir.file(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        REQUIRE(dialog.loadFile(file.fileName()));
        return ImportEntity(kind->currentData().toInt());
    };
    // Another CRM's activities, in a file whose name says nothing.
    CHECK(load(u"export-2026.csv"_s, "Subject,Type,Due date,Company\nCall,call,2026-05-06,Yida\n")
          == ImportEntity::Activities);
    // One choice per column shows: those of the kind first shown are not left on screen.
    const auto shownChoices = [&] {
        int shown = 0;
        for (auto *combo : dialog.mappingTable()->viewport()->findChildren<QComboBox *>()) {
            shown += combo->isHidden() ? 0 : 1;
        }
        return shown;
    };
    CHECK(shownChoices() == 4);
    // The name wins when it says: these columns would do for deals too.
    CHECK(load(u"customers-may.csv"_s, "Customer,Owner\nYida,Li Na\n") == ImportEntity::Customers);
    // Read again in another encoding, the file keeps the kind the user chose.
    kind->setCurrentIndex(kind->findData(int(ImportEntity::Contacts)));
    auto *encoding = dialog.findChild<QComboBox *>(u"importEncodingCombo"_s);
    REQUIRE(encoding);
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    CHECK(ImportEntity(kind->currentData().toInt()) == ImportEntity::Contacts);
}

TEST_CASE("The import dialog offers a workbook's sheets and imports the one chosen")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"sheets.salesdesk"_s), true));
    ImportDialog dialog(*window.book(), window.undoStack(), &window);
    dialog.show();
    auto *sheet = dialog.findChild<QComboBox *>(u"importSheetCombo"_s);
    auto *encoding = dialog.findChild<QComboBox *>(u"importEncodingCombo"_s);
    auto *info = dialog.findChild<QLabel *>(u"importFileInfoLabel"_s);
    REQUIRE(sheet);
    REQUIRE(encoding);
    // A text file: an encoding, no sheets.
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_hubspot_deals.csv")));
    CHECK(encoding->isVisible());
    CHECK_FALSE(sheet->isVisible());
    // A workbook of two visible sheets (and a hidden one): the sheets, no encoding; the first
    // with a header row is read.
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_two_sheets.xlsx")));
    CHECK(sheet->isVisible());
    CHECK_FALSE(encoding->isVisible());
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->itemText(0) == u"Summary"_s);
    CHECK(sheet->itemText(1) == u"Deals"_s);
    CHECK(sheet->currentText() == u"Summary"_s);
    CHECK(dialog.mappingTable()->rowCount() == 2);
    sheet->setCurrentIndex(1);
    CHECK(dialog.mappingTable()->rowCount() == 9);
    CHECK(info->text().contains(u"sheet “Deals”"_s));
    dialog.setEntity(ImportEntity::Deals);
    REQUIRE(dialog.importRows());
    CHECK(window.book()->pipeline().dealSummaries()->size() == 3);
    // A workbook of one sheet needs no choice.
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_hubspot_deals.xlsx")));
    CHECK(sheet->count() == 2); // Deals and Notes
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_1904.xlsx")));
    CHECK_FALSE(sheet->isVisible());
    CHECK(info->text().contains(u"sheet “Customers”"_s));
    // An OpenDocument spreadsheet: its hidden first sheet not offered, the deals read; an .xls
    // (read in a child process, from the dialog's reading thread) the same.
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_hubspot_deals.ods")));
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->itemText(0) == u"Deals"_s);
    CHECK(info->text().contains(u"OpenDocument spreadsheet, sheet “Deals”"_s));
    CHECK(dialog.mappingTable()->rowCount() == 9);
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_hubspot_deals.xls")));
    CHECK(sheet->count() == 2);
    INFO(info->text().toStdString());
    CHECK(info->text().contains(u"Excel 97–2003 workbook, sheet “Deals”"_s));
    CHECK(dialog.mappingTable()->rowCount() == 9);
    // A damaged one: said in the dialog, nothing to import.
    CHECK_FALSE(
            dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/hostile_freexl_overread.xls")));
    CHECK(info->text().contains(u"hostile_freexl_overread.xls"_s));
}

TEST_CASE("The import dialog maps a file, checks it, imports it as one undo step")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"import.salesdesk"_s), true));
    window.show();
    auto &pipeline = window.book()->pipeline();
    auto &customers = window.book()->customers();
    const auto cards = [&window] {
        return window.pipelinePage()->board()->cardCount();
    };
    REQUIRE(cards() == 0);

    ImportDialog dialog(*window.book(), window.undoStack(), &window);
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_bad_rows.csv")));
    dialog.setEntity(ImportEntity::Deals);
    auto *info = dialog.findChild<QLabel *>(u"importFileInfoLabel"_s);
    CHECK(info->text().contains(
            u"UTF-8, separated by commas; looks like an export of SalesDesk"_s));

    // The SalesDesk-style header is mapped by itself; the Notes column is left out by hand.
    QTableWidget *mapping = dialog.mappingTable();
    REQUIRE(mapping->rowCount() == 6);
    const auto fieldOf = [&](int row) {
        return qobject_cast<QComboBox *>(mapping->cellWidget(row, 2))->currentData().toInt();
    };
    CHECK(fieldOf(0) == int(Field::Title));
    CHECK(fieldOf(1) == int(Field::CustomerName));
    CHECK(fieldOf(3) == int(Field::Stage));
    CHECK(fieldOf(5) == int(Field::Notes));
    qobject_cast<QComboBox *>(mapping->cellWidget(5, 2))->setCurrentIndex(0);
    auto *preview = dialog.findChild<QTableView *>(u"importPreviewTable"_s);
    CHECK(preview->model()->rowCount() == 6);
    CHECK(preview->model()->headerData(0, Qt::Horizontal).toString() == u"Deal title\n(Title)"_s);

    // Dry run: four rows rejected, with their lines; the unknown stage is asked about.
    dialog.checkRows();
    REQUIRE(dialog.lastReport().has_value());
    CHECK(dialog.lastReport()->rejected == 4);
    auto *problems = dialog.findChild<QTableWidget *>(u"importProblemsTable"_s);
    REQUIRE(problems->rowCount() == 4);
    CHECK(problems->item(0, 0)->text() == u"4"_s);
    CHECK(problems->item(1, 2)->text() == u"“12abc” is not an amount"_s);
    QTableWidget *stages = dialog.stageTable();
    REQUIRE(stages->rowCount() == 1);
    CHECK(stages->item(0, 0)->text() == u"Waiting for Godot"_s);
    CHECK(cards() == 0);

    // All or nothing: with bad rows the import writes nothing.
    CHECK_FALSE(dialog.importRows());
    CHECK(pipeline.dealSummaries()->isEmpty());

    // Map the unknown stage to Proposal; import the valid rows only.
    auto *stageCombo = qobject_cast<QComboBox *>(stages->cellWidget(0, 1));
    stageCombo->setCurrentIndex(stageCombo->findData(pipeline.activeStages().at(3).id));
    dialog.checkRows();
    CHECK(dialog.lastReport()->rejected == 3);
    dialog.findChild<QCheckBox *>(u"skipInvalidCheckBox"_s)->setChecked(true);
    const QString rejects = dir.file(u"import_bad_rows-rejected.csv"_s);
    ModalHandler<QFileDialog> saveRejects([&rejects](QFileDialog *files) {
        files->selectFile(rejects);
        QMetaObject::invokeMethod(files, "accept");
    });
    REQUIRE(dialog.importRows());
    REQUIRE(saveRejects.ran());
    CHECK(cards() == 3);
    CHECK(QFile::exists(rejects));
    const auto summaries = *pipeline.dealSummaries();
    REQUIRE(summaries.size() == 3);
    CHECK(summaries[1].title == u"Unknown stage"_s);
    CHECK(summaries[1].stageId == pipeline.activeStages().at(3).id);
    CHECK(pipeline.deal(summaries[0].id)->notes.isEmpty()); // the Notes column was not mapped

    // One undo step takes the whole import back, redo brings it again.
    QUndoStack *undo = window.undoStack();
    CHECK(undo->undoText() == u"Import deals from import_bad_rows.csv"_s);
    undo->undo();
    CHECK(cards() == 0);
    CHECK(customers.customers().isEmpty());
    undo->redo();
    CHECK(cards() == 3);
    CHECK(customers.customers().size() == 2);
}

TEST_CASE("An import with deals in a currency the book has no rate for asks for the rate")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(newBook(dir, u"rates.salesdesk"_s)));
    ImportDialog dialog(*window.book(), window.undoStack(), &window);
    REQUIRE(dialog.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_pipedrive_deals.csv")));
    dialog.setEntity(ImportEntity::Deals);
    // The dry run says rows need a rate; importing asks for it (1 USD = 7.10 CNY).
    dialog.checkRows();
    REQUIRE(dialog.lastReport().has_value());
    INFO(dialog.findChild<QLabel *>(u"importSummaryLabel"_s)->text().toStdString());
    CHECK(dialog.lastReport()->missingRates.value(u"USD"_s) == QList<int> {2, 3, 4});
    QString asked;
    ModalHandler<QInputDialog> modal([&asked](QInputDialog *input) {
        asked = input->labelText();
        input->setTextValue(u"7.10"_s);
        input->accept();
    });
    REQUIRE(dialog.importRows());
    REQUIRE(modal.ran());
    CHECK(asked.contains(u"USD"_s));
    Book &book = *window.book();
    CHECK(book.currencies().rateOn(u"USD"_s, Today) == 7'100'000'000);
    // The won deal ($1,250,000.50) counts ¥8,875,003.55 in every total.
    auto won = book.pipeline().dealSummaries(DealStatus::Won);
    REQUIRE(won->size() == 1);
    CHECK(book.pipeline().homeValue(won->first(), book.clock().nowUtc()) == 887500355);
    // One undo takes the deals and the rate back.
    window.undoStack()->undo();
    CHECK(book.currencies().rates().isEmpty());
    CHECK(book.pipeline().dealSummaries()->isEmpty());
}

TEST_CASE("Follow-ups group customers by when they are due — logging a contact is undoable")
{
    TempDir dir;
    // The customers are added 100 days before the view's today, a Monday (T), so the week runs
    // Monday T to Sunday T+6.
    const QDate added = Today.addDays(-100);
    Window window(added);
    REQUIRE(window.openFile(dir.file(u"followups.salesdesk"_s), true));
    window.show();
    Book &book = *window.book();
    CustomerService &customers = book.customers();
    const qint64 a = *customers.ensureCustomer(u"Alpha Trading"_s); // never contacted
    const qint64 b = *customers.ensureCustomer(u"Beta Foods"_s);
    const qint64 c = *customers.ensureCustomer(u"Gamma Retail"_s);
    REQUIRE(customers.setContactCadence(b, 7).ok());
    REQUIRE(customers.setContactCadence(c, 7).ok());
    const auto contacted = [&](qint64 customer, const QDate &on) {
        Activity done;
        done.kind = ActivityKind::Call;
        done.subject = u"Call"_s;
        done.customerId = customer;
        done.dueAt = QDateTime(on, QTime(12, 0));
        done.done = true;
        done.doneAt = done.dueAt.toUTC();
        REQUIRE(book.activities().addActivity(done).ok());
    };
    contacted(b, Today.addDays(-3)); // due T+4: later this week
    contacted(c, Today.addDays(-7)); // due T: today
    CustomerRecord alpha = *customers.record(a);
    KeyDate birthday;
    birthday.kind = KeyDate::Kind::Birthday;
    birthday.date = QDate(1980, Today.addDays(3).month(), Today.addDays(3).day());
    birthday.yearly = true;
    birthday.note = u"Mr Wang"_s;
    alpha.keyDates = {birthday};
    REQUIRE(customers.save(alpha).ok());

    book.setClock(Clock::fixedOn(Today));
    CustomersPage *page = window.findChild<CustomersPage *>();
    REQUIRE(page != nullptr);
    FollowUpsView *view = page->followUps();
    view->reload();
    QTreeWidget *tree = view->tree();
    const auto groups = [&] {
        QStringList texts;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QStringList names;
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                names.append(tree->topLevelItem(g)->child(i)->text(0));
            }
            texts.append(tree->topLevelItem(g)->text(0) + u": "_s + names.join(u", "_s));
        }
        return texts;
    };
    // Alpha was added 100 days ago and never contacted: due after 90 days, 10 days overdue.
    REQUIRE(groups()
            == QStringList {u"Overdue (1): Alpha Trading"_s, u"Due today (1): Gamma Retail"_s,
                            u"Due later this week (1): Beta Foods"_s,
                            u"Key dates coming up (1): Alpha Trading"_s});
    CHECK(tree->topLevelItem(0)->child(0)->text(4) == u"10 day(s) overdue; every 90 days"_s);
    CHECK(tree->topLevelItem(3)->child(0)->text(4) == u"Birthday · Mr Wang"_s);

    // Log the contact with Gamma: a done activity today; Gamma is next due in a week.
    tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    CHECK(view->currentCustomer() == c);
    bool okWithoutOutcome = true, okWithOutcome = false;
    ModalHandler modal([&](QDialog *dialog) {
        auto *ok = okButton(dialog, u"logContactButtons"_s);
        okWithoutOutcome = ok->isEnabled();
        dialog->findChild<QLineEdit *>(u"contactOutcomeEdit"_s)->setText(u"Will reorder in May"_s);
        okWithOutcome = ok->isEnabled();
        ok->click();
    });
    view->logContact(c);
    REQUIRE(modal.ran());
    CHECK_FALSE(okWithoutOutcome); // an outcome is required
    CHECK(okWithOutcome);
    CHECK(groups()
          == QStringList {u"Overdue (1): Alpha Trading"_s, u"Due later this week (1): Beta Foods"_s,
                          u"Key dates coming up (1): Alpha Trading"_s});
    auto logged = book.activities().activitiesOfCustomer(c);
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 2);
    const auto latest = std::max_element(
            logged->cbegin(), logged->cend(),
            [](const Activity &x, const Activity &y) { return x.dueAt < y.dueAt; });
    CHECK(latest->done);
    CHECK(latest->outcome == u"Will reorder in May"_s);
    CHECK(latest->dueAt.date() == Today);

    window.undoStack()->undo();
    view->reload();
    CHECK(groups().at(1) == u"Due today (1): Gamma Retail"_s);
}

TEST_CASE("The Follow-ups list and `salesdesk followups` name the same customers in one order")
{
    TempDir dir;
    const QString path = demoBook(dir, u"demo.salesdesk"_s, 1200);
    QStringList shown;
    {
        Window window;
        REQUIRE(window.openFile(path));
        FollowUpsView *view = window.customersPage()->followUps();
        view->reload();
        QTreeWidget *tree = view->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                const auto *item = tree->topLevelItem(g)->child(i);
                shown.append(item->text(0) + u" · "_s + item->text(2));
            }
        }
    } // the window closes the book: the command line may open it
    const QJsonObject printed = cli({u"followups"_s, u"--db"_s, path, u"--as-of"_s,
                                     Today.toString(Qt::ISODate), u"--json"_s});
    REQUIRE_FALSE(printed.contains(u"error"_s));
    QStringList listed;
    const QLocale locale;
    for (const auto &v : printed.value(u"due"_s).toArray()) {
        const QJsonObject o = v.toObject();
        listed.append(
                o.value(u"customer"_s).toString() + u" · "_s
                + locale.toString(QDate::fromString(o.value(u"due_date"_s).toString(), Qt::ISODate),
                                  QLocale::ShortFormat));
    }
    for (const auto &v : printed.value(u"key_dates"_s).toArray()) {
        const QJsonObject o = v.toObject();
        listed.append(
                o.value(u"customer"_s).toString() + u" · "_s
                + locale.toString(QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate),
                                  QLocale::ShortFormat));
    }
    CHECK(shown.size() > 20);
    CHECK(shown == listed);
}

TEST_CASE("Customers are added, edited and merged in dialogs, each one undo step")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"customers.salesdesk"_s), true));
    window.show();
    Book &book = *window.book();
    auto &pipeline = book.pipeline();
    CustomerService &customers = book.customers();
    CustomersPage *page = window.findChild<CustomersPage *>();
    REQUIRE(page != nullptr);
    QUndoStack *undo = window.undoStack();

    // New customer with two contacts; the first is primary by itself.
    bool okWithoutName = true, okWithNamelessContact = true, okWhenValid = false;
    {
        ModalHandler modal([&](QDialog *dialog) {
            auto *ok = okButton(dialog, u"customerEditorButtons"_s);
            okWithoutName = ok->isEnabled();
            dialog->findChild<QLineEdit *>(u"customerNameEdit"_s)->setText(u"Hengda Machinery"_s);
            dialog->findChild<QLineEdit *>(u"customerTagsEdit"_s)->setText(u"key account, east"_s);
            auto *editor = qobject_cast<CustomerEditor *>(dialog);
            editor->addContact();
            editor->addContact();
            auto *contacts = dialog->findChild<QTableWidget *>(u"contactsTable"_s);
            contacts->item(0, 0)->setText(u"Li Ming"_s);
            contacts->item(0, 2)->setText(u"138 0000 0001"_s);
            okWithNamelessContact = ok->isEnabled();
            contacts->item(1, 0)->setText(u"Zhou Min"_s);
            contacts->item(1, 1)->setText(u"Finance"_s);
            okWhenValid = ok->isEnabled();
            ok->click();
        });
        page->newCustomer();
        REQUIRE(modal.ran());
    }
    CHECK_FALSE(okWithoutName);
    CHECK_FALSE(okWithNamelessContact);
    CHECK(okWhenValid);
    const qint64 id = customers.findCustomer(u"Hengda Machinery"_s);
    REQUIRE(id > 0);
    CHECK(customers.customer(id)->contactPerson == u"Li Ming"_s);
    CHECK(customers.customer(id)->tags == QStringList {u"key account"_s, u"east"_s});
    CHECK(undo->undoText() == u"New Customer “Hengda Machinery”"_s);

    // Edit: Zhou Min becomes primary, a manual segment needs its reason.
    int contactRows = 0;
    bool firstStillPrimary = true, okWithoutReason = true, okWithReason = false;
    {
        ModalHandler modal([&](QDialog *dialog) {
            auto *ok = okButton(dialog, u"customerEditorButtons"_s);
            auto *contacts = dialog->findChild<QTableWidget *>(u"contactsTable"_s);
            contactRows = contacts->rowCount();
            contacts->item(1, 6)->setCheckState(Qt::Checked);
            firstStillPrimary = contacts->item(0, 6)->checkState() == Qt::Checked;
            auto *segment = dialog->findChild<QComboBox *>(u"segmentOverrideCombo"_s);
            segment->setCurrentIndex(segment->findData(int(Segment::HighValue)));
            okWithoutReason = ok->isEnabled();
            dialog->findChild<QLineEdit *>(u"segmentReasonEdit"_s)->setText(u"Group contract"_s);
            dialog->findChild<QSpinBox *>(u"cadenceSpinBox"_s)->setValue(10);
            okWithReason = ok->isEnabled();
            ok->click();
        });
        page->editCustomer(id);
        REQUIRE(modal.ran());
    }
    CHECK(contactRows == 2);
    CHECK_FALSE(firstStillPrimary);
    CHECK_FALSE(okWithoutReason);
    CHECK(okWithReason);
    CHECK(customers.customer(id)->contactPerson == u"Zhou Min"_s);
    auto edited = customers.record(id);
    REQUIRE(edited.ok());
    CHECK(edited->segmentOverride == Segment::HighValue);
    CHECK(edited->cadenceDays == 10);
    undo->undo();
    CHECK(customers.customer(id)->contactPerson == u"Li Ming"_s);
    CHECK_FALSE(customers.record(id)->segmentOverride.has_value());
    undo->redo();
    CHECK(customers.customer(id)->contactPerson == u"Zhou Min"_s);

    // Merge a duplicate with a deal into Hengda Machinery; undo separates them.
    const qint64 duplicate = *customers.ensureCustomer(u"Hengda Mach. Co."_s);
    Deal d;
    d.title = u"Spare parts"_s;
    d.customerId = duplicate;
    d.valueMinor = 5000;
    d.stageId = pipeline.activeStages().first().id;
    const auto added = pipeline.addDeal(d);
    REQUIRE(added.ok());
    const qint64 dealId = *added;
    bool okForNobody = true, okForHengda = false;
    {
        ModalHandler modal([&](QDialog *dialog) {
            auto *ok = okButton(dialog, u"mergeButtons"_s);
            auto *target = dialog->findChild<QLineEdit *>(u"mergeTargetEdit"_s);
            target->setText(u"Nobody Ltd"_s);
            okForNobody = ok->isEnabled();
            target->setText(u"hengda machinery"_s);
            okForHengda = ok->isEnabled();
            ok->click();
        });
        page->mergeCustomer(duplicate);
        REQUIRE(modal.ran());
    }
    CHECK_FALSE(okForNobody);
    CHECK(okForHengda);
    CHECK(customers.customer(duplicate) == nullptr);
    CHECK(pipeline.deal(dealId)->customerId == id);
    CHECK(undo->undoText() == u"Merge “Hengda Mach. Co.” into “Hengda Machinery”"_s);
    undo->undo();
    REQUIRE(customers.customer(duplicate) != nullptr);
    CHECK(pipeline.deal(dealId)->customerId == duplicate);
    undo->redo();
    CHECK(pipeline.deal(dealId)->customerId == id);

    // A customer with a deal is not deleted (merge it instead); one without is, undoably.
    QString refusal;
    {
        ModalHandler<QMessageBox> modal([&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        page->deleteCustomer(id); // has the merged deal: refused with a message box
        REQUIRE(modal.ran());
    }
    CHECK(refusal.contains(u"merge it into another"_s));
    CHECK(customers.customer(id) != nullptr);
    const qint64 spare = *customers.ensureCustomer(u"Spare Ltd"_s);
    page->deleteCustomer(spare);
    CHECK(customers.customer(spare) == nullptr);
    CHECK(undo->undoText() == u"Delete Customer “Spare Ltd”"_s);
    undo->undo();
    CHECK(customers.customer(spare) != nullptr);

    // Undo back to the start: the new customer goes away with its contacts.
    while (undo->canUndo()) {
        undo->undo();
    }
    CHECK(customers.findCustomer(u"Hengda Machinery"_s) == 0);
}

// Not a test: writes pictures of dialogs for the user guide when asked for by tag, e.g.
// `LANG=zh_CN.UTF-8 ui_tests "[.docs]"` with SALESDESK_SHOTS=<folder>.
TEST_CASE("Dialog pictures for the user guide", "[.docs]")
{
    const QString out = qEnvironmentVariable("SALESDESK_SHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QTranslator translator;
    if (translator.load(QLocale(), u"salesdesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&translator);
    }
    TempDir dir;
    const QString path = dir.file(u"shots.salesdesk"_s);
    DemoGenerator::Options options;
    options.deals = 300;
    options.asOf = Today;
    options.language = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    REQUIRE(DemoGenerator::generate(path, options).ok());
    Window window;
    REQUIRE(window.openFile(path));
    window.show();
    Book &book = *window.book();
    qint64 richest = 0;
    int most = 0;
    for (const Customer &c : book.customers().customers()) {
        const int n = int(book.customers().record(c.id)->contacts.size());
        if (n > most) {
            most = n;
            richest = c.id;
        }
    }
    auto record = book.customers().record(richest);
    REQUIRE(record.ok());
    CustomerEditor editor(book, *record, 30, &window);
    editor.show();
    const QString suffix = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    for (int tab : {0, 1}) {
        editor.tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        REQUIRE(editor.grab().save(out + u"/customer-editor-%1-%2.png"_s.arg(tab).arg(suffix)));
    }
    editor.close();
    // The import dialog after checking a file with bad rows and a stage the book lacks.
    ImportDialog import(book, window.undoStack(), &window);
    REQUIRE(import.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_bad_rows.csv")));
    import.show();
    import.checkRows();
    QTest::qWait(50);
    REQUIRE(import.grab().save(out + u"/import-checked-%1.png"_s.arg(suffix)));
    // A workbook of several sheets: the sheet of deals chosen and checked.
    REQUIRE(import.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_two_sheets.xlsx")));
    auto *sheet = import.findChild<QComboBox *>(u"importSheetCombo"_s);
    REQUIRE(sheet);
    sheet->setCurrentIndex(sheet->findText(u"Deals"_s));
    import.setEntity(ImportEntity::Deals);
    import.checkRows();
    QTest::qWait(50);
    REQUIRE(import.grab().save(out + u"/import-workbook-%1.png"_s.arg(suffix)));
    // Preferences on the company's tabs, with the rates of a book that sells in dollars and euros.
    REQUIRE(book.currencies().setRate({u"USD"_s, Today.addMonths(-6), 7'100'000'000}).ok());
    REQUIRE(book.currencies().setRate({u"USD"_s, Today.addDays(-20), 7'180'000'000}).ok());
    REQUIRE(book.currencies().setRate({u"EUR"_s, Today.addMonths(-3), 7'745'000'000}).ok());
    PreferencesDialog preferences(&book, &window);
    preferences.show();
    auto *tabs = preferences.findChild<QTabWidget *>(u"preferencesTabWidget"_s);
    REQUIRE(tabs);
    for (int tab : {1, 2}) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        REQUIRE(preferences.grab().save(out + u"/preferences-%1-%2.png"_s.arg(tab).arg(suffix)));
    }
    preferences.close();
    // File › Restore from Backup after three weeks of work on a company made before them: a
    // deal or two a day, a copy each day the laptop was on.
    const QString worked = dir.file(u"Lotus Trading.salesdesk"_s);
    options.asOf = Today.addDays(-25);
    REQUIRE(DemoGenerator::generate(worked, options).ok());
    Window later;
    REQUIRE(later.openFile(worked));
    Book &work = *later.book();
    const BackupShelf shelf(work.path());
    const qint64 customer = work.customers().customers().first().id;
    for (int back = 24; back >= 0; --back) {
        const QDate day = Today.addDays(-back);
        if (day.dayOfWeek() == 7) {
            continue; // closed on Sundays
        }
        for (int n = 0; n < 1 + back % 3; ++n) {
            Deal deal;
            deal.title = u"Order %1-%2"_s.arg(back).arg(n);
            deal.customerId = customer;
            deal.valueMinor = 12'000'000 * (n + 1);
            REQUIRE(work.pipeline()
                            .addDeal(deal, QDateTime(day, QTime(9 + 3 * n, 15)).toUTC())
                            .ok());
        }
        REQUIRE(shelf.take(day).ok());
    }
    RestoreDialog restore(*later.backups(), &later);
    restore.show();
    QTest::qWait(50);
    REQUIRE(restore.grab().save(out + u"/restore-%1.png"_s.arg(suffix)));
}

TEST_CASE("The company's segment rules and cadences change in Preferences, undoably")
{
    // The English plural forms, as the program installs them ("%n month(s)" → "12 months").
    QTranslator english;
    REQUIRE(english.load(u"salesdesk_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"rules.salesdesk"_s), true));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.customersPage());
    CustomerModel *model = window.customersPage()->model();
    auto *chart = window.findChild<QChartView *>(u"segmentChartView"_s);
    REQUIRE(chart);
    const auto valueHeader = [&] {
        return model->headerData(CustomerModel::ValueColumn, Qt::Horizontal).toString();
    };
    CHECK(valueHeader() == u"Value (24 months)"_s);
    CHECK(chart->chart()->title() == u"Customers and purchases in 24 months per segment"_s);
    SegmentService &segments = window.book()->segments();
    bool hasGroup = false;
    int monthsShown = 0, shareShown = 0;
    ModalHandler modal([&](QDialog *dialog) {
        hasGroup = dialog->findChild<QGroupBox *>(u"customerRulesGroup"_s) != nullptr;
        auto *months = dialog->findChild<QSpinBox *>(u"ruleSpinBox0"_s);
        monthsShown = months->value();
        months->setValue(12);
        auto *share = dialog->findChild<QSpinBox *>(u"ruleSpinBox1"_s);
        shareShown = share->value();
        share->setValue(25);
        dialog->findChild<QSpinBox *>(u"ruleSpinBox7"_s)->setValue(45);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    // The page computes once for the change, not again for what its own computation recorded.
    QSignalSpy resets(model, &CustomerModel::listed);
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    REQUIRE(modal.ran());
    CHECK(resets.count() == 1);
    CHECK(hasGroup);
    CHECK(monthsShown == 24);
    CHECK(shareShown == 20);
    const CustomerRules rules = segments.rules();
    CHECK(rules.segments.lookBackMonths == 12);
    CHECK(rules.segments.highValueShare == 0.25);
    CHECK(rules.cadence.general == 45);
    CHECK(rules.cadence.potential == 30);
    // The list and the chart speak of the company's window, not of the default one.
    CHECK(valueHeader() == u"Value (12 months)"_s);
    CHECK(chart->chart()->title() == u"Customers and purchases in 12 months per segment"_s);
    CHECK(window.undoStack()->undoText() == u"Change Company Settings"_s);
    window.undoStack()->undo();
    CHECK(segments.rules() == CustomerRules {});
    CHECK(valueHeader() == u"Value (24 months)"_s);
}

TEST_CASE("A target status threshold changed in Preferences changes `targets progress` alike")
{
    TempDir dir;
    const QString path = newBook(dir, u"thresholds.salesdesk"_s);
    // A quarter target of ¥10,000 in 2026Q4, ¥3,000 won by 16 November (day 47 of 92): ¥5,109
    // was expected by then, so 3,000 / 5,109 = 58.7 % of the pace: behind under the defaults
    // (at risk from 80 %), at risk once that threshold is 50 %.
    QString statusShown;
    {
        Window window;
        REQUIRE(window.openFile(path));
        Book &book = *window.book();
        Deal d;
        d.title = u"Order"_s;
        d.customerId = *book.customers().ensureCustomer(u"Buyer"_s);
        d.valueMinor = 300000;
        auto id = book.pipeline().addDeal(d, QDateTime(QDate(2026, 10, 5), QTime(12, 0)));
        REQUIRE(id.ok());
        REQUIRE(book.pipeline()
                        .moveDeal(*id, {0, DealStatus::Won, 0, {}},
                                  QDateTime(QDate(2026, 11, 2), QTime(12, 0)))
                        .ok());
        Target t;
        t.name = u"Q4 revenue"_s;
        t.period = *Period::parse(u"2026Q4"_s);
        t.value = 1000000;
        REQUIRE(book.targets().addTarget(t).ok());
        TargetModel *model = window.targetsPage()->model();
        model->reload();
        const auto status = [&] {
            return model->index(0, TargetModel::StatusColumn).data().toString();
        };
        CHECK(status() == u"Behind"_s);

        ModalHandler modal([](QDialog *dialog) {
            dialog->findChild<QSpinBox *>(u"atRiskSpinBox"_s)->setValue(50);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
        REQUIRE(modal.ran());
        statusShown = status();
        CHECK(statusShown == u"At risk"_s);
    }
    // The command line reads the book's thresholds: the same status for the same day.
    const QJsonObject progress = cli({u"targets"_s, u"progress"_s, u"--db"_s, path, u"--as-of"_s,
                                      Today.toString(Qt::ISODate), u"--json"_s});
    REQUIRE_FALSE(progress.contains(u"error"_s));
    const QJsonArray targets = progress.value(u"targets"_s).toArray();
    REQUIRE(targets.size() == 1);
    CHECK(targets[0].toObject().value(u"status"_s).toString() == u"at_risk"_s);
    CHECK(TargetText::name(TargetStatus::AtRisk) == statusShown);
}

TEST_CASE("A deal in another currency counts at its rate in the Targets tab, Board and Customers")
{
    TempDir dir;
    // Two deals of one customer won in 2026Q3: $1,000.00 at 7.10 and ¥2,000.00, ¥9,100.00 in all.
    const QDate day(2026, 9, 20);
    Window window(day);
    REQUIRE(window.openFile(newBook(dir, u"usd.salesdesk"_s)));
    window.show();
    Book &book = *window.book();

    // The rate goes in through Preferences, one undo step.
    ModalHandler modal([](QDialog *dialog) {
        dialog->findChild<QPushButton *>(u"addRateButton"_s)->click();
        auto *rates = dialog->findChild<QTableWidget *>(u"ratesTableWidget"_s);
        rates->item(0, 0)->setText(u"USD"_s);
        rates->item(0, 2)->setText(u"7.10"_s);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    INFO(modal.unexpected().toStdString());
    REQUIRE(modal.ran());
    REQUIRE(book.currencies().rates().size() == 1);
    CHECK(book.currencies().rates().first().rateNano == 7'100'000'000);
    CHECK(window.undoStack()->undoText() == u"Change Exchange Rates"_s);

    const qint64 customer = *book.customers().ensureCustomer(u"Pacific Imports"_s);
    const auto won = [&](const QString &title, qint64 minor, const QString &currency, int d) {
        Deal deal;
        deal.title = title;
        deal.customerId = customer;
        deal.valueMinor = minor;
        deal.currency = currency;
        auto id = book.pipeline().addDeal(deal, QDateTime(QDate(2026, 9, d - 5), QTime(12, 0)));
        REQUIRE(id.ok());
        REQUIRE(book.pipeline()
                        .moveDeal(*id, {0, DealStatus::Won, 0, {}},
                                  QDateTime(QDate(2026, 9, d), QTime(12, 0)))
                        .ok());
    };
    won(u"Dollar order"_s, 100000, u"USD"_s, 10);
    won(u"Yuan order"_s, 200000, u"CNY"_s, 15);
    Target t;
    t.name = u"Q3 revenue"_s;
    t.period = *Period::parse(u"2026Q3"_s);
    t.value = 2000000;
    REQUIRE(book.targets().addTarget(t).ok());

    // Targets tab: the actual is the converted sum.
    TargetModel *targets = window.targetsPage()->model();
    targets->reload();
    CHECK(targets->index(0, TargetModel::ActualColumn).data(TargetModel::SortRole).toLongLong()
          == 910000);
    CHECK(targets->index(0, TargetModel::ActualColumn).data().toString() == u"¥9,100.00"_s);
    // Board: the Won column's total.
    BoardView *board = window.pipelinePage()->board();
    QTest::qWait(20); // the headers follow the model on the next turn of the event loop
    const QLabel *wonHeader = board->header(0, DealStatus::Won);
    REQUIRE(wonHeader);
    CHECK(wonHeader->toolTip().contains(u"total ¥9,100.00"_s));
    // List: the dollar deal reads whole in its Value column, and its editor says what it counts
    // for.
    const DealListModel *wonCards = board->columnModel(0, DealStatus::Won);
    REQUIRE(wonCards->rowCount() == 2);
    const qint64 dollarId
            = wonCards->deal(0)->currency == u"USD"_s ? wonCards->id(0) : wonCards->id(1);
    const QModelIndex dollarValue
            = wonCards->index(wonCards->rowOf(dollarId), DealColumns::ValueColumn);
    CHECK(dollarValue.data().toString() == u"$1,000.00 (¥7,100.00)"_s);
    // The List reads the rows it paints, and fits the column to them.
    window.pipelinePage()->showView(PipelinePage::ListTab);
    window.pipelinePage()
            ->list()
            ->findChild<QComboBox *>(u"statusFilterComboBox"_s)
            ->setCurrentIndex(0); // all deals: both are won
    REQUIRE(window.pipelinePage()->list()->model()->rowCount() == 2);
    QTableView *list = window.pipelinePage()->list()->table();
    list->grab();
    QTest::qWait(20);
    CHECK(list->columnWidth(DealColumns::ValueColumn)
          > list->fontMetrics().horizontalAdvance(dollarValue.data().toString()));
    {
        DealEditor editor(book, *book.pipeline().deal(dollarId));
        const auto *label = editor.findChild<QLabel *>(u"homeValueLabel"_s);
        REQUIRE(label);
        CHECK(label->text() == u"Counts as ¥7,100.00 in every total."_s);
        editor.findChild<QComboBox *>(u"currencyComboBox"_s)->setCurrentText(u"CNY"_s);
        CHECK(label->isHidden());
    }
    // Funnel: the value of the deals that reached the first stage, converted.
    FunnelView *funnel = window.pipelinePage()->funnel();
    funnel->refresh();
    const QModelIndex reached = funnel->model()->index(0, FunnelModel::ValueColumn);
    CHECK(reached.data(FunnelModel::SortRole).toLongLong() == 910000);
    CHECK(reached.data().toString() == u"¥9,100"_s);
    CHECK(funnel->model()->headerData(FunnelModel::ValueColumn, Qt::Horizontal).toString()
          == u"Value (CNY)"_s);
    // Customers: the lifetime value, the segment value and its column.
    window.findChild<QTabWidget *>(u"pagesTabWidget"_s)->setCurrentWidget(window.customersPage());
    CustomerModel *customers = window.customersPage()->model();
    REQUIRE(customers);
    const int row = customers->rowOf(customer);
    REQUIRE(row >= 0);
    CHECK(customers->index(row, CustomerModel::ValueColumn)
                  .data(CustomerModel::SortRole)
                  .toLongLong()
          == 910000);
    window.customersPage()->showCustomer(customer);
    const QString profile = window.findChild<QLabel *>(u"customerProfileLabel"_s)->text();
    CHECK(profile.contains(u"Lifetime value <b>¥9,100.00</b>"_s));
    CHECK(profile.contains(u"average ¥4,550.00"_s));

    // A new rate from 1 September changes every figure of the quarter (7.00: ¥9,000.00).
    QList<ExchangeRate> rates = book.currencies().rates();
    rates.append({u"USD"_s, QDate(2026, 9, 1), 7'000'000'000});
    auto command = ratesCommand(book, rates);
    REQUIRE(command.ok());
    window.undoStack()->push(command.value().release());
    // The Targets tab follows the rates by itself.
    CHECK(targets->index(0, TargetModel::ActualColumn).data(TargetModel::SortRole).toLongLong()
          == 900000);
    window.undoStack()->undo();
    CHECK(targets->index(0, TargetModel::ActualColumn).data(TargetModel::SortRole).toLongLong()
          == 910000);
}

TEST_CASE("Changes of the same settings in a row are one undo step")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"merge.salesdesk"_s), true));
    Book &book = *window.book();
    UndoStack *undo = window.undoStack();
    for (const char *value : {"90", "88", "85"}) {
        auto command = settingsCommand(
                book, {{u"targets.on_track_percent"_s, QString::fromLatin1(value)}},
                u"Change Company Settings"_s);
        REQUIRE(command.ok());
        undo->push(command.value().release());
    }
    CHECK(book.settings().integer(u"targets.on_track_percent"_s) == 85);
    CHECK(undo->count() == 1);
    undo->undo();
    CHECK(book.settings().integer(u"targets.on_track_percent"_s) == 95);
    // Another setting is a step of its own.
    auto cadence = settingsCommand(book, {{u"cadence.general_days"_s, u"60"_s}}, u"Cadence"_s);
    REQUIRE(cadence.ok());
    undo->push(cadence.value().release());
    auto onTrack = settingsCommand(book, {{u"targets.on_track_percent"_s, u"90"_s}}, u"Status"_s);
    REQUIRE(onTrack.ok());
    undo->push(onTrack.value().release());
    CHECK(undo->count() == 2);
}

TEST_CASE("An undo the file refuses is told in the window")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"refused.salesdesk"_s), true));
    window.show();
    UndoStack *undo = window.undoStack();
    QSignalSpy failed(undo, &UndoStack::replayFailed);
    // An edit whose replay the book refuses, as a full disk would.
    undo->push(new SwapCommand<int>(u"Change Something"_s, 0, 1, [](const int &, const int &to) {
        return to == 0 ? Status(Error::data(u"disk full"_s)) : Status();
    }));
    undo->undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().at(0).toString() == u"Change Something"_s);
    CHECK(failed.first().at(1).toString() == u"disk full"_s);
    auto *box = window.findChild<QMessageBox *>(u"replayFailedMessageBox"_s);
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());
    CHECK(box->text().contains(u"disk full"_s));
    CHECK(window.statusBar()->currentMessage().contains(u"Change Something"_s));
    box->close();
    // A replay that works says nothing.
    undo->redo();
    CHECK(failed.count() == 1);
}

TEST_CASE("Feedback is recorded and its follow-up action marked done, each undoable")
{
    TempDir dir;
    Window window;
    REQUIRE(window.openFile(dir.file(u"feedback.salesdesk"_s), true));
    window.show();
    Book &book = *window.book();
    const qint64 customer = *book.customers().ensureCustomer(u"Gamma Retail"_s);
    CustomersPage *page = window.findChild<CustomersPage *>();
    {
        ModalHandler modal([](QDialog *dialog) {
            auto *score = dialog->findChild<QComboBox *>(u"satisfactionCombo"_s);
            score->setCurrentIndex(1); // 2 – dissatisfied
            dialog->findChild<QSpinBox *>(u"npsSpinBox"_s)->setValue(5);
            dialog->findChild<QPlainTextEdit *>(u"feedbackTextEdit"_s)
                    ->setPlainText(u"Delivery was late"_s);
            dialog->findChild<QLineEdit *>(u"feedbackActionEdit"_s)
                    ->setText(u"Call to apologise"_s);
            okButton(dialog, u"feedbackButtons"_s)->click();
        });
        page->addFeedback(customer);
        REQUIRE(modal.ran());
    }
    auto all = book.feedback().feedback(QDate(2000, 1, 1), QDate(2100, 1, 1), customer);
    REQUIRE(all->size() == 1);
    const Feedback added = all->first();
    CHECK(added.satisfaction == 2);
    CHECK(added.nps == 5);
    CHECK(added.action == u"Call to apologise"_s);
    CHECK(added.receivedOn == Today);
    CHECK_FALSE(added.actionDone);
    auto satisfaction = book.feedback().satisfaction(QDate(2000, 1, 1), QDate(2100, 1, 1));
    CHECK(satisfaction->csat == 2.0);
    CHECK(satisfaction->nps == -1.0); // one detractor of one

    {
        ModalHandler modal([](QDialog *dialog) {
            dialog->findChild<QCheckBox *>(u"feedbackActionDoneCheckBox"_s)->setChecked(true);
            okButton(dialog, u"feedbackButtons"_s)->click();
        });
        page->editFeedback(added.id);
        REQUIRE(modal.ran());
    }
    CHECK(book.feedback().entry(added.id)->actionDone);
    QUndoStack *undo = window.undoStack();
    CHECK(undo->undoText() == u"Edit Feedback"_s);
    undo->undo();
    CHECK_FALSE(book.feedback().entry(added.id)->actionDone);
    undo->undo();
    CHECK_FALSE(book.feedback().entry(added.id).ok());
    undo->redo();
    CHECK(*book.feedback().entry(added.id) == added); // back with the same id
}
