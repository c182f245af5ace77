#include "app/cli/clicommon.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/targets/targetservice.h"
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"
#include "core/team/training.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

// ---- team ----

int reassign(const QStringList &arguments)
{
    Command cmd(u"team reassign"_s,
                Cli::tr("Hands a rep's open deals, customers and planned activities to another "
                        "rep, all at once or customer by customer, recorded in each deal's "
                        "history."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"from"_s, Cli::tr("The rep whose work is handed over."), u"NAME"_s});
    cmd.addOption(
            {u"to"_s, Cli::tr("The rep who takes over (the rest, with --customer)."), u"NAME"_s});
    cmd.addOption({u"customer"_s,
                   Cli::tr("CUSTOMER=REP: that customer's work goes to that rep (repeat it)."),
                   u"C=R"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"from"_s) || (!cmd.isSet(u"to"_s) && !cmd.isSet(u"customer"_s))) {
        return usage(Cli::tr("team reassign needs --from and --to (or --customer)."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const TeamService &team = (*book)->team();
    ReassignRequest request;
    auto from = repNamed(team, cmd.value(u"from"_s));
    if (!from) {
        return fail(from.error());
    }
    request.fromRepId = *from;
    if (cmd.isSet(u"to"_s)) {
        auto to = repNamed(team, cmd.value(u"to"_s));
        if (!to) {
            return fail(to.error());
        }
        request.toRepId = *to;
    }
    for (const QString &pair : cmd.parser().values(u"customer"_s)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        if (eq <= 0) {
            return usage(Cli::tr("--customer is CUSTOMER=REP, not “%1”.").arg(pair));
        }
        const qint64 customer = (*book)->customers().findCustomer(pair.left(eq).trimmed());
        if (!customer) {
            return fail(Error::user(
                    Cli::tr("There is no customer called “%1”.").arg(pair.left(eq).trimmed())));
        }
        auto rep = repNamed(team, pair.mid(eq + 1).trimmed());
        if (!rep) {
            return fail(rep.error());
        }
        request.byCustomer.insert(customer, *rep);
    }
    auto done = (*book)->team().reassign(request);
    if (!done) {
        return fail(done.error());
    }
    const int deals = done->count(Reassignment::Table::Deal);
    const int customers = done->count(Reassignment::Table::Customer);
    const int activities = done->count(Reassignment::Table::Activity);
    if (cmd.json()) {
        printJson(
                {{u"deals"_s, deals}, {u"customers"_s, customers}, {u"activities"_s, activities}});
    } else {
        printLine(Cli::tr("Handed over %1 open deals, %2 customers and %3 planned activities.")
                          .arg(deals)
                          .arg(customers)
                          .arg(activities));
    }
    return Ok;
}

int award(const QStringList &arguments)
{
    Command cmd(u"team award"_s, Cli::tr("Gives a rep a non-monetary award (recognition)."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"rep"_s, Cli::tr("The rep."), u"NAME"_s});
    cmd.addOption({u"title"_s, Cli::tr("The award, e.g. \"Top seller Q3\"."), u"TEXT"_s});
    cmd.addOption({u"date"_s, Cli::tr("The day (default: today)."), u"DATE"_s});
    cmd.addOption({u"reason"_s, Cli::tr("What it is for."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"rep"_s) || !cmd.isSet(u"title"_s)) {
        return usage(Cli::tr("team award needs --rep and --title."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
    auto day = cmd.date(u"date"_s, (*book)->clock().today());
    if (!rep || !day) {
        return fail(!rep ? rep.error() : day.error());
    }
    auto id = (*book)->career().addAward(
            {0, *rep, cmd.value(u"title"_s), *day, cmd.value(u"reason"_s).trimmed()});
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("Awarded “%1” to %2").arg(cmd.value(u"title"_s), cmd.value(u"rep"_s)));
    }
    return Ok;
}

int ladder(const QStringList &arguments)
{
    Command cmd(u"team ladder"_s,
                Cli::tr("Shows the career ladder, or sets it with --set, lowest level first."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"set"_s,
                   Cli::tr("The levels: \"Junior, Senior:24m:100%, Lead:48m:110%\" (a name, then "
                           "optionally the months of tenure and the average attainment of the "
                           "last four quarters needed)."),
                   u"LEVELS"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    QList<CareerLevel> levels;
    if (cmd.isSet(u"set"_s)) {
        auto parsed = CareerService::parseLadder(cmd.value(u"set"_s));
        if (!parsed) {
            return fail(parsed.error());
        }
        levels = *parsed;
    }
    auto book = cmd.openBook(cmd.isSet(u"set"_s) ? Database::Access::ReadWrite
                                                 : Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    if (cmd.isSet(u"set"_s)) {
        if (auto st = (*book)->career().setLevels(levels); !st) {
            return fail(st.error());
        }
    }
    auto now = (*book)->career().levels();
    if (!now) {
        return fail(now.error());
    }
    QJsonArray rows;
    TextTable table({{Cli::tr("level")},
                     {Cli::tr("tenure (months)"), TextTable::Right},
                     {Cli::tr("attainment"), TextTable::Right}});
    for (const CareerLevel &l : std::as_const(*now)) {
        rows.append(QJsonObject {{u"name"_s, l.name},
                                 {u"min_tenure_months"_s, l.minTenureMonths},
                                 {u"min_attainment"_s,
                                  l.minAttainmentPpm
                                          ? QJsonValue(double(*l.minAttainmentPpm) / double(kPpm))
                                          : QJsonValue()}});
        table.addRow({l.name, QString::number(l.minTenureMonths),
                      l.minAttainmentPpm ? CommissionText::percentText(*l.minAttainmentPpm)
                                         : QString()});
    }
    if (cmd.json()) {
        printJson({{u"levels"_s, rows}});
    } else if (rows.isEmpty()) {
        printLine(Cli::tr("No career ladder yet (team ladder --set)."));
    } else {
        printTable(table);
    }
    return Ok;
}

int promote(const QStringList &arguments)
{
    Command cmd(u"team promote"_s, Cli::tr("Moves a rep to a level, recording the day and why."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"rep"_s, Cli::tr("The rep."), u"NAME"_s});
    cmd.addOption({u"level"_s, Cli::tr("The new level."), u"LEVEL"_s});
    cmd.addOption({u"date"_s, Cli::tr("The day (default: today)."), u"DATE"_s});
    cmd.addOption({u"reason"_s, Cli::tr("Why."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"rep"_s) || !cmd.isSet(u"level"_s)) {
        return usage(Cli::tr("team promote needs --rep and --level."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
    auto day = cmd.date(u"date"_s, (*book)->clock().today());
    if (!rep || !day) {
        return fail(!rep ? rep.error() : day.error());
    }
    auto id = (*book)->career().promote(
            {0, *rep, {}, cmd.value(u"level"_s), *day, cmd.value(u"reason"_s).trimmed()});
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("%1 is now %2").arg(cmd.value(u"rep"_s), cmd.value(u"level"_s)));
    }
    return Ok;
}

int career(const QStringList &arguments)
{
    Command cmd(u"team career"_s,
                Cli::tr("A rep's record against the career ladder: level, tenure, attainment of "
                        "the last four quarters, the next level's criteria, promotions and "
                        "awards."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"rep"_s, Cli::tr("The rep."), u"NAME"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"rep"_s)) {
        return usage(Cli::tr("team career needs --rep."));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
    if (!rep) {
        return fail(rep.error());
    }
    auto r = (*book)->career().record(*rep, *asOf);
    if (!r) {
        return fail(r.error());
    }
    QJsonArray quarters, promotions, awards;
    for (const auto &[quarter, value] : r->attainments) {
        quarters.append(QJsonObject {{u"period"_s, quarter}, {u"attainment"_s, value}});
    }
    for (const Promotion &p : r->promotions) {
        promotions.append(QJsonObject {{u"from"_s, p.fromLevel},
                                       {u"to"_s, p.toLevel},
                                       {u"date"_s, toStoredDate(p.promotedOn)},
                                       {u"reason"_s, p.reason}});
    }
    for (const Award &a : r->awards) {
        awards.append(QJsonObject {{u"title"_s, a.title},
                                   {u"date"_s, toStoredDate(a.awardedOn)},
                                   {u"reason"_s, a.reason}});
    }
    const auto flag = [](const std::optional<bool> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    QJsonObject out {
            {u"rep"_s, cmd.value(u"rep"_s)},
            {u"level"_s, r->level},
            {u"tenure_months"_s, r->tenureMonths ? QJsonValue(*r->tenureMonths) : QJsonValue()},
            {u"attainments"_s, quarters},
            {u"average_attainment"_s, orNull(r->averageAttainment)},
            {u"next_level"_s, r->next ? QJsonValue(r->next->name) : QJsonValue()},
            {u"tenure_met"_s, flag(r->tenureMet)},
            {u"attainment_met"_s, flag(r->attainmentMet)},
            {u"promotions"_s, promotions},
            {u"awards"_s, awards}};
    printJson(out); // one record: JSON reads as well as a table here
    return Ok;
}

} // namespace

int runTeam(const QStringList &arguments)
{
    return runSubCommand(
            u"team"_s,
            {{u"reassign"_s, &reassign,
              QT_TRANSLATE_NOOP("Cli", "Hand a rep's work to other reps")},
             {u"award"_s, &award, QT_TRANSLATE_NOOP("Cli", "Give a rep an award")},
             {u"ladder"_s, &ladder, QT_TRANSLATE_NOOP("Cli", "Show or set the career ladder")},
             {u"promote"_s, &promote, QT_TRANSLATE_NOOP("Cli", "Move a rep to a level")},
             {u"career"_s, &career, QT_TRANSLATE_NOOP("Cli", "A rep's record against the ladder")}},
            arguments);
}

} // namespace salesdesk::cli
