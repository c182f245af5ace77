#include "core/customers/followups.h"

#include <algorithm>

namespace salesdesk {

QList<FollowUp> computeFollowUps(const QList<CustomerContact> &customers, const QDate &asOf,
                                 const ContactCadence &cadence)
{
    QList<FollowUp> out;
    out.reserve(customers.size());
    for (const auto &c : customers) {
        FollowUp f;
        f.customerId = c.customerId;
        f.segment = c.segment;
        f.cadenceDays = c.cadenceOverride > 0 ? c.cadenceOverride : cadence.forSegment(c.segment);
        f.lastInteraction = c.lastInteraction;
        const QDate base = c.lastInteraction.isValid() ? c.lastInteraction : c.since;
        f.due = base.addDays(f.cadenceDays);
        f.overdueDays = f.due < asOf ? int(f.due.daysTo(asOf)) : 0;
        out.append(f);
    }
    std::stable_sort(out.begin(), out.end(), [](const FollowUp &a, const FollowUp &b) {
        return a.due != b.due ? a.due < b.due : a.customerId < b.customerId;
    });
    return out;
}

} // namespace salesdesk
