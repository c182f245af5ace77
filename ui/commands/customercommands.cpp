#include "ui/commands/customercommands.h"

#include "core/book/settings.h"
#include "core/currency/currencyservice.h"

#include <QCoreApplication>

#include <algorithm>

namespace salesdesk::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCommands)
};

// A merge, undone by separating the two customers again. Not a swap of states: the ids of the
// rows it moved are what undo needs, and redo merges afresh.
class MergeCommand : public UndoCommand
{
public:
    MergeCommand(Book &book, CustomerMerge merge)
        : UndoCommand(Text::tr("Merge “%1” into “%2”")
                              .arg(merge.goneBefore.customer.name, merge.keptBefore.customer.name))
        , m_book(book)
        , m_merge(std::move(merge))
    { }

protected:
    Status replayUndo() override
    {
        auto st = m_book.customers().unmerge(m_merge);
        // Deals and activities changed customer too: every view starts over.
        auto reloaded = m_book.reload();
        return st ? reloaded : st;
    }
    Status replayRedo() override
    {
        auto again = m_book.customers().merge(m_merge.keptBefore.customer.id,
                                              m_merge.goneBefore.customer.id);
        if (again) {
            m_merge = std::move(again).value();
        }
        auto reloaded = m_book.reload();
        return again ? reloaded : Status(again.error());
    }

private:
    Book &m_book;
    CustomerMerge m_merge;
};

} // namespace

Result<std::unique_ptr<UndoCommand>> editCustomerCommand(Book &book, const CustomerRecord &before,
                                                         const CustomerRecord &after)
{
    if (auto st = book.customers().save(after); !st) {
        return st.error();
    }
    auto saved = book.customers().record(after.customer.id);
    if (!saved) {
        return saved.error();
    }
    CustomerService &customers = book.customers();
    return std::unique_ptr<UndoCommand>(new SwapCommand<CustomerRecord>(
            Text::tr("Edit Customer “%1”").arg(after.customer.name.trimmed()), before, *saved,
            [&customers](const CustomerRecord &from, const CustomerRecord &to) {
                return customers.restore(to, from.customer.version);
            }));
}

Result<std::unique_ptr<UndoCommand>>
editCustomerOnTopCommand(Book &book, const CustomerRecord &opened, const CustomerRecord &mine)
{
    CustomerService &customers = book.customers();
    auto theirs = customers.record(mine.customer.id);
    if (!theirs) {
        return theirs.error();
    }
    auto saved = customers.saveOnTop(opened, mine);
    if (!saved) {
        return saved.error();
    }
    return std::unique_ptr<UndoCommand>(new SwapCommand<CustomerRecord>(
            Text::tr("Edit Customer “%1”").arg(saved->customer.name), *theirs, *saved,
            [&customers](const CustomerRecord &from, const CustomerRecord &to) {
                return customers.restore(to, from.customer.version);
            }));
}

Result<std::unique_ptr<SwapCommand<std::optional<CustomerRecord>>>>
addCustomerCommand(Book &book, const CustomerRecord &record)
{
    CustomerService &customers = book.customers();
    auto id = customers.add(record);
    if (!id) {
        return id.error();
    }
    auto added = customers.record(*id);
    if (!added) {
        return added.error();
    }
    return std::make_unique<SwapCommand<std::optional<CustomerRecord>>>(
            Text::tr("New Customer “%1”").arg(added->customer.name), std::nullopt,
            std::optional<CustomerRecord>(*added),
            [&customers](const std::optional<CustomerRecord> &from,
                         const std::optional<CustomerRecord> &to) -> Status {
                if (to) {
                    auto again = customers.add(*to); // with the ids it had
                    return again ? Status() : Status(again.error());
                }
                auto gone = customers.remove(from->customer.id);
                return gone ? Status() : Status(gone.error());
            });
}

Result<std::unique_ptr<UndoCommand>> deleteCustomerCommand(Book &book, qint64 customerId)
{
    CustomerService &customers = book.customers();
    auto removal = customers.remove(customerId);
    if (!removal) {
        return removal.error();
    }
    return std::unique_ptr<UndoCommand>(new SwapCommand<std::optional<CustomerRemoval>>(
            Text::tr("Delete Customer “%1”").arg(removal->record.customer.name),
            std::optional<CustomerRemoval>(*removal), std::nullopt,
            [&customers, customerId](const std::optional<CustomerRemoval> &,
                                     const std::optional<CustomerRemoval> &to) -> Status {
                if (to) {
                    return customers.restore(*to);
                }
                auto gone = customers.remove(customerId);
                return gone ? Status() : Status(gone.error());
            }));
}

Result<std::unique_ptr<UndoCommand>> archiveCustomersCommand(Book &book, const QList<qint64> &ids,
                                                             bool archive)
{
    CustomerService &customers = book.customers();
    using States = QHash<qint64, QDateTime>;
    States before;
    for (qint64 id : ids) {
        const Customer *c = customers.customer(id);
        if (!c) {
            return Error::user(Text::tr("There is no customer #%1.").arg(id));
        }
        before.insert(id, c->archivedAt);
    }
    if (auto st = customers.setArchived(ids, archive ? book.clock().nowUtc() : QDateTime()); !st) {
        return st.error();
    }
    // What redo puts back: the days the service gave.
    States after;
    for (qint64 id : ids) {
        after.insert(id, customers.customer(id)->archivedAt);
    }
    const QString name = ids.size() == 1 ? customers.customerName(ids.first()) : QString();
    const QString text
            = archive ? (ids.size() == 1 ? Text::tr("Archive Customer “%1”").arg(name)
                                         : Text::tr("Archive %n Customer(s)", nullptr, ids.size()))
                      : (ids.size() == 1 ? Text::tr("Restore Customer “%1”").arg(name)
                                         : Text::tr("Restore %n Customer(s)", nullptr, ids.size()));
    return std::unique_ptr<UndoCommand>(new SwapCommand<States>(
            text, before, after, [&customers](const States &, const States &to) -> Status {
                return customers.restoreArchived(to);
            }));
}

Result<std::unique_ptr<UndoCommand>> mergeCustomersCommand(Book &book, qint64 kept, qint64 gone)
{
    auto merge = book.customers().merge(kept, gone);
    if (!merge) {
        return merge.error();
    }
    if (auto st = book.reload(); !st) {
        return st.error();
    }
    return std::unique_ptr<UndoCommand>(new MergeCommand(book, std::move(merge).value()));
}

Result<std::unique_ptr<UndoCommand>> feedbackCommand(Book &book, std::optional<Feedback> before,
                                                     std::optional<Feedback> after)
{
    FeedbackService &service = book.feedback();
    const auto apply = [&service](const std::optional<Feedback> &from,
                                  const std::optional<Feedback> &to) -> Status {
        if (!to) {
            return from ? service.remove(from->id) : Status();
        }
        if (!from) {
            auto id = service.add(*to); // with its old id when put back
            return id ? Status() : Status(id.error());
        }
        return service.update(*to);
    };
    if (!before && after) {
        auto id = service.add(*after);
        if (!id) {
            return id.error();
        }
        after->id = *id; // undo removes this row; redo puts it back with the same id
    } else if (auto st = apply(before, after); !st) {
        return st.error();
    }
    const QString text = !before  ? Text::tr("Add Feedback")
                         : !after ? Text::tr("Delete Feedback")
                                  : Text::tr("Edit Feedback");
    return std::unique_ptr<UndoCommand>(
            new SwapCommand<std::optional<Feedback>>(text, before, after, apply));
}

Result<std::unique_ptr<UndoCommand>>
settingsCommand(Book &book, const QHash<QString, QString> &changes, const QString &text)
{
    BookSettings &settings = book.settings();
    QHash<QString, QString> before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        before.insert(it.key(), settings.value(it.key()));
    }
    if (auto st = settings.set(changes); !st) {
        return st.error();
    }
    QStringList keys = changes.keys();
    std::sort(keys.begin(), keys.end());
    return std::unique_ptr<UndoCommand>(new SwapCommand<QHash<QString, QString>>(
            text, before, changes,
            [&settings](const QHash<QString, QString> &, const QHash<QString, QString> &to) {
                return settings.set(to);
            },
            MergeId::Settings, keys.join(u',')));
}

Result<std::unique_ptr<UndoCommand>> ratesCommand(Book &book, const QList<ExchangeRate> &rates)
{
    CurrencyService &currencies = book.currencies();
    const QList<ExchangeRate> before = currencies.rates();
    if (auto st = currencies.setRates(rates); !st) {
        return st.error();
    }
    return std::unique_ptr<UndoCommand>(new SwapCommand<QList<ExchangeRate>>(
            Text::tr("Change Exchange Rates"), before, currencies.rates(),
            [&currencies](const QList<ExchangeRate> &, const QList<ExchangeRate> &to) {
                return currencies.setRates(to);
            }));
}

} // namespace salesdesk::ui
