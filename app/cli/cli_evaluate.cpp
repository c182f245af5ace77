// salesdesk evaluate: scorecards of the reps for a period, their ratings, finalising and
// reopening, and the scorecard templates.
#include "app/cli/clicommon.h"
#include "core/common/clock.h"
#include "core/common/dates.h"
#include "core/evaluation/evaluationservice.h"
#include "core/evaluation/leaderboard.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

// --period: a month, a quarter or a year of the company's calendar.
Result<Period> periodOf(const Command &cmd, Book &book)
{
    const auto p = Period::parse(cmd.value(u"period"_s), book.targets().yearStartMonth());
    if (!p || p->kind() == Period::Kind::Week) {
        return Error::user(Cli::tr("--period is a month, a quarter or a year (2026-07, 2026Q3, "
                                   "2026), not “%1”.")
                                   .arg(cmd.value(u"period"_s)));
    }
    return *p;
}

// --template: a JSON file, or the name of a template of the book's (default the standard one).
Result<EvaluationTemplate> templateOf(const Command &cmd, const EvaluationService &perf)
{
    const QString named = cmd.value(u"template"_s).trimmed();
    if (named.isEmpty()) {
        return perf.templateNamed(EvaluationTemplate::standard().name);
    }
    if (named.endsWith(u".json"_s, Qt::CaseInsensitive) || QFile::exists(named)) {
        QFile file(named);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::data(Cli::tr("Cannot read %1: %2").arg(named, file.errorString()));
        }
        return EvaluationTemplate::fromJson(file.readAll());
    }
    return perf.templateNamed(named);
}

QJsonObject evaluationJson(const Evaluation &e)
{
    QJsonObject o = e.card.toJson();
    o.insert(u"finalized"_s, e.finalized);
    o.insert(u"finalized_at"_s,
             e.finalized ? QJsonValue(toStoredTime(e.finalizedAt)) : QJsonValue());
    o.insert(u"changed"_s, e.live.has_value());
    o.insert(u"now"_s, e.live ? QJsonValue(e.live->toJson()) : QJsonValue());
    return o;
}

int evaluate(const QStringList &arguments)
{
    Command cmd(u"evaluate"_s,
                Cli::tr("Scorecards of the reps for a period: the KPIs against their targets and "
                        "the ratings of the criteria, a score, a grade and a rank."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("A month, a quarter or a year."), u"P"_s});
    cmd.addOption({u"template"_s,
                   Cli::tr("A template file (JSON) or the name of one of the book's (default: "
                           "Sales rep, quarterly)."),
                   u"FILE|NAME"_s});
    cmd.addOption({u"rep"_s, Cli::tr("Only this rep."), u"NAME"_s});
    cmd.addOption({u"finalize"_s,
                   Cli::tr("Keep the scorecards not yet final as they are now; they never change "
                           "afterwards.")});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s)) {
        return usage(Cli::tr("evaluate needs --period."));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(cmd.isSet(u"finalize"_s) ? Database::Access::ReadWrite
                                                      : Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto period = periodOf(cmd, **book);
    if (!period) {
        return fail(period.error());
    }
    EvaluationService &perf = (*book)->evaluation();
    auto t = templateOf(cmd, perf);
    if (!t) {
        return fail(t.error());
    }
    qint64 repId = 0;
    if (cmd.isSet(u"rep"_s)) {
        auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
        if (!rep) {
            return fail(rep.error());
        }
        repId = *rep;
    }
    if (cmd.isSet(u"finalize"_s)) {
        auto done = perf.finalize(*period, *t, repId, *asOf);
        if (!done) {
            return fail(done.error());
        }
    }
    auto all = perf.evaluate(*period, *t, repId, *asOf);
    if (!all) {
        return fail(all.error());
    }
    // The leaderboard: each rep beside the period before (as the Performance tab shows it).
    auto before = perf.evaluate(KpiService::previous(*period), *t, repId, *asOf);
    if (!before) {
        return fail(before.error());
    }
    const QList<LeaderboardRow> board = leaderboard(*all, *before);
    if (cmd.json()) {
        QJsonArray reps;
        for (const LeaderboardRow &row : board) {
            QJsonObject o = evaluationJson(row.evaluation);
            o.insert(u"previous_score"_s,
                     row.previousScore ? QJsonValue(*row.previousScore) : QJsonValue());
            o.insert(u"previous_rank"_s,
                     row.previousRank ? QJsonValue(row.previousRank) : QJsonValue());
            o.insert(u"change"_s, row.change ? QJsonValue(*row.change) : QJsonValue());
            reps.append(o);
        }
        QJsonObject out {{u"period"_s, period->toString()},
                         {u"template"_s, t->name},
                         {u"as_of"_s, toStoredDate(*asOf)},
                         {u"reps"_s, reps}};
        if (!repId) {
            auto teams = perf.evaluateTeams(*period, *t, *asOf);
            if (!teams) {
                return fail(teams.error());
            }
            QJsonArray scopes;
            for (qsizetype i = 0; i < teams->size(); ++i) {
                QJsonObject o = teams->at(i).toJson();
                o.insert(u"scope"_s, i + 1 < teams->size() ? u"team"_s : u"company"_s);
                scopes.append(o);
            }
            out.insert(u"teams"_s, scopes);
        }
        printJson(out);
        return Ok;
    }
    const QLocale locale = cliLocale();
    const auto number = [&](std::optional<double> v) -> QString {
        return v ? locale.toString(*v, 'f', 1) : u"–"_s;
    };
    TextTable table({{Cli::tr("rep"), TextTable::Left, 30},
                     {Cli::tr("figures"), TextTable::Right},
                     {Cli::tr("ratings"), TextTable::Right},
                     {Cli::tr("score"), TextTable::Right},
                     {Cli::tr("grade")},
                     {Cli::tr("rank"), TextTable::Right},
                     {Cli::tr("change"), TextTable::Right},
                     {Cli::tr("state")}});
    for (const LeaderboardRow &row : board) {
        const Evaluation &e = row.evaluation;
        table.addRow({e.card.rep, number(e.card.quantitative), number(e.card.qualitative),
                      number(e.card.score), e.card.grade.isEmpty() ? u"–"_s : e.card.grade,
                      e.card.rank ? QString::number(e.card.rank) : u"–"_s,
                      row.change ? (*row.change > 0 ? u"+"_s : QString()) + number(row.change)
                                 : Cli::tr("new"),
                      !e.finalized ? Cli::tr("draft")
                      : e.live ? Cli::tr("final; the book now gives %1").arg(number(e.live->score))
                               : Cli::tr("final")});
    }
    printLine(Cli::tr("%1, %2:").arg(period->label(), ScorecardText::shown(t->name)));
    printTable(table);
    return Ok;
}

int rate(const QStringList &arguments)
{
    Command cmd(u"evaluate rate"_s, Cli::tr("Rates a rep on a criterion for a period, 1 to 5."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("A month, a quarter or a year."), u"P"_s});
    cmd.addOption({u"rep"_s, Cli::tr("The rep."), u"NAME"_s});
    cmd.addOption({u"criterion"_s, Cli::tr("The criterion, as the template names it."), u"NAME"_s});
    cmd.addOption({u"rating"_s, Cli::tr("1 (poor) to 5 (excellent)."), u"N"_s});
    cmd.addOption({u"comment"_s, Cli::tr("Why."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    for (const char *needed : {"period", "rep", "criterion", "rating"}) {
        if (!cmd.isSet(QString::fromLatin1(needed))) {
            return usage(Cli::tr("evaluate rate needs --period, --rep, --criterion and --rating."));
        }
    }
    bool ok = false;
    const int rating = cmd.value(u"rating"_s).toInt(&ok);
    if (!ok || rating < 1 || rating > 5) {
        return usage(Cli::tr("--rating is 1 to 5, not “%1”.").arg(cmd.value(u"rating"_s)));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto period = periodOf(cmd, **book);
    if (!period) {
        return fail(period.error());
    }
    auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
    if (!rep) {
        return fail(rep.error());
    }
    const CriterionRating r {ScorecardText::stored(cmd.value(u"criterion"_s)), rating,
                             cmd.value(u"comment"_s).trimmed()};
    if (auto st = (*book)->evaluation().rate(*period, *rep, r); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"period"_s, period->toString()},
                   {u"rep"_s, (*book)->team().repName(*rep)},
                   {u"criterion"_s, r.criterion},
                   {u"rating"_s, r.rating},
                   {u"comment"_s, r.comment}});
    } else {
        printLine(Cli::tr("%1 rated %2 on %3 for %4.")
                          .arg((*book)->team().repName(*rep))
                          .arg(rating)
                          .arg(r.criterion, period->label()));
    }
    return Ok;
}

int reopen(const QStringList &arguments)
{
    Command cmd(u"evaluate reopen"_s,
                Cli::tr("Opens a rep's finalised evaluation of a period again, saying why (the "
                        "final one is kept)."));
    cmd.addDbOption();
    cmd.addOption({u"period"_s, Cli::tr("A month, a quarter or a year."), u"P"_s});
    cmd.addOption({u"rep"_s, Cli::tr("The rep."), u"NAME"_s});
    cmd.addOption({u"reason"_s, Cli::tr("Why it is reopened."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s) || !cmd.isSet(u"rep"_s) || !cmd.isSet(u"reason"_s)) {
        return usage(Cli::tr("evaluate reopen needs --period, --rep and --reason."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto period = periodOf(cmd, **book);
    if (!period) {
        return fail(period.error());
    }
    auto rep = repNamed((*book)->team(), cmd.value(u"rep"_s));
    if (!rep) {
        return fail(rep.error());
    }
    if (auto st = (*book)->evaluation().reopen(*period, *rep, cmd.value(u"reason"_s)); !st) {
        return fail(st.error());
    }
    printLine(Cli::tr("The evaluation of %1 for %2 is open again.")
                      .arg((*book)->team().repName(*rep), period->label()));
    return Ok;
}

int templates(const QStringList &arguments)
{
    Command cmd(u"evaluate templates"_s,
                Cli::tr("The book's scorecard templates; --add saves one from a file (replacing "
                        "one of its name), --remove takes one away."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"add"_s, Cli::tr("A template file (JSON) to save."), u"FILE"_s});
    cmd.addOption({u"remove"_s, Cli::tr("The name of a template to remove."), u"NAME"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const bool writes = cmd.isSet(u"add"_s) || cmd.isSet(u"remove"_s);
    auto book = cmd.openBook(writes ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    EvaluationService &perf = (*book)->evaluation();
    if (cmd.isSet(u"add"_s)) {
        QFile file(cmd.value(u"add"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Error::data(
                    Cli::tr("Cannot read %1: %2").arg(cmd.value(u"add"_s), file.errorString())));
        }
        auto t = EvaluationTemplate::fromJson(file.readAll());
        if (!t) {
            return fail(t.error());
        }
        if (auto st = perf.saveTemplate(*t); !st) {
            return fail(st.error());
        }
    }
    if (cmd.isSet(u"remove"_s)) {
        if (auto st = perf.removeTemplate(cmd.value(u"remove"_s)); !st) {
            return fail(st.error());
        }
    }
    auto all = perf.templates();
    if (!all) {
        return fail(all.error());
    }
    if (cmd.json()) {
        QJsonArray list;
        for (const EvaluationTemplate &t : std::as_const(*all)) {
            list.append(t.toJson());
        }
        printJson({{u"templates"_s, list}});
        return Ok;
    }
    for (const EvaluationTemplate &t : std::as_const(*all)) {
        QStringList kpis;
        for (const TemplateKpi &k : t.kpis) {
            kpis.append(u"%1 %2 %"_s.arg(ScorecardText::name(k.kpi)).arg(k.weight * 100));
        }
        QStringList criteria;
        for (const TemplateCriterion &c : t.criteria) {
            criteria.append(u"%1 %2 %"_s.arg(ScorecardText::shown(c.name)).arg(c.weight * 100));
        }
        printLine(Cli::tr("%1 — figures %2 % (%3), ratings %4 % (%5)")
                          .arg(ScorecardText::shown(t.name))
                          .arg(t.quantitativeWeight * 100)
                          .arg(kpis.join(u", "_s))
                          .arg((1 - t.quantitativeWeight) * 100)
                          .arg(criteria.join(u", "_s)));
    }
    return Ok;
}

} // namespace

int runEvaluate(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"rate") {
        return rate(arguments.mid(1));
    }
    if (sub == u"reopen") {
        return reopen(arguments.mid(1));
    }
    if (sub == u"templates") {
        return templates(arguments.mid(1));
    }
    return evaluate(arguments);
}

} // namespace salesdesk::cli
