#include "app/cli/clicommon.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/forecast/periodforecast.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

// JSON numbers in the metric's unit: minor units for money, counts, fractions for rates.
QJsonValue metricJson(Metric metric, qint64 value)
{
    if (metric == Metric::WinRate) {
        return double(value) / double(PartsPerMillion);
    }
    return double(value);
}

// Reads a target value as a user writes it: money in major units ("1200000.50"), a count, or
// a rate as a fraction ("0.25") or a percentage ("25%").
Result<qint64> parseValue(Metric metric, const QString &text, const QString &currency)
{
    if (TargetText::isMoney(metric)) {
        auto money = Money::parse(text, currency);
        if (!money) {
            return money.error();
        }
        return money->minor();
    }
    bool ok = false;
    if (metric == Metric::WinRate) {
        const bool percent = text.trimmed().endsWith(u'%');
        const double v = QString(text.trimmed()).remove(u'%').toDouble(&ok);
        if (!ok) {
            return Error::user(Cli::tr("“%1” is not a rate; write 0.25 or 25%.").arg(text));
        }
        return std::llround((percent ? v / 100.0 : v) * double(PartsPerMillion));
    }
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok) {
        return Error::user(Cli::tr("“%1” is not a whole number.").arg(text));
    }
    return v;
}

int add(const QStringList &arguments)
{
    Command cmd(u"targets add"_s, Cli::tr("Adds a sales target."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"metric"_s,
                   Cli::tr("revenue, won_deals, new_customers, activities, avg_deal, win_rate "
                           "or manual."),
                   u"M"_s});
    cmd.addOption({u"period"_s, Cli::tr("2026, 2026Q3, 2026-07 or 2026-W27."), u"P"_s});
    cmd.addOption({u"value"_s,
                   Cli::tr("The target: an amount for money, a number for counts, 0.25 or 25% "
                           "for a rate."),
                   u"V"_s});
    cmd.addOption({u"scope"_s, Cli::tr("company (default), rep:NAME, team:NAME or product:NAME."),
                   u"S"_s});
    cmd.addOption({u"name"_s, Cli::tr("The target's name."), u"T"_s});
    cmd.addOption({u"objective"_s, Cli::tr("The strategic objective it serves."), u"TEXT"_s});
    cmd.addOption({u"description"_s, Cli::tr("What the target is about."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    for (const auto &required : {u"metric"_s, u"period"_s, u"value"_s}) {
        if (!cmd.isSet(required)) {
            return usage(Cli::tr("targets add needs --%1.").arg(required));
        }
    }
    const auto metric = TargetText::metric(cmd.value(u"metric"_s));
    if (!metric) {
        return usage(Cli::tr("there is no metric “%1”.").arg(cmd.value(u"metric"_s)));
    }
    const auto period = Period::parse(cmd.value(u"period"_s));
    if (!period) {
        return notAPeriod(cmd.value(u"period"_s));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    // "FY2026" is the company's year: read again with its start month.
    const Period inBook
            = *Period::parse(cmd.value(u"period"_s), (*book)->targets().yearStartMonth());
    auto value = parseValue(*metric, cmd.value(u"value"_s), (*book)->currencies().home());
    if (!value) {
        return fail(value.error());
    }
    auto scope = parseScope(cmd.value(u"scope"_s), (*book)->team());
    if (!scope) {
        return fail(scope.error());
    }
    Target t;
    t.metric = *metric;
    t.period = inBook;
    t.value = *value;
    t.scope = *scope;
    t.objective = cmd.value(u"objective"_s).trimmed();
    t.description = cmd.value(u"description"_s).trimmed();
    t.name = cmd.isSet(u"name"_s)
                     ? cmd.value(u"name"_s).trimmed()
                     : u"%1 %2 %3"_s.arg(TargetText::name(*metric),
                                         (*book)->targets().scopeLabel(*scope), inBook.label());
    auto id = (*book)->targets().addTarget(t);
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("Added target #%1").arg(*id));
    }
    return Ok;
}

int split(const QStringList &arguments)
{
    Command cmd(u"targets split"_s, Cli::tr("Splits a target into periods or into reps, teams "
                                            "or products."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The target's id."), u"N"_s});
    cmd.addOption(
            {u"into"_s, Cli::tr("quarters, months, weeks, reps, teams or products."), u"WHAT"_s});
    cmd.addOption(
            {u"method"_s, Cli::tr("even (default), seasonal or weights."), u"M"_s, u"even"_s});
    cmd.addOption({u"weights"_s, Cli::tr("With --method weights: one weight per part, w1,w2,…"),
                   u"LIST"_s});
    cmd.addOption(
            {u"as-of"_s, Cli::tr("Today, for which years of history are complete."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    bool okId = false;
    const qint64 id = cmd.value(u"id"_s).toLongLong(&okId);
    if (!okId || !cmd.isSet(u"into"_s)) {
        return usage(Cli::tr("targets split needs --id N and --into WHAT."));
    }
    static const QHash<QString, TargetService::SplitInto> intoCodes
            = {{u"quarters"_s, TargetService::SplitInto::Quarters},
               {u"months"_s, TargetService::SplitInto::Months},
               {u"weeks"_s, TargetService::SplitInto::Weeks},
               {u"reps"_s, TargetService::SplitInto::Reps},
               {u"teams"_s, TargetService::SplitInto::Teams},
               {u"products"_s, TargetService::SplitInto::Products}};
    if (!intoCodes.contains(cmd.value(u"into"_s))) {
        return usage(Cli::tr("--into is quarters, months, weeks, reps, teams or products."));
    }
    const auto method = TargetText::splitMethod(cmd.value(u"method"_s));
    if (!method || *method == SplitMethod::Amounts) {
        return usage(Cli::tr("--method is even, seasonal or weights."));
    }
    QList<double> weights;
    if (*method == SplitMethod::Weights) {
        for (const auto &w : cmd.value(u"weights"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            weights.append(w.trimmed().toDouble(&ok));
            if (!ok) {
                return usage(Cli::tr("--weights takes numbers separated by commas."));
            }
        }
    }
    const auto asOf = cmd.date(u"as-of"_s);
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto plan = (*book)->targets().planSplit(id, intoCodes.value(cmd.value(u"into"_s)), *method,
                                             weights, *asOf);
    if (!plan) {
        return fail(plan.error());
    }
    auto ids = (*book)->targets().applySplit(id, *plan);
    if (!ids) {
        return fail(ids.error());
    }
    if (cmd.json()) {
        QJsonArray children;
        for (qint64 child : std::as_const(*ids)) {
            children.append(child);
        }
        printJson({{u"children"_s, children},
                   {u"method"_s, TargetText::code(plan->method)},
                   {u"note"_s, plan->note}});
    } else {
        TextTable table({{Cli::tr("id"), TextTable::Right},
                         {Cli::tr("target"), TextTable::Left, 48},
                         {Cli::tr("value"), TextTable::Right}});
        for (qsizetype i = 0; i < ids->size(); ++i) {
            const Target &c = plan->children.at(i);
            table.addRow({QString::number(ids->at(i)), c.name,
                          (*book)->targets().formatValue(c.metric, c.value, cliLocale())});
        }
        printTable(table);
        if (!plan->note.isEmpty()) {
            printLine(plan->note);
        }
    }
    return Ok;
}

int adjust(const QStringList &arguments)
{
    Command cmd(u"targets adjust"_s, Cli::tr("Revises a target's value; the reason is kept in "
                                             "its history."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The target's id."), u"N"_s});
    cmd.addOption({u"value"_s, Cli::tr("The new value."), u"V"_s});
    cmd.addOption({u"reason"_s, Cli::tr("Why it changes."), u"TEXT"_s});
    cmd.addOption({u"respread"_s, Cli::tr("Spread the change over its parts (locked parts and "
                                          "parts that have ended stay).")});
    cmd.addOption({u"rebalance"_s, Cli::tr("For a part: let the other parts absorb the change "
                                           "(locked parts and parts that have ended stay).")});
    cmd.addOption({u"as-of"_s,
                   Cli::tr("The day that decides which parts have ended (default: today)."),
                   u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    bool okId = false;
    const qint64 id = cmd.value(u"id"_s).toLongLong(&okId);
    if (!okId || !cmd.isSet(u"value"_s) || !cmd.isSet(u"reason"_s)) {
        return usage(Cli::tr("targets adjust needs --id N, --value V and --reason TEXT."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto t = (*book)->targets().target(id);
    if (!t) {
        return fail(t.error());
    }
    auto value = parseValue(t->metric, cmd.value(u"value"_s), (*book)->currencies().home());
    if (!value) {
        return fail(value.error());
    }
    const Status st = cmd.isSet(u"rebalance"_s)
                              ? (*book)->targets().setChildValue(id, *value, cmd.value(u"reason"_s),
                                                                 true, {}, *asOf)
                              : (*book)->targets().adjust(id, *value, cmd.value(u"reason"_s),
                                                          cmd.isSet(u"respread"_s), {}, *asOf);
    if (!st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, id}, {u"target"_s, metricJson(t->metric, *value)}});
    } else {
        printLine(Cli::tr("Target #%1 is now %2")
                          .arg(id)
                          .arg((*book)->targets().formatValue(t->metric, *value)));
    }
    return Ok;
}

int list(const QStringList &arguments)
{
    Command cmd(u"targets list"_s, Cli::tr("Lists all targets."));
    cmd.addDbOption();
    cmd.addJsonOption();
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto targets = (*book)->targets().targets();
    if (!targets) {
        return fail(targets.error());
    }
    QJsonArray rows;
    TextTable table({{Cli::tr("id"), TextTable::Right},
                     {Cli::tr("target"), TextTable::Left, 40},
                     {Cli::tr("period")},
                     {Cli::tr("for"), TextTable::Left, 24},
                     {Cli::tr("value"), TextTable::Right}});
    for (const auto &t : std::as_const(*targets)) {
        if (cmd.json()) {
            rows.append(QJsonObject {
                    {u"id"_s, t.id},
                    {u"parent_id"_s, t.parentId ? QJsonValue(t.parentId) : QJsonValue()},
                    {u"name"_s, t.name},
                    {u"metric"_s, TargetText::code(t.metric)},
                    {u"scope"_s, scopeCode(t.scope, (*book)->team())},
                    {u"period"_s, t.period.toString()},
                    {u"target"_s, metricJson(t.metric, t.value)},
                    {u"original"_s, metricJson(t.metric, t.originalValue)},
            });
        } else {
            table.addRow({QString::number(t.id), t.name, t.period.toString(),
                          (*book)->targets().scopeLabel(t.scope),
                          (*book)->targets().formatValue(t.metric, t.value, cliLocale())});
        }
    }
    if (cmd.json()) {
        printJson({{u"currency"_s, (*book)->currencies().home()}, {u"targets"_s, rows}});
    } else {
        printTable(table);
    }
    return Ok;
}

int progress(const QStringList &arguments)
{
    Command cmd(u"targets progress"_s, Cli::tr("Progress of the targets of a period, or of all "
                                               "of them."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("Only the targets of this period."), u"P"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The date to measure at (default: today)."), u"DATE"_s});
    cmd.addOption({u"forecast"_s,
                   Cli::tr("Also the statistical forecast of each revenue, won-deals or "
                           "new-customers target's month, quarter or year not yet over, and "
                           "its gap to the target.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    const bool withForecast = cmd.isSet(u"forecast"_s);
    if (cmd.isSet(u"period"_s) && !Period::parse(cmd.value(u"period"_s))) {
        return notAPeriod(cmd.value(u"period"_s));
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const QString period
            = cmd.isSet(u"period"_s)
                      ? Period::parse(cmd.value(u"period"_s), (*book)->targets().yearStartMonth())
                                ->toString()
                      : QString();
    auto all = (*book)->targets().progressAll(period, *asOf);
    if (!all) {
        return fail(all.error());
    }
    QJsonArray rows;
    QList<TextTable::Column> columns {{Cli::tr("id"), TextTable::Right},
                                      {Cli::tr("target"), TextTable::Left, 36},
                                      {Cli::tr("period")},
                                      {Cli::tr("actual"), TextTable::Right},
                                      {Cli::tr("goal"), TextTable::Right},
                                      {Cli::tr("done"), TextTable::Right},
                                      {Cli::tr("projected"), TextTable::Right},
                                      {Cli::tr("status")}};
    if (withForecast) {
        columns.append({Cli::tr("forecast"), TextTable::Right});
        columns.append({Cli::tr("gap"), TextTable::Right});
    }
    TextTable table(columns);
    forecast::PeriodForecaster forecaster((*book)->kpi(), (*book)->targets(), *asOf);
    bool byPipeline = false;
    for (const auto &[t, p] : std::as_const(*all)) {
        std::optional<forecast::PeriodForecast> expected;
        if (const auto metric = forecast::PeriodForecaster::bookMetric(t.metric);
            withForecast && metric) {
            auto made = forecaster.forecast(*metric, t.scope, t.period);
            if (!made) {
                return fail(made.error());
            }
            expected = *made;
        }
        const auto rounded = [](double v) {
            return qint64(std::llround(v));
        };
        if (cmd.json()) {
            QJsonValue forecastJson = QJsonValue::Null;
            if (expected) {
                forecastJson = QJsonObject {
                        {u"point"_s, metricJson(t.metric, rounded(expected->point))},
                        {u"lo80"_s, expected->lo80 ? metricJson(t.metric, rounded(*expected->lo80))
                                                   : QJsonValue()},
                        {u"hi80"_s, expected->hi80 ? metricJson(t.metric, rounded(*expected->hi80))
                                                   : QJsonValue()},
                        {u"gap"_s, metricJson(t.metric, rounded(expected->gapTo(p.target)))},
                        {u"model"_s, expected->model}};
            }
            QJsonObject row {{u"id"_s, t.id},
                             {u"name"_s, t.name},
                             {u"metric"_s, TargetText::code(t.metric)},
                             {u"period"_s, t.period.toString()},
                             {u"target"_s, metricJson(t.metric, p.target)},
                             {u"actual"_s, metricJson(t.metric, p.actual)},
                             {u"attainment"_s, p.attainment},
                             {u"expected_to_date"_s, metricJson(t.metric, p.expectedToDate)},
                             {u"projected"_s, metricJson(t.metric, p.projected)},
                             {u"status"_s, TargetText::code(p.status)},
                             {u"on_track_by_pipeline"_s, p.onTrackByPipeline}};
            if (withForecast) {
                row.insert(u"forecast"_s, forecastJson);
            }
            rows.append(row);
        } else {
            const auto &fmt = (*book)->targets();
            const QLocale locale = cliLocale();
            QStringList cells {QString::number(t.id),
                               t.name,
                               t.period.toString(),
                               fmt.formatValue(t.metric, p.actual, locale),
                               fmt.formatValue(t.metric, p.target, locale),
                               locale.toString(p.attainment * 100, 'f', 1) + u" %"_s,
                               fmt.formatValue(t.metric, p.projected, locale),
                               TargetText::name(p.status)
                                       + (p.onTrackByPipeline ? u" *"_s : QString())};
            if (withForecast) {
                cells.append(expected ? fmt.formatValue(t.metric, rounded(expected->point), locale)
                                      : u"–"_s);
                cells.append(expected ? fmt.formatValue(t.metric,
                                                        rounded(expected->gapTo(p.target)), locale)
                                      : u"–"_s);
            }
            table.addRow(cells);
            byPipeline |= p.onTrackByPipeline;
        }
    }
    if (cmd.json()) {
        printJson({{u"currency"_s, (*book)->currencies().home()},
                   {u"as_of"_s, toStoredDate(*asOf)},
                   {u"targets"_s, rows}});
    } else {
        printTable(table);
        if (byPipeline) {
            printLine(u"* "_s + TargetText::byPipeline());
        }
    }
    return Ok;
}

} // namespace

int runTargets(const QStringList &arguments)
{
    return runSubCommand(
            u"targets"_s,
            {{u"add"_s, &add, QT_TRANSLATE_NOOP("Cli", "Set a target for a period and scope")},
             {u"split"_s, &split,
              QT_TRANSLATE_NOOP("Cli", "Split a target into quarters, months, weeks or reps")},
             {u"adjust"_s, &adjust,
              QT_TRANSLATE_NOOP("Cli", "Change a target's value, with a reason kept")},
             {u"list"_s, &list, QT_TRANSLATE_NOOP("Cli", "List the targets")},
             {u"progress"_s, &progress,
              QT_TRANSLATE_NOOP("Cli", "Actual, expected and status of each target")}},
            arguments);
}

} // namespace salesdesk::cli
