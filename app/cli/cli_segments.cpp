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
    cmd.parser().addOption(
            {u"as-of"_s, Cli::tr("The date to compute at (default: today)."), u"DATE"_s});
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
    QHash<Segment, std::pair<int, qint64>> totals;
    QJsonArray rows;
    for (const auto &s : std::as_const(*result)) {
        auto &total = totals[s.segment];
        total.first += 1;
        total.second += s.monetary;
        rows.append(QJsonObject {{u"id"_s, s.customerId},
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
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        if (cmd.json()) {
            summary.append(QJsonObject {{u"name"_s, SegmentText::code(s)},
                                        {u"count"_s, totals.value(s).first},
                                        {u"value_minor"_s, double(totals.value(s).second)}});
        } else {
            printLine(u"%1  %2"_s.arg(SegmentText::name(s).leftJustified(14))
                              .arg(totals.value(s).first, 7));
        }
    }
    if (cmd.json()) {
        printJson({{u"as_of"_s, toStoredDate(*asOf)},
                   {u"currency"_s, (*book)->currencies().home()},
                   {u"segments"_s, summary},
                   {u"customers"_s, rows}});
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
    cmd.parser().addOption(
            {u"as-of"_s, Cli::tr("The date to look at (default: today)."), u"DATE"_s});
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
    QJsonArray due;
    const auto list = [&](const QList<FollowUp> &group, const QString &code, const QString &name) {
        for (const auto &f : group) {
            if (cmd.json()) {
                due.append(QJsonObject {
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
                printLine(u"%1  %2  %3  %4"_s.arg(
                        toStoredDate(f.due), customers.customerName(f.customerId).leftJustified(40),
                        SegmentText::name(f.segment).leftJustified(12),
                        f.overdueDays > 0 ? Cli::tr("%1 days overdue").arg(f.overdueDays) : name));
            }
        }
    };
    list(plan->overdue, u"overdue"_s, Cli::tr("overdue"));
    list(plan->dueToday, u"today"_s, Cli::tr("due today"));
    list(plan->laterThisWeek, u"this_week"_s, Cli::tr("later this week"));
    // Key dates within their days of warning: renewals, birthdays, anniversaries.
    QJsonArray dates;
    for (const auto &[on, k] : std::as_const(plan->keyDates)) {
        if (cmd.json()) {
            dates.append(QJsonObject {{u"customer_id"_s, k.customerId},
                                      {u"customer"_s, customers.customerName(k.customerId)},
                                      {u"kind"_s, KeyDateText::code(k.kind)},
                                      {u"date"_s, toStoredDate(on)},
                                      {u"note"_s, k.note}});
        } else {
            printLine(u"%1  %2  %3"_s.arg(
                    toStoredDate(on), customers.customerName(k.customerId).leftJustified(40),
                    KeyDateText::name(k.kind)
                            + (k.note.isEmpty() ? QString() : u" · "_s + k.note)));
        }
    }
    if (cmd.json()) {
        printJson({{u"as_of"_s, toStoredDate(*asOf)},
                   {u"week_end"_s, toStoredDate(plan->weekEnd)},
                   {u"due"_s, due},
                   {u"key_dates"_s, dates}});
    }
    return Ok;
}

} // namespace salesdesk::cli
