// Catch2 runner with a QApplication (offscreen platform, set by ctest) for widget tests.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    // The .xls reader is a program of its own, built beside salesdesk (not beside the tests).
    qputenv("SALESDESK_XLS_READER", SALESDESK_XLS_READER_PATH);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
    // Each run starts from default settings (window page, recent files, column layout), in a
    // folder of its own: ctest runs test cases side by side, and one that leaves the Customers
    // page current must not decide which page another opens on.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
