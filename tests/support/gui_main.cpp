// Catch2 runner with a QApplication (offscreen platform, set by ctest) for widget tests.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
    // Each run starts from default settings (window page, recent files, column layout).
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
