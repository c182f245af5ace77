#include "ui/commands/dealcommands.h"

#include "ui/commands/replay.h"

#include <QCoreApplication>

namespace salesdesk::ui {

DealSnapshotCommand::DealSnapshotCommand(PipelineService &service, qint64 id,
                                         std::optional<DealSnapshot> before,
                                         std::optional<DealSnapshot> after, const QString &label)
    : m_service(service)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(label);
}

void DealSnapshotCommand::undo()
{
    reportReplay(m_service.restoreDeal(m_id, m_before));
    m_done = false;
}

void DealSnapshotCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(m_service.restoreDeal(m_id, m_after));
    m_done = true;
}

Result<std::unique_ptr<AddDealCommand>> AddDealCommand::perform(PipelineService &service,
                                                                const Deal &deal)
{
    auto id = service.addDeal(deal);
    if (!id) {
        return id.error();
    }
    auto after = service.snapshot(*id);
    if (!after) {
        return after.error();
    }
    return std::unique_ptr<AddDealCommand>(
            new AddDealCommand(service, *id, std::nullopt, *after,
                               QCoreApplication::translate("DealCommands", "Add Deal")));
}

Result<std::unique_ptr<EditDealCommand>> EditDealCommand::perform(PipelineService &service,
                                                                  const Deal &deal)
{
    auto before = service.snapshot(deal.id);
    if (!before) {
        return before.error();
    }
    if (auto st = service.updateDeal(deal); !st) {
        return st.error();
    }
    auto after = service.snapshot(deal.id);
    if (!after) {
        return after.error();
    }
    return std::unique_ptr<EditDealCommand>(
            new EditDealCommand(service, deal.id, *before, *after,
                                QCoreApplication::translate("DealCommands", "Edit Deal")));
}

Result<std::unique_ptr<MoveDealCommand>> MoveDealCommand::perform(PipelineService &service,
                                                                  qint64 id, const DealMove &move)
{
    auto before = service.snapshot(id);
    if (!before) {
        return before.error();
    }
    if (auto st = service.moveDeal(id, move); !st) {
        return st.error();
    }
    auto after = service.snapshot(id);
    if (!after) {
        return after.error();
    }
    const QString label = move.status == DealStatus::Won
                                  ? QCoreApplication::translate("DealCommands", "Mark Deal Won")
                          : move.status == DealStatus::Lost
                                  ? QCoreApplication::translate("DealCommands", "Mark Deal Lost")
                                  : QCoreApplication::translate("DealCommands", "Move Deal");
    return std::unique_ptr<MoveDealCommand>(
            new MoveDealCommand(service, id, *before, *after, label));
}

Result<std::unique_ptr<DeleteDealCommand>> DeleteDealCommand::perform(PipelineService &service,
                                                                      qint64 id)
{
    auto before = service.snapshot(id);
    if (!before) {
        return before.error();
    }
    if (auto st = service.removeDeal(id); !st) {
        return st.error();
    }
    return std::unique_ptr<DeleteDealCommand>(
            new DeleteDealCommand(service, id, *before, std::nullopt,
                                  QCoreApplication::translate("DealCommands", "Delete Deal")));
}

ActivityCommand::ActivityCommand(ActivityService &service, qint64 id,
                                 std::optional<Activity> before, std::optional<Activity> after,
                                 const QString &label)
    : m_service(service)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(label);
}

Result<std::unique_ptr<ActivityCommand>>
ActivityCommand::perform(ActivityService &service, Kind kind, const Activity &activity)
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
        auto added = service.addActivity(activity);
        if (!added) {
            return added.error();
        }
        id = *added;
        label = QCoreApplication::translate("DealCommands", "Add Activity");
        break;
    }
    case Kind::Edit:
        status = service.updateActivity(activity);
        label = QCoreApplication::translate("DealCommands", "Edit Activity");
        break;
    case Kind::Complete:
        status = service.setDone(activity.id, true, activity.outcome);
        label = QCoreApplication::translate("DealCommands", "Complete Activity");
        break;
    case Kind::Reopen:
        status = service.setDone(activity.id, false);
        label = QCoreApplication::translate("DealCommands", "Reopen Activity");
        break;
    case Kind::Delete:
        status = service.removeActivity(activity.id);
        label = QCoreApplication::translate("DealCommands", "Delete Activity");
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
    return std::unique_ptr<ActivityCommand>(new ActivityCommand(service, id, before, after, label));
}

void ActivityCommand::undo()
{
    reportReplay(m_service.restoreActivity(m_id, m_before));
    m_done = false;
}

void ActivityCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(m_service.restoreActivity(m_id, m_after));
    m_done = true;
}

EditStagesCommand::EditStagesCommand(PipelineService &service, Lists before, Lists after)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("DealCommands", "Edit Stages"));
}

Status EditStagesCommand::apply(PipelineService &service, const Lists &lists)
{
    if (auto st = service.saveStages(lists.stages); !st) {
        return st;
    }
    return service.saveLostReasons(lists.reasons);
}

Result<std::unique_ptr<EditStagesCommand>>
EditStagesCommand::perform(PipelineService &service, const QList<Stage> &stages,
                           const QList<LostReason> &reasons)
{
    Lists before {service.stages(), service.lostReasons()};
    if (auto st = apply(service, {stages, reasons}); !st) {
        // Put back whatever part was saved before the refusal.
        (void)apply(service, before);
        return st.error();
    }
    return std::unique_ptr<EditStagesCommand>(new EditStagesCommand(
            service, std::move(before), {service.stages(), service.lostReasons()}));
}

void EditStagesCommand::undo()
{
    reportReplay(apply(m_service, m_before));
    m_done = false;
}

void EditStagesCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(apply(m_service, m_after));
    m_done = true;
}

EditCustomerCommand::EditCustomerCommand(PipelineService &service, Customer before, Customer after)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("DealCommands", "Edit Customer"));
}

Result<std::unique_ptr<EditCustomerCommand>> EditCustomerCommand::perform(PipelineService &service,
                                                                          const Customer &customer)
{
    const Customer *current = service.customer(customer.id);
    if (!current) {
        return Error::user(QCoreApplication::translate("DealCommands", "There is no customer #%1.")
                                   .arg(customer.id));
    }
    Customer before = *current;
    if (auto st = service.updateCustomer(customer); !st) {
        return st.error();
    }
    return std::unique_ptr<EditCustomerCommand>(
            new EditCustomerCommand(service, before, *service.customer(customer.id)));
}

void EditCustomerCommand::undo()
{
    reportReplay(m_service.updateCustomer(m_before));
    m_done = false;
}

void EditCustomerCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(m_service.updateCustomer(m_after));
    m_done = true;
}

} // namespace salesdesk::ui
