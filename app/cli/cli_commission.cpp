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

// ---- commission plans ----

int addPlan(const QStringList &arguments)
{
    Command cmd(u"commission plans add"_s,
                Cli::tr("Adds an incentive plan: a rate table of attainment tiers paid in one of "
                        "three modes, for some reps or all."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"name"_s, Cli::tr("The plan's name."), u"P"_s});
    cmd.addOption({u"tiers"_s,
                   Cli::tr("Attainment-from:rate, e.g. \"0:5%,100%:8%,120%:10%\"; the first tier "
                           "starts at 0."),
                   u"TIERS"_s});
    cmd.addOption(
            {u"mode"_s, Cli::tr("marginal, flat or retroactive (default marginal)."), u"MODE"_s});
    cmd.addOption({u"quota"_s,
                   Cli::tr("A fixed quota per period (default: each rep's revenue target of the "
                           "period)."),
                   u"AMOUNT"_s});
    cmd.addOption({u"cap"_s, Cli::tr("The most a period pays, before clawbacks."), u"AMOUNT"_s});
    cmd.addOption({u"clawback-days"_s,
                   Cli::tr("Days after the win within which a reversal takes the commission back "
                           "(default 90)."),
                   u"N"_s});
    cmd.addOption({u"bonus"_s, Cli::tr("A bonus paid on reaching --bonus-at."), u"AMOUNT"_s});
    cmd.addOption({u"bonus-at"_s, Cli::tr("The attainment that earns the bonus (e.g. 100%)."),
                   u"PERCENT"_s});
    cmd.addOption({u"spiff"_s,
                   Cli::tr("PRODUCT=AMOUNT paid per won deal of a product (repeat it)."),
                   u"SPIFF"_s});
    cmd.addOption({u"pool"_s,
                   Cli::tr("TEAM=AMOUNT[@ATTAINMENT]: a team's bonus pool, paid once the team "
                           "reaches that attainment of its revenue target (default: always) and "
                           "split by share of the team's credited revenue (repeat it)."),
                   u"POOL"_s});
    cmd.addOption({u"reps"_s, Cli::tr("The reps it pays, by name, comma-separated."), u"A,B"_s});
    cmd.addOption({u"all"_s, Cli::tr("It pays every active rep.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"name"_s) || !cmd.isSet(u"tiers"_s)) {
        return usage(Cli::tr("commission plans add needs --name and --tiers."));
    }
    CommissionTerms terms;
    if (cmd.isSet(u"mode"_s)) {
        const auto mode = CommissionText::mode(cmd.value(u"mode"_s));
        if (!mode) {
            return usage(Cli::tr("--mode is marginal, flat or retroactive, not “%1”.")
                                 .arg(cmd.value(u"mode"_s)));
        }
        terms.mode = *mode;
    }
    auto tiers = CommissionText::parseTiers(cmd.value(u"tiers"_s));
    if (!tiers) {
        return fail(tiers.error());
    }
    terms.tiers = *tiers;
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const QString home = (*book)->currencies().home();
    for (const auto &[option, field] :
         {std::pair {u"quota"_s, &terms.quotaMinor}, std::pair {u"cap"_s, &terms.capMinor}}) {
        if (cmd.isSet(option)) {
            auto v = parseAmount(cmd.value(option), home);
            if (!v) {
                return fail(v.error());
            }
            *field = *v;
        }
    }
    if (cmd.isSet(u"clawback-days"_s)) {
        bool ok = false;
        terms.clawbackDays = cmd.value(u"clawback-days"_s).toInt(&ok);
        if (!ok || terms.clawbackDays < 0) {
            return usage(Cli::tr("--clawback-days is a number of days."));
        }
    }
    if (cmd.isSet(u"bonus"_s)) {
        auto v = parseAmount(cmd.value(u"bonus"_s), home);
        if (!v) {
            return fail(v.error());
        }
        terms.bonusMinor = *v;
        terms.bonusFromPpm = CommissionText::parsePercent(cmd.value(u"bonus-at"_s));
        if (!terms.bonusFromPpm) {
            return usage(Cli::tr("--bonus needs --bonus-at, the attainment that earns it (e.g. "
                                 "100%)."));
        }
    }
    for (const QString &spiff : cmd.parser().values(u"spiff"_s)) {
        const qsizetype eq = spiff.lastIndexOf(u'=');
        auto v = eq > 0 ? parseAmount(spiff.mid(eq + 1), home) : Result<qint64>(Error::user({}));
        if (!v) {
            return usage(Cli::tr("--spiff is PRODUCT=AMOUNT, not “%1”.").arg(spiff));
        }
        terms.spiffs.insert(spiff.left(eq).trimmed(), *v);
    }
    const TeamService &team = (*book)->team();
    for (const QString &pool : cmd.parser().values(u"pool"_s)) {
        const qsizetype eq = pool.lastIndexOf(u'=');
        const qsizetype at = pool.lastIndexOf(u'@');
        const QString teamName = eq > 0 ? pool.left(eq).trimmed() : QString();
        const QString amountText
                = eq > 0 ? pool.mid(eq + 1, at > eq ? at - eq - 1 : -1) : QString();
        auto v = amountText.isEmpty() ? Result<qint64>(Error::user({}))
                                      : parseAmount(amountText, home);
        const auto from = at > eq ? CommissionText::parsePercent(pool.mid(at + 1))
                                  : std::optional<qint64>(0);
        if (!v || !from) {
            return usage(Cli::tr("--pool is TEAM=AMOUNT or TEAM=AMOUNT@100%, not “%1”.").arg(pool));
        }
        const qint64 teamId = team.findTeam(teamName);
        if (!teamId) {
            return fail(Error::user(Cli::tr("There is no team called “%1”.").arg(teamName)));
        }
        terms.pools.append({teamId, *v, *from});
    }
    QList<qint64> reps;
    if (cmd.isSet(u"all"_s)) {
        for (const Rep &r : team.reps()) {
            if (r.active) {
                reps.append(r.id);
            }
        }
    }
    for (const QString &name : cmd.value(u"reps"_s).split(u',', Qt::SkipEmptyParts)) {
        auto id = repNamed(team, name.trimmed());
        if (!id) {
            return fail(id.error());
        }
        reps.append(*id);
    }
    auto id = (*book)->commission().addPlan(cmd.value(u"name"_s), terms, reps);
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("Added plan #%1 (%2 reps)").arg(*id).arg(reps.size()));
    }
    return Ok;
}

int listPlans(const QStringList &arguments)
{
    Command cmd(u"commission plans list"_s, Cli::tr("Lists the incentive plans."));
    cmd.addDbOption();
    cmd.addJsonOption();
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const TeamService &team = (*book)->team();
    const QString home = (*book)->currencies().home();
    QJsonArray rows;
    TextTable table({{Cli::tr("plan")},
                     {Cli::tr("version"), TextTable::Right},
                     {Cli::tr("mode")},
                     {Cli::tr("tiers")},
                     {Cli::tr("reps")}});
    for (const CommissionPlan &p : (*book)->commission().plans()) {
        QStringList names;
        for (qint64 r : p.repIds) {
            names.append(team.repName(r));
        }
        rows.append(QJsonObject {{u"id"_s, p.id},
                                 {u"name"_s, p.name},
                                 {u"version"_s, p.version},
                                 {u"mode"_s, CommissionText::code(p.terms.mode)},
                                 {u"tiers"_s, CommissionText::tiersText(p.terms.tiers)},
                                 {u"quota_minor"_s, orNull(p.terms.quotaMinor)},
                                 {u"cap_minor"_s, orNull(p.terms.capMinor)},
                                 {u"clawback_days"_s, p.terms.clawbackDays},
                                 {u"reps"_s, QJsonArray::fromStringList(names)}});
        table.addRow({p.name, QString::number(p.version), CommissionText::code(p.terms.mode),
                      CommissionText::tiersText(p.terms.tiers), names.join(u", "_s)});
    }
    if (cmd.json()) {
        printJson({{u"currency"_s, home}, {u"plans"_s, rows}});
    } else if (rows.isEmpty()) {
        printLine(Cli::tr("No incentive plans yet (commission plans add)."));
    } else {
        printTable(table);
    }
    return Ok;
}

QJsonObject lineJson(const CommissionLine &l)
{
    QJsonArray slices;
    for (const auto &s : l.slices) {
        slices.append(QJsonObject {{u"tier"_s, s.tier},
                                   {u"credited_minor"_s, s.creditedMinor},
                                   {u"rate"_s, double(s.ratePpm) / double(kPpm)}});
    }
    QJsonObject o {{u"kind"_s, CommissionText::code(l.kind)},
                   {u"title"_s, l.title},
                   {u"credited_minor"_s, l.creditedMinor},
                   {u"commission_minor"_s, l.commissionMinor}};
    o.insert(u"deal_id"_s, l.dealId > 0 ? QJsonValue(l.dealId) : QJsonValue());
    o.insert(u"closed_on"_s,
             l.closedOn.isValid() ? QJsonValue(toStoredDate(l.closedOn)) : QJsonValue());
    o.insert(u"tier"_s, l.tier > 0 ? QJsonValue(l.tier) : QJsonValue());
    o.insert(u"rate"_s,
             l.kind == CommissionLine::Kind::Deal || l.kind == CommissionLine::Kind::TrueUp
                     ? QJsonValue(double(l.ratePpm) / double(kPpm))
                     : QJsonValue());
    if (!l.note.isEmpty()) {
        o.insert(u"note"_s, l.note);
    }
    if (!slices.isEmpty()) {
        o.insert(u"slices"_s, slices);
    }
    return o;
}

int statements(const QStringList &arguments)
{
    Command cmd(u"commission"_s,
                Cli::tr("Commission statements of a period: a preview any time, settled (stored "
                        "as paid, never computed again) with --settle once the period is over."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("2026Q1, 2026-03, 2026…"), u"P"_s});
    cmd.addOption({u"rep"_s, Cli::tr("Only this rep's statement."), u"NAME"_s});
    cmd.addOption({u"settle"_s, Cli::tr("Settle the period's statements not yet settled.")});
    cmd.addOption({u"out"_s,
                   Cli::tr("Also write the statements, line by line, to FILE.csv or FILE.xlsx."),
                   u"FILE"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s)) {
        return usage(Cli::tr("commission needs --period (or: commission plans add|list)."));
    }
    if (!Period::parse(cmd.value(u"period"_s))) {
        return notAPeriod(cmd.value(u"period"_s));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    const bool settle = cmd.isSet(u"settle"_s);
    auto book = cmd.openBook(settle ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const Period period
            = *Period::parse(cmd.value(u"period"_s), (*book)->targets().yearStartMonth());
    const TeamService &team = (*book)->team();
    qint64 repId = 0;
    if (cmd.isSet(u"rep"_s)) {
        auto id = repNamed(team, cmd.value(u"rep"_s));
        if (!id) {
            return fail(id.error());
        }
        repId = *id;
    }
    CommissionService &commission = (*book)->commission();
    auto list = settle ? commission.settle(period, repId, *asOf)
                       : commission.statements(period, repId, *asOf);
    if (!list) {
        return fail(list.error());
    }
    const QString home = (*book)->currencies().home();
    if (cmd.isSet(u"out"_s)) {
        const QString out = cmd.value(u"out"_s);
        if (!out.endsWith(u".csv"_s, Qt::CaseInsensitive)
            && !out.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
            return usage(Cli::tr("--out is a .csv or .xlsx file."));
        }
        if (auto st = Exporter::write(commission.table(*list), out); !st) {
            return fail(st.error());
        }
    }
    if (cmd.json()) {
        QJsonArray reps;
        for (const CommissionStatement &s : list.value()) {
            QJsonArray lines;
            for (const auto &l : s.lines) {
                lines.append(lineJson(l));
            }
            reps.append(
                    QJsonObject {{u"rep"_s, team.repName(s.repId)},
                                 {u"plan"_s, s.planName},
                                 {u"plan_version"_s, s.planVersion},
                                 {u"quota_minor"_s, orNull(s.quotaMinor)},
                                 {u"credited_minor"_s, s.creditedMinor},
                                 {u"attainment"_s, orNull(s.attainment)},
                                 {u"commission_minor"_s, s.commissionMinor},
                                 {u"extras_minor"_s, s.extrasMinor},
                                 {u"cap_minor"_s, s.capMinor},
                                 {u"clawback_minor"_s, s.clawbackMinor},
                                 {u"payout_minor"_s, s.payoutMinor},
                                 {u"settled"_s, s.settled},
                                 {u"settled_at"_s,
                                  s.settled ? QJsonValue(toStoredTime(s.settledAt)) : QJsonValue()},
                                 {u"lines"_s, lines}});
        }
        printJson({{u"period"_s, period.toString()}, {u"currency"_s, home}, {u"reps"_s, reps}});
        return Ok;
    }
    if (list->isEmpty()) {
        printLine(Cli::tr("No sales rep is on a commission plan (commission plans add)."));
        return Ok;
    }
    const QLocale locale = cliLocale();
    for (const CommissionStatement &s : list.value()) {
        printLine(Cli::tr("%1 · %2 · %3 (v%4) · %5")
                          .arg(team.repName(s.repId), period.label(), s.planName)
                          .arg(s.planVersion)
                          .arg(s.settled ? Cli::tr("settled %1")
                                                   .arg(dateTimeText(s.settledAt.toLocalTime(),
                                                                     locale))
                                         : Cli::tr("preview")));
        printLine(Cli::tr("quota %1 · credited %2 · attainment %3")
                          .arg(s.quotaMinor ? money(*s.quotaMinor, home) : Cli::tr("none"),
                               money(s.creditedMinor, home),
                               s.attainment ? locale.toString(*s.attainment * 100, 'f', 1) + u" %"_s
                                            : u"–"_s));
        TextTable table({{Cli::tr("line")},
                         {Cli::tr("closed")},
                         {Cli::tr("credited"), TextTable::Right},
                         {Cli::tr("tier"), TextTable::Right},
                         {Cli::tr("rate"), TextTable::Right},
                         {Cli::tr("commission"), TextTable::Right}});
        for (const auto &l : s.lines) {
            table.addRow({l.kind == CommissionLine::Kind::Deal
                                  ? l.title
                                  : CommissionText::name(l.kind)
                                            + (l.kind == CommissionLine::Kind::Clawback
                                                       ? u": "_s + l.title
                                                       : QString()),
                          l.closedOn.isValid() ? toStoredDate(l.closedOn) : QString(),
                          l.creditedMinor ? money(l.creditedMinor, home) : QString(),
                          l.tier > 0 ? QString::number(l.tier) : QString(),
                          l.tier > 0 ? CommissionText::percentText(l.ratePpm) : QString(),
                          money(l.commissionMinor, home)});
        }
        table.addRow({Cli::tr("payout"), {}, {}, {}, {}, money(s.payoutMinor, home)});
        printTable(table);
        printLine({});
    }
    return Ok;
}

} // namespace

int runCommission(const QStringList &arguments)
{
    if (arguments.value(0) == u"plans") {
        return runSubCommand(
                u"commission plans"_s,
                {{u"add"_s, &addPlan, QT_TRANSLATE_NOOP("Cli", "Add an incentive plan")},
                 {u"list"_s, &listPlans, QT_TRANSLATE_NOOP("Cli", "List the incentive plans")}},
                arguments.mid(1));
    }
    return statements(arguments);
}

} // namespace salesdesk::cli
