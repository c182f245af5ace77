// Every dialog fits a 1366×768 laptop screen with a taskbar, in English and in Chinese: at most
// 700 pixels tall and 1,300 wide as it opens, with titles that name their object in few words.
#include "core/common/language.h"
#include "core/demo/demogenerator.h"
#include "tests/support/catchqt.h"
#include "tests/support/kpibook.h"
#include "tests/support/testbook.h"
#include "ui/commands/undostack.h"
#include "ui/common/dialogs.h"
#include "ui/common/helpwindows.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/feedbackdialog.h"
#include "ui/customers/followupsview.h"
#include "ui/exchange/importdialog.h"
#include "ui/pipeline/activityeditor.h"
#include "ui/pipeline/dealeditor.h"
#include "ui/pipeline/stagedialogs.h"
#include "ui/report/reportdialog.h"
#include "ui/targets/targetdialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate Today(2026, 11, 18);
constexpr int MaxHeight = 700; // 768 less a taskbar and the title bar
constexpr int MaxWidth = 1300;

// Opens the dialog as a user would see it and records its size under `name`.
struct Sizes
{
    QStringList tooBig;
    QStringList scolded;
    void check(QDialog &dialog, const QString &name)
    {
        dialog.show();
        QCoreApplication::processEvents();
        // As it opens, and as small as its layout lets it be (the offscreen screen is smaller
        // than a laptop's, so a dialog sized to the screen could pass by accident).
        const QSize size = dialog.size().expandedTo(dialog.minimumSizeHint());
        if (size.height() > MaxHeight || size.width() > MaxWidth) {
            tooBig.append(u"%1 %2×%3"_s.arg(name).arg(size.width()).arg(size.height()));
        }
        // The title names the object in a few words and is never cut by a narrow window.
        CHECK(dialog.windowTitle().size() <= 70);
        // Nothing is called wrong before the user has typed: no red text as it opens.
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->styleSheet().contains(u"#c0392b"_s)
                && !label->text().isEmpty()) {
                scolded.append(name + u": "_s + label->text());
            }
        }
        dialog.hide();
    }
};

} // namespace

TEST_CASE("Every dialog fits a 1366×768 screen, in English and in Chinese")
{
    TempDir dir;
    DemoGenerator::Options options;
    options.deals = 300;
    options.asOf = Today;
    const QString path = dir.file(u"dialogs.salesdesk"_s);
    REQUIRE(DemoGenerator::generate(path, options).ok());
    auto opened = Book::open(path, Database::Access::ReadWrite, Clock::fixedOn(Today));
    REQUIRE(opened.ok());
    Book &book = **opened;

    for (const bool chinese : {false, true}) {
        CAPTURE(chinese);
        QTranslator translator;
        const QFont font = QApplication::font();
        if (chinese) {
            REQUIRE(translator.load(u"salesdesk_zh_CN"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            // A Chinese desktop's font: taller lines than the Latin default.
            if (QFontDatabase::families().contains(u"Noto Sans CJK SC"_s)) {
                QApplication::setFont(QFont(u"Noto Sans CJK SC"_s, font.pointSize()));
            }
        }
        Sizes sizes;

        const DealSummary first = book.pipeline().dealSummaries()->first();
        {
            DealEditor editor(book, *book.pipeline().deal(first.id));
            sizes.check(editor, u"deal editor"_s);
            DealEditor fresh(book, Deal());
            sizes.check(fresh, u"new deal"_s);
            if (!chinese) {
                // Titles name what they are about.
                CHECK(editor.windowTitle() == u"Edit “"_s + first.title + u"”"_s);
                LostReasonDialog lost(book.pipeline(), 1, first.title);
                CHECK(lost.windowTitle() == u"Mark “"_s + first.title + u"” as Lost"_s);
                LostReasonDialog several(book.pipeline(), 3);
                CHECK(several.windowTitle().startsWith(u"Mark 3 Deal"_s));
                const QString longName(60, u'x');
                CHECK(titleName(longName) == u"“"_s + QString(39, u'x') + u"…”"_s);
            }
        }
        {
            Activity a;
            a.dealId = first.id;
            a.customerId = first.customerId;
            ActivityEditor editor(book, a);
            sizes.check(editor, u"activity editor"_s);
        }
        {
            StageEditorDialog stages(book.pipeline());
            sizes.check(stages, u"stages"_s);
            LostReasonDialog lost(book.pipeline(), 3);
            sizes.check(lost, u"lost reason"_s);
        }
        {
            // The customer with the most contacts fills the editor most.
            qint64 richest = 0;
            qsizetype most = -1;
            for (const Customer &c : book.customers().customers()) {
                const qsizetype n = book.customers().record(c.id)->contacts.size();
                if (n > most) {
                    most = n;
                    richest = c.id;
                }
            }
            CustomerEditor blank(book, CustomerRecord(), 30);
            sizes.check(blank, u"new customer"_s);
            CustomerEditor editor(book, *book.customers().record(richest), 30);
            for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
                editor.tabs()->setCurrentIndex(tab);
                sizes.check(editor, u"customer editor, tab %1"_s.arg(tab));
            }
            Feedback f;
            f.customerId = richest;
            FeedbackDialog feedback(book, f);
            sizes.check(feedback, u"feedback"_s);
            LogContactDialog log(book.customers().customerName(richest), {{u"Li Na"_s, 1}}, 1,
                                 Today);
            sizes.check(log, u"log contact"_s);
        }
        {
            NewTargetDialog target(book);
            sizes.check(target, u"new target"_s);
            const Target year = book.targets().targets()->first();
            SplitTargetDialog split(book.targets(), year, book.currencies().home());
            sizes.check(split, u"split target"_s);
            AdjustTargetDialog adjust(book.targets(), year, book.currencies().home(), true, Today);
            sizes.check(adjust, u"adjust target"_s);
        }
        {
            PropertiesDialog properties(book.companyName(), book.currencies().home(), true);
            sizes.check(properties, u"properties"_s);
            PreferencesDialog preferences(&book);
            auto *tabs = preferences.findChild<QTabWidget *>(u"preferencesTabWidget"_s);
            REQUIRE(tabs);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                sizes.check(preferences, u"preferences, tab %1"_s.arg(tab));
            }
        }
        {
            // The import dialog at its fullest: a file checked, with problems listed.
            UndoStack undo;
            ImportDialog import(book, &undo);
            REQUIRE(import.loadFile(QStringLiteral(SALESDESK_TEST_DATA "/import_bad_rows.csv")));
            import.checkRows();
            sizes.check(import, u"import"_s);
        }
        {
            // The help windows, in the language of the interface.
            UserGuideWindow guide;
            guide.setAttribute(Qt::WA_DeleteOnClose, false);
            sizes.check(guide, u"user guide"_s);
            CHECK(guide.browser()->document()->toPlainText().contains(
                    chinese ? u"SalesDesk 用户指南"_s : u"SalesDesk user guide"_s));
            QMenuBar menus;
            QMenu *file = menus.addMenu(u"File"_s);
            file->addAction(u"Open"_s)->setShortcut(QKeySequence::Open);
            ShortcutsDialog shortcuts(&menus);
            sizes.check(shortcuts, u"keyboard shortcuts"_s);
            ReportDialog report(book);
            sizes.check(report, u"quarterly report"_s);
        }
        INFO(sizes.tooBig.join(u"; "_s).toStdString());
        CHECK(sizes.tooBig.isEmpty());
        INFO(sizes.scolded.join(u"; "_s).toStdString());
        CHECK(sizes.scolded.isEmpty());

        if (chinese) {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            QApplication::setFont(font);
        }
    }
}

TEST_CASE("The report dialog makes the report in the language chosen whatever the window's")
{
    // The application's translator, as the app installs it: the window in English.
    Translations *translations = Translations::install(u"en"_s, u":/i18n"_s, nullptr);
    Book2026Q3 b;
    b.fill();
    ReportDialog dialog(*b.book);
    CHECK(dialog.windowTitle() == u"Export Quarterly Report"_s);
    auto *quarter = dialog.findChild<QComboBox *>(u"quarterComboBox"_s);
    REQUIRE(quarter);
    // 15 October: Q3 is the last finished quarter, offered first.
    CHECK(quarter->currentData().toString() == u"2026Q3"_s);
    CHECK(quarter->currentText() == u"Q3 2026 (last finished)"_s);

    dialog.choose(Period::quarter(2026, 3), u"zh_CN"_s, true);
    auto chinese = dialog.buildDocument();
    REQUIRE(chinese);
    CHECK(chinese->title == u"季度销售报告"_s);
    CHECK(chinese->periodLabel == u"2026年第3季度"_s);
    REQUIRE(chinese->sections.size() == 10);
    CHECK(chinese->sections[2].title == u"销售目标"_s);
    CHECK(chinese->sections[7].title == u"市场与预测"_s);
    CHECK(dialog.windowTitle() == u"Export Quarterly Report"_s); // the window stays English

    dialog.choose(Period::quarter(2026, 3), u"en"_s, true);
    auto english = dialog.buildDocument();
    REQUIRE(english);
    CHECK(english->sections[2].title == u"Sales targets"_s);
    // Unticking a section leaves it out.
    auto *pipeline = dialog.findChild<QCheckBox *>(u"pipelineCheckBox"_s);
    REQUIRE(pipeline);
    pipeline->setChecked(false);
    auto fewer = dialog.buildDocument();
    REQUIRE(fewer);
    CHECK(fewer->sections.size() == 9);

    TempDir dir;
    const QString pdf = dir.file(u"q3.pdf"_s);
    REQUIRE(dialog.writeTo(pdf, *chinese));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(dialog.suggestedFileName().endsWith(u".pdf"_s));
    QCoreApplication::removeTranslator(translations);
    delete translations;
}

TEST_CASE("Dates read with a four-digit year, in the language's medium form")
{
    const QDate day(2026, 12, 9);
    CHECK(dateText(day, QLocale(QLocale::English, QLocale::UnitedStates)) == u"Dec 9, 2026"_s);
    CHECK(dateText(day, QLocale(QLocale::English, QLocale::UnitedKingdom)) == u"9 Dec 2026"_s);
    CHECK(dateText(day, QLocale(QLocale::Chinese, QLocale::China)) == u"2026/12/9"_s);
    CHECK(dateText(day, QLocale(QLocale::German, QLocale::Germany)) == u"09.12.2026"_s);
    CHECK(dateText(QDate()).isEmpty());
    CHECK(dateTimeText(QDateTime(day, QTime(10, 0)),
                       QLocale(QLocale::English, QLocale::UnitedStates))
                  .startsWith(u"Dec 9, 2026 10:00"_s));
}
