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
    for (const auto &s : std::as_const(*result)) {
        auto &total = totals[s.segment];
        total.first += 1;
        total.second += s.monetary;
    }
    // Every customer, written as it comes with its name: both in id order, the names read
    // beside the segments rather than held (400,000 of them in a book of a million deals).
    std::optional<JsonListPrinter> rows;
    if (cmd.json()) {
        rows.emplace(QJsonObject {{u"as_of"_s, toStoredDate(*asOf)}, {u"currency"_s, home}},
                     u"customers"_s);
        qsizetype at = 0;
        const auto write = [&](const CustomerSegment &s, QUtf8StringView name) {
            rows->append(JsonListPrinter::item()
                                 .add("at_risk"_L1, s.atRisk)
                                 .add("f"_L1, s.f)
                                 .add("frequency"_L1, s.frequency)
                                 .add("id"_L1, s.customerId)
                                 .add("m"_L1, s.m)
                                 .add("monetary_minor"_L1, double(s.monetary))
                                 .add("name"_L1, name)
                                 .add("overridden"_L1, s.overridden)
                                 .add("r"_L1, s.r)
                                 .add("recency_days"_L1, s.recencyDays)
                                 .add("segment"_L1, SegmentText::code(s.segment)));
        };
        auto named = customers.eachName([&](qint64 id, QUtf8StringView name) {
            for (; at < result->size() && result->at(at).customerId <= id; ++at) {
                write(result->at(at), result->at(at).customerId == id ? name : QUtf8StringView());
            }
        });
        if (!named) {
            return fail(named.error());
        }
        for (; at < result->size(); ++at) {
            write(result->at(at), QUtf8StringView());
        }
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
    if (plan->overdue.size() + plan->dueToday.size() + plan->laterThisWeek.size() > 1000) {
        customers.readAllNames();
    }
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
                auto item = JsonListPrinter::item();
                item.add("cadence_days"_L1, f.cadenceDays)
                        .add("customer"_L1, customers.customerName(f.customerId))
                        .add("customer_id"_L1, f.customerId)
                        .add("due_date"_L1, toStoredDate(f.due))
                        .add("group"_L1, code);
                if (f.lastInteraction.isValid()) {
                    item.add("last_contact"_L1, toStoredDate(f.lastInteraction));
                } else {
                    item.addNull("last_contact"_L1);
                }
                due->append(item.add("overdue_days"_L1, f.overdueDays)
                                    .add("segment"_L1, SegmentText::code(f.segment)));
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
