#include "app/guiapp.h"

#include "core/common/language.h"
#include "ui/common/dialogs.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::app {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"SalesDesk"_s);
    QCoreApplication::setApplicationName(u"salesdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESDESK_VERSION));
}

// The chosen language, or the system's; English is the source language and needs no files.
void installTranslators()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString chosen = ui::PreferencesDialog::language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    // A language without a translation (or the C locale) gets English, plurals included; a
    // report can still be made in any of them (LanguageScope).
    Translations::install(locale.name(), u":/i18n"_s, app);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"SalesDesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/salesdesk.svg"_s));
    QApplication::setDesktopFileName(u"org.salesdesk.SalesDesk"_s);
    installTranslators();

    ui::MainWindow window;
    const QStringList args = QApplication::arguments();
    const QString requested = args.size() > 1 ? args.at(1) : QString();
    if (Database::isServerAddress(requested)) {
        window.openServerBook(requested);
    } else if (!requested.isEmpty()) {
        window.openFile(requested);
    } else if (const QString last = ui::MainWindow::lastFile();
               !last.isEmpty() && QFileInfo::exists(last)) {
        window.openFile(last);
    }
    // Otherwise (the first start) the welcome page: nothing is created until the user asks.
    window.show();
    // "salesdesk BOOK FILE.csv": the book, and the import dialog on the file.
    if (args.size() > 2 && window.hasBook()) {
        const QString file = args.at(2);
        QTimer::singleShot(0, &window, [&window, file] { window.importFile(file); });
    }
    return QApplication::exec();
}

} // namespace salesdesk::app
