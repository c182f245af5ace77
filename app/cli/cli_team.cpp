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

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

Result<qint64> amount(const QString &text, const QString &currency)
{
    auto m = Money::parse(text, currency);
    if (!m) {
        return m.error();
    }
    return m->minor();
}

Result<qint64> repNamed(const TeamService &team, const QString &name)
{
    const qint64 id = team.findRep(name);
    if (!id) {
        return Error::user(Cli::tr("There is no sales rep called “%1”.").arg(name));
    }
    return id;
}

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
            auto v = amount(cmd.value(option), home);
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
        auto v = amount(cmd.value(u"bonus"_s), home);
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
        auto v = eq > 0 ? amount(spiff.mid(eq + 1), home) : Result<qint64>(Error::user({}));
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
        auto v = amountText.isEmpty() ? Result<qint64>(Error::user({})) : amount(amountText, home);
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

// ---- training ----

QJsonObject figuresJson(const TrainingFigures &f)
{
    return {{u"reps"_s, f.reps},
            {u"won"_s, f.won},
            {u"lost"_s, f.lost},
            {u"closed"_s, f.closed()},
            {u"win_rate"_s, orNull(f.winRate)},
            {u"revenue_minor"_s, f.revenueMinor},
            {u"avg_deal_minor"_s, orNull(f.avgDealMinor)},
            {u"activities"_s, f.activities},
            {u"activities_per_week"_s, f.activitiesPerWeek},
            {u"too_few"_s, f.tooFew()}};
}

QJsonObject sideJson(const TrainingSide &s)
{
    return {{u"before"_s, figuresJson(s.before)}, {u"after"_s, figuresJson(s.after)}};
}

int addTraining(const QStringList &arguments)
{
    Command cmd(u"training add"_s, Cli::tr("Adds a training program."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"topic"_s, Cli::tr("product, skills, communication or other."), u"T"_s});
    cmd.addOption({u"title"_s, Cli::tr("What it is called (default: its topic)."), u"TEXT"_s});
    cmd.addOption({u"start"_s, Cli::tr("Its first day."), u"DATE"_s});
    cmd.addOption({u"end"_s, Cli::tr("Its last day (default: the first)."), u"DATE"_s});
    cmd.addOption({u"hours"_s, Cli::tr("Hours of training."), u"H"_s});
    cmd.addOption({u"cost"_s, Cli::tr("What it cost."), u"AMOUNT"_s});
    cmd.addOption({u"trainer"_s, Cli::tr("Who taught it."), u"NAME"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"topic"_s) || !cmd.isSet(u"start"_s)) {
        return usage(Cli::tr("training add needs --topic and --start."));
    }
    TrainingProgram p;
    const auto topic = TrainingText::topic(cmd.value(u"topic"_s));
    if (!topic) {
        return usage(Cli::tr("--topic is product, skills, communication or other, not “%1”.")
                             .arg(cmd.value(u"topic"_s)));
    }
    p.topic = *topic;
    p.title = cmd.value(u"title"_s).trimmed();
    p.trainer = cmd.value(u"trainer"_s).trimmed();
    auto start = cmd.date(u"start"_s);
    auto end = cmd.date(u"end"_s);
    if (!start || !end) {
        return fail(!start ? start.error() : end.error());
    }
    p.startsOn = *start;
    p.endsOn = *end;
    if (cmd.isSet(u"hours"_s)) {
        bool ok = false;
        p.hours = cmd.value(u"hours"_s).toDouble(&ok);
        if (!ok) {
            return usage(Cli::tr("--hours is a number, e.g. 6 or 1.5."));
        }
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    if (cmd.isSet(u"cost"_s)) {
        auto v = amount(cmd.value(u"cost"_s), (*book)->currencies().home());
        if (!v) {
            return fail(v.error());
        }
        p.costMinor = *v;
    }
    auto id = (*book)->training().addProgram(p);
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("Added training program #%1").arg(*id));
    }
    return Ok;
}

Result<qint64> programId(const Command &cmd)
{
    bool ok = false;
    const qint64 id = cmd.value(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::user(Cli::tr("--id is the number of a training program."));
    }
    return id;
}

int enroll(const QStringList &arguments)
{
    Command cmd(u"training enroll"_s,
                Cli::tr("Enrolls a rep in a training program, with their attendance and "
                        "assessment score."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The program."), u"N"_s});
    cmd.addOption({u"rep"_s, Cli::tr("The rep."), u"NAME"_s});
    cmd.addOption({u"score"_s, Cli::tr("Their assessment score, 0 to 100."), u"S"_s});
    cmd.addOption({u"absent"_s, Cli::tr("Enrolled but did not attend.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"id"_s) || !cmd.isSet(u"rep"_s)) {
        return usage(Cli::tr("training enroll needs --id and --rep."));
    }
    auto id = programId(cmd);
    if (!id) {
        return fail(id.error());
    }
    TrainingParticipant person;
    person.attended = !cmd.isSet(u"absent"_s);
    if (cmd.isSet(u"score"_s)) {
        bool ok = false;
        person.score = cmd.value(u"score"_s).toDouble(&ok);
        if (!ok) {
            return usage(Cli::tr("--score is a number from 0 to 100."));
        }
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
    if (!rep) {
        return fail(rep.error());
    }
    person.repId = *rep;
    if (auto st = (*book)->training().enroll(*id, person); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}, {u"rep"_s, (*book)->team().repName(*rep)}});
    } else {
        printLine(
                Cli::tr("Enrolled %1 in program #%2").arg((*book)->team().repName(*rep)).arg(*id));
    }
    return Ok;
}

int effect(const QStringList &arguments)
{
    Command cmd(u"training effect"_s,
                Cli::tr("Before and after a training program: the days before it started against "
                        "the days after it ended, for each attendee, for them together and for "
                        "the reps who did not attend. A comparison, not a proof of cause."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The program."), u"N"_s});
    cmd.addOption({u"days"_s, Cli::tr("Days of each window (default 90)."), u"N"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"id"_s)) {
        return usage(Cli::tr("training effect needs --id."));
    }
    auto id = programId(cmd);
    if (!id) {
        return fail(id.error());
    }
    int days = 90;
    if (cmd.isSet(u"days"_s)) {
        bool ok = false;
        days = cmd.value(u"days"_s).toInt(&ok);
        if (!ok) {
            return usage(Cli::tr("--days is a number of days."));
        }
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto e = (*book)->training().effect(*id, days, *asOf);
    if (!e) {
        return fail(e.error());
    }
    const TeamService &team = (*book)->team();
    const QString home = (*book)->currencies().home();
    if (cmd.json()) {
        QJsonArray people;
        for (const auto &[rep, side] : e->participants) {
            QJsonObject o = sideJson(side);
            o.insert(u"rep"_s, team.repName(rep));
            people.append(o);
        }
        QStringList others;
        for (qint64 r : e->otherRepIds) {
            others.append(team.repName(r));
        }
        QJsonObject othersJson = sideJson(e->others);
        othersJson.insert(u"reps"_s, QJsonArray::fromStringList(others));
        printJson({{u"id"_s, *id},
                   {u"days"_s, e->days},
                   {u"currency"_s, home},
                   {u"before"_s, QJsonObject {{u"from"_s, toStoredDate(e->beforeFrom)},
                                              {u"to"_s, toStoredDate(e->beforeTo)}}},
                   {u"after"_s, QJsonObject {{u"from"_s, toStoredDate(e->afterFrom)},
                                             {u"to"_s, toStoredDate(e->afterTo)},
                                             {u"complete"_s, e->afterComplete}}},
                   {u"participants"_s, people},
                   {u"attendees"_s, sideJson(e->attendees)},
                   {u"others"_s, othersJson},
                   {u"win_rate_difference"_s, orNull(e->winRateDifference)},
                   {u"revenue_difference"_s, orNull(e->revenueDifference)}});
        return Ok;
    }
    const QLocale locale = cliLocale();
    const auto rate = [&](const TrainingFigures &f) -> QString {
        QString text = f.winRate ? locale.toString(*f.winRate * 100, 'f', 1) + u" %"_s : u"–"_s;
        return f.tooFew() ? text + u" *"_s : text;
    };
    TextTable table({{Cli::tr("who")},
                     {Cli::tr("win rate before"), TextTable::Right},
                     {Cli::tr("after"), TextTable::Right},
                     {Cli::tr("revenue before"), TextTable::Right},
                     {Cli::tr("after"), TextTable::Right},
                     {Cli::tr("activities/week before"), TextTable::Right},
                     {Cli::tr("after"), TextTable::Right}});
    const auto row = [&](const QString &who, const TrainingSide &s) {
        table.addRow({who, rate(s.before), rate(s.after), money(s.before.revenueMinor, home),
                      money(s.after.revenueMinor, home),
                      locale.toString(s.before.activitiesPerWeek, 'f', 1),
                      locale.toString(s.after.activitiesPerWeek, 'f', 1)});
    };
    for (const auto &[rep, side] : e->participants) {
        row(team.repName(rep), side);
    }
    row(Cli::tr("attendees"), e->attendees);
    row(Cli::tr("the others"), e->others);
    printLine(Cli::tr("Before %1 to %2, after %3 to %4%5")
                      .arg(toStoredDate(e->beforeFrom), toStoredDate(e->beforeTo),
                           toStoredDate(e->afterFrom), toStoredDate(e->afterTo),
                           e->afterComplete ? QString() : Cli::tr(" (still running)")));
    printTable(table);
    printLine(Cli::tr("* fewer than 5 closed deals: too few to tell."));
    return Ok;
}

int listTraining(const QStringList &arguments)
{
    Command cmd(u"training list"_s, Cli::tr("Lists the training programs, newest first."));
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
    QJsonArray rows;
    TextTable table({{u"#"_s, TextTable::Right},
                     {Cli::tr("program")},
                     {Cli::tr("topic")},
                     {Cli::tr("from")},
                     {Cli::tr("to")},
                     {Cli::tr("participants"), TextTable::Right}});
    for (const TrainingProgram &p : (*book)->training().programs()) {
        QJsonArray people;
        for (const auto &person : p.participants) {
            people.append(QJsonObject {{u"rep"_s, team.repName(person.repId)},
                                       {u"attended"_s, person.attended},
                                       {u"score"_s, orNull(person.score)}});
        }
        rows.append(QJsonObject {{u"id"_s, p.id},
                                 {u"title"_s, p.displayTitle()},
                                 {u"topic"_s, TrainingText::code(p.topic)},
                                 {u"start"_s, toStoredDate(p.startsOn)},
                                 {u"end"_s, toStoredDate(p.endsOn)},
                                 {u"hours"_s, p.hours},
                                 {u"cost_minor"_s, p.costMinor},
                                 {u"trainer"_s, p.trainer},
                                 {u"participants"_s, people}});
        table.addRow({QString::number(p.id), p.displayTitle(), TrainingText::name(p.topic),
                      toStoredDate(p.startsOn), toStoredDate(p.endsOn),
                      QString::number(p.participants.size())});
    }
    if (cmd.json()) {
        printJson({{u"programs"_s, rows}});
    } else if (rows.isEmpty()) {
        printLine(Cli::tr("No training programs yet (training add)."));
    } else {
        printTable(table);
    }
    return Ok;
}

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

int runTraining(const QStringList &arguments)
{
    return runSubCommand(
            u"training"_s,
            {{u"add"_s, &addTraining, QT_TRANSLATE_NOOP("Cli", "Add a training program")},
             {u"enroll"_s, &enroll, QT_TRANSLATE_NOOP("Cli", "Enroll a rep in a program")},
             {u"effect"_s, &effect,
              QT_TRANSLATE_NOOP("Cli", "Before and after a program, attendees and the others")},
             {u"list"_s, &listTraining, QT_TRANSLATE_NOOP("Cli", "List the training programs")}},
            arguments);
}

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
