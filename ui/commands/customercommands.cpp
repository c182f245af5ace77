#include "ui/commands/customercommands.h"

#include "core/pipeline/pipelinerepository.h"
#include "ui/commands/replay.h"
#include "ui/common/booksession.h"

#include <QCoreApplication>

namespace salesdesk::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCommands)
};

// Customers changed past the pipeline service: it and the views read them again.
void refresh(BookSession &session, bool deals)
{
    reportReplay(deals ? session.pipeline().reloadAll() : session.pipeline().reloadCustomers());
}

} // namespace

Result<std::unique_ptr<EditCustomerRecordCommand>>
EditCustomerRecordCommand::perform(BookSession &session, const CustomerRecord &before,
                                   const CustomerRecord &after)
{
    if (auto st = session.customers().save(after); !st) {
        return st.error();
    }
    refresh(session, false);
    return std::unique_ptr<EditCustomerRecordCommand>(
            new EditCustomerRecordCommand(session, before, after));
}

EditCustomerRecordCommand::EditCustomerRecordCommand(BookSession &session, CustomerRecord before,
                                                     CustomerRecord after)
    : QUndoCommand(Text::tr("Edit Customer “%1”").arg(after.customer.name))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditCustomerRecordCommand::undo()
{
    reportReplay(m_session.customers().save(m_before));
    refresh(m_session, false);
    m_done = false;
}

void EditCustomerRecordCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(m_session.customers().save(m_after));
    refresh(m_session, false);
    m_done = true;
}

Result<std::unique_ptr<AddCustomerCommand>> AddCustomerCommand::perform(BookSession &session,
                                                                        CustomerRecord record)
{
    if (const QStringList p = session.customers().problems(record); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    if (session.pipeline().findCustomer(record.customer.name)) {
        return Error::user(Text::tr("There is already a customer called “%1”.")
                                   .arg(record.customer.name.trimmed()));
    }
    std::unique_ptr<AddCustomerCommand> command(new AddCustomerCommand(session, std::move(record)));
    if (auto st = command->add(); !st) {
        return st.error();
    }
    return command;
}

AddCustomerCommand::AddCustomerCommand(BookSession &session, CustomerRecord record)
    : QUndoCommand(Text::tr("New Customer “%1”").arg(record.customer.name.trimmed()))
    , m_session(session)
    , m_record(std::move(record))
{ }

Status AddCustomerCommand::add()
{
    PartyRepository parties(m_session.database().connection());
    Customer c = m_record.customer;
    c.name = c.name.trimmed();
    if (!c.createdAt.isValid()) {
        c.createdAt = QDateTime::currentDateTimeUtc();
        c.createdAt.setTime(QTime(c.createdAt.time().hour(), c.createdAt.time().minute(),
                                  c.createdAt.time().second()));
    }
    auto id = parties.insertCustomer(c, false);
    if (!id) {
        return id.error();
    }
    m_record.customer = c;
    m_record.customer.id = *id;
    CustomerRecord saved = m_record;
    for (Contact &k : saved.contacts) {
        k.id = 0;
    }
    for (KeyDate &d : saved.keyDates) {
        d.id = 0;
    }
    auto st = m_session.customers().save(saved);
    refresh(m_session, false);
    return st;
}

void AddCustomerCommand::undo()
{
    PartyRepository parties(m_session.database().connection());
    reportReplay(parties.removeCustomer(m_record.customer.id));
    refresh(m_session, false);
    m_done = false;
}

void AddCustomerCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(add());
    m_done = true;
}

Result<std::unique_ptr<DeleteCustomerCommand>> DeleteCustomerCommand::perform(BookSession &session,
                                                                              qint64 customerId)
{
    auto removal = session.customers().remove(customerId);
    if (!removal) {
        return removal.error();
    }
    refresh(session, false);
    return std::unique_ptr<DeleteCustomerCommand>(
            new DeleteCustomerCommand(session, std::move(removal).value()));
}

DeleteCustomerCommand::DeleteCustomerCommand(BookSession &session, CustomerRemoval removal)
    : QUndoCommand(Text::tr("Delete Customer “%1”").arg(removal.record.customer.name))
    , m_session(session)
    , m_removal(std::move(removal))
{ }

void DeleteCustomerCommand::undo()
{
    reportReplay(m_session.customers().restore(m_removal));
    refresh(m_session, false);
    m_done = false;
}

void DeleteCustomerCommand::redo()
{
    if (m_done) {
        return;
    }
    auto again = m_session.customers().remove(m_removal.record.customer.id);
    if (again) {
        m_removal = std::move(again).value();
    } else {
        reportReplay(again.error());
    }
    refresh(m_session, false);
    m_done = true;
}

Result<std::unique_ptr<MergeCustomersCommand>>
MergeCustomersCommand::perform(BookSession &session, qint64 kept, qint64 gone)
{
    auto merge = session.customers().merge(kept, gone);
    if (!merge) {
        return merge.error();
    }
    refresh(session, true);
    return std::unique_ptr<MergeCustomersCommand>(
            new MergeCustomersCommand(session, std::move(merge).value()));
}

MergeCustomersCommand::MergeCustomersCommand(BookSession &session, CustomerMerge merge)
    : QUndoCommand(Text::tr("Merge “%1” into “%2”")
                           .arg(merge.goneBefore.customer.name, merge.keptBefore.customer.name))
    , m_session(session)
    , m_merge(std::move(merge))
{ }

void MergeCustomersCommand::undo()
{
    reportReplay(m_session.customers().unmerge(m_merge));
    refresh(m_session, true);
    m_done = false;
}

void MergeCustomersCommand::redo()
{
    if (m_done) {
        return;
    }
    auto again = m_session.customers().merge(m_merge.keptBefore.customer.id,
                                             m_merge.goneBefore.customer.id);
    if (again) {
        m_merge = std::move(again).value();
    } else {
        reportReplay(again.error());
    }
    refresh(m_session, true);
    m_done = true;
}

Result<std::unique_ptr<SetCustomerRulesCommand>>
SetCustomerRulesCommand::perform(BookSession &session, const CustomerRules &before,
                                 const CustomerRules &after)
{
    if (auto st = session.segments().setRules(after); !st) {
        return st.error();
    }
    refresh(session, false);
    return std::unique_ptr<SetCustomerRulesCommand>(
            new SetCustomerRulesCommand(session, before, after));
}

SetCustomerRulesCommand::SetCustomerRulesCommand(BookSession &session, CustomerRules before,
                                                 CustomerRules after)
    : QUndoCommand(Text::tr("Change Segment Rules"))
    , m_session(session)
    , m_before(before)
    , m_after(after)
{ }

void SetCustomerRulesCommand::undo()
{
    reportReplay(m_session.segments().setRules(m_before));
    refresh(m_session, false);
    m_done = false;
}

void SetCustomerRulesCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(m_session.segments().setRules(m_after));
    refresh(m_session, false);
    m_done = true;
}

Result<std::unique_ptr<FeedbackCommand>> FeedbackCommand::perform(BookSession &session,
                                                                  std::optional<Feedback> before,
                                                                  std::optional<Feedback> after)
{
    if (!before && after) {
        auto id = session.feedback().add(*after);
        if (!id) {
            return id.error();
        }
        after->id = *id; // undo removes this row; redo puts it back with the same id
    } else if (auto st = apply(session, before, after); !st) {
        return st.error();
    }
    const QString text = !before  ? Text::tr("Add Feedback")
                         : !after ? Text::tr("Delete Feedback")
                                  : Text::tr("Edit Feedback");
    return std::unique_ptr<FeedbackCommand>(new FeedbackCommand(session, before, after, text));
}

FeedbackCommand::FeedbackCommand(BookSession &session, std::optional<Feedback> before,
                                 std::optional<Feedback> after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status FeedbackCommand::apply(BookSession &session, const std::optional<Feedback> &from,
                              const std::optional<Feedback> &to)
{
    FeedbackService &service = session.feedback();
    if (!to) {
        return from ? service.remove(from->id) : Status();
    }
    if (!from) {
        auto id = service.add(*to); // with its old id when put back by redo
        return id ? Status() : Status(id.error());
    }
    return service.update(*to);
}

void FeedbackCommand::undo()
{
    reportReplay(apply(m_session, m_after, m_before));
    m_done = false;
}

void FeedbackCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(apply(m_session, m_before, m_after));
    m_done = true;
}

} // namespace salesdesk::ui
