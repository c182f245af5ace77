#pragma once

#include "core/common/result.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"

#include <QUndoCommand>

#include <memory>
#include <optional>

namespace salesdesk::ui {

// Each edit is performed through the service first (so a refused edit never reaches the undo
// stack) and then pushed as a command holding the deal before and after. Undo and redo put the
// snapshot back through PipelineService::restoreDeal, which emits the usual signals.
class DealSnapshotCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;
    qint64 dealId() const { return m_id; }

protected:
    DealSnapshotCommand(PipelineService &service, qint64 id, std::optional<DealSnapshot> before,
                        std::optional<DealSnapshot> after, const QString &text);

private:
    PipelineService &m_service;
    qint64 m_id;
    std::optional<DealSnapshot> m_before;
    std::optional<DealSnapshot> m_after;
    bool m_done = true; // performed before being pushed
};

class AddDealCommand : public DealSnapshotCommand
{
public:
    static Result<std::unique_ptr<AddDealCommand>> perform(PipelineService &service,
                                                           const Deal &deal);

private:
    using DealSnapshotCommand::DealSnapshotCommand;
};

class EditDealCommand : public DealSnapshotCommand
{
public:
    static Result<std::unique_ptr<EditDealCommand>> perform(PipelineService &service,
                                                            const Deal &deal);

private:
    using DealSnapshotCommand::DealSnapshotCommand;
};

class MoveDealCommand : public DealSnapshotCommand
{
public:
    static Result<std::unique_ptr<MoveDealCommand>> perform(PipelineService &service, qint64 id,
                                                            const DealMove &move);

private:
    using DealSnapshotCommand::DealSnapshotCommand;
};

class DeleteDealCommand : public DealSnapshotCommand
{
public:
    static Result<std::unique_ptr<DeleteDealCommand>> perform(PipelineService &service, qint64 id);

private:
    using DealSnapshotCommand::DealSnapshotCommand;
};

// Activities work the same way.
class ActivityCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Edit, Complete, Reopen, Delete };
    static Result<std::unique_ptr<ActivityCommand>> perform(ActivityService &service, Kind kind,
                                                            const Activity &activity);
    void undo() override;
    void redo() override;

private:
    ActivityCommand(ActivityService &service, qint64 id, std::optional<Activity> before,
                    std::optional<Activity> after, const QString &text);
    ActivityService &m_service;
    qint64 m_id;
    std::optional<Activity> m_before;
    std::optional<Activity> m_after;
    bool m_done = true;
};

// The stage list and the lost reasons as a whole (add, rename, reorder, archive).
class EditStagesCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<EditStagesCommand>>
    perform(PipelineService &service, const QList<Stage> &stages, const QList<LostReason> &reasons);
    void undo() override;
    void redo() override;

private:
    struct Lists
    {
        QList<Stage> stages;
        QList<LostReason> reasons;
    };
    EditStagesCommand(PipelineService &service, Lists before, Lists after);
    static Status apply(PipelineService &service, const Lists &lists);
    PipelineService &m_service;
    Lists m_before;
    Lists m_after;
    bool m_done = true;
};

// A customer's name and contact details.
class EditCustomerCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<EditCustomerCommand>> perform(PipelineService &service,
                                                                const Customer &customer);
    void undo() override;
    void redo() override;

private:
    EditCustomerCommand(PipelineService &service, Customer before, Customer after);
    PipelineService &m_service;
    Customer m_before;
    Customer m_after;
    bool m_done = true;
};

} // namespace salesdesk::ui
