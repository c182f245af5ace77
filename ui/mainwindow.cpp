#include "ui/mainwindow.h"

#include "core/book/book.h"
#include "core/book/settings.h"
#include "core/currency/currencyservice.h"
#include "core/demo/demogenerator.h"
#include "core/exchange/calendar.h"
#include "core/forecast/pipelineforecast.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/database.h"
#include "core/targets/targetservice.h"
#include "ui/commands/customercommands.h"
#include "ui/commands/undostack.h"
#include "ui/common/backupkeeper.h"
#include "ui/common/dialogs.h"
#include "ui/common/helpwindows.h"
#include "ui/common/keychain.h"
#include "ui/common/reminderwatcher.h"
#include "ui/common/restoredialog.h"
#include "ui/common/settings.h"
#include "ui/common/welcomepage.h"
#include "ui/customers/customerspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/exchange/exportdialog.h"
#include "ui/exchange/importdialog.h"
#include "ui/market/marketpage.h"
#include "ui/performance/performancepage.h"
#include "ui/pipeline/pipelinepage.h"
#include "ui/report/reportdialog.h"
#include "ui/targets/targetspage.h"
#include "ui/team/teampage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const SettingValue<QStringList> recentFiles {u"files/recent"_s, QStringList()};
const SettingValue<QByteArray> windowGeometry {u"window/geometry"_s, QByteArray()};
// The sales process is what the owner opens every day: it is the first page shown.
// The tab last shown, by its objectName (an index would move when a tab is added).
const SettingValue<QString> lastPage {u"window/pageName"_s, u"dashboardPage"_s};
constexpr int MaxRecentFiles = 8;

QString fileFilter()
{
    return QCoreApplication::translate("salesdesk::ui::MainWindow",
                                       "SalesDesk data files (*.salesdesk)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    m_undoStack = new UndoStack(this);
    // An undo or redo that the file refused is said in the window, not only in the log.
    connect(m_undoStack, &UndoStack::replayFailed, this,
            [this](const QString &command, const QString &message) {
                statusBar()->showMessage(tr("“%1” could not be undone or redone.").arg(command),
                                         15000);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo Failed"),
                                            tr("“%1” could not be undone or redone: %2\n\nThe "
                                               "file keeps what was saved before; check the "
                                               "figures before going on.")
                                                    .arg(command, message),
                                            QMessageBox::Ok, this);
                box->setObjectName(u"replayFailedMessageBox"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    m_stack = new QStackedWidget;
    setCentralWidget(m_stack);

    // Shown while no book is open: start a company, open one, try the demo.
    m_welcome = new WelcomePage;
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::createRequested, this,
            [this](const QString &path, const QString &name, const QString &currency) {
                createCompany(path, name, currency);
            });
    connect(m_welcome, &WelcomePage::createAndImportRequested, this,
            [this](const QString &path, const QString &name, const QString &currency) {
                if (createCompany(path, name, currency)) {
                    importFile();
                }
            });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::openFileRequested, this,
            [this](const QString &path) { openFile(path); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoCompany);

    createActions();
    createMenus();
    updateTitle();
    updateRecentMenu();
    m_summary = new QLabel;
    m_summary->setObjectName(u"pipelineSummaryLabel"_s);
    // Apart from a message on its left, which the status bar cuts where the summary begins.
    m_summary->setContentsMargins(24, 0, 4, 0);
    m_summary->setToolTip(PipelineText::summaryExplained());
    m_summary->setWhatsThis(PipelineText::summaryExplained());
    statusBar()->addPermanentWidget(m_summary);
    if (!restoreGeometry(windowGeometry.get())) {
        // First start: the whole screen, since the Board wants width.
        const QRect screen = QGuiApplication::primaryScreen()
                                     ? QGuiApplication::primaryScreen()->availableGeometry()
                                     : QRect(0, 0, 1440, 900);
        setGeometry(screen);
        setWindowState(Qt::WindowMaximized);
    }
}

MainWindow::~MainWindow()
{
    closeFile();
}

QString MainWindow::lastFile()
{
    return recentFiles.get().value(0);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Company File…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_newDemoAction = new QAction(tr("New &Demo Company…"), this);
    m_newDemoAction->setObjectName(u"newDemoAction"_s);
    m_newDemoAction->setStatusTip(tr("Try SalesDesk on a made-up company with a few years of "
                                     "deals"));
    connect(m_newDemoAction, &QAction::triggered, this, &MainWindow::newDemoFile);
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_connectAction = new QAction(tr("Connect to &Team Server…"), this);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_connectAction->setStatusTip(tr("Open the company book your team shares on a PostgreSQL "
                                     "server"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    m_saveCopyAction = new QAction(tr("Save a &Copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_restoreAction = new QAction(tr("&Restore from Backup…"), this);
    m_restoreAction->setObjectName(u"restoreAction"_s);
    m_restoreAction->setStatusTip(tr("Open one of the copies SalesDesk keeps of this file each "
                                     "day"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(u"importAction"_s);
    m_importAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_importAction->setStatusTip(tr("Import customers, contacts, deals or activities from a "
                                    "spreadsheet or another CRM"));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_exportAction->setStatusTip(tr("Export customers, contacts, deals or activities to CSV "
                                    "or Excel"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (hasBook() && exportTable(this, *m_book)) {
            statusBar()->showMessage(tr("Exported."), 5000);
        }
    });
    m_calendarAction = new QAction(tr("Export &Calendar…"), this);
    m_calendarAction->setObjectName(u"exportCalendarAction"_s);
    m_calendarAction->setStatusTip(tr("Write the open activities and the customers' key dates of "
                                      "the coming year as a calendar file for Outlook, "
                                      "Thunderbird or a phone"));
    connect(m_calendarAction, &QAction::triggered, this, &MainWindow::exportCalendar);
    m_reportAction = new QAction(tr("Export Q&uarterly Report…"), this);
    m_reportAction->setObjectName(u"exportReportAction"_s);
    m_reportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_reportAction->setStatusTip(tr("The quarter's figures, targets, funnel, customers and reps "
                                    "as a PDF to hand over or an Excel workbook"));
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (!hasBook()) {
            return;
        }
        ReportDialog dialog(*m_book, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("Wrote %1.")
                                             .arg(QDir::toNativeSeparators(
                                                     dialog.property("writtenPath").toString())),
                                     10000);
        }
    });
    m_propertiesAction = new QAction(tr("P&roperties…"), this);
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::editProperties);
    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeFile);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
    m_guideAction = new QAction(tr("SalesDesk &User Guide"), this);
    m_guideAction->setObjectName(u"userGuideAction"_s);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    m_whatsThisAction = QWhatsThis::createAction(this);
    m_whatsThisAction->setText(tr("&What's This?"));
    m_whatsThisAction->setObjectName(u"whatsThisAction"_s);
    m_aboutAction = new QAction(tr("&About SalesDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newDemoAction);
    file->addAction(m_openAction);
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addAction(m_saveCopyAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_calendarAction);
    file->addAction(m_reportAction);
    file->addSeparator();
    file->addAction(m_propertiesAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_targetMenu = menuBar()->addMenu(tr("&Targets"));
    m_dealMenu = menuBar()->addMenu(tr("&Pipeline"));
    m_teamMenu = menuBar()->addMenu(tr("T&eam"));
    m_teamMenu->setObjectName(u"teamMenu"_s);
    m_customerMenu = menuBar()->addMenu(tr("&Customers"));
    m_marketMenu = menuBar()->addMenu(tr("&Market"));
    m_marketMenu->setObjectName(u"marketMenu"_s);
    m_performanceMenu = menuBar()->addMenu(tr("Pe&rformance"));
    m_performanceMenu->setObjectName(u"performanceMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(m_guideAction);
    help->addAction(m_shortcutsAction);
    help->addAction(m_whatsThisAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::exportCalendar()
{
    if (!hasBook()) {
        return;
    }
    // The coming year: what a calendar on a phone is for.
    const QDate from = m_book->clock().today();
    const QDate to = from.addYears(1).addDays(-1);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(
            WelcomePage::fileNameFor(tr("%1 calendar").arg(m_book->companyName()))
                    .replace(u".salesdesk"_s, u".ics"_s));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), suggested,
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".ics"_s, Qt::CaseInsensitive)) {
        path += u".ics"_s;
    }
    auto calendar = CalendarExport::build(*m_book, from, to);
    Status written = calendar ? calendar->write(path) : Status(calendar.error());
    if (!written) {
        QMessageBox::warning(this, tr("Calendar Not Exported"), written.message());
        return;
    }
    const QLocale locale;
    statusBar()->showMessage(tr("Wrote %1: %2 activities and %3 key dates from %4 to %5.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(calendar->activities)
                                     .arg(calendar->keyDates)
                                     .arg(dateText(from, locale), dateText(to, locale)),
                             10000);
}

void MainWindow::importFile(const QString &path)
{
    if (!hasBook()) {
        return;
    }
    ImportDialog dialog(*m_book, m_undoStack, this);
    if (!path.isEmpty()) {
        // Read once the dialog shows: a large workbook takes seconds, said over the dialog.
        QTimer::singleShot(0, &dialog, [&dialog, path] { dialog.loadFile(path); });
    }
    dialog.exec();
}

void MainWindow::updateTitle()
{
    const bool open = hasBook();
    for (auto *a : {m_saveCopyAction, m_restoreAction, m_importAction, m_exportAction,
                    m_calendarAction, m_reportAction, m_propertiesAction, m_closeAction}) {
        a->setEnabled(open);
    }
    m_viewMenu->menuAction()->setVisible(open);
    m_targetMenu->menuAction()->setVisible(open);
    m_dealMenu->menuAction()->setVisible(open);
    m_teamMenu->menuAction()->setVisible(open);
    m_customerMenu->menuAction()->setVisible(open);
    m_marketMenu->menuAction()->setVisible(open);
    m_performanceMenu->menuAction()->setVisible(open);
    if (!open) {
        setWindowTitle(tr("SalesDesk"));
        setWindowFilePath(QString());
        return;
    }
    const QString path = m_book->path();
    m_restoreAction->setEnabled(m_backups != nullptr); // a server keeps its own backups
    setWindowTitle(tr("%1 — %2 — SalesDesk")
                           .arg(m_book->companyName(), Database::isServerAddress(path)
                                                               ? path
                                                               : QDir::toNativeSeparators(path)));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles.get();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *a = m_recentMenu->addAction(
                u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] {
            if (Database::isServerAddress(path)) {
                openServerBook(path);
            } else {
                openFile(path);
            }
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            recentFiles.set({});
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::rememberFile(const QString &path)
{
    QStringList files = recentFiles.get();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    recentFiles.set(files);
    updateRecentMenu();
}

bool MainWindow::createCompany(const QString &path, const QString &name, const QString &currency)
{
    if (!openFile(path, true, {name, currency, {}})) {
        return false;
    }
    // A year that does not start in January, as chosen on the welcome page.
    if (const int month = m_welcome->yearStartMonth(); month != 1) {
        if (auto st
            = m_book->settings().set({{TargetService::yearStartKey(), QString::number(month)}});
            !st) {
            QMessageBox::warning(this, tr("Cannot Create File"), st.message());
        }
    }
    return true;
}

void MainWindow::openDemoCompany()
{
    // The demo lives apart from the user's own companies, and is made once.
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(tr("Demo company") + u".salesdesk"_s);
    if (QFileInfo::exists(path)) {
        openFile(path);
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
        createDemoFile(path, 3000);
    }
}

bool MainWindow::openFile(const QString &path, bool create, const Database::CreateOptions &options)
{
    const bool onServer = Database::isServerAddress(path);
    const QString absolute = onServer ? path : QFileInfo(path).absoluteFilePath();
    if (hasBook() && m_book->path() == absolute) {
        return true;
    }
    auto opened = create ? Book::create(absolute, options, m_clock)
                         : Book::open(absolute, Database::Access::ReadWrite, m_clock);
    if (!opened && !create && !onServer && Book::readOnlyHere(absolute)) {
        return offerCopyOfReadOnly(absolute, opened.message());
    }
    if (!opened) {
        QMessageBox::warning(this, create ? tr("Cannot Create File") : tr("Cannot Open File"),
                             opened.message());
        if (!hasBook()) {
            m_welcome->setMessage(opened.message());
        }
        return false;
    }
    showBook(std::move(opened).value());
    return true;
}

void MainWindow::showBook(std::unique_ptr<Book> book)
{
    const bool onServer = Database::isServerAddress(book->path());
    closeFile();
    m_book = std::move(book);
    const QString backup = m_book->database().migrationBackupPath();
    // The book's pages: the dashboard, then the method in its order, targets first.
    m_pages = new QTabWidget;
    m_pages->setObjectName(u"pagesTabWidget"_s);
    m_dashboardPage = new DashboardPage(*m_book);
    m_targetsPage = new TargetsPage(*m_book, m_undoStack);
    m_targetsPage->setObjectName(u"targetsPage"_s);
    m_pipelinePage = new PipelinePage(*m_book, m_undoStack);
    m_pipelinePage->setObjectName(u"pipelinePage"_s);
    m_pages->addTab(m_dashboardPage, tr("Dashboard"));
    m_pages->addTab(m_targetsPage, tr("Sales targets"));
    m_pages->addTab(m_pipelinePage, tr("Sales process"));
    m_teamPage = new TeamPage(*m_book, m_undoStack);
    m_teamPage->setObjectName(u"teamPage"_s);
    m_pages->addTab(m_teamPage, tr("Sales team"));
    m_customersPage = new CustomersPage(*m_book, m_undoStack);
    m_customersPage->setObjectName(u"customersPage"_s);
    m_pages->addTab(m_customersPage, tr("Customers"));
    m_marketPage = new MarketPage(*m_book, m_undoStack);
    m_marketPage->setObjectName(u"marketPage"_s);
    m_pages->addTab(m_marketPage, tr("Market"));
    m_performancePage = new PerformancePage(*m_book, m_undoStack);
    m_performancePage->setObjectName(u"performancePage"_s);
    m_pages->addTab(m_performancePage, tr("Performance"));
    if (QWidget *last = m_pages->findChild<QWidget *>(lastPage.get())) {
        m_pages->setCurrentWidget(last);
    }
    connect(m_pages, &QTabWidget::currentChanged, this,
            [this](int index) { lastPage.set(m_pages->widget(index)->objectName()); });
    // A figure's deals on the List, and back.
    connect(m_dashboardPage, &DashboardPage::drillDown, this,
            [this](const QList<qint64> &ids, const QString &what) {
                m_pages->setCurrentWidget(m_pipelinePage);
                m_pipelinePage->showDeals(ids, what);
            });
    connect(m_dashboardPage, &DashboardPage::activitiesRequested, this, [this] {
        m_pages->setCurrentWidget(m_pipelinePage);
        m_pipelinePage->showView(PipelinePage::ActivitiesTab);
    });
    connect(m_pipelinePage, &PipelinePage::backRequested, this,
            [this] { m_pages->setCurrentWidget(m_dashboardPage); });
    m_stack->addWidget(m_pages);
    m_stack->setCurrentWidget(m_pages);
    connect(m_pipelinePage, &PipelinePage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_pipelinePage, &PipelinePage::summaryChanged, m_summary, &QLabel::setText);
    m_pipelinePage->setImportAction(m_importAction);
    m_customersPage->setImportAction(m_importAction);
    connect(&m_book->settings(), &BookSettings::changed, this, &MainWindow::updateTitle);

    m_targetMenu->clear();
    for (auto *a : m_targetsPage->targetActions()) {
        m_targetMenu->addAction(a);
    }
    m_dealMenu->clear();
    for (auto *a : m_pipelinePage->dealActions()) {
        m_dealMenu->addAction(a);
    }
    m_dealMenu->addSeparator();
    m_dealMenu->addAction(m_pipelinePage->findAction());
    m_teamMenu->clear();
    for (auto *a : m_teamPage->teamActions()) {
        if (!a) {
            m_teamMenu->addSeparator();
            continue;
        }
        m_teamMenu->addAction(a);
    }
    m_customerMenu->clear();
    for (auto *a : m_customersPage->customerActions()) {
        m_customerMenu->addAction(a);
    }
    m_marketMenu->clear();
    for (auto *a : m_marketPage->marketActions()) {
        m_marketMenu->addAction(a);
        connect(a, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_marketPage); });
    }
    m_marketMenu->addSeparator();
    m_marketMenu->addAction(tr("&Forecast"), this, [this] {
        m_pages->setCurrentWidget(m_marketPage);
        m_marketPage->showView(MarketPage::ForecastTab);
    });
    m_marketMenu->addAction(tr("&SWOT Analysis"), this, [this] {
        m_pages->setCurrentWidget(m_marketPage);
        m_marketPage->showView(MarketPage::SwotTab);
    });
    m_performanceMenu->clear();
    for (auto *a : m_performancePage->performanceActions()) {
        if (!a) {
            m_performanceMenu->addSeparator();
            continue;
        }
        m_performanceMenu->addAction(a);
        connect(a, &QAction::triggered, this,
                [this] { m_pages->setCurrentWidget(m_performancePage); });
    }
    m_customerMenu->addSeparator();
    m_customerMenu->addAction(tr("&Follow-ups"), this, [this] {
        m_pages->setCurrentWidget(m_customersPage);
        m_customersPage->showView(1);
    });
    m_dealMenu->addAction(m_pipelinePage->manageStagesAction());
    m_viewMenu->clear();
    auto *showDashboard = m_viewMenu->addAction(
            tr("&Dashboard"), this, [this] { m_pages->setCurrentWidget(m_dashboardPage); });
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    auto *showTargets = m_viewMenu->addAction(tr("Sales &Targets"), this,
                                              [this] { m_pages->setCurrentWidget(m_targetsPage); });
    showTargets->setShortcut(QKeySequence(Qt::Key_F2));
    auto *showProcess = m_viewMenu->addAction(
            tr("Sales &Process"), this, [this] { m_pages->setCurrentWidget(m_pipelinePage); });
    showProcess->setShortcut(QKeySequence(Qt::Key_F3));
    auto *showTeam = m_viewMenu->addAction(tr("Sales T&eam"), this,
                                           [this] { m_pages->setCurrentWidget(m_teamPage); });
    showTeam->setShortcut(QKeySequence(Qt::Key_F4));
    auto *showCustomers = m_viewMenu->addAction(
            tr("&Customers"), this, [this] { m_pages->setCurrentWidget(m_customersPage); });
    showCustomers->setShortcut(QKeySequence(Qt::Key_F5));
    auto *showMarket = m_viewMenu->addAction(tr("&Market"), this,
                                             [this] { m_pages->setCurrentWidget(m_marketPage); });
    showMarket->setShortcut(QKeySequence(Qt::Key_F6));
    auto *showPerformance = m_viewMenu->addAction(
            tr("Pe&rformance"), this, [this] { m_pages->setCurrentWidget(m_performancePage); });
    showPerformance->setShortcut(QKeySequence(Qt::Key_F7));
    m_viewMenu->addSeparator();
    for (auto *a : m_pipelinePage->viewActions()) {
        m_viewMenu->addAction(a);
        connect(a, &QAction::triggered, this,
                [this] { m_pages->setCurrentWidget(m_pipelinePage); });
    }
    keepWeeksForecast();
    rememberFile(m_book->path()); // a server's address without any password
    if (onServer) {
        // What the others on the server change comes in as they save it.
        m_book->followChangesElsewhere();
        connect(m_book.get(), &Book::changedElsewhere, this, [this] {
            statusBar()->showMessage(tr("Updated with changes saved by others."), 5000);
        });
    } else {
        // The day's backup beside the book, again while it changes.
        m_backups = new BackupKeeper(m_book->path(), m_clock, this);
        connect(m_undoStack, &QUndoStack::indexChanged, m_backups, &BackupKeeper::bookChanged);
        connect(m_backups, &BackupKeeper::failed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Could not write the day's backup copy: %1").arg(message),
                                     30000);
        });
    }
    updateTitle();
    m_welcome->setMessage(QString());
    // Reminders while the book is open: a desktop notification, or the status bar and a nudge
    // of the taskbar entry where the desktop has no notification area.
    m_reminders = new ReminderWatcher(*m_book, this);
    connect(m_reminders, &ReminderWatcher::remind, this, &MainWindow::showReminder);
    QTimer::singleShot(3000, m_reminders, &ReminderWatcher::check);
    adoptLegacyThresholds();
    if (auto missing = m_book->currencies().unconvertible(); missing && !missing->isEmpty()) {
        QStringList codes;
        for (const auto &[code, deals] : std::as_const(*missing)) {
            codes.append(tr("%n deal(s) in %1", nullptr, deals).arg(code));
        }
        QMessageBox::information(
                this, tr("Exchange Rates Needed"),
                tr("This book has %1, and no exchange rate to %2 for them: they count for "
                   "nothing in the totals until you enter a rate in Edit › Preferences.")
                        .arg(codes.join(u", "_s), m_book->currencies().home()));
    }
    if (m_book->database().tookOverStaleLock()) {
        statusBar()->showMessage(tr("SalesDesk was not closed properly the last time this file "
                                    "was open; everything saved before then is in it."),
                                 15000);
    }
    if (!backup.isEmpty()) {
        statusBar()->showMessage(
                tr("Updated the file to this version of SalesDesk; the old version is kept as "
                   "%1.")
                        .arg(QDir::toNativeSeparators(backup)),
                15000);
    }
}

void MainWindow::keepWeeksForecast()
{
    const QString path = m_book->path();
    const Clock clock = m_book->clock();
    m_forecastThread = QThread::create([this, path, clock] {
        using Rows = QList<forecast::ForecastSnapshot>;
        const auto due = [&]() -> Result<Rows> {
            auto opened = Book::open(path, Database::Access::ReadOnly, clock);
            if (!opened) {
                return opened.error();
            }
            return (*opened)->pipelineForecast().snapshotDue(clock.today());
        }; // the connection opened and closed on this thread
        const Result<Rows> rows = due();
        // Back on the window's thread; the window waits for this thread before it closes.
        QMetaObject::invokeMethod(
                this,
                [this, path, rows] {
                    if (!m_book || m_book->path() != path) {
                        return; // another book is open now
                    }
                    const Status kept = rows ? m_book->pipelineForecast().keepSnapshot(*rows)
                                             : Status(rows.error());
                    if (!kept) {
                        qWarning("Could not keep the week's forecast: %s",
                                 qPrintable(kept.error().message));
                    }
                },
                Qt::QueuedConnection);
    });
    connect(m_forecastThread, &QThread::finished, m_forecastThread, &QObject::deleteLater);
    m_forecastThread->start(QThread::LowPriority);
}

void MainWindow::waitForForecastSnapshot()
{
    if (m_forecastThread) {
        m_forecastThread->wait();
    }
    // The rows it sent back, kept now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void MainWindow::closeFile()
{
    if (!m_book) {
        return;
    }
    waitForForecastSnapshot(); // kept before the book closes, however soon that is
    // The commands refer to the closing book's services.
    m_undoStack->clear();
    m_dealMenu->clear();
    m_targetMenu->clear();
    m_teamMenu->clear();
    m_marketMenu->clear();
    m_performanceMenu->clear();
    m_viewMenu->clear();
    m_stack->setCurrentWidget(m_welcome);
    delete m_pages; // and the pages in it
    m_pages = nullptr;
    m_pipelinePage = nullptr;
    m_dashboardPage = nullptr;
    m_targetsPage = nullptr;
    m_customersPage = nullptr;
    m_teamPage = nullptr;
    m_marketPage = nullptr;
    m_performancePage = nullptr;
    m_summary->clear();
    delete m_reminders;
    m_reminders = nullptr;
    delete m_backups; // after the copy being written, if one is
    m_backups = nullptr;
    m_book.reset();
    updateTitle();
}

void MainWindow::showReminder(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("SalesDesk"));
            connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
    }
    statusBar()->showMessage(tr("%1 — %2").arg(title, text), 30000);
    QApplication::alert(this);
}

QString MainWindow::askNewFilePath(const QString &title, const QString &suggestedName)
{
    const QString dir
            = hasBook() ? QFileInfo(m_book->path()).absolutePath()
                        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(suggestedName),
                                                fileFilter());
    if (path.isEmpty()) {
        return {};
    }
    if (!path.endsWith(u".salesdesk"_s)) {
        path += u".salesdesk"_s;
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Cannot Create File"),
                             tr("“%1” already exists. Choose another name; SalesDesk does not "
                                "overwrite company files.")
                                     .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

bool MainWindow::offerCopyOfReadOnly(const QString &path, const QString &refusal)
{
    const QFileInfo original(path);
    QMessageBox ask(QMessageBox::Information, tr("Read-Only File"),
                    tr("“%1” can only be read here: the file or its folder may not be changed "
                       "(a read-only disk or shared folder, or another user's file).")
                            .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, this);
    ask.setObjectName(u"readOnlyMessageBox"_s);
    ask.setInformativeText(tr("Save a copy in a folder you can write to, and SalesDesk opens the "
                              "copy. The original stays as it is."));
    QPushButton *copy = ask.addButton(tr("Save a Copy and Open It…"), QMessageBox::AcceptRole);
    copy->setObjectName(u"saveCopyButton"_s);
    ask.setDefaultButton(copy);
    ask.exec();
    const auto refuse = [&] {
        if (!hasBook()) {
            m_welcome->setMessage(refusal);
        }
        return false;
    };
    if (ask.clickedButton() != copy) {
        return refuse();
    }
    const QString target = askNewFilePath(
            tr("Save a Copy"),
            tr("%1 copy %2.salesdesk")
                    .arg(original.completeBaseName(), m_clock.today().toString(Qt::ISODate)));
    if (target.isEmpty()) {
        return refuse();
    }
    Status copied;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto source = Book::open(path, Database::Access::ReadOnly, m_clock);
        copied = source ? (*source)->database().backupTo(target) : Status(source.error());
        QApplication::restoreOverrideCursor();
    }
    if (!copied) {
        QMessageBox::warning(this, tr("Cannot Save a Copy"), copied.message());
        return refuse();
    }
    return openFile(target);
}

void MainWindow::newFile()
{
    const QString path = askNewFilePath(tr("New Company File"), tr("New company.salesdesk"));
    if (!path.isEmpty()) {
        openFile(path, true);
    }
}

void MainWindow::newDemoFile()
{
    const QString path = askNewFilePath(tr("New Demo Company"), tr("Demo company.salesdesk"));
    if (path.isEmpty()) {
        return;
    }
    bool ok = false;
    const int deals = QInputDialog::getInt(this, tr("New Demo Company"),
                                           tr("How many deals (over the last three years)?"), 3000,
                                           100, 200000, 1000, &ok);
    if (ok) {
        createDemoFile(path, deals);
    }
}

bool MainWindow::createDemoFile(const QString &path, int deals)
{
    DemoGenerator::Options options;
    options.deals = deals;
    options.asOf = m_clock.today();
    options.language = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;

    // Generation runs on a worker thread with its own connection; the dialog stays live and
    // Cancel stops it (the half-made file is removed).
    QProgressDialog progress(tr("Writing the demo company…"), tr("Cancel"), 0, deals, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled = false;
    Result<DemoGenerator::Summary> result = Error::internal(QString());
    QThread *worker = QThread::create([&] {
        result = DemoGenerator::generate(path, options, [&](int done, int) {
            QMetaObject::invokeMethod(
                    &progress, [&progress, done] { progress.setValue(done); },
                    Qt::QueuedConnection);
            return !cancelled.load();
        });
    });
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancelled = true; });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    delete worker;
    progress.reset();
    if (!result) {
        if (!cancelled) {
            QMessageBox::warning(this, tr("New Demo Company"), result.message());
        }
        return false;
    }
    return openFile(path);
}

void MainWindow::connectToServer()
{
    // The last server opened, else the form of an address.
    QString address;
    for (const QString &recent : recentFiles.get()) {
        if (Database::isServerAddress(recent)) {
            address = recent;
            break;
        }
    }
    bool ok = false;
    address = QInputDialog::getText(
                      this, tr("Connect to Team Server"),
                      tr("The address of your team's book, as whoever runs the server gave it "
                         "to you:\npostgresql://your-name@server:5432/database"),
                      QLineEdit::Normal,
                      address.isEmpty() ? u"postgresql://%1@"_s.arg(qEnvironmentVariable("USER"))
                                        : address,
                      &ok)
                      .trimmed();
    if (!ok || address.isEmpty()) {
        return;
    }
    if (!Database::isServerAddress(address)) {
        QMessageBox::warning(
                this, tr("Cannot Connect"),
                tr("“%1” is not a server address: it starts with postgresql://.").arg(address));
        return;
    }
    openServerBook(address);
}

bool MainWindow::openServerBook(const QString &address)
{
    if (hasBook() && m_book->path() == address) {
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Book::open(address, Database::Access::ReadWrite, m_clock);
    QApplication::restoreOverrideCursor();
    const auto needsPassword = [&opened] {
        return !opened && opened.message().contains(u"password"_s, Qt::CaseInsensitive);
    };
    const auto openWith = [&](const QString &password) {
        QUrl url(address);
        // Encoded: a password may hold any character ("@", "/", a space…).
        url.setPassword(password, QUrl::DecodedMode);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = Book::open(url.toString(QUrl::FullyEncoded), Database::Access::ReadWrite, m_clock);
        QApplication::restoreOverrideCursor();
    };
    // The password kept in the desktop's keychain, if any (never in SalesDesk's files), then
    // asked for, and kept there again if the user wants.
    bool kept = false;
    if (needsPassword()) {
        if (const auto stored = keychain::password(address)) {
            kept = true;
            openWith(*stored);
        }
    }
    if (needsPassword()) {
        bool remember = true;
        const QUrl url(address);
        const auto typed = askServerPassword(this, url.userName(), url.host(), &remember);
        if (!typed) {
            return false;
        }
        openWith(*typed);
        if (opened && remember) {
            QString error;
            if (!keychain::keep(address, *typed, &error)) {
                statusBar()->showMessage(
                        tr("The password could not be kept in the desktop's keychain: %1")
                                .arg(error),
                        8000);
            }
        } else if (opened && kept) {
            keychain::forget(address);
        }
    }
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot Connect"), opened.message());
        if (!hasBook()) {
            m_welcome->setMessage(opened.message());
        }
        return false;
    }
    showBook(std::move(opened).value());
    return true;
}

void MainWindow::openDialog()
{
    const QString last = lastFile();
    const QString dir = hasBook() && !Database::isServerAddress(m_book->path())
                                ? QFileInfo(m_book->path()).absolutePath()
                        : Database::isServerAddress(last) ? QDir::homePath()
                                                          : QFileInfo(last).absolutePath();
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Company File"), dir, fileFilter());
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::saveCopy()
{
    if (!hasBook()) {
        return;
    }
    // A server's book is copied to a file named after the company, in the home folder.
    const bool onServer = Database::isServerAddress(m_book->path());
    const QFileInfo current(onServer ? QDir::home().filePath(m_book->companyName())
                                     : m_book->path());
    QString path = QFileDialog::getSaveFileName(
            this, tr("Save a Copy"),
            current.absoluteDir().filePath(
                    tr("%1 copy %2.salesdesk")
                            .arg(current.completeBaseName(),
                                 QDate::currentDate().toString(Qt::ISODate))),
            fileFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".salesdesk"_s)) {
        path += u".salesdesk"_s;
    }
    if (auto st = m_book->database().backupTo(path); !st) {
        QMessageBox::warning(this, tr("Cannot Save a Copy"), st.message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreFromBackup()
{
    if (!hasBook() || !m_backups) {
        return;
    }
    RestoreDialog dialog(*m_backups, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty()) {
        return;
    }
    const QString backup = dialog.chosenBackup();
    const QString day = QFileInfo(backup).completeBaseName(); // the backup's day, ISO
    const QString path = askNewFilePath(
            tr("Open a Backup as a Copy"),
            tr("%1 restored %2.salesdesk").arg(QFileInfo(m_book->path()).completeBaseName(), day));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = BackupShelf::copyTo(backup, path); !st) {
        QMessageBox::warning(this, tr("Cannot Restore"), st.message());
        return;
    }
    if (openFile(path)) {
        statusBar()->showMessage(tr("Opened the copy of %1 as %2.")
                                         .arg(dateText(QDate::fromString(day, Qt::ISODate)),
                                              QDir::toNativeSeparators(path)),
                                 15000);
    }
}

void MainWindow::editProperties()
{
    if (!hasBook()) {
        return;
    }
    PropertiesDialog dialog(m_book->companyName(), m_book->currencies().home(),
                            !m_book->currencies().homeChangeable(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QHash<QString, QString> changes;
    if (dialog.companyName() != m_book->companyName()) {
        changes.insert(Book::companyNameKey(), dialog.companyName());
    }
    if (dialog.currency() != m_book->currencies().home()) {
        changes.insert(CurrencyService::homeKey(), dialog.currency());
    }
    if (changes.isEmpty()) {
        return;
    }
    auto command = settingsCommand(*m_book, changes, tr("Change Company Properties"));
    if (!command) {
        QMessageBox::warning(this, tr("Company Properties"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_book.get(), this);
    if (dialog.exec() != QDialog::Accepted || !hasBook()) {
        return;
    }
    const QHash<QString, QString> changes = dialog.settingsChanges();
    const bool both = !changes.isEmpty() && dialog.ratesChanged();
    if (both) {
        m_undoStack->beginMacro(tr("Change Preferences"));
    }
    if (!changes.isEmpty()) {
        auto command = settingsCommand(*m_book, changes, tr("Change Company Settings"));
        if (!command) {
            QMessageBox::warning(this, tr("Settings Not Changed"), command.message());
        } else {
            m_undoStack->push(command.value().release());
        }
    }
    if (dialog.ratesChanged()) {
        auto command = ratesCommand(*m_book, dialog.rates());
        if (!command) {
            QMessageBox::warning(this, tr("Exchange Rates Not Changed"), command.message());
        } else {
            m_undoStack->push(command.value().release());
        }
    }
    if (both) {
        m_undoStack->endMacro();
    }
}

void MainWindow::adoptLegacyThresholds()
{
    const auto legacy = PreferencesDialog::legacyThresholds();
    BookSettings &settings = m_book->settings();
    if (!legacy || settings.isStored(u"targets.on_track_percent"_s)
        || settings.isStored(u"targets.at_risk_percent"_s)) {
        return;
    }
    const auto st = settings.set({{u"targets.on_track_percent"_s, QString::number(legacy->first)},
                                  {u"targets.at_risk_percent"_s, QString::number(legacy->second)}});
    if (st) {
        statusBar()->showMessage(tr("This computer's target statuses (on track from %1 %, at risk "
                                    "from %2 %) are now kept in the company's file.")
                                         .arg(legacy->first)
                                         .arg(legacy->second),
                                 15000);
    }
}

void MainWindow::showUserGuide()
{
    // One guide window, brought forward when it is open already.
    if (!m_guide) {
        m_guide = new UserGuideWindow(this);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SalesDesk"),
                       tr("<h3>SalesDesk %1</h3><p>Offline sales strategy for small businesses: "
                          "targets, pipeline, team, customers, market and performance, in one "
                          "file per company.</p>")
                               .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is already committed; there is nothing to save.
    windowGeometry.set(saveGeometry());
    closeFile();
    event->accept();
}

} // namespace salesdesk::ui
