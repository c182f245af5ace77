#include "core/exchange/importrows.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::importing {

namespace {

std::optional<ActivityKind> activityKindFromText(const QString &text)
{
    const QString k = key(text);
    if (k.isEmpty()) {
        return ActivityKind::Task;
    }
    if (auto kind = PipelineText::activityKind(k)) {
        return kind;
    }
    static const QHash<QString, ActivityKind> names = {
            {u"phone call"_s, ActivityKind::Call}, {u"电话"_s, ActivityKind::Call},
            {u"致电"_s, ActivityKind::Call},       {u"lunch"_s, ActivityKind::Meeting},
            {u"会议"_s, ActivityKind::Meeting},    {u"会面"_s, ActivityKind::Meeting},
            {u"拜访"_s, ActivityKind::Visit},      {u"上门拜访"_s, ActivityKind::Visit},
            {u"邮件"_s, ActivityKind::Email},      {u"演示"_s, ActivityKind::Demo},
            {u"deadline"_s, ActivityKind::Task},   {u"to-do"_s, ActivityKind::Task},
            {u"todo"_s, ActivityKind::Task},       {u"任务"_s, ActivityKind::Task},
            {u"待办"_s, ActivityKind::Task},
    };
    const auto at = names.constFind(k);
    if (at != names.cend()) {
        return *at;
    }
    for (auto kind : PipelineText::activityKinds()) {
        if (key(PipelineText::name(kind)) == k) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace

// A row of an activities file, linked to its customer and deal.
Result<Outcome> importActivity(State &st, Row &row)
{
    const QString subject = row.text(Field::Subject);
    if (subject.isEmpty()) {
        row.problem(Field::Subject, Importer::tr("the activity has no subject"));
    }
    const auto kind = activityKindFromText(row.text(Field::ActivityKind));
    if (!kind) {
        row.problem(
                Field::ActivityKind,
                Importer::tr("“%1” is not a kind of activity").arg(row.text(Field::ActivityKind)));
    }
    const auto due = row.date(Field::DueAt);
    if (!due && row.text(Field::DueAt).isEmpty()) {
        row.problem(Field::DueAt, Importer::tr("the activity has no due date"));
    }
    const auto doneAt = row.when(Field::DoneAt);
    const auto dealCreated = row.when(Field::DealCreatedAt);
    auto done = ImportValues::flag(row.text(Field::Done));
    if (!done) {
        row.problem(Field::Done,
                    Importer::tr("“%1” is neither yes nor no").arg(row.text(Field::Done)));
    }
    if (!row.problems().isEmpty()) {
        return Outcome::Rejected;
    }
    const bool isDone = *done || doneAt.has_value();
    // The time of day, when the due column has one ("2026-09-12 14:30").
    QTime dueTime(9, 0);
    {
        const QString t = row.text(Field::DueAt);
        const qsizetype colon = t.indexOf(u':');
        if (colon >= 2) {
            const QTime parsed = QTime::fromString(t.mid(colon - 2, 5).trimmed(), u"HH:mm"_s);
            if (parsed.isValid()) {
                dueTime = parsed;
            }
        }
    }
    const QString company = row.text(Field::CustomerName);
    Result<qint64> cid = qint64(0);
    if (!company.isEmpty()) {
        cid = st.customer(row, company, true);
        if (!cid) {
            return row.fail(cid.error());
        }
    }
    qint64 dealId = 0;
    if (const QString dealTitle = row.text(Field::DealTitle); !dealTitle.isEmpty()) {
        auto found = st.dealOf(*cid, dealTitle, *due, dealCreated);
        if (!found) {
            return row.fail(found.error());
        }
        dealId = *found;
        if (!dealId) {
            row.problem(Field::DealTitle,
                        Importer::tr("the customer has no deal “%1”").arg(dealTitle));
            return Outcome::Rejected;
        }
    }
    // The activity of the book this row stands for, taken so no later row finds it too.
    qint64 existing = 0;
    if (auto found = st.activityByKey.find(activityKey(subject, *due, *cid));
        found != st.activityByKey.end() && !found->isEmpty()) {
        existing = found->takeFirst();
    }
    if (existing && st.options.duplicates == DuplicatePolicy::Skip) {
        return Outcome::Skipped;
    }
    auto owner = st.owner(row);
    if (!owner) {
        return row.fail(owner.error());
    }
    const bool update = existing && st.options.duplicates == DuplicatePolicy::Update;
    Activity a;
    if (update && st.write) {
        auto old = st.activities.activity(existing);
        if (!old) {
            return row.fail(old.error());
        }
        a = *old;
    }
    const Activity before = a;
    a.kind = *kind;
    a.subject = subject;
    a.dueAt = QDateTime(*due, dueTime);
    a.done = isDone;
    a.doneAt = isDone ? (doneAt ? *doneAt : a.dueAt.toUTC()) : QDateTime();
    if (!row.text(Field::Outcome).isEmpty()) {
        a.outcome = row.text(Field::Outcome);
    }
    a.customerId = *cid > 0 ? *cid : a.customerId;
    a.dealId = dealId ? dealId : a.dealId;
    a.repId = *owner ? *owner : a.repId;
    if (!update) {
        a.createdAt = st.now;
    }
    if (auto kept = st.keep(st.activities, a, update, before, st.journal.activitiesBefore,
                            st.journal.activities);
        !kept) {
        return row.fail(kept.error());
    }
    return update ? Outcome::Updated : Outcome::Imported;
}

} // namespace salesdesk::importing
