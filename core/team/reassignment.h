#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace salesdesk {

class Database;

// What to hand over from a rep (one who is leaving, usually): their open deals, the customers
// they look after and their planned (not done) activities, to `toRepId`, or customer by customer
// to the rep `byCustomer` names.
struct ReassignRequest
{
    qint64 fromRepId = 0;
    qint64 toRepId = 0; // 0: only the customers named in byCustomer move
    QHash<qint64, qint64> byCustomer; // customer id → rep id
    bool deals = true;
    bool customers = true;
    bool activities = true;
};

// Everything a reassignment changed, to put back as it was (undo) or do again (redo).
struct Reassignment
{
    enum class Table { Deal, Customer, Activity };
    struct Change
    {
        Table table = Table::Deal;
        qint64 id = 0;
        qint64 fromRepId = 0;
        qint64 toRepId = 0;
    };
    QList<Change> changes;
    QList<qint64> eventIds; // the deal events recording the moves
    QDateTime at;

    int count(Table table) const;
};

class Reassigner
{
    Q_DECLARE_TR_FUNCTIONS(Reassigner)

public:
    // Moves in one transaction and records each deal's move in its events. The caller reloads
    // the book's services (Book::reload) afterwards.
    static Result<Reassignment> apply(Database &db, const ReassignRequest &request,
                                      const QDateTime &at);
    // Puts back what `done` moved (its deal events removed), in one transaction.
    static Status undo(Database &db, const Reassignment &done);
    // Does `done` (again): the moves, and the deal events with the ids they had (new ones the
    // first time, kept in `done`).
    static Status redo(Database &db, Reassignment &done);
};

} // namespace salesdesk
