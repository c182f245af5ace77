#include "app/cli/clicommon.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/segmentservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runSegments(const QStringList &arguments)
{
    Command cmd(u"segments"_s, Cli::tr("Computes every customer's segment (high-value, "
                                       "potential, general) and records the changes."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"as-of"_s, Cli::tr("The date to compute at (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const CustomerService &customers = (*book)->customers();
    auto result = (*book)->segments().recompute(*asOf);
    if (!result) {
        return fail(result.error());
    }
    const QString home = (*book)->currencies().home();
    QHash<Segment, std::pair<int, qint64>> totals;
    // Every customer, written as it comes (400,000 of them in a book of a million deals).
    std::optional<JsonListPrinter> rows;
    if (cmd.json()) {
        rows.emplace(QJsonObject {{u"as_of"_s, toStoredDate(*asOf)}, {u"currency"_s, home}},
                     u"customers"_s);
    }
    for (const auto &s : std::as_const(*result)) {
        auto &total = totals[s.segment];
        total.first += 1;
        total.second += s.monetary;
        if (!rows) {
            continue;
        }
        rows->append(QJsonObject {{u"id"_s, s.customerId},
                                  {u"name"_s, customers.customerName(s.customerId)},
                                  {u"segment"_s, SegmentText::code(s.segment)},
                                  {u"recency_days"_s, s.recencyDays},
                                  {u"frequency"_s, s.frequency},
                                  {u"monetary_minor"_s, double(s.monetary)},
                                  {u"r"_s, s.r},
                                  {u"f"_s, s.f},
                                  {u"m"_s, s.m},
                                  {u"at_risk"_s, s.atRisk},
                                  {u"overridden"_s, s.overridden}});
    }
    QJsonArray summary;
    TextTable table({{Cli::tr("segment")},
                     {Cli::tr("customers"), TextTable::Right},
                     {Cli::tr("won in the window"), TextTable::Right}});
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        if (cmd.json()) {
            summary.append(QJsonObject {{u"name"_s, SegmentText::code(s)},
                                        {u"count"_s, totals.value(s).first},
                                        {u"value_minor"_s, double(totals.value(s).second)}});
        } else {
            table.addRow({SegmentText::name(s), cliLocale().toString(totals.value(s).first),
                          money(totals.value(s).second, home)});
        }
    }
    if (rows) {
        rows->finish({{u"segments"_s, summary}});
    } else {
        printTable(table);
    }
    return Ok;
}

int runFollowUps(const QStringList &arguments)
{
    Command cmd(u"followups"_s, Cli::tr("Customers due for a contact under the communication "
                                        "plans (overdue, due today, later this week: the "
                                        "Follow-ups list of the app), and key dates coming up."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"as-of"_s, Cli::tr("The date to look at (default: today)."), u"DATE"_s});
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
    const CustomerService &customers = (*book)->customers();
    auto plan = customers.followUpPlan(*asOf);
    if (!plan) {
        return fail(plan.error());
    }
    // The customers due, written as they come (300,000 of them in a book of a million deals).
    std::optional<JsonListPrinter> due;
    if (cmd.json()) {
        due.emplace(QJsonObject {{u"as_of"_s, toStoredDate(*asOf)}}, u"due"_s);
    }
    TextTable table({{Cli::tr("due")},
                     {Cli::tr("customer"), TextTable::Left, 40},
                     {Cli::tr("segment")},
                     {Cli::tr("when")}});
    const auto list = [&](const QList<FollowUp> &group, const QString &code, const QString &name) {
        for (const auto &f : group) {
            if (due) {
                due->append(QJsonObject {
                        {u"customer_id"_s, f.customerId},
                        {u"customer"_s, customers.customerName(f.customerId)},
                        {u"segment"_s, SegmentText::code(f.segment)},
                        {u"group"_s, code},
                        {u"due_date"_s, toStoredDate(f.due)},
                        {u"overdue_days"_s, f.overdueDays},
                        {u"cadence_days"_s, f.cadenceDays},
                        {u"last_contact"_s, f.lastInteraction.isValid()
                                                    ? QJsonValue(toStoredDate(f.lastInteraction))
                                                    : QJsonValue()}});
            } else {
                table.addRow({toStoredDate(f.due), customers.customerName(f.customerId),
                              SegmentText::name(f.segment),
                              f.overdueDays > 0
                                      ? Cli::tr("%n day(s) overdue", nullptr, f.overdueDays)
                                      : name});
            }
        }
    };
    list(plan->overdue, u"overdue"_s, Cli::tr("overdue"));
    list(plan->dueToday, u"today"_s, Cli::tr("due today"));
    list(plan->laterThisWeek, u"this_week"_s, Cli::tr("later this week"));
    // Key dates within their days of warning: renewals, birthdays, anniversaries.
    QJsonArray dates;
    TextTable keyDates({{Cli::tr("date")},
                        {Cli::tr("customer"), TextTable::Left, 40},
                        {Cli::tr("key date"), TextTable::Left, 40}});
    for (const auto &[on, k] : std::as_const(plan->keyDates)) {
        if (cmd.json()) {
            dates.append(QJsonObject {{u"customer_id"_s, k.customerId},
                                      {u"customer"_s, customers.customerName(k.customerId)},
                                      {u"kind"_s, KeyDateText::code(k.kind)},
                                      {u"date"_s, toStoredDate(on)},
                                      {u"note"_s, k.note}});
        } else {
            keyDates.addRow({toStoredDate(on), customers.customerName(k.customerId),
                             KeyDateText::name(k.kind)
                                     + (k.note.isEmpty() ? QString() : u" · "_s + k.note)});
        }
    }
    if (due) {
        due->finish({{u"key_dates"_s, dates}, {u"week_end"_s, toStoredDate(plan->weekEnd)}});
    } else {
        if (table.isEmpty()) {
            printLine(
                    Cli::tr("Nobody is due for a contact by %1.").arg(toStoredDate(plan->weekEnd)));
        } else {
            printTable(table);
        }
        if (!keyDates.isEmpty()) {
            printLine(QString());
            printTable(keyDates);
        }
    }
    return Ok;
}

} // namespace salesdesk::cli
