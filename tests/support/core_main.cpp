// Catch2 runner with a QCoreApplication, so Qt's SQL driver and resources are available.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    // The .xls reader is a program of its own, built beside salesdesk (not beside the tests).
    qputenv("SALESDESK_XLS_READER", SALESDESK_XLS_READER_PATH);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTests"));
    return Catch::Session().run(argc, argv);
}
