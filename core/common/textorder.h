#pragma once

#include <QList>
#include <QString>

#include <utility>

class QCollator;

namespace salesdesk {

// The ids of `rows` (id, text) in the order of their texts under `collator`; ties keep the
// order of `rows`. Each distinct text is turned into a collation sort key once and the keys
// compared as bytes: a million rows ordered in about a second, where a million-row sort through
// the collation took seconds.
QList<qint64> orderedByText(const QList<std::pair<qint64, QString>> &rows, bool descending,
                            const QCollator &collator);

} // namespace salesdesk
