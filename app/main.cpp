#include "app/cli/cli.h"
#include "app/guiapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

// `run` with an application of the kind it needs, named and speaking the user's language.
template<typename Application, typename Run>
int withApplication(int &argc, char **argv, const Run &run)
{
    Application app(argc, argv);
    salesdesk::app::setApplicationIdentity();
    salesdesk::app::installTranslators();
    return run();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const auto command = [&] {
        return salesdesk::cli::run(arguments);
    };
    if (salesdesk::cli::isCommand(arguments) && salesdesk::cli::drawsPages(arguments)) {
        // Fonts and painting without a display: a scheduled job on a server runs it too.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return withApplication<QGuiApplication>(argc, argv, command);
    }
    if (salesdesk::cli::isCommand(arguments)) {
        // Headless: no display needed, usable from scripts and scheduled jobs.
        return withApplication<QCoreApplication>(argc, argv, command);
    }
    // A typo is not a reason to open a window, and without a display there is none to open.
    if (const auto refusal = salesdesk::cli::refuseGui(arguments);
        refusal != salesdesk::cli::GuiRefusal::None) {
        return withApplication<QCoreApplication>(
                argc, argv, [&] { return salesdesk::cli::explainGuiRefusal(refusal, arguments); });
    }
    return salesdesk::app::runGui(argc, argv);
}
