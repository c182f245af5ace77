#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace salesdesk {

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

// The rows a hand-over moves: deals, customers and activities, with the deals' events.
class ReassignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReassignmentRepository)

public:
    explicit ReassignmentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    // Moves in one transaction and records each deal's move in its events.
    Result<Reassignment> apply(const ReassignRequest &request, const QDateTime &at);
    // Puts back what `done` moved (its deal events removed), in one transaction.
    Status undo(const Reassignment &done);
    // Does `done` (again): the moves, and the deal events with the ids they had (new ones the
    // first time, kept in `done`).
    Status redo(Reassignment &done);

private:
    QSqlDatabase m_db;
};

} // namespace salesdesk
