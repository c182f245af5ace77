#include "app/cli/clicommon.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

QString stageNames(const PipelineService &pipeline)
{
    QStringList names;
    for (const auto &s : pipeline.activeStages()) {
        names.append(s.displayName());
    }
    return names.join(u", "_s);
}

int list(const QStringList &arguments)
{
    Command cmd(u"deals list"_s, Cli::tr("Lists deals."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"stage"_s, Cli::tr("Only deals in this stage."), u"S"_s});
    cmd.addOption({u"status"_s, Cli::tr("open, won or lost."), u"STATUS"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const PipelineService &pipeline = (*book)->pipeline();
    const CustomerService &customers = (*book)->customers();
    const TeamService &team = (*book)->team();
    const QDateTime now = (*book)->clock().nowUtc();
    qint64 stageId = 0;
    if (cmd.isSet(u"stage"_s)) {
        const Stage *s = pipeline.findStage(cmd.value(u"stage"_s));
        if (!s) {
            return usage(Cli::tr("there is no stage “%1”; the stages are: %2.")
                                 .arg(cmd.value(u"stage"_s), stageNames(pipeline)));
        }
        stageId = s->id;
    }
    std::optional<DealStatus> status;
    if (cmd.isSet(u"status"_s)) {
        status = PipelineText::dealStatus(cmd.value(u"status"_s).toLower());
        if (!status) {
            return usage(Cli::tr("--status is open, won or lost, not “%1”.")
                                 .arg(cmd.value(u"status"_s)));
        }
    }
    // A stage holds the open deals in it; the closed ones only remember their last stage.
    auto deals
            = pipeline.dealSummaries(stageId ? std::optional(DealStatus::Open) : status, stageId);
    if (!deals) {
        return fail(deals.error());
    }
    QJsonArray rows;
    using T = TextTable;
    TextTable table({{Cli::tr("id"), T::Right},
                     {Cli::tr("title"), T::Left, 36},
                     {Cli::tr("customer"), T::Left, 30},
                     {Cli::tr("stage"), T::Left, 22},
                     {Cli::tr("value"), T::Right},
                     {Cli::tr("expected close")}});
    int shown = 0;
    for (const auto &d : std::as_const(*deals)) {
        if (status && d.status != *status) {
            continue; // --stage with a --status other than open
        }
        const Stage *s = pipeline.stage(d.stageId);
        const QString stage = s ? s->displayName() : QString();
        if (cmd.json()) {
            rows.append(QJsonObject {
                    {u"id"_s, d.id},
                    {u"title"_s, d.title},
                    {u"customer"_s, customers.customerName(d.customerId)},
                    {u"owner"_s, team.repName(d.ownerId)},
                    {u"stage"_s, stage},
                    // The built-in stage's code does not change with the language.
                    {u"stage_code"_s, s ? s->code : QString()},
                    {u"status"_s, PipelineText::code(d.status)},
                    {u"value_minor"_s, d.valueMinor},
                    {u"currency"_s, d.currency},
                    // In the book's home currency, as every total counts it.
                    {u"value_home_minor"_s, pipeline.homeValue(d, now)},
                    {u"weighted_home_minor"_s, pipeline.weightedValue(d, now)},
                    {u"probability"_s, pipeline.probability(d) / 100.0},
                    {u"expected_close"_s, d.expectedClose.isValid()
                                                  ? QJsonValue(toStoredDate(d.expectedClose))
                                                  : QJsonValue()},
            });
        } else {
            table.addRow({QString::number(d.id), d.title, customers.customerName(d.customerId),
                          d.status == DealStatus::Open ? stage : PipelineText::name(d.status),
                          money(d.valueMinor, d.currency), toStoredDate(d.expectedClose)});
        }
        ++shown;
    }
    if (cmd.json()) {
        printJson({{u"currency"_s, (*book)->currencies().home()}, {u"deals"_s, rows}});
    } else {
        printTable(table);
        printLine(Cli::tr("%n deal(s)", nullptr, shown));
    }
    return Ok;
}

int add(const QStringList &arguments)
{
    Command cmd(u"deals add"_s, Cli::tr("Adds a deal, creating the customer and owner by name when "
                                        "they are new."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"title"_s, Cli::tr("The deal's title."), u"T"_s});
    cmd.addOption({u"customer"_s, Cli::tr("The customer's name."), u"NAME"_s});
    cmd.addOption({u"value"_s, Cli::tr("The value, e.g. 12000 or 12000.50."), u"AMOUNT"_s});
    cmd.addOption({u"currency"_s,
                   Cli::tr("The deal's currency (default: the book's home currency); another "
                           "one needs an exchange rate in the book (salesdesk rates set)."),
                   u"CODE"_s});
    cmd.addOption({u"stage"_s, Cli::tr("The stage (default: the first)."), u"S"_s});
    cmd.addOption({u"owner"_s, Cli::tr("The sales rep who owns it."), u"NAME"_s});
    cmd.addOption({u"close"_s, Cli::tr("Expected close date."), u"DATE"_s});
    cmd.addOption({u"created"_s,
                   Cli::tr("Back-dates the deal's creation, and that of a customer or owner it "
                           "brings in (entering history)."),
                   u"DATE"_s});
    cmd.addOption({u"product"_s, Cli::tr("Product or service."), u"TEXT"_s});
    cmd.addOption({u"competitor"_s,
                   Cli::tr("A competitor the deal meets (repeat for more); one the register "
                           "does not have is added to it."),
                   u"NAME"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    for (const auto &required : {u"title"_s, u"customer"_s, u"value"_s}) {
        if (!cmd.isSet(required)) {
            return usage(Cli::tr("deals add needs --%1.").arg(required));
        }
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    PipelineService &pipeline = (*book)->pipeline();
    const CurrencyService &currencies = (*book)->currencies();
    Deal d;
    d.title = cmd.value(u"title"_s).trimmed();
    d.currency = cmd.isSet(u"currency"_s) ? cmd.value(u"currency"_s).trimmed().toUpper()
                                          : currencies.home();
    if (!currency::isValidCode(d.currency)) {
        return usage(Cli::tr("--currency “%1” is not a currency code (three letters such as "
                             "USD).")
                             .arg(cmd.value(u"currency"_s)));
    }
    if (!currencies.canConvert(d.currency)) {
        return fail(Error::data(Cli::tr("The book has no exchange rate for %1; set one first: "
                                        "salesdesk rates set --currency %1 --rate RATE")
                                        .arg(d.currency)));
    }
    auto value = Money::parse(cmd.value(u"value"_s), d.currency);
    if (!value) {
        return usage(u"--value: "_s + value.message());
    }
    d.valueMinor = value->minor();
    if (d.valueMinor < 0) {
        return usage(Cli::tr("--value cannot be negative."));
    }
    if (cmd.isSet(u"stage"_s)) {
        const Stage *s = pipeline.findStage(cmd.value(u"stage"_s));
        if (!s || s->archived) {
            return usage(Cli::tr("there is no stage “%1”; the stages are: %2.")
                                 .arg(cmd.value(u"stage"_s), stageNames(pipeline)));
        }
        d.stageId = s->id;
    }
    if (cmd.isSet(u"close"_s)) {
        auto close = parseDate(cmd.value(u"close"_s), u"close"_s);
        if (!close) {
            return fail(close.error());
        }
        d.expectedClose = *close;
    }
    QDateTime created;
    if (cmd.isSet(u"created"_s)) {
        auto when = parseWhen(cmd.value(u"created"_s), u"created"_s);
        if (!when) {
            return fail(when.error());
        }
        created = *when;
        // Entering history: a customer or rep this deal brings in dates from it too.
        (*book)->setClock(Clock::fixedAt(created));
    }
    d.product = cmd.value(u"product"_s);
    for (const QString &name : cmd.parser().values(u"competitor"_s)) {
        for (const QString &one : PipelineText::competitorNames(name)) {
            if (!d.competitors.contains(one, Qt::CaseInsensitive)) {
                d.competitors.append(one);
            }
        }
    }
    if (d.title.isEmpty()) {
        return usage(Cli::tr("--title cannot be empty."));
    }
    // The customer and the rep it names and the deal are one change: a deal refused leaves no
    // new customer or rep behind.
    qint64 id = 0;
    const Status added = (*book)->inOneEdit([&]() -> Status {
        auto customer = (*book)->customers().ensureCustomer(cmd.value(u"customer"_s));
        if (!customer) {
            return customer.error();
        }
        d.customerId = *customer;
        auto owner = (*book)->team().ensureRep(cmd.value(u"owner"_s));
        if (!owner) {
            return owner.error();
        }
        // Without --owner: a rep's or a manager's own deal (a team server's rule).
        d.ownerId = cmd.isSet(u"owner"_s) ? *owner : (*book)->ownRepId();
        auto dealId = pipeline.addDeal(d, created);
        if (!dealId) {
            return dealId.error();
        }
        id = *dealId;
        return {};
    });
    if (!added) {
        return fail(added.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, id}});
    } else {
        printLine(Cli::tr("Added deal #%1").arg(id));
    }
    return Ok;
}

int move(const QStringList &arguments)
{
    Command cmd(u"deals move"_s,
                Cli::tr("Moves a deal to a stage, or closes it as won or lost, and "
                        "records the change in its stage history."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The deal's id."), u"N"_s});
    cmd.addOption({u"stage"_s, Cli::tr("A stage, or won, or lost."), u"S"_s});
    cmd.addOption({u"reason"_s,
                   Cli::tr("Why it was lost: a reason from the book's list, or free text."),
                   u"TEXT"_s});
    cmd.addOption({u"date"_s, Cli::tr("When it happened (back-entering history)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    bool okId = false;
    const qint64 id = cmd.value(u"id"_s).toLongLong(&okId);
    if (!okId || !cmd.isSet(u"stage"_s)) {
        return usage(Cli::tr("deals move needs --id N and --stage S."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    PipelineService &pipeline = (*book)->pipeline();
    DealMove move;
    const QString target = cmd.value(u"stage"_s).trimmed();
    if (target.compare(u"won"_s, Qt::CaseInsensitive) == 0) {
        move.status = DealStatus::Won;
    } else if (target.compare(u"lost"_s, Qt::CaseInsensitive) == 0) {
        move.status = DealStatus::Lost;
        const QString reason = cmd.value(u"reason"_s);
        if (const LostReason *r = pipeline.findLostReason(reason); r && !reason.isEmpty()) {
            move.lostReasonId = r->id;
        } else {
            const LostReason *other = pipeline.findLostReason(u"other"_s);
            move.lostReasonId = other ? other->id : 0;
            move.lostNote = reason;
        }
    } else {
        const Stage *s = pipeline.findStage(target);
        if (!s || s->archived) {
            return usage(Cli::tr("there is no stage “%1”; use won, lost or one of: %2.")
                                 .arg(target, stageNames(pipeline)));
        }
        move.stageId = s->id;
    }
    QDateTime when;
    if (cmd.isSet(u"date"_s)) {
        auto parsed = parseWhen(cmd.value(u"date"_s), u"date"_s);
        if (!parsed) {
            return fail(parsed.error());
        }
        when = *parsed;
    }
    if (auto st = pipeline.moveDeal(id, move, when); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, id}, {u"status"_s, PipelineText::code(move.status)}});
    } else {
        printLine(Cli::tr("Moved deal #%1").arg(id));
    }
    return Ok;
}

Result<qint64> dealId(const Command &cmd)
{
    bool ok = false;
    const qint64 id = cmd.value(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::user(Cli::tr("--id is the number of a deal."));
    }
    return id;
}

int reverse(const QStringList &arguments)
{
    Command cmd(u"deals reverse"_s,
                Cli::tr("Reverses a won deal (cancelled or refunded): it is lost from that day, "
                        "and commission paid on it within the plan's clawback window is taken "
                        "back in the period of the reversal. Settled statements never change."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The deal."), u"N"_s});
    cmd.addOption({u"date"_s, Cli::tr("The day it was reversed (default: today)."), u"DATE"_s});
    cmd.addOption({u"reason"_s, Cli::tr("Why (cancelled, refunded…)."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"id"_s) || !cmd.isSet(u"reason"_s)) {
        return usage(Cli::tr("deals reverse needs --id and --reason."));
    }
    auto id = dealId(cmd);
    if (!id) {
        return fail(id.error());
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const auto day = cmd.date(u"date"_s, (*book)->clock().today());
    if (!day) {
        return fail(day.error());
    }
    if (auto st = (*book)->commission().reverseDeal(*id, *day, cmd.value(u"reason"_s)); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}, {u"reversed_on"_s, toStoredDate(*day)}});
    } else {
        printLine(Cli::tr("Reversed deal #%1 on %2").arg(*id).arg(toStoredDate(*day)));
    }
    return Ok;
}

int split(const QStringList &arguments)
{
    Command cmd(u"deals split"_s,
                Cli::tr("Splits the credit for a deal among reps; the shares add up to 100 %. "
                        "Without --rep the owner is credited alone again."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The deal."), u"N"_s});
    cmd.addOption({u"rep"_s, Cli::tr("NAME=SHARE, e.g. \"Li Wei=60%\" (repeat it)."), u"R=S"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"id"_s)) {
        return usage(Cli::tr("deals split needs --id."));
    }
    auto id = dealId(cmd);
    if (!id) {
        return fail(id.error());
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const TeamService &team = (*book)->team();
    QList<CreditSplit> shares;
    for (const QString &pair : cmd.parser().values(u"rep"_s)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const auto share = eq > 0 ? CommissionText::parsePercent(pair.mid(eq + 1)) : std::nullopt;
        if (!share) {
            return usage(Cli::tr("--rep is NAME=SHARE, e.g. \"Li Wei=60%\", not “%1”.").arg(pair));
        }
        const qint64 rep = team.findRep(pair.left(eq));
        if (!rep) {
            return fail(Error::user(
                    Cli::tr("There is no sales rep called “%1”.").arg(pair.left(eq).trimmed())));
        }
        shares.append({rep, *share});
    }
    if (auto st = (*book)->commission().setSplits(*id, shares); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        QJsonArray rows;
        for (const auto &s : std::as_const(shares)) {
            rows.append(QJsonObject {{u"rep"_s, team.repName(s.repId)},
                                     {u"share"_s, double(s.sharePpm) / double(kPpm)}});
        }
        printJson({{u"id"_s, *id}, {u"splits"_s, rows}});
    } else {
        printLine(Cli::tr("Split deal #%1 among %2 reps").arg(*id).arg(shares.size()));
    }
    return Ok;
}

} // namespace

int category(const QStringList &arguments)
{
    Command cmd(u"deals category"_s,
                Cli::tr("Sets an open deal's forecast category: how sure its rep is that it "
                        "closes in its period."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"id"_s, Cli::tr("The deal."), u"N"_s});
    cmd.addOption({u"set"_s, Cli::tr("pipeline, best_case, commit or omitted."), u"C"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"id"_s) || !cmd.isSet(u"set"_s)) {
        return usage(Cli::tr("deals category needs --id and --set."));
    }
    const auto chosen = PipelineText::forecastCategoryCode(cmd.value(u"set"_s));
    if (!chosen) {
        return usage(Cli::tr("--set is pipeline, best_case, commit or omitted, not “%1”.")
                             .arg(cmd.value(u"set"_s)));
    }
    bool ok = false;
    const qint64 id = cmd.value(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0) {
        return usage(Cli::tr("--id is the number of a deal."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    PipelineService &pipeline = (*book)->pipeline();
    auto deal = pipeline.deal(id);
    if (!deal) {
        return fail(deal.error());
    }
    if (deal->status != DealStatus::Open) {
        return fail(Error::user(Cli::tr("Deal #%1 is closed: only an open deal has a forecast "
                                        "category.")
                                        .arg(id)));
    }
    deal->forecastCategory = *chosen;
    if (auto st = pipeline.updateDeal(*deal); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, id}, {u"category"_s, PipelineText::code(*chosen)}});
    } else {
        printLine(Cli::tr("Deal #%1 is now in %2.").arg(id).arg(PipelineText::name(*chosen)));
    }
    return Ok;
}

int runDeals(const QStringList &arguments)
{
    return runSubCommand(
            u"deals"_s,
            {{u"list"_s, &list, QT_TRANSLATE_NOOP("Cli", "List deals, all or by stage or status")},
             {u"add"_s, &add, QT_TRANSLATE_NOOP("Cli", "Add a deal")},
             {u"move"_s, &move, QT_TRANSLATE_NOOP("Cli", "Move a deal to a stage, won or lost")},
             {u"split"_s, &split, QT_TRANSLATE_NOOP("Cli", "Split a deal's credit among reps")},
             {u"reverse"_s, &reverse,
              QT_TRANSLATE_NOOP("Cli", "Reverse a won deal (cancelled or refunded)")},
             {u"category"_s, &category,
              QT_TRANSLATE_NOOP("Cli", "Set an open deal's forecast category")}},
            arguments);
}

} // namespace salesdesk::cli
