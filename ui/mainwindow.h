#pragma once

#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QThread;
class QTabWidget;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

class PipelinePage;
class DashboardPage;
class TargetsPage;
class TeamPage;
class MarketPage;
class PerformancePage;
class CustomersPage;
class BackupKeeper;
class UndoStack;
class ReminderWatcher;
class UserGuideWindow;
class WelcomePage;

// The window: the menus, the open book and its pages. Knows the pages, not their insides.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or, with create, creates) a data file; shows a dialog and returns false on error.
    // Opens a company file, or with `create` makes a new one (with `options`: its name and
    // home currency).
    bool openFile(const QString &path, bool create = false,
                  const Database::CreateOptions &options = {});
    // Opens a book on a team server, asking for the password when the server wants one.
    bool openServerBook(const QString &address);
    bool createCompany(const QString &path, const QString &name, const QString &currency);
    // Opens the demo company, writing it the first time.
    void openDemoCompany();
    void closeFile();
    // Writes a demo company of `deals` deals to `path` with a cancellable progress dialog (the
    // work runs on a worker thread) and opens it.
    bool createDemoFile(const QString &path, int deals);
    bool hasBook() const { return m_book != nullptr; }
    WelcomePage *welcomePage() const { return m_welcome; }
    Book *book() const { return m_book.get(); }
    // The clock books are opened with: the system's, or a fixed day for tests.
    void setClock(const Clock &clock) { m_clock = clock; }
    PipelinePage *pipelinePage() const { return m_pipelinePage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    TargetsPage *targetsPage() const { return m_targetsPage; }
    CustomersPage *customersPage() const { return m_customersPage; }
    TeamPage *teamPage() const { return m_teamPage; }
    MarketPage *marketPage() const { return m_marketPage; }
    PerformancePage *performancePage() const { return m_performancePage; }
    UndoStack *undoStack() const { return m_undoStack; }
    QAction *importAction() const { return m_importAction; }
    // Opens the import dialog, on `path` when given.
    void importFile(const QString &path = {});
    // File › Export Calendar: the coming year's activities and key dates as an .ics file.
    void exportCalendar();
    // File › Restore from Backup: the book's rotating backups; the one chosen is opened as a
    // copy under a name the user gives.
    void restoreFromBackup();
    BackupKeeper *backups() const { return m_backups; }
    // Help › User Guide.
    void showUserGuide();
    // A reminder (an activity falling due, a key date coming up) shown to the user.
    void showReminder(const QString &title, const QString &text);

    static QString lastFile();
    // Waits for this week's pipeline forecast being computed for the open book, if it is, and
    // keeps it (closing the book does the same).
    void waitForForecastSnapshot();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // This week's pipeline forecast of the running quarter, kept once a week so that after the
    // quarter the calls can be set against the outcome (salesdesk forecast accuracy): computed
    // on a thread of its own from a read-only connection (seconds at a million deals), kept
    // by the window's connection when it comes back for the book still open.
    void keepWeeksForecast();
    void createActions();
    void createMenus();
    void updateTitle();
    void updateRecentMenu();
    void rememberFile(const QString &path);
    // A path for a new company file, or empty (cancelled, or the file exists: said why).
    QString askNewFilePath(const QString &title, const QString &suggestedName);
    // A book this user may only read where it is: offers to save a copy elsewhere and opens
    // the copy (true when it did).
    bool offerCopyOfReadOnly(const QString &path, const QString &refusal);
    void newFile();
    void newDemoFile();
    void openDialog();
    void connectToServer();
    void showBook(std::unique_ptr<Book> book);
    void saveCopy();
    void editProperties();
    void editPreferences();
    void about();

    // A book of version 5 or earlier kept its target statuses on the computer: adopt them.
    void adoptLegacyThresholds();

    Clock m_clock;
    std::unique_ptr<Book> m_book;
    UndoStack *m_undoStack;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QLabel *m_summary;
    QTabWidget *m_pages = nullptr;
    PipelinePage *m_pipelinePage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    TargetsPage *m_targetsPage = nullptr;
    CustomersPage *m_customersPage = nullptr;
    TeamPage *m_teamPage = nullptr;
    MarketPage *m_marketPage = nullptr;
    PerformancePage *m_performancePage = nullptr;

    QAction *m_newAction;
    QAction *m_newDemoAction;
    QAction *m_openAction;
    QAction *m_saveCopyAction;
    QAction *m_connectAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_calendarAction;
    QAction *m_reportAction;
    QAction *m_guideAction;
    QAction *m_shortcutsAction;
    QAction *m_whatsThisAction;
    QPointer<UserGuideWindow> m_guide;
    ReminderWatcher *m_reminders = nullptr;
    BackupKeeper *m_backups = nullptr;
    QPointer<QThread> m_forecastThread;
    QAction *m_restoreAction;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_propertiesAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_preferencesAction;
    QAction *m_aboutAction;
    QMenu *m_recentMenu;
    QMenu *m_customerMenu = nullptr;
    QMenu *m_teamMenu = nullptr;
    QMenu *m_marketMenu = nullptr;
    QMenu *m_performanceMenu = nullptr;
    QMenu *m_dealMenu;
    QMenu *m_targetMenu;
    QMenu *m_viewMenu;
};

} // namespace salesdesk::ui
