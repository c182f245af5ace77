// salesdesk measures: improvement measures (绩效改进措施) — the register, adding one, its status.
#include "app/cli/clicommon.h"
#include "core/common/clock.h"
#include "core/common/dates.h"
#include "core/evaluation/evaluationservice.h"
#include "core/team/teamservice.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

int addMeasure(const QStringList &arguments)
{
    Command cmd(u"measures add"_s,
                Cli::tr("Adds an improvement measure: what is done to move a KPI, for a rep, a "
                        "team or the company."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"title"_s, Cli::tr("What is done."), u"TEXT"_s});
    cmd.addOption(
            {u"kpi"_s, Cli::tr("The KPI it should move (a scorecard KPI: win_rate…)."), u"KPI"_s});
    cmd.addOption(
            {u"kind"_s, Cli::tr("training, incentive, process, coaching or other."), u"KIND"_s});
    cmd.addOption({u"rep"_s, Cli::tr("For this rep."), u"NAME"_s});
    cmd.addOption(
            {u"team"_s, Cli::tr("For this team (else the company, without --rep)."), u"NAME"_s});
    cmd.addOption({u"start"_s, Cli::tr("When it starts."), u"DATE"_s});
    cmd.addOption({u"due"_s, Cli::tr("When it is due."), u"DATE"_s});
    cmd.addOption({u"owner"_s, Cli::tr("Who sees it through."), u"NAME"_s});
    cmd.addOption({u"training"_s, Cli::tr("A training measure's program (its id)."), u"ID"_s});
    cmd.addOption(
            {u"status"_s, Cli::tr("planned (default), running, done or dropped."), u"STATUS"_s});
    cmd.addOption({u"notes"_s, Cli::tr("Anything else."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    for (const char *needed : {"title", "kpi", "kind", "start", "due"}) {
        if (!cmd.isSet(QString::fromLatin1(needed))) {
            return usage(Cli::tr("measures add needs --title, --kpi, --kind, --start and --due."));
        }
    }
    ImprovementMeasure m;
    m.title = cmd.value(u"title"_s).trimmed();
    const auto kpi = ScorecardText::kpi(cmd.value(u"kpi"_s));
    if (!kpi) {
        return usage(Cli::tr("“%1” is not a scorecard KPI.").arg(cmd.value(u"kpi"_s)));
    }
    m.kpi = *kpi;
    const auto kind = MeasureText::kind(cmd.value(u"kind"_s));
    if (!kind) {
        return usage(Cli::tr("--kind is training, incentive, process, coaching or other, not "
                             "“%1”.")
                             .arg(cmd.value(u"kind"_s)));
    }
    m.kind = *kind;
    if (cmd.isSet(u"status"_s)) {
        const auto status = MeasureText::status(cmd.value(u"status"_s));
        if (!status) {
            return usage(Cli::tr("--status is planned, running, done or dropped, not “%1”.")
                                 .arg(cmd.value(u"status"_s)));
        }
        m.status = *status;
    }
    const auto start = cmd.date(u"start"_s);
    const auto due = cmd.date(u"due"_s);
    if (!start || !due) {
        return fail(!start ? start.error() : due.error());
    }
    m.startsOn = *start;
    m.dueOn = *due;
    m.trainingId = cmd.value(u"training"_s).toLongLong();
    m.notes = cmd.value(u"notes"_s).trimmed();
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const TeamService &team = (*book)->team();
    if (cmd.isSet(u"rep"_s)) {
        auto rep = repNamed(team, cmd.value(u"rep"_s));
        if (!rep) {
            return fail(rep.error());
        }
        m.scope = MeasureScope::Rep;
        m.repId = *rep;
    } else if (cmd.isSet(u"team"_s)) {
        m.scope = MeasureScope::Team;
        m.teamId = team.findTeam(cmd.value(u"team"_s).trimmed());
        if (!m.teamId) {
            return fail(Error::user(
                    Cli::tr("The book has no team called “%1”.").arg(cmd.value(u"team"_s))));
        }
    } else {
        m.scope = MeasureScope::Company;
    }
    if (cmd.isSet(u"owner"_s)) {
        auto owner = repNamed(team, cmd.value(u"owner"_s));
        if (!owner) {
            return fail(owner.error());
        }
        m.ownerId = *owner;
    }
    auto id = (*book)->evaluation().addMeasure(m);
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("Added measure #%1, %2").arg(*id).arg(m.title));
    }
    return Ok;
}

int setStatus(const QStringList &arguments)
{
    Command cmd(u"measures status"_s, Cli::tr("Sets an improvement measure's status."));
    cmd.addDbOption();
    cmd.addOption({u"id"_s, Cli::tr("The measure."), u"N"_s});
    cmd.addOption({u"set"_s, Cli::tr("planned, running, done or dropped."), u"STATUS"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto status = MeasureText::status(cmd.value(u"set"_s));
    if (!cmd.isSet(u"id"_s) || !status) {
        return usage(Cli::tr("measures status needs --id and --set planned, running, done or "
                             "dropped."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    EvaluationService &evaluation = (*book)->evaluation();
    auto all = evaluation.measures();
    if (!all) {
        return fail(all.error());
    }
    for (ImprovementMeasure m : std::as_const(*all)) {
        if (m.id == cmd.value(u"id"_s).toLongLong()) {
            m.status = *status;
            if (auto st = evaluation.updateMeasure(m); !st) {
                return fail(st.error());
            }
            printLine(Cli::tr("Measure #%1 is %2.").arg(m.id).arg(MeasureText::name(*status)));
            return Ok;
        }
    }
    return fail(Error::user(Cli::tr("The book has no measure #%1.").arg(cmd.value(u"id"_s))));
}

int measureEffect(const QStringList &arguments)
{
    Command cmd(u"measures effect"_s,
                Cli::tr("A measure's KPI over the days before its start and after its due day, "
                        "beside the other reps': a comparison, not a proof."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The measure."), u"N"_s});
    cmd.addOption({u"days"_s, Cli::tr("Days before and after (default 90)."), u"N"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"id"_s)) {
        return usage(Cli::tr("measures effect needs --id."));
    }
    bool ok = true;
    const int days = cmd.isSet(u"days"_s) ? cmd.value(u"days"_s).toInt(&ok) : 90;
    if (!ok) {
        return usage(Cli::tr("--days is a number of days."));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    EvaluationService &evaluation = (*book)->evaluation();
    auto all = evaluation.measures();
    if (!all) {
        return fail(all.error());
    }
    const qint64 id = cmd.value(u"id"_s).toLongLong();
    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [id](const ImprovementMeasure &m) { return m.id == id; });
    if (found == all->cend()) {
        return fail(Error::user(Cli::tr("The book has no measure #%1.").arg(cmd.value(u"id"_s))));
    }
    auto effect = evaluation.effect(*found, days, *asOf);
    if (!effect) {
        return fail(effect.error());
    }
    const auto side = [](const std::optional<MeasureWindow> &w) -> QJsonValue {
        if (!w) {
            return QJsonValue();
        }
        return QJsonObject {{u"from"_s, toStoredDate(w->from)},
                            {u"to"_s, toStoredDate(w->to)},
                            {u"value"_s, orNull(w->value)},
                            {u"deals"_s, w->deals},
                            {u"complete"_s, w->complete}};
    };
    if (cmd.json()) {
        printJson({{u"id"_s, effect->measureId},
                   {u"kpi"_s, ScorecardText::code(effect->kpi)},
                   {u"days"_s, effect->days},
                   {u"before"_s, side(effect->before)},
                   {u"after"_s, side(effect->after)},
                   {u"others"_s, QJsonObject {{u"before"_s, side(effect->othersBefore)},
                                              {u"after"_s, side(effect->othersAfter)}}},
                   {u"difference"_s, orNull(effect->difference)},
                   {u"note"_s, effect->note}});
        return Ok;
    }
    const QLocale locale = cliLocale();
    const auto text = [&](const std::optional<MeasureWindow> &w) -> QString {
        if (!w) {
            return u"–"_s;
        }
        return Cli::tr("%1 (%n deal(s), %2 to %3)", nullptr, w->deals)
                .arg(w->value ? locale.toString(*w->value, 'f', 2) : u"–"_s, toStoredDate(w->from),
                     toStoredDate(w->to));
    };
    printLine(Cli::tr("%1, %2:").arg(found->title, ScorecardText::name(effect->kpi)));
    printLine(Cli::tr("  before: %1; after: %2").arg(text(effect->before), text(effect->after)));
    printLine(Cli::tr("  the other reps: before %1; after %2")
                      .arg(text(effect->othersBefore), text(effect->othersAfter)));
    if (effect->difference) {
        printLine(Cli::tr("  difference: %1").arg(locale.toString(*effect->difference, 'f', 2)));
    }
    if (!effect->note.isEmpty()) {
        printLine(u"  "_s + effect->note);
    }
    return Ok;
}

int listMeasures(const QStringList &arguments)
{
    Command cmd(u"measures"_s,
                Cli::tr("The improvement measures, by due day, with those overdue or due within "
                        "two weeks marked."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"as-of"_s, Cli::tr("The day to look at (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const TeamService &team = (*book)->team();
    auto all = (*book)->evaluation().measures();
    if (!all) {
        return fail(all.error());
    }
    const auto forWhom = [&](const ImprovementMeasure &m) -> QString {
        return m.scope == MeasureScope::Rep    ? team.repName(m.repId)
               : m.scope == MeasureScope::Team ? team.teamName(m.teamId)
                                               : Cli::tr("the company");
    };
    if (cmd.json()) {
        QJsonArray list;
        for (const ImprovementMeasure &m : std::as_const(*all)) {
            list.append(QJsonObject {
                    {u"id"_s, m.id},
                    {u"title"_s, m.title},
                    {u"scope"_s, MeasureText::code(m.scope)},
                    {u"rep"_s, m.repId ? QJsonValue(team.repName(m.repId)) : QJsonValue()},
                    {u"team"_s, m.teamId ? QJsonValue(team.teamName(m.teamId)) : QJsonValue()},
                    {u"kpi"_s, ScorecardText::code(m.kpi)},
                    {u"kind"_s, MeasureText::code(m.kind)},
                    {u"training_id"_s, m.trainingId ? QJsonValue(m.trainingId) : QJsonValue()},
                    {u"owner"_s, m.ownerId ? QJsonValue(team.repName(m.ownerId)) : QJsonValue()},
                    {u"start"_s, toStoredDate(m.startsOn)},
                    {u"due"_s, toStoredDate(m.dueOn)},
                    {u"status"_s, MeasureText::code(m.status)},
                    {u"overdue"_s, m.isOverdue(*asOf)},
                    {u"due_soon"_s, m.isDueSoon(*asOf)},
                    {u"notes"_s, m.notes}});
        }
        printJson({{u"as_of"_s, toStoredDate(*asOf)}, {u"measures"_s, list}});
        return Ok;
    }
    TextTable table({{Cli::tr("id"), TextTable::Right},
                     {Cli::tr("measure"), TextTable::Left, 36},
                     {Cli::tr("for")},
                     {Cli::tr("KPI")},
                     {Cli::tr("kind")},
                     {Cli::tr("due")},
                     {Cli::tr("status")}});
    for (const ImprovementMeasure &m : std::as_const(*all)) {
        QString status = MeasureText::name(m.status);
        if (m.isOverdue(*asOf)) {
            status += u" "_s + Cli::tr("(overdue)");
        } else if (m.isDueSoon(*asOf)) {
            status += u" "_s + Cli::tr("(due soon)");
        }
        table.addRow({QString::number(m.id), m.title, forWhom(m), ScorecardText::name(m.kpi),
                      MeasureText::name(m.kind), toStoredDate(m.dueOn), status});
    }
    printTable(table);
    return Ok;
}

} // namespace

int runMeasures(const QStringList &arguments)
{
    if (arguments.value(0) == u"add") {
        return addMeasure(arguments.mid(1));
    }
    if (arguments.value(0) == u"status") {
        return setStatus(arguments.mid(1));
    }
    if (arguments.value(0) == u"effect") {
        return measureEffect(arguments.mid(1));
    }
    return listMeasures(arguments.value(0) == u"list" ? arguments.mid(1) : arguments);
}

} // namespace salesdesk::cli
