#include "ui/commands/dealcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace salesdesk::ui {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("DealCommands", source);
}

Result<std::unique_ptr<DealCommand>> aroundDeal(PipelineService &service, qint64 id,
                                                const QString &label,
                                                const std::function<Status()> &change)
{
    return performSwap<std::optional<DealSnapshot>>(
            label,
            [&service, id]() -> Result<std::optional<DealSnapshot>> {
                if (!service.dealSummary(id)) {
                    return std::optional<DealSnapshot>(); // gone (deleted)
                }
                auto s = service.snapshot(id);
                if (!s) {
                    return s.error();
                }
                return std::optional<DealSnapshot>(*s);
            },
            change,
            [&service, id](const std::optional<DealSnapshot> &from,
                           const std::optional<DealSnapshot> &to) {
                return service.restoreDeal(id, to, from ? from->deal.version : RowVersion());
            });
}

} // namespace

namespace DealCommands {

Result<std::unique_ptr<DealCommand>> add(PipelineService &service, const Deal &deal)
{
    auto id = service.addDeal(deal);
    if (!id) {
        return id.error();
    }
    auto after = service.snapshot(*id);
    if (!after) {
        return after.error();
    }
    const qint64 dealId = *id;
    return std::make_unique<DealCommand>(
            text("Add Deal"), std::nullopt, std::optional<DealSnapshot>(*after),
            [&service, dealId](const std::optional<DealSnapshot> &from,
                               const std::optional<DealSnapshot> &to) {
                return service.restoreDeal(dealId, to, from ? from->deal.version : RowVersion());
            });
}

Result<std::unique_ptr<DealCommand>> edit(PipelineService &service, const Deal &deal)
{
    return aroundDeal(service, deal.id, text("Edit Deal"),
                      [&] { return service.updateDeal(deal); });
}

Result<std::unique_ptr<DealCommand>> editOnTop(PipelineService &service, const Deal &opened,
                                               const Deal &edited)
{
    return aroundDeal(service, opened.id, text("Edit Deal"),
                      [&] { return service.updateDealOnTop(opened, edited); });
}

Result<std::unique_ptr<DealCommand>> move(PipelineService &service, qint64 id, const DealMove &move)
{
    const QString label = move.status == DealStatus::Won    ? text("Mark Deal Won")
                          : move.status == DealStatus::Lost ? text("Mark Deal Lost")
                                                            : text("Move Deal");
    return aroundDeal(service, id, label, [&] { return service.moveDeal(id, move); });
}

Result<std::unique_ptr<DealCommand>> remove(PipelineService &service, qint64 id)
{
    return aroundDeal(service, id, text("Delete Deal"), [&] { return service.removeDeal(id); });
}

} // namespace DealCommands

namespace ActivityCommands {

Result<std::unique_ptr<ActivityCommand>> perform(ActivityService &service, Kind kind,
                                                 const Activity &activity)
{
    std::optional<Activity> before;
    if (kind != Kind::Add) {
        auto current = service.activity(activity.id);
        if (!current) {
            return current.error();
        }
        before = *current;
    }
    qint64 id = activity.id;
    QString label;
    Status status;
    switch (kind) {
    case Kind::Add: {
        label = text("Add Activity");
        auto added = service.addActivity(activity);
        if (!added) {
            return added.error();
        }
        id = *added;
        break;
    }
    case Kind::Edit:
        label = text("Edit Activity");
        status = service.updateActivity(activity);
        break;
    case Kind::Complete:
        label = text("Complete Activity");
        status = service.setDone(activity.id, true, activity.outcome);
        break;
    case Kind::Reopen:
        label = text("Reopen Activity");
        status = service.setDone(activity.id, false);
        break;
    case Kind::Delete:
        label = text("Delete Activity");
        status = service.removeActivity(activity.id);
        break;
    }
    if (!status) {
        return status.error();
    }
    std::optional<Activity> after;
    if (kind != Kind::Delete) {
        auto current = service.activity(id);
        if (!current) {
            return current.error();
        }
        after = *current;
    }
    return std::make_unique<ActivityCommand>(
            label, before, after, [&service, id](const auto &, const std::optional<Activity> &to) {
                return service.restoreActivity(id, to);
            });
}

} // namespace ActivityCommands

Result<std::unique_ptr<SwapCommand<StageLists>>>
editStages(PipelineService &service, const QList<Stage> &stages, const QList<LostReason> &reasons)
{
    const auto apply = [&service](const StageLists &, const StageLists &to) -> Status {
        if (auto st = service.saveStages(to.stages); !st) {
            return st;
        }
        return service.saveLostReasons(to.reasons);
    };
    StageLists before {service.stages(), service.lostReasons()};
    if (auto st = apply(before, {stages, reasons}); !st) {
        // Put back whatever part was saved before the refusal.
        (void)apply({}, before);
        return st.error();
    }
    return std::make_unique<SwapCommand<StageLists>>(
            text("Edit Stages"), std::move(before),
            StageLists {service.stages(), service.lostReasons()}, apply);
}

Result<std::unique_ptr<SwapCommand<CustomerRecord>>>
editPrimaryContact(CustomerService &service, qint64 customerId, const Customer &details)
{
    auto before = service.record(customerId);
    if (!before) {
        return before.error();
    }
    CustomerRecord after = *before;
    auto primary = std::find_if(after.contacts.begin(), after.contacts.end(),
                                [](const Contact &c) { return c.primary; });
    const bool none = details.contactPerson.trimmed().isEmpty() && details.phone.trimmed().isEmpty()
                      && details.email.trimmed().isEmpty();
    if (none) {
        // Nothing typed: the customer has no primary contact any more.
        if (primary != after.contacts.end()) {
            after.contacts.erase(primary);
        }
    } else if (primary == after.contacts.end()) {
        Contact c;
        c.customerId = customerId;
        c.primary = true;
        after.contacts.prepend(c);
        primary = after.contacts.begin();
    }
    if (!none) {
        primary->name = details.contactPerson.trimmed().isEmpty() ? after.customer.name
                                                                  : details.contactPerson.trimmed();
        primary->phone = details.phone.trimmed();
        primary->email = details.email.trimmed();
    }
    if (auto st = service.save(after); !st) {
        return st.error();
    }
    // Read back: a new contact has its id now, which undo and redo keep.
    auto saved = service.record(customerId);
    if (!saved) {
        return saved.error();
    }
    return std::make_unique<SwapCommand<CustomerRecord>>(
            text("Edit Customer"), *before, *saved,
            [&service](const CustomerRecord &from, const CustomerRecord &to) {
                return service.restore(to, from.customer.version);
            });
}

} // namespace salesdesk::ui
