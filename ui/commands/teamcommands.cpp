#include "ui/commands/teamcommands.h"

#include "core/book/book.h"

#include <QCoreApplication>

namespace salesdesk::ui {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("TeamCommands", source);
}

} // namespace

namespace TeamCommands {

Result<std::unique_ptr<SwapCommand<std::optional<Rep>>>> saveRep(TeamService &service,
                                                                 const Rep &rep)
{
    using State = std::optional<Rep>;
    const auto apply = [&service](const State &, const State &to) -> Status {
        if (!to) {
            return Status(); // reps are never removed by undo: an added rep stays named
        }
        if (service.rep(to->id)) {
            return service.updateRep(*to);
        }
        auto id = service.addRep(*to);
        return id ? Status() : Status(id.error());
    };
    if (rep.id > 0 && service.rep(rep.id)) {
        const State before = *service.rep(rep.id);
        if (auto st = service.updateRep(rep); !st) {
            return st.error();
        }
        return std::make_unique<SwapCommand<State>>(
                text(QT_TRANSLATE_NOOP("TeamCommands", "Edit Sales Rep")), before,
                State(*service.rep(rep.id)), apply);
    }
    auto id = service.addRep(rep);
    if (!id) {
        return id.error();
    }
    // Undo of an add marks the rep as left rather than deleting a row others may name since.
    Rep left = *service.rep(*id);
    left.active = false;
    return std::make_unique<SwapCommand<State>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Add Sales Rep")), State(left),
            State(*service.rep(*id)), [&service](const State &, const State &to) -> Status {
                if (!to->active) { // undo of the add
                    if (auto st = service.removeRep(to->id); st) {
                        return st;
                    }
                    return service.updateRep(*to); // named somewhere since: kept, as left
                }
                if (service.rep(to->id)) {
                    return service.updateRep(*to);
                }
                auto added = service.addRep(*to);
                return added ? Status() : Status(added.error());
            });
}

Result<std::unique_ptr<SwapCommand<std::optional<Team>>>> saveTeam(TeamService &service,
                                                                   const Team &team)
{
    using State = std::optional<Team>;
    const auto apply = [&service](const State &from, const State &to) -> Status {
        if (!to) {
            return service.removeTeam(from->id);
        }
        if (service.team(to->id)) {
            return service.updateTeam(*to);
        }
        auto id = service.addTeam(*to);
        return id ? Status() : Status(id.error());
    };
    if (team.id > 0 && service.team(team.id)) {
        const State before = *service.team(team.id);
        if (auto st = service.updateTeam(team); !st) {
            return st.error();
        }
        return std::make_unique<SwapCommand<State>>(
                text(QT_TRANSLATE_NOOP("TeamCommands", "Edit Team")), before,
                State(*service.team(team.id)), apply);
    }
    auto id = service.addTeam(team);
    if (!id) {
        return id.error();
    }
    return std::make_unique<SwapCommand<State>>(text(QT_TRANSLATE_NOOP("TeamCommands", "Add Team")),
                                                std::nullopt, State(*service.team(*id)), apply);
}

Result<std::unique_ptr<SwapCommand<std::optional<Team>>>> removeTeam(TeamService &service,
                                                                     qint64 id)
{
    using State = std::optional<Team>;
    const Team *t = service.team(id);
    if (!t) {
        return Error::user(QCoreApplication::translate("TeamCommands", "There is no such team."));
    }
    const State before = *t;
    if (auto st = service.removeTeam(id); !st) {
        return st.error();
    }
    return std::make_unique<SwapCommand<State>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Remove Team")), before, std::nullopt,
            [&service](const State &from, const State &to) -> Status {
                if (!to) {
                    return service.removeTeam(from->id);
                }
                auto added = service.addTeam(*to);
                return added ? Status() : Status(added.error());
            });
}

namespace {

using ProgramState = std::optional<TrainingProgram>;

Status applyProgram(TrainingService &service, const ProgramState &from, const ProgramState &to)
{
    if (!to) {
        return service.removeProgram(from->id);
    }
    if (service.program(to->id)) {
        return service.updateProgram(*to);
    }
    auto id = service.addProgram(*to);
    return id ? Status() : Status(id.error());
}

} // namespace

Result<std::unique_ptr<SwapCommand<ProgramState>>> saveProgram(TrainingService &service,
                                                               const TrainingProgram &program)
{
    const auto apply = [&service](const ProgramState &from, const ProgramState &to) {
        return applyProgram(service, from, to);
    };
    if (program.id > 0 && service.program(program.id)) {
        const ProgramState before = *service.program(program.id);
        if (auto st = service.updateProgram(program); !st) {
            return st.error();
        }
        return std::make_unique<SwapCommand<ProgramState>>(
                text(QT_TRANSLATE_NOOP("TeamCommands", "Edit Training Program")), before,
                ProgramState(*service.program(program.id)), apply);
    }
    auto id = service.addProgram(program);
    if (!id) {
        return id.error();
    }
    return std::make_unique<SwapCommand<ProgramState>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Add Training Program")), std::nullopt,
            ProgramState(*service.program(*id)), apply);
}

Result<std::unique_ptr<SwapCommand<ProgramState>>> removeProgram(TrainingService &service,
                                                                 qint64 id)
{
    const TrainingProgram *p = service.program(id);
    if (!p) {
        return Error::user(
                QCoreApplication::translate("TeamCommands", "There is no such training program."));
    }
    const ProgramState before = *p;
    if (auto st = service.removeProgram(id); !st) {
        return st.error();
    }
    return std::make_unique<SwapCommand<ProgramState>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Remove Training Program")), before,
            std::nullopt, [&service](const ProgramState &from, const ProgramState &to) {
                return applyProgram(service, from, to);
            });
}

Result<std::unique_ptr<SwapCommand<std::optional<PlanState>>>>
savePlan(CommissionService &service, qint64 id, const PlanState &plan)
{
    using State = std::optional<PlanState>;
    // A plan is found again by its name after it was removed and added back (a new id).
    auto current = std::make_shared<qint64>(id);
    const auto apply = [&service, current](const State &, const State &to) -> Status {
        if (!to) {
            return service.removePlan(*current);
        }
        if (service.plan(*current)) {
            if (auto st = service.updatePlan(*current, to->name, to->terms); !st) {
                return st;
            }
            return service.assignReps(*current, to->repIds);
        }
        auto added = service.addPlan(to->name, to->terms, to->repIds);
        if (!added) {
            return added.error();
        }
        *current = *added;
        return {};
    };
    if (const CommissionPlan *p = service.plan(id)) {
        const State before = PlanState {p->name, p->terms, p->repIds};
        if (auto st = service.updatePlan(id, plan.name, plan.terms); !st) {
            return st.error();
        }
        if (auto st = service.assignReps(id, plan.repIds); !st) {
            return st.error();
        }
        return std::make_unique<SwapCommand<State>>(
                text(QT_TRANSLATE_NOOP("TeamCommands", "Edit Incentive Plan")), before, State(plan),
                apply);
    }
    auto added = service.addPlan(plan.name, plan.terms, plan.repIds);
    if (!added) {
        return added.error();
    }
    *current = *added;
    return std::make_unique<SwapCommand<State>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Add Incentive Plan")), std::nullopt,
            State(plan), apply);
}

Result<std::unique_ptr<SwapCommand<std::optional<DealSnapshot>>>>
reverseDeal(CommissionService &commission, PipelineService &pipeline, qint64 dealId,
            const QDate &day, const QString &reason)
{
    using State = std::optional<DealSnapshot>;
    return performSwap<State>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Reverse Deal")),
            [&pipeline, dealId]() -> Result<State> {
                auto s = pipeline.snapshot(dealId);
                if (!s) {
                    return s.error();
                }
                return State(*s);
            },
            [&] { return commission.reverseDeal(dealId, day, reason); },
            [&pipeline, dealId](const State &from, const State &to) {
                return pipeline.restoreDeal(dealId, to, from ? from->deal.version : RowVersion());
            });
}

Result<std::unique_ptr<SwapCommand<QList<CreditSplit>>>>
setSplits(CommissionService &service, qint64 dealId, const QList<CreditSplit> &splits)
{
    return performSwap<QList<CreditSplit>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Split Credit")),
            [&service, dealId] { return service.splits(dealId); },
            [&] { return service.setSplits(dealId, splits); },
            [&service, dealId](const QList<CreditSplit> &, const QList<CreditSplit> &to) {
                return service.setSplits(dealId, to);
            });
}

Result<std::unique_ptr<SwapCommand<std::optional<Award>>>> addAward(CareerService &service,
                                                                    const Award &award)
{
    using State = std::optional<Award>;
    auto id = service.addAward(award);
    if (!id) {
        return id.error();
    }
    Award added = award;
    added.id = *id;
    return std::make_unique<SwapCommand<State>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Give Award")), std::nullopt, State(added),
            [&service](const State &from, const State &to) -> Status {
                if (!to) {
                    return service.removeAward(from->id);
                }
                auto again = service.addAward(*to);
                return again ? Status() : Status(again.error());
            });
}

Result<std::unique_ptr<SwapCommand<std::optional<Promotion>>>> promote(CareerService &service,
                                                                       const Promotion &promotion)
{
    using State = std::optional<Promotion>;
    auto id = service.promote(promotion);
    if (!id) {
        return id.error();
    }
    auto record = service.record(promotion.repId);
    if (!record) {
        return record.error();
    }
    State done;
    for (const Promotion &p : record->promotions) {
        if (p.id == *id) {
            done = p;
        }
    }
    return std::make_unique<SwapCommand<State>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Promote")), std::nullopt, done,
            [&service](const State &from, const State &to) -> Status {
                if (!to) {
                    return service.removePromotion(*from);
                }
                auto again = service.promote(*to);
                return again ? Status() : Status(again.error());
            });
}

Result<std::unique_ptr<SwapCommand<QList<CareerLevel>>>> setLadder(CareerService &service,
                                                                   const QList<CareerLevel> &levels)
{
    return performSwap<QList<CareerLevel>>(
            text(QT_TRANSLATE_NOOP("TeamCommands", "Edit Career Ladder")),
            [&service] { return service.levels(); }, [&] { return service.setLevels(levels); },
            [&service](const QList<CareerLevel> &, const QList<CareerLevel> &to) {
                return service.setLevels(to);
            });
}

} // namespace TeamCommands

ReassignCommand::ReassignCommand(Book &book, Reassignment done, const QString &label)
    : UndoCommand(label)
    , m_book(book)
    , m_done(std::move(done))
{ }

Result<std::unique_ptr<ReassignCommand>> ReassignCommand::perform(Book &book,
                                                                  const ReassignRequest &request)
{
    auto done = book.team().reassign(request);
    if (!done) {
        return done.error();
    }
    if (auto st = book.reload(); !st) {
        return st.error();
    }
    const QString label = QCoreApplication::translate("TeamCommands", "Hand Over %1's Work")
                                  .arg(book.team().repName(request.fromRepId));
    return std::unique_ptr<ReassignCommand>(new ReassignCommand(book, *done, label));
}

Status ReassignCommand::replayUndo()
{
    if (auto st = m_book.team().undoReassign(m_done); !st) {
        return st;
    }
    return m_book.reload();
}

Status ReassignCommand::replayRedo()
{
    if (auto st = m_book.team().redoReassign(m_done); !st) {
        return st;
    }
    return m_book.reload();
}

} // namespace salesdesk::ui
