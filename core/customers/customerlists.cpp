// CustomerService's lists: which customers a list shows and in what order, and who to contact.

#include "core/common/textorder.h"
#include "core/customers/customerservice.h"

#include <QCollator>

#include <algorithm>

namespace salesdesk {

namespace {

// How a list orders names: in the language's order, numbers as numbers, case aside.
QCollator nameCollator()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace

Result<QList<qint64>> CustomerService::listed(const CustomerListQuery &query,
                                              std::optional<CustomerField> order,
                                              bool descending) const
{
    if (!order) {
        return m_repo.listedIds(query);
    }
    auto rows = m_repo.listedTexts(query, *order);
    if (!rows) {
        return rows.error();
    }
    return orderedByText(*rows, descending, nameCollator());
}

Result<QList<KeyDate>> CustomerService::keyDates() const
{
    return m_keyDates.keyDates(0);
}

Result<FollowUpPlan> CustomerService::followUpPlan(const QDate &asOf) const
{
    auto all = m_segments.followUps(asOf);
    if (!all) {
        return all.error();
    }
    // Archived customers are few: their ids, rather than every customer read to ask each.
    auto archived = archivedIds();
    if (!archived) {
        return archived.error();
    }
    FollowUpPlan plan;
    plan.asOf = asOf;
    plan.weekEnd = asOf.addDays(7 - asOf.dayOfWeek());
    // followUps() is earliest due first; a stable sort by segment keeps that order within one.
    QList<FollowUp> due;
    for (const FollowUp &f : std::as_const(*all)) {
        if (f.due <= plan.weekEnd && !archived->contains(f.customerId)) {
            due.append(f);
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const FollowUp &a, const FollowUp &b) {
        return int(a.segment) < int(b.segment);
    });
    for (const FollowUp &f : std::as_const(due)) {
        (f.due < asOf    ? plan.overdue
         : f.due == asOf ? plan.dueToday
                         : plan.laterThisWeek)
                .append(f);
    }
    auto coming = keyDatesComingUp(asOf);
    if (!coming) {
        return coming.error();
    }
    plan.keyDates = std::move(coming).value();
    return plan;
}

Result<QList<std::pair<QDate, KeyDate>>> CustomerService::keyDatesComingUp(const QDate &asOf) const
{
    auto archived = archivedIds();
    if (!archived) {
        return archived.error();
    }
    auto coming = m_keyDates.comingUp(asOf);
    if (!coming) {
        return coming.error();
    }
    coming->removeIf(
            [&](const auto &dated) { return archived->contains(dated.second.customerId); });
    return coming;
}

} // namespace salesdesk
