#pragma once

#include "core/common/result.h"
#include "core/pipeline/pipelinetypes.h"
#include "core/storage/sqlquery.h"

#include <QSqlDatabase>

namespace salesdesk {

// A deal's events (reassigned, reversed) and its reversal, if it was reversed.
class DealEventRepository
{
public:
    explicit DealEventRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    Result<QList<DealEvent>> events(qint64 dealId) const; // oldest first
    Result<qint64> append(const DealEvent &event);
    Status replaceEvents(qint64 dealId, const QList<DealEvent> &events);

    Result<std::optional<DealReversal>> reversal(qint64 dealId) const;
    // The reversals dated in [from, to] (local days), by day.
    Result<QList<DealReversal>> reversals(const QDate &from, const QDate &to) const;
    // Writes the deal's reversal, or removes it when `reversal` is empty.
    Status setReversal(qint64 dealId, const std::optional<DealReversal> &reversal);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
