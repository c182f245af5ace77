#pragma once

#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"

#include <QUndoCommand>

namespace salesdesk::ui {

class BookSession;

// A customer record changed in the customer editor: undo saves the record as it was.
class EditCustomerRecordCommand : public QUndoCommand
{
public:
    // Saves `after`; on success returns the command for the stack (already done).
    static Result<std::unique_ptr<EditCustomerRecordCommand>>
    perform(BookSession &session, const CustomerRecord &before, const CustomerRecord &after);
    void undo() override;
    void redo() override;

private:
    EditCustomerRecordCommand(BookSession &session, CustomerRecord before, CustomerRecord after);
    BookSession &m_session;
    CustomerRecord m_before;
    CustomerRecord m_after;
    bool m_done = true;
};

// A customer added by hand: undo deletes it, redo puts it back with the same id.
class AddCustomerCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<AddCustomerCommand>> perform(BookSession &session,
                                                               CustomerRecord record);
    qint64 customerId() const { return m_record.customer.id; }
    void undo() override;
    void redo() override;

private:
    AddCustomerCommand(BookSession &session, CustomerRecord record);
    Status add();
    BookSession &m_session;
    CustomerRecord m_record; // contacts and key dates without ids: redo adds them anew
    bool m_done = true;
};

// A customer deleted (one with no history of its own); undo puts it back with its contacts,
// key dates and segment history.
class DeleteCustomerCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<DeleteCustomerCommand>> perform(BookSession &session,
                                                                  qint64 customerId);
    void undo() override;
    void redo() override;

private:
    DeleteCustomerCommand(BookSession &session, CustomerRemoval removal);
    BookSession &m_session;
    CustomerRemoval m_removal;
    bool m_done = true;
};

// Two customers merged into one; undo separates them again exactly.
class MergeCustomersCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<MergeCustomersCommand>> perform(BookSession &session, qint64 kept,
                                                                  qint64 gone);
    void undo() override;
    void redo() override;

private:
    MergeCustomersCommand(BookSession &session, CustomerMerge merge);
    BookSession &m_session;
    CustomerMerge m_merge;
    bool m_done = true;
};

// The book's segment rules and contact cadences changed in Preferences.
class SetCustomerRulesCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<SetCustomerRulesCommand>>
    perform(BookSession &session, const CustomerRules &before, const CustomerRules &after);
    void undo() override;
    void redo() override;

private:
    SetCustomerRulesCommand(BookSession &session, CustomerRules before, CustomerRules after);
    BookSession &m_session;
    CustomerRules m_before;
    CustomerRules m_after;
    bool m_done = true;
};

// A piece of feedback added, changed or removed: the command keeps it as it was and as it is.
class FeedbackCommand : public QUndoCommand
{
public:
    static Result<std::unique_ptr<FeedbackCommand>>
    perform(BookSession &session, std::optional<Feedback> before, std::optional<Feedback> after);
    void undo() override;
    void redo() override;

private:
    FeedbackCommand(BookSession &session, std::optional<Feedback> before,
                    std::optional<Feedback> after, const QString &text);
    static Status apply(BookSession &session, const std::optional<Feedback> &from,
                        const std::optional<Feedback> &to);
    BookSession &m_session;
    std::optional<Feedback> m_before;
    std::optional<Feedback> m_after;
    bool m_done = true;
};

} // namespace salesdesk::ui
