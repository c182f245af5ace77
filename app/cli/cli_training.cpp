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
        auto v = parseAmount(cmd.value(u"cost"_s), (*book)->currencies().home());
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

} // namespace

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

} // namespace salesdesk::cli
