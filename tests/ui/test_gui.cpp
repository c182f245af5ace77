#include "core/common/money.h"
#include "core/customers/keydates.h"
#include "core/demo/demogenerator.h"
#include "tests/support/tempdir.h"
#include "ui/commands/customercommands.h"
#include "ui/common/booksession.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customermodel.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/followupsview.h"
#include "ui/exchange/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/pipeline/activitymodel.h"
#include "ui/pipeline/boardview.h"
#include "ui/pipeline/dealmodel.h"
#include "ui/pipeline/funnelview.h"
#include "ui/pipeline/pipelinepage.h"
#include "ui/targets/targetmodel.h"
#include "ui/targets/targetspage.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Runs `fill` on the next modal dialog that opens, then presses its OK button.
void whenDialogOpens(const std::function<void(QDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        fill(dialog);
    });
}

QString editMenuText(MainWindow &window, const QString &objectName)
{
    auto *action = window.findChild<QAction *>(objectName);
    REQUIRE(action != nullptr);
    return action->text();
}

} // namespace

TEST_CASE("Create a deal in the editor, drag it to another stage, undo and redo")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"gui.salesdesk"_s), true));
    window.show();
    PipelinePage *page = window.pipelinePage();
    REQUIRE(page != nullptr);
    auto &pipeline = window.session()->pipeline();
    const qint64 lead = pipeline.activeStages().at(0).id;
    const qint64 proposal = pipeline.activeStages().at(3).id;

    // The editor refuses a deal without a title or with a negative value.
    whenDialogOpens([](QDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"dealEditorButtonBox"_s)
                           ->button(QDialogButtonBox::Ok);
        auto *title = dialog->findChild<QLineEdit *>(u"titleLineEdit"_s);
        auto *customer = dialog->findChild<QLineEdit *>(u"customerLineEdit"_s);
        auto *value = dialog->findChild<QLineEdit *>(u"valueLineEdit"_s);
        REQUIRE((title && customer && value && ok));
        CHECK_FALSE(ok->isEnabled()); // empty title
        QTest::keyClicks(title, u"Cloud subscription"_s);
        QTest::keyClicks(customer, u"Suzhou Lianxin Trading"_s);
        QTest::keyClicks(value, u"-5"_s);
        CHECK_FALSE(ok->isEnabled());
        value->clear();
        QTest::keyClicks(value, u"36000.50"_s);
        CHECK(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    page->newDealAction()->trigger();

    auto deals = pipeline.dealSummaries();
    REQUIRE(deals.ok());
    REQUIRE(deals->size() == 1);
    const DealSummary created = deals->first();
    CHECK(created.title == u"Cloud subscription"_s);
    CHECK(created.valueMinor == 3600050);
    CHECK(created.stageId == lead);
    CHECK(pipeline.customerName(created.customerId) == u"Suzhou Lianxin Trading"_s);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Add Deal"_s);

    // Drop the card on the Proposal column, as a drag from the Lead column would.
    BoardView *board = page->board();
    BoardColumnView *target = board->columnView(proposal);
    REQUIRE(target != nullptr);
    const QModelIndex source = page->dealModel()->index(page->dealModel()->rowOf(created.id), 0);
    std::unique_ptr<QMimeData> mime(page->dealModel()->mimeData({source}));
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    CHECK(drop.isAccepted());
    CHECK(pipeline.dealSummary(created.id)->stageId == proposal);
    CHECK(board->columnView(proposal)->model()->rowCount() == 1);
    CHECK(board->columnView(lead)->model()->rowCount() == 0);
    CHECK(pipeline.history(created.id)->size() == 2);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Move Deal"_s);

    QUndoStack *undo = window.undoStack();
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    CHECK(pipeline.dealSummary(created.id)->stageId == lead);
    CHECK(pipeline.history(created.id)->size() == 1);
    CHECK(board->columnView(lead)->model()->rowCount() == 1);
    CHECK(editMenuText(window, u"redoAction"_s) == u"&Redo Move Deal"_s);

    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    CHECK(pipeline.dealSummary(created.id)->stageId == proposal);
    CHECK(pipeline.history(created.id)->size() == 2);

    // Undo the move and the creation: the book is empty again; redo brings back the same id.
    undo->undo();
    undo->undo();
    CHECK(pipeline.dealSummaries()->isEmpty());
    CHECK(page->dealModel()->rowCount() == 0);
    undo->redo();
    undo->redo();
    CHECK(pipeline.dealSummary(created.id)->stageId == proposal);
    CHECK(page->dealModel()->rowCount() == 1);
    CHECK(pipeline.checkInvariants()->isEmpty());
}

TEST_CASE("Contact details typed in the deal editor are saved with the deal, undone together")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"contact.salesdesk"_s), true));
    auto &pipeline = window.session()->pipeline();
    whenDialogOpens([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleLineEdit"_s), u"Hardware"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"customerLineEdit"_s), u"Jinan Kaida"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"valueLineEdit"_s), u"60000"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"contactPersonLineEdit"_s), u"Hu Mei"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"phoneLineEdit"_s), u"138 0000 1111"_s);
        dialog->findChild<QDialogButtonBox *>(u"dealEditorButtonBox"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
    });
    window.pipelinePage()->newDeal();
    const qint64 customer = pipeline.findCustomer(u"Jinan Kaida"_s);
    REQUIRE(customer > 0);
    CHECK(pipeline.customer(customer)->contactPerson == u"Hu Mei"_s);
    CHECK(pipeline.customer(customer)->phone == u"138 0000 1111"_s);
    REQUIRE(pipeline.dealSummaries()->size() == 1);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Add Deal"_s);
    // One undo takes back the deal and the contact details.
    window.undoStack()->undo();
    CHECK(pipeline.dealSummaries()->isEmpty());
    CHECK(pipeline.customer(customer)->contactPerson.isEmpty());
    window.undoStack()->redo();
    CHECK(pipeline.dealSummaries()->size() == 1);
    CHECK(pipeline.customer(customer)->contactPerson == u"Hu Mei"_s);
}

TEST_CASE("A demo company is written in the background and opened")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.createDemoFile(dir.file(u"demo.salesdesk"_s), 1200));
    REQUIRE(window.hasBook());
    CHECK(window.pipelinePage()->dealModel()->rowCount() == 1200);
    CHECK(window.session()->pipeline().customers().size() == 480);
}

TEST_CASE("A stage added in the stage editor appears on the Board and goes away with undo")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"stages.salesdesk"_s), true));
    auto &pipeline = window.session()->pipeline();
    whenDialogOpens([](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(u"stageTableWidget"_s);
        REQUIRE(table != nullptr);
        dialog->findChild<QPushButton *>(u"addStagePushButton"_s)->click();
        REQUIRE(table->rowCount() == 6);
        table->item(5, 0)->setText(u"Trial"_s);
        table->item(5, 1)->setData(Qt::EditRole, 70);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.pipelinePage()->manageStagesAction()->trigger();
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
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"activities.salesdesk"_s), true));
    Activity a;
    a.subject = u"Call the buyer"_s;
    a.dueAt = QDateTime(QDate::currentDate(), QTime(9, 30));
    auto id = window.session()->activities().addActivity(a);
    REQUIRE(id.ok());
    auto *view = window.findChild<QTableView *>(u"activityTableView"_s);
    REQUIRE(view != nullptr);
    REQUIRE(view->model()->rowCount() == 1); // "Today" shows it
    const QModelIndex done = view->model()->index(0, ActivityModel::DoneColumn);
    CHECK(view->model()->setData(done, Qt::Checked, Qt::CheckStateRole) == false);
    CHECK(window.session()->activities().activity(*id)->done);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Complete Activity"_s);
    window.undoStack()->undo();
    CHECK_FALSE(window.session()->activities().activity(*id)->done);
}

TEST_CASE("A file open in one window cannot be opened in a second")
{
    TempDir dir;
    const QString path = dir.file(u"shared.salesdesk"_s);
    MainWindow first;
    REQUIRE(first.openFile(path, true));
    MainWindow second;
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    CHECK_FALSE(second.openFile(path));
    CHECK(shown.contains(u"already open"_s));
    CHECK(first.hasBook());
}

TEST_CASE("Create a target, split it into quarters, adjust a quarter with a reason, undo")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"targets.salesdesk"_s), true));
    TargetsPage *page = window.targetsPage();
    REQUIRE(page != nullptr);
    auto &targets = window.session()->targets();

    whenDialogOpens([](QDialog *dialog) {
        auto *metric = dialog->findChild<QComboBox *>(u"metricComboBox"_s);
        metric->setCurrentIndex(metric->findData(int(Metric::Revenue)));
        dialog->findChild<QSpinBox *>(u"yearSpinBox"_s)->setValue(2026);
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"newTargetButtonBox"_s)
                           ->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no value yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"targetValueLineEdit"_s), u"1200000"_s);
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    window.findChild<QAction *>(u"newTargetAction"_s)->trigger();
    auto all = targets.targets();
    REQUIRE(all->size() == 1);
    const Target year = all->first();
    CHECK(year.value == 120000000);
    CHECK(year.period.toString() == u"2026"_s);
    CHECK(page->currentTargetId() == year.id);

    whenDialogOpens([](QDialog *dialog) {
        auto *into = dialog->findChild<QComboBox *>(u"splitIntoComboBox"_s);
        into->setCurrentIndex(into->findData(int(TargetService::SplitInto::Quarters)));
        auto *method = dialog->findChild<QComboBox *>(u"splitMethodComboBox"_s);
        method->setCurrentIndex(method->findData(int(SplitMethod::Even)));
        CHECK(dialog->findChild<QTableWidget *>(u"splitPreviewTableWidget"_s)->rowCount() == 4);
        dialog->findChild<QDialogButtonBox *>(u"splitButtonBox"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
    });
    window.findChild<QAction *>(u"splitTargetAction"_s)->trigger();
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
    whenDialogOpens([currency = window.session()->pipeline().currency()](QDialog *dialog) {
        auto *value = dialog->findChild<QLineEdit *>(u"adjustValueLineEdit"_s);
        value->selectAll();
        QTest::keyClicks(value, u"400000"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"adjustButtonBox"_s)
                           ->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adjustReasonLineEdit"_s),
                         u"Trade fair in May"_s);
        CHECK(dialog->findChild<QCheckBox *>(u"rebalanceCheckBox"_s)->isChecked());
        // The preview shows the four quarters before anything is saved.
        auto *preview = dialog->findChild<QTableWidget *>(u"adjustPreviewTableWidget"_s);
        REQUIRE(preview->rowCount() == 4);
        CHECK(preview->item(0, 2)->text() == Money(26666667, currency).format());
        ok->click();
    });
    window.findChild<QAction *>(u"adjustTargetAction"_s)->trigger();
    // Q2 to ¥400,000; the other quarters share the remaining ¥800,000: 26,666,666.67 fen
    // each → two get 26,666,667 and one 26,666,666.
    CHECK(values() == QList<qint64> {26666667, 40000000, 26666667, 26666666});
    auto revisions = targets.revisions(quarters->at(1).id);
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->at(0).reason == u"Trade fair in May"_s);
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Adjust Target"_s);

    window.undoStack()->undo();
    CHECK(values() == QList<qint64> {30000000, 30000000, 30000000, 30000000});
    CHECK(targets.revisions(quarters->at(1).id)->isEmpty());
    window.undoStack()->redo();
    CHECK(values() == QList<qint64> {26666667, 40000000, 26666667, 26666666});
    window.undoStack()->undo();
    window.undoStack()->undo(); // the split
    CHECK(targets.children(year.id)->isEmpty());
    window.undoStack()->undo(); // the target itself
    CHECK(targets.targets()->isEmpty());
    CHECK(page->model()->rowCount() == 0);
}

TEST_CASE("Every page and chart paints on a demo company")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.createDemoFile(dir.file(u"paint.salesdesk"_s), 1500));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"pagesTabWidget"_s);
    REQUIRE(tabs != nullptr);
    PipelinePage *pipeline = window.pipelinePage();
    tabs->setCurrentWidget(pipeline);
    for (auto view : {PipelinePage::BoardTab, PipelinePage::ListTab, PipelinePage::ActivitiesTab,
                      PipelinePage::FunnelTab}) {
        pipeline->showView(view);
        const QPixmap shot = window.grab();
        CHECK_FALSE(shot.isNull());
    }
    // The funnel was computed when shown: five stages, a bottleneck named.
    CHECK(pipeline->funnel()->model()->rowCount() == 5);
    TargetsPage *targets = window.targetsPage();
    tabs->setCurrentWidget(targets);
    // Every target in turn in the detail pane, charts included.
    const auto all = window.session()->targets().targets();
    REQUIRE(all.ok());
    CHECK(all->size() >= 20);
    for (const auto &t : *all) {
        targets->selectTarget(t.id);
        CHECK(targets->currentTargetId() == t.id);
    }
    CHECK_FALSE(window.grab().isNull());
    // The customers page computes segments when shown and shows the first customer.
    tabs->setCurrentWidget(window.customersPage());
    CHECK(window.customersPage()->model()->rowCount() == 600);
    CHECK_FALSE(window.findChild<QLabel *>(u"customerProfileLabel"_s)->text().isEmpty());
    CHECK_FALSE(window.grab().isNull());
}

TEST_CASE("The customers page charts satisfaction month by month with gaps for silent months")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"csat.salesdesk"_s), true));
    auto &session = *window.session();
    const qint64 customer = *session.pipeline().ensureCustomer(u"Someone"_s);
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto add = [&](QDate on, int score, std::optional<int> nps) {
        Feedback f;
        f.customerId = customer;
        f.receivedOn = on;
        f.satisfaction = score;
        f.nps = nps;
        REQUIRE(session.feedback().add(f).ok());
    };
    // This month 4 and 2 (recommendation 10 and 8), two months ago 5, thirteen months ago 1
    // (outside the chart). CSAT over the twelve months (4 + 2 + 5) / 3 = 3.7; NPS: one promoter,
    // one passive of two = +50. Last month is silent, so the line breaks into two runs.
    add(today, 4, 10);
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
    more.receivedOn = today;
    more.satisfaction = 5;
    more.nps = 10;
    auto command = FeedbackCommand::perform(session, std::nullopt, more);
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
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"delete.salesdesk"_s), true));
    auto &pipeline = window.session()->pipeline();
    Deal d;
    d.title = u"Short-lived"_s;
    d.customerId = *pipeline.ensureCustomer(u"Someone"_s);
    auto id = pipeline.addDeal(d);
    REQUIRE(id.ok());
    window.pipelinePage()->deleteDeals({*id});
    CHECK_FALSE(pipeline.dealSummary(*id).ok());
    CHECK(editMenuText(window, u"undoAction"_s) == u"&Undo Delete Deal"_s);
    window.undoStack()->undo();
    CHECK(pipeline.dealSummary(*id)->title == u"Short-lived"_s);
    CHECK(window.pipelinePage()->dealModel()->rowCount() == 1);
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
    MainWindow window;
    QTimer::singleShot(0, [] {
        if (auto *box = QApplication::activeModalWidget()) {
            box->close();
        }
    });
    CHECK_FALSE(window.openFile(path));
    CHECK_FALSE(window.hasBook());
    CHECK(fileHash(path) == before);
    CHECK(window.openFile(dir.file(u"fresh.salesdesk"_s), true));
    CHECK(window.windowTitle().contains(u"fresh.salesdesk"_s));
}

TEST_CASE("The import dialog tells what a file holds from its name or its columns")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"kinds.salesdesk"_s), true));
    ImportDialog dialog(*window.session(), window.undoStack(), &window);
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

TEST_CASE("The import dialog maps a file, checks it, imports it as one undo step")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"import.salesdesk"_s), true));
    window.show();
    auto &pipeline = window.session()->pipeline();
    DealModel *deals = window.pipelinePage()->dealModel();
    REQUIRE(deals->rowCount() == 0);

    ImportDialog dialog(*window.session(), window.undoStack(), &window);
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
    CHECK(deals->rowCount() == 0);

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
    QTimer::singleShot(0, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        REQUIRE(files != nullptr);
        files->selectFile(rejects);
        QMetaObject::invokeMethod(files, "accept");
    });
    REQUIRE(dialog.importRows());
    CHECK(deals->rowCount() == 3);
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
    CHECK(deals->rowCount() == 0);
    CHECK(pipeline.customers().isEmpty());
    undo->redo();
    CHECK(deals->rowCount() == 3);
    CHECK(pipeline.customers().size() == 2);
}

TEST_CASE("Follow-ups group customers by when they are due; logging a contact is undoable")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"followups.salesdesk"_s), true));
    window.show();
    BookSession &session = *window.session();
    auto &pipeline = session.pipeline();
    // "Today" of the view: the first Monday at least 100 days from now, so the week runs
    // Monday T to Sunday T+6.
    QDate today = QDate::currentDate().addDays(100);
    while (today.dayOfWeek() != Qt::Monday) {
        today = today.addDays(1);
    }
    const qint64 a = *pipeline.ensureCustomer(u"Alpha Trading"_s); // never contacted
    const qint64 b = *pipeline.ensureCustomer(u"Beta Foods"_s);
    const qint64 c = *pipeline.ensureCustomer(u"Gamma Retail"_s);
    REQUIRE(session.segments().setContactCadence(b, 7).ok());
    REQUIRE(session.segments().setContactCadence(c, 7).ok());
    const auto contacted = [&](qint64 customer, const QDate &on) {
        Activity done;
        done.kind = ActivityKind::Call;
        done.subject = u"Call"_s;
        done.customerId = customer;
        done.dueAt = QDateTime(on, QTime(12, 0));
        done.done = true;
        done.doneAt = done.dueAt.toUTC();
        REQUIRE(session.activities().addActivity(done).ok());
    };
    contacted(b, today.addDays(-3)); // due T+4: later this week
    contacted(c, today.addDays(-7)); // due T: today
    KeyDateRepository keyDates(session.database().connection());
    KeyDate birthday;
    birthday.customerId = a;
    birthday.kind = KeyDate::Kind::Birthday;
    birthday.date = QDate(1980, today.addDays(3).month(), today.addDays(3).day());
    birthday.yearly = true;
    birthday.note = u"Mr Wang"_s;
    REQUIRE(keyDates.insert(birthday).ok());

    CustomersPage *page = window.findChild<CustomersPage *>();
    REQUIRE(page != nullptr);
    FollowUpsView *view = page->followUps();
    view->setToday(today);
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
    // Alpha was added today (real) and never contacted: due 90 days later, 10+ days overdue.
    const int alphaOverdue = int(QDate::currentDate().addDays(90).daysTo(today));
    REQUIRE(groups()
            == QStringList {u"Overdue (1): Alpha Trading"_s, u"Due today (1): Gamma Retail"_s,
                            u"Due later this week (1): Beta Foods"_s,
                            u"Key dates coming up (1): Alpha Trading"_s});
    CHECK(tree->topLevelItem(0)->child(0)->text(4)
          == u"%1 day(s) overdue; every 90 days"_s.arg(alphaOverdue));
    CHECK(tree->topLevelItem(3)->child(0)->text(4) == u"Birthday · Mr Wang"_s);

    // Log the contact with Gamma: a done activity today; Gamma is next due in a week.
    tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    CHECK(view->currentCustomer() == c);
    whenDialogOpens([](QDialog *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"logContactButtons"_s);
        auto *ok = buttons->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // an outcome is required
        dialog->findChild<QLineEdit *>(u"contactOutcomeEdit"_s)->setText(u"Will reorder in May"_s);
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    view->logContact(c);
    CHECK(groups()
          == QStringList {u"Overdue (1): Alpha Trading"_s, u"Due later this week (1): Beta Foods"_s,
                          u"Key dates coming up (1): Alpha Trading"_s});
    auto logged = session.activities().activitiesOfCustomer(c);
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 2);
    const auto latest = std::max_element(
            logged->cbegin(), logged->cend(),
            [](const Activity &x, const Activity &y) { return x.dueAt < y.dueAt; });
    CHECK(latest->done);
    CHECK(latest->outcome == u"Will reorder in May"_s);
    CHECK(latest->dueAt.date() == today);

    window.undoStack()->undo();
    view->reload();
    CHECK(groups().at(1) == u"Due today (1): Gamma Retail"_s);
}

TEST_CASE("Customers are added, edited and merged in dialogs, each one undo step")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"customers.salesdesk"_s), true));
    window.show();
    BookSession &session = *window.session();
    auto &pipeline = session.pipeline();
    CustomersPage *page = window.findChild<CustomersPage *>();
    REQUIRE(page != nullptr);
    QUndoStack *undo = window.undoStack();

    // New customer with two contacts; the first is primary by itself.
    whenDialogOpens([](QDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"customerEditorButtons"_s)
                           ->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no name yet
        dialog->findChild<QLineEdit *>(u"customerNameEdit"_s)->setText(u"Hengda Machinery"_s);
        dialog->findChild<QLineEdit *>(u"customerTagsEdit"_s)->setText(u"key account, east"_s);
        auto *editor = qobject_cast<CustomerEditor *>(dialog);
        editor->addContact();
        editor->addContact();
        auto *contacts = dialog->findChild<QTableWidget *>(u"contactsTable"_s);
        contacts->item(0, 0)->setText(u"Li Ming"_s);
        contacts->item(0, 2)->setText(u"138 0000 0001"_s);
        CHECK_FALSE(ok->isEnabled()); // the second contact has no name
        contacts->item(1, 0)->setText(u"Zhou Min"_s);
        contacts->item(1, 1)->setText(u"Finance"_s);
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    page->newCustomer();
    const qint64 id = pipeline.findCustomer(u"Hengda Machinery"_s);
    REQUIRE(id > 0);
    CHECK(pipeline.customer(id)->contactPerson == u"Li Ming"_s);
    CHECK(pipeline.customer(id)->tags == QStringList {u"key account"_s, u"east"_s});
    CHECK(undo->undoText() == u"New Customer “Hengda Machinery”"_s);

    // Edit: Zhou Min becomes primary, a manual segment needs its reason.
    whenDialogOpens([](QDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"customerEditorButtons"_s)
                           ->button(QDialogButtonBox::Ok);
        auto *contacts = dialog->findChild<QTableWidget *>(u"contactsTable"_s);
        REQUIRE(contacts->rowCount() == 2);
        contacts->item(1, 6)->setCheckState(Qt::Checked);
        CHECK(contacts->item(0, 6)->checkState() == Qt::Unchecked);
        auto *segment = dialog->findChild<QComboBox *>(u"segmentOverrideCombo"_s);
        segment->setCurrentIndex(segment->findData(int(Segment::HighValue)));
        CHECK_FALSE(ok->isEnabled());
        dialog->findChild<QLineEdit *>(u"segmentReasonEdit"_s)->setText(u"Group contract"_s);
        dialog->findChild<QSpinBox *>(u"cadenceSpinBox"_s)->setValue(10);
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    page->editCustomer(id);
    CHECK(pipeline.customer(id)->contactPerson == u"Zhou Min"_s);
    auto edited = session.customers().record(id);
    REQUIRE(edited.ok());
    CHECK(edited->segmentOverride == Segment::HighValue);
    CHECK(edited->cadenceDays == 10);
    undo->undo();
    CHECK(pipeline.customer(id)->contactPerson == u"Li Ming"_s);
    CHECK_FALSE(session.customers().record(id)->segmentOverride.has_value());
    undo->redo();
    CHECK(pipeline.customer(id)->contactPerson == u"Zhou Min"_s);

    // Merge a duplicate with a deal into Hengda Machinery; undo separates them.
    const qint64 duplicate = *pipeline.ensureCustomer(u"Hengda Mach. Co."_s);
    Deal d;
    d.title = u"Spare parts"_s;
    d.customerId = duplicate;
    d.currency = u"CNY"_s;
    d.valueMinor = 5000;
    d.stageId = pipeline.activeStages().first().id;
    const qint64 dealId = *pipeline.addDeal(d);
    whenDialogOpens([](QDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"mergeButtons"_s)
                           ->button(QDialogButtonBox::Ok);
        auto *target = dialog->findChild<QLineEdit *>(u"mergeTargetEdit"_s);
        target->setText(u"Nobody Ltd"_s);
        CHECK_FALSE(ok->isEnabled());
        target->setText(u"hengda machinery"_s);
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    page->mergeCustomer(duplicate);
    CHECK(pipeline.customer(duplicate) == nullptr);
    CHECK(pipeline.deal(dealId)->customerId == id);
    CHECK(undo->undoText() == u"Merge “Hengda Mach. Co.” into “Hengda Machinery”"_s);
    undo->undo();
    REQUIRE(pipeline.customer(duplicate) != nullptr);
    CHECK(pipeline.deal(dealId)->customerId == duplicate);
    undo->redo();
    CHECK(pipeline.deal(dealId)->customerId == id);

    // A customer with a deal is not deleted (merge it instead); one without is, undoably.
    whenDialogOpens([](QDialog *box) {
        CHECK(qobject_cast<QMessageBox *>(box)->text().contains(u"merge it into another"_s));
        box->accept();
    });
    page->deleteCustomer(id); // has the merged deal: refused with a message box
    CHECK(pipeline.customer(id) != nullptr);
    const qint64 spare = *pipeline.ensureCustomer(u"Spare Ltd"_s);
    page->deleteCustomer(spare);
    CHECK(pipeline.customer(spare) == nullptr);
    CHECK(undo->undoText() == u"Delete Customer “Spare Ltd”"_s);
    undo->undo();
    CHECK(pipeline.customer(spare) != nullptr);

    // Undo back to the start: the new customer goes away with its contacts.
    while (undo->canUndo()) {
        undo->undo();
    }
    CHECK(pipeline.findCustomer(u"Hengda Machinery"_s) == 0);
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
    options.language = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    REQUIRE(DemoGenerator::generate(path, options).ok());
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    BookSession &session = *window.session();
    qint64 richest = 0;
    int most = 0;
    for (const Customer &c : session.pipeline().customers()) {
        const int n = int(session.customers().record(c.id)->contacts.size());
        if (n > most) {
            most = n;
            richest = c.id;
        }
    }
    auto record = session.customers().record(richest);
    REQUIRE(record.ok());
    CustomerEditor editor(session.pipeline(), session.customers(), *record, 30, &window);
    editor.show();
    const QString suffix = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    for (int tab : {0, 1}) {
        editor.tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        REQUIRE(editor.grab().save(out + u"/customer-editor-%1-%2.png"_s.arg(tab).arg(suffix)));
    }
    editor.close();
    // The import dialog after checking a file with bad rows and a stage the book lacks.
    ImportDialog import(session, window.undoStack(), &window);
    REQUIRE(import.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_bad_rows.csv")));
    import.show();
    import.checkRows();
    QTest::qWait(50);
    REQUIRE(import.grab().save(out + u"/import-checked-%1.png"_s.arg(suffix)));
}

TEST_CASE("The company's segment rules and cadences change in Preferences, undoably")
{
    // The English plural forms, as the program installs them ("%n month(s)" → "12 months").
    QTranslator english;
    REQUIRE(english.load(u"salesdesk_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    TempDir dir;
    MainWindow window;
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
    SegmentService &segments = window.session()->segments();
    whenDialogOpens([](QDialog *dialog) {
        REQUIRE(dialog->findChild<QGroupBox *>(u"customerRulesGroup"_s) != nullptr);
        auto *months = dialog->findChild<QSpinBox *>(u"ruleSpinBox0"_s);
        CHECK(months->value() == 24);
        months->setValue(12);
        auto *share = dialog->findChild<QSpinBox *>(u"ruleSpinBox1"_s);
        CHECK(share->value() == 20);
        share->setValue(25);
        dialog->findChild<QSpinBox *>(u"ruleSpinBox7"_s)->setValue(45);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    auto rules = segments.rules();
    REQUIRE(rules.ok());
    CHECK(rules->segments.lookBackMonths == 12);
    CHECK(rules->segments.highValueShare == 0.25);
    CHECK(rules->cadence.general == 45);
    CHECK(rules->cadence.potential == 30);
    // The list and the chart speak of the company's window, not of the default one.
    CHECK(valueHeader() == u"Value (12 months)"_s);
    CHECK(chart->chart()->title() == u"Customers and purchases in 12 months per segment"_s);
    CHECK(window.undoStack()->undoText() == u"Change Segment Rules"_s);
    window.undoStack()->undo();
    CHECK(*segments.rules() == CustomerRules {});
    CHECK(valueHeader() == u"Value (24 months)"_s);
}

TEST_CASE("Feedback is recorded and its follow-up action marked done, each undoable")
{
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.file(u"feedback.salesdesk"_s), true));
    window.show();
    BookSession &session = *window.session();
    const qint64 customer = *session.pipeline().ensureCustomer(u"Gamma Retail"_s);
    CustomersPage *page = window.findChild<CustomersPage *>();
    whenDialogOpens([](QDialog *dialog) {
        auto *score = dialog->findChild<QComboBox *>(u"satisfactionCombo"_s);
        score->setCurrentIndex(1); // 2 – dissatisfied
        dialog->findChild<QSpinBox *>(u"npsSpinBox"_s)->setValue(5);
        dialog->findChild<QPlainTextEdit *>(u"feedbackTextEdit"_s)
                ->setPlainText(u"Delivery was late"_s);
        dialog->findChild<QLineEdit *>(u"feedbackActionEdit"_s)->setText(u"Call to apologise"_s);
        dialog->findChild<QDialogButtonBox *>(u"feedbackButtons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
    });
    page->addFeedback(customer);
    auto all = session.feedback().feedback(QDate(2000, 1, 1), QDate(2100, 1, 1), customer);
    REQUIRE(all->size() == 1);
    const Feedback added = all->first();
    CHECK(added.satisfaction == 2);
    CHECK(added.nps == 5);
    CHECK(added.action == u"Call to apologise"_s);
    CHECK_FALSE(added.actionDone);
    auto satisfaction = session.feedback().satisfaction(QDate(2000, 1, 1), QDate(2100, 1, 1));
    CHECK(satisfaction->csat == 2.0);
    CHECK(satisfaction->nps == -1.0); // one detractor of one

    whenDialogOpens([](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(u"feedbackActionDoneCheckBox"_s)->setChecked(true);
        dialog->findChild<QDialogButtonBox *>(u"feedbackButtons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
    });
    page->editFeedback(added.id);
    CHECK(session.feedback().entry(added.id)->actionDone);
    QUndoStack *undo = window.undoStack();
    CHECK(undo->undoText() == u"Edit Feedback"_s);
    undo->undo();
    CHECK_FALSE(session.feedback().entry(added.id)->actionDone);
    undo->undo();
    CHECK_FALSE(session.feedback().entry(added.id).ok());
    undo->redo();
    CHECK(*session.feedback().entry(added.id) == added); // back with the same id
}
