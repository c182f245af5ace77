#pragma once

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "ui/commands/undocommand.h"

#include <memory>
#include <optional>

namespace salesdesk::ui {

// A customer record changed in the customer editor: undo saves the record as it was.
Result<std::unique_ptr<UndoCommand>> editCustomerCommand(Book &book, const CustomerRecord &before,
                                                         const CustomerRecord &after);
// After a clash with someone else's save: the user's changes put on the customer as it is now
// (CustomerService::saveOnTop); undo puts back what the other person had left.
Result<std::unique_ptr<UndoCommand>>
editCustomerOnTopCommand(Book &book, const CustomerRecord &opened, const CustomerRecord &mine);
// A customer added by hand (profile, contacts and key dates in one step): undo deletes it,
// redo puts it back with the same ids.
Result<std::unique_ptr<SwapCommand<std::optional<CustomerRecord>>>>
addCustomerCommand(Book &book, const CustomerRecord &record);
// A customer deleted (one with no history of its own); undo puts it back with its contacts,
// key dates and segment history.
Result<std::unique_ptr<UndoCommand>> deleteCustomerCommand(Book &book, qint64 customerId);
// Customers archived (`archive`) or brought back; undo puts each as it was.
Result<std::unique_ptr<UndoCommand>> archiveCustomersCommand(Book &book, const QList<qint64> &ids,
                                                             bool archive);
// Two customers merged into one; undo separates them again exactly.
Result<std::unique_ptr<UndoCommand>> mergeCustomersCommand(Book &book, qint64 kept, qint64 gone);
// A piece of feedback added, changed or removed: the command keeps it as it was and as it is.
Result<std::unique_ptr<UndoCommand>> feedbackCommand(Book &book, std::optional<Feedback> before,
                                                     std::optional<Feedback> after);
// The book's settings changed (Preferences: target statuses, segment rules, cadences). Changes
// of the same settings in a row are one step.
Result<std::unique_ptr<UndoCommand>>
settingsCommand(Book &book, const QHash<QString, QString> &changes, const QString &text);
// The book's exchange rates as a whole.
Result<std::unique_ptr<UndoCommand>> ratesCommand(Book &book, const QList<ExchangeRate> &rates);

} // namespace salesdesk::ui
