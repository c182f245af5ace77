// Catch2 runner with a QCoreApplication, so Qt's SQL driver and resources are available.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTests"));
    return Catch::Session().run(argc, argv);
}
