#include "app/cli/clicommon.h"
#include "core/demo/demogenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runDemo(const QStringList &arguments)
{
    Command cmd(u"demo"_s, Cli::tr("Writes a realistic demo company. The same options always write "
                                   "the same content."));
    cmd.addJsonOption();
    cmd.addOption({u"out"_s, Cli::tr("The new data file."), u"FILE"_s});
    cmd.addOption({u"deals"_s, Cli::tr("Number of deals (default 1000)."), u"N"_s, u"1000"_s});
    cmd.addOption({u"seed"_s, Cli::tr("Random seed (default 1)."), u"S"_s, u"1"_s});
    cmd.addOption({u"years"_s, Cli::tr("Years of history (default 3)."), u"Y"_s, u"3"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The demo's today (default: today)."), u"DATE"_s});
    cmd.addOption({u"currency"_s, Cli::tr("Currency code (default CNY)."), u"CODE"_s, u"CNY"_s});
    cmd.addOption({u"language"_s, Cli::tr("Names in the data: en or zh_CN (default en)."),
                   u"LANG"_s, u"en"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"out"_s)) {
        return usage(Cli::tr("demo needs --out FILE."));
    }
    DemoGenerator::Options options;
    bool okDeals = false;
    bool okSeed = false;
    bool okYears = false;
    options.deals = cmd.value(u"deals"_s).toInt(&okDeals);
    options.seed = cmd.value(u"seed"_s).toUInt(&okSeed);
    options.years = cmd.value(u"years"_s).toInt(&okYears);
    if (!okDeals || !okSeed || !okYears) {
        return usage(Cli::tr("--deals, --seed and --years take whole numbers."));
    }
    const auto asOf = cmd.date(u"as-of"_s, options.asOf);
    if (!asOf) {
        return fail(asOf.error());
    }
    options.asOf = *asOf;
    options.currency = cmd.value(u"currency"_s).toUpper();
    options.language = cmd.value(u"language"_s);
    if (options.language != u"en" && options.language != u"zh_CN") {
        return usage(Cli::tr("--language is en or zh_CN, not “%1”.").arg(options.language));
    }

    QElapsedTimer timer;
    timer.start();
    std::optional<ProgressLine> progress;
    progress.emplace();
    const QLocale locale = cliLocale();
    const auto result
            = DemoGenerator::generate(cmd.value(u"out"_s), options, [&](int done, int total) {
                  progress->show(Cli::tr("demo: %1 of %2 deals")
                                         .arg(locale.toString(done), locale.toString(total)));
                  return true;
              });
    progress.reset(); // ends the progress line before the summary
    if (!result) {
        return fail(result.error());
    }
    if (cmd.json()) {
        printJson({{u"deals"_s, result->deals},
                   {u"customers"_s, result->customers},
                   {u"reps"_s, result->reps},
                   {u"activities"_s, result->activities},
                   {u"targets"_s, result->targets},
                   {u"feedback"_s, result->feedback},
                   {u"seconds"_s, double(timer.elapsed()) / 1000.0}});
    } else {
        printLine(Cli::tr("Wrote %1: %2 deals, %3 customers, %4 reps, %5 activities in %6 s")
                          .arg(cmd.value(u"out"_s))
                          .arg(result->deals)
                          .arg(result->customers)
                          .arg(result->reps)
                          .arg(result->activities)
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return Ok;
}

} // namespace salesdesk::cli
