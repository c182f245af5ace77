#include "app/cli/clicommon.h"
#include "core/currency/currencyservice.h"
#include "core/pipeline/pipelineservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runFunnel(const QStringList &arguments)
{
    Command cmd(u"funnel"_s,
                Cli::tr("Stage-to-stage conversion and average days in each stage of the "
                        "deals created in a date range, and the bottleneck stage."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"from"_s, Cli::tr("First creation date (inclusive)."), u"DATE"_s});
    cmd.addOption({u"to"_s, Cli::tr("Last creation date (inclusive)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    QDate from;
    QDate to;
    for (auto [option, date] : {std::pair {u"from"_s, &from}, std::pair {u"to"_s, &to}}) {
        if (cmd.isSet(option)) {
            auto parsed = parseDate(cmd.value(option), option);
            if (!parsed) {
                return fail(parsed.error());
            }
            *date = *parsed;
        }
    }
    if (from.isValid() && to.isValid() && to < from) {
        return usage(Cli::tr("--to is before --from."));
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto report = (*book)->pipeline().funnel(from, to);
    if (!report) {
        return fail(report.error());
    }
    const QString bottleneck
            = report->bottleneck >= 0 ? report->stages.at(report->bottleneck).name : QString();
    if (cmd.json()) {
        QJsonArray stages;
        for (const auto &s : report->stages) {
            stages.append(QJsonObject {{u"name"_s, s.name},
                                       {u"entered"_s, s.entered},
                                       {u"advanced"_s, s.advanced},
                                       {u"conversion"_s, s.conversion},
                                       {u"avg_days"_s, s.avgDays},
                                       {u"value_minor"_s, double(s.value)}});
        }
        printJson({{u"currency"_s, (*book)->currencies().home()},
                   {u"stages"_s, stages},
                   {u"deals"_s, report->deals},
                   {u"won"_s, report->won},
                   {u"lost"_s, report->lost},
                   {u"win_rate"_s, report->winRate},
                   {u"bottleneck"_s, bottleneck.isEmpty() ? QJsonValue() : bottleneck}});
        return Ok;
    }
    using T = TextTable;
    TextTable table({{Cli::tr("stage"), T::Left, 30},
                     {Cli::tr("entered"), T::Right},
                     {Cli::tr("advanced"), T::Right},
                     {Cli::tr("conversion"), T::Right},
                     {Cli::tr("avg days"), T::Right},
                     {Cli::tr("value"), T::Right}});
    const QLocale locale = cliLocale();
    const QString home = (*book)->currencies().home();
    for (const auto &s : report->stages) {
        table.addRow({s.name, locale.toString(s.entered), locale.toString(s.advanced),
                      locale.toString(s.conversion * 100, 'f', 1) + u" %"_s,
                      locale.toString(s.avgDays, 'f', 1), money(s.value, home)});
    }
    printTable(table);
    printLine(Cli::tr("%1 deals, %2 won, %3 lost, win rate %4 %, bottleneck: %5")
                      .arg(report->deals)
                      .arg(report->won)
                      .arg(report->lost)
                      .arg(report->winRate * 100, 0, 'f', 1)
                      .arg(bottleneck.isEmpty() ? u"–"_s : bottleneck));
    return Ok;
}

} // namespace salesdesk::cli
