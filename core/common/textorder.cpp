#include "core/common/textorder.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace salesdesk {

QList<qint64> orderedByText(const QList<std::pair<qint64, QString>> &rows, bool descending,
                            const QCollator &collator)
{
    QHash<QString, int> rankOf;
    QStringList distinct;
    for (const auto &row : rows) {
        if (!rankOf.contains(row.second)) {
            rankOf.insert(row.second, int(distinct.size()));
            distinct.append(row.second);
        }
    }
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(distinct.size()));
    for (const QString &text : std::as_const(distinct)) {
        keys.push_back(collator.sortKey(text));
    }
    std::vector<int> order(size_t(distinct.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
    // Texts the collation finds equal share a rank, so their rows keep their order.
    std::vector<int> rank(size_t(distinct.size()));
    for (size_t i = 0; i < order.size(); ++i) {
        const bool same = i > 0 && keys[size_t(order[i])].compare(keys[size_t(order[i - 1])]) == 0;
        rank[size_t(order[i])] = same ? rank[size_t(order[i - 1])] : int(i);
    }
    std::vector<std::pair<int, qint64>> ranked;
    ranked.reserve(size_t(rows.size()));
    for (const auto &row : rows) {
        ranked.emplace_back(rank[size_t(rankOf.value(row.second))], row.first);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [descending](const auto &a, const auto &b) {
        return descending ? a.first > b.first : a.first < b.first;
    });
    QList<qint64> ids;
    ids.reserve(qsizetype(ranked.size()));
    for (const auto &entry : ranked) {
        ids.append(entry.second);
    }
    return ids;
}

} // namespace salesdesk
