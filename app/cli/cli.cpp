#include "app/cli/cli.h"

#include "app/cli/clicommon.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

struct Entry
{
    QString name;
    int (*run)(const QStringList &);
    const char *summary; // translated when shown
};

const QList<Entry> &commands()
{
    static const QList<Entry> list = {
            {u"new"_s, &runNew, QT_TRANSLATE_NOOP("Cli", "Create an empty company data file")},
            {u"demo"_s, &runDemo, QT_TRANSLATE_NOOP("Cli", "Write a realistic demo company")},
            {u"check"_s, &runCheck, QT_TRANSLATE_NOOP("Cli", "Check a data file's integrity")},
            {u"backup"_s, &runBackup,
             QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of a data file")},
            {u"copy"_s, &runCopy,
             QT_TRANSLATE_NOOP("Cli", "Copy a whole book to a team server (or from one)")},
            {u"users"_s, &runUsers,
             QT_TRANSLATE_NOOP("Cli", "The people of a team book and their roles (users "
                                      "add|list)")},
            {u"deals"_s, &runDeals,
             QT_TRANSLATE_NOOP("Cli", "List, add, move, split and reverse deals "
                                      "(deals list|add|move|split|reverse)")},
            {u"targets"_s, &runTargets,
             QT_TRANSLATE_NOOP("Cli", "Sales targets (targets add|split|adjust|list|progress)")},
            {u"import"_s, &runImport,
             QT_TRANSLATE_NOOP("Cli", "Import customers, contacts, deals or activities from CSV")},
            {u"export"_s, &runExport,
             QT_TRANSLATE_NOOP("Cli", "Export customers, contacts, deals or activities")},
            {u"customers"_s, &runCustomers,
             QT_TRANSLATE_NOOP("Cli", "Customers: list, archive, restore")},
            {u"segments"_s, &runSegments,
             QT_TRANSLATE_NOOP("Cli", "Customer segments: high-value, potential, general")},
            {u"followups"_s, &runFollowUps,
             QT_TRANSLATE_NOOP("Cli", "Customers due for a contact (communication plans)")},
            {u"calendar"_s, &runCalendar,
             QT_TRANSLATE_NOOP("Cli", "Activities and key dates as an iCalendar file")},
            {u"kpi"_s, &runKpi,
             QT_TRANSLATE_NOOP("Cli", "Every figure of a period, with a comparison")},
            {u"report"_s, &runReport,
             QT_TRANSLATE_NOOP("Cli", "The quarterly report as PDF or Excel")},
            {u"funnel"_s, &runFunnel,
             QT_TRANSLATE_NOOP("Cli", "Stage conversion, dwell times and the bottleneck")},
            {u"competitors"_s, &runCompetitors,
             QT_TRANSLATE_NOOP("Cli", "Competitors and how we fare against them (competitors "
                                      "[add])")},
            {u"market"_s, &runMarket,
             QT_TRANSLATE_NOOP("Cli", "Market size and our share of it (market size|share|"
                                      "trend)")},
            {u"forecast"_s, &runForecast,
             QT_TRANSLATE_NOOP("Cli", "Statistical forecasts of the book or of a CSV series")},
            {u"evaluate"_s, &runEvaluate,
             QT_TRANSLATE_NOOP("Cli", "Performance evaluation: scorecards, grades and ranks "
                                      "(evaluate [rate|reopen|templates])")},
            {u"measures"_s, &runMeasures,
             QT_TRANSLATE_NOOP("Cli", "Improvement measures and their status (measures "
                                      "[list|add|status|effect])")},
            {u"team"_s, &runTeam,
             QT_TRANSLATE_NOOP("Cli", "The sales team: hand a rep's work over (team reassign)")},
            {u"training"_s, &runTraining,
             QT_TRANSLATE_NOOP("Cli", "Training programs and their effect (training add|enroll|"
                                      "effect|list)")},
            {u"commission"_s, &runCommission,
             QT_TRANSLATE_NOOP("Cli", "Incentive plans and commission statements (commission "
                                      "plans add|list; commission --period P [--settle])")},
            {u"rates"_s, &runRates,
             QT_TRANSLATE_NOOP("Cli", "Exchange rates to the home currency (rates set|list)")},
            {u"settings"_s, &runSettings,
             QT_TRANSLATE_NOOP("Cli", "The book's settings: thresholds, rules, cadences")},
    };
    return list;
}

QString overview()
{
    QString text = Cli::tr("SalesDesk %1 — offline sales strategy for small businesses.\n\n"
                           "Usage:\n"
                           "  salesdesk [FILE.salesdesk]          start the app (on FILE)\n"
                           "  salesdesk COMMAND [OPTIONS]         run a command headless\n\n"
                           "Commands:\n")
                           .arg(QCoreApplication::applicationVersion());
    for (const auto &c : commands()) {
        text += u"  %1 %2\n"_s.arg(c.name.leftJustified(10), Cli::tr(c.summary));
    }
    text += Cli::tr("\nRun “salesdesk COMMAND --help” for a command's options.\n"
                    "Exit codes: 0 success, 1 wrong usage, 2 bad data or file, 3 internal error.");
    return text;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString &first = arguments.at(1);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v"
        || first == u"help") {
        return true;
    }
    return std::any_of(commands().cbegin(), commands().cend(),
                       [&](const Entry &e) { return e.name == first; });
}

bool drawsPages(const QStringList &arguments)
{
    return arguments.value(1) == u"report"_s;
}

GuiRefusal refuseGui(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (!first.isEmpty() && !first.startsWith(u'-') && !QFileInfo::exists(first)
        && !Database::isServerAddress(first)) {
        // "segmnets" is a mistyped command; "books/shop.salesdesk" a file that is not there.
        const bool looksLikeFile
                = first.contains(u'/') || first.contains(u'\\') || first.contains(u'.');
        return looksLikeFile ? GuiRefusal::NoSuchFile : GuiRefusal::UnknownCommand;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The platform the window would use: "-platform NAME", QT_QPA_PLATFORM, or the desktop's.
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == u"-platform" || arguments[i] == u"--platform") {
            platform = arguments[i + 1];
        }
    }
    const bool x11 = qEnvironmentVariableIsSet("DISPLAY");
    const bool wayland = qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if ((platform.isEmpty() && !x11 && !wayland) || (platform.startsWith(u"xcb"_s) && !x11)
        || (platform.startsWith(u"wayland"_s) && !wayland)) {
        return GuiRefusal::NoDisplay;
    }
#endif
    return GuiRefusal::None;
}

int explainGuiRefusal(GuiRefusal refusal, const QStringList &arguments)
{
    const QString first = arguments.value(1);
    switch (refusal) {
    case GuiRefusal::UnknownCommand: {
        QStringList names;
        for (const auto &c : commands()) {
            names.append(c.name);
        }
        const QString guess = nearest(first, names);
        return usage(
                guess.isEmpty()
                        ? Cli::tr("unknown command “%1”; run “salesdesk --help”.").arg(first)
                        : Cli::tr("unknown command “%1”; did you mean “%2”?").arg(first, guess));
    }
    case GuiRefusal::NoSuchFile:
        printError(Cli::tr("salesdesk: there is no file “%1”. Create a company with “salesdesk "
                           "new FILE”, or start SalesDesk without a file.")
                           .arg(first));
        return DataError;
    case GuiRefusal::NoDisplay:
        printError(Cli::tr("salesdesk: there is no display to show the window on (neither "
                           "DISPLAY nor WAYLAND_DISPLAY is set). The commands work without one: "
                           "“salesdesk --help” lists them."));
        return UsageError;
    case GuiRefusal::None:
        break;
    }
    return Ok;
}

int run(const QStringList &arguments)
{
    const QString &first = arguments.at(1);
    if (first == u"--version" || first == u"-v") {
        printLine(u"salesdesk "_s + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printLine(overview());
        return Ok;
    }
    for (const auto &c : commands()) {
        if (c.name == first) {
            return c.run(arguments.mid(2));
        }
    }
    return usage(Cli::tr("unknown command “%1”; run “salesdesk --help”.").arg(first));
}

} // namespace salesdesk::cli
