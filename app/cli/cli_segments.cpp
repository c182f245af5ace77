#include "app/cli/clicommon.h"
#include "core/customers/keydates.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/pipelineservice.h"

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
    const auto asOf = cmd.date(u"as-of"_s, QDate::currentDate());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto db = Database::open(cmd.dbPath(), Database::Access::ReadWrite);
    if (!db) {
        return fail(db.error());
    }
    PipelineService pipeline(**db);
    if (auto st = pipeline.load(); !st) {
        return fail(st.error());
    }
    SegmentService segments(**db);
    auto result = segments.recompute(*asOf);
    if (!result) {
        return fail(result.error());
    }
    QHash<Segment, std::pair<int, qint64>> totals;
    QJsonArray customers;
    for (const auto &s : std::as_const(*result)) {
        auto &total = totals[s.segment];
        total.first += 1;
        total.second += s.monetary;
        customers.append(QJsonObject {{u"id"_s, s.customerId},
                                      {u"name"_s, pipeline.customerName(s.customerId)},
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
                   {u"currency"_s, pipeline.currency()},
                   {u"segments"_s, summary},
                   {u"customers"_s, customers}});
    }
    return Ok;
}

int runFollowUps(const QStringList &arguments)
{
    Command cmd(u"followups"_s, Cli::tr("Customers due or overdue for a contact under the "
                                        "communication plans."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.parser().addOption(
            {u"as-of"_s, Cli::tr("The date to look at (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto asOf = cmd.date(u"as-of"_s, QDate::currentDate());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto db = Database::open(cmd.dbPath(), Database::Access::ReadOnly);
    if (!db) {
        return fail(db.error());
    }
    PipelineService pipeline(**db);
    if (auto st = pipeline.load(); !st) {
        return fail(st.error());
    }
    SegmentService segments(**db);
    auto all = segments.followUps(*asOf);
    if (!all) {
        return fail(all.error());
    }
    QJsonArray due;
    for (const auto &f : std::as_const(*all)) {
        if (f.due > *asOf) {
            break; // earliest first: the rest are not due yet
        }
        if (cmd.json()) {
            due.append(QJsonObject {{u"customer_id"_s, f.customerId},
                                    {u"customer"_s, pipeline.customerName(f.customerId)},
                                    {u"segment"_s, SegmentText::code(f.segment)},
                                    {u"due_date"_s, toStoredDate(f.due)},
                                    {u"overdue_days"_s, f.overdueDays}});
        } else {
            printLine(u"%1  %2  %3"_s.arg(
                    toStoredDate(f.due), pipeline.customerName(f.customerId).leftJustified(40),
                    f.overdueDays > 0 ? Cli::tr("%1 days overdue").arg(f.overdueDays)
                                      : Cli::tr("due today")));
        }
    }
    // Key dates within their days of warning: renewals, birthdays, anniversaries.
    auto coming = KeyDateRepository((*db)->connection()).comingUp(*asOf);
    if (!coming) {
        return fail(coming.error());
    }
    QJsonArray dates;
    for (const auto &[on, k] : std::as_const(*coming)) {
        if (cmd.json()) {
            dates.append(QJsonObject {{u"customer_id"_s, k.customerId},
                                      {u"customer"_s, pipeline.customerName(k.customerId)},
                                      {u"kind"_s, KeyDateText::code(k.kind)},
                                      {u"date"_s, toStoredDate(on)},
                                      {u"note"_s, k.note}});
        } else {
            printLine(u"%1  %2  %3"_s.arg(
                    toStoredDate(on), pipeline.customerName(k.customerId).leftJustified(40),
                    KeyDateText::name(k.kind)
                            + (k.note.isEmpty() ? QString() : u" · "_s + k.note)));
        }
    }
    if (cmd.json()) {
        printJson({{u"as_of"_s, toStoredDate(*asOf)}, {u"due"_s, due}, {u"key_dates"_s, dates}});
    }
    return Ok;
}

} // namespace salesdesk::cli
