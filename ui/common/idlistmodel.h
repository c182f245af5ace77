#pragma once

#include "core/common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

namespace salesdesk::ui {

// A table whose rows are ids, in the order the book (or a figure) gives them; what a row shows
// is read when a view asks for it. The deal List and the Customers list are made of it.
class IdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<qint64> &ids() const { return m_ids; }
    qint64 id(int row) const { return m_ids.at(row); }
    // -1 when the id is not listed.
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    // Lists `ids` instead, as a new list (no selection kept).
    void resetIds(QList<qint64> ids);
    // Lists `ids` instead: the rows still listed keep their selection and current row
    // (persistent indexes follow their ids), as QSortFilterProxyModel's do. Returns whether
    // anything changed.
    bool replaceIds(QList<qint64> ids);

private:
    QList<qint64> m_ids;
};

// The rows of an IdListModel that a view has asked for, read from the book a block at a time
// (the block around the row asked for) and kept until a few thousand are (then dropped, to be
// read again as needed). `Row` has an `id`.
template<typename Row>
class RowBlocks
{
public:
    static constexpr int BlockRows = 200;
    static constexpr int KeptRows = 20 * BlockRows;

    // The row listed at `row` of `ids`, read with its block through `read` (the block's ids →
    // Result<QList<Row>>) unless kept; nullptr when it cannot be read. `readBlock`, if given,
    // is set to the first and last rows read, or left alone when nothing was.
    template<typename Read>
    const Row *at(const QList<qint64> &ids, int row, const Read &read, const char *what,
                  std::pair<int, int> *readBlock = nullptr)
    {
        if (row < 0 || row >= ids.size()) {
            return nullptr;
        }
        if (auto it = m_kept.constFind(ids[row]); it != m_kept.cend()) {
            return &*it;
        }
        if (m_kept.size() > KeptRows) {
            m_kept.clear();
        }
        const int first = row / BlockRows * BlockRows;
        const int last = int(std::min<qsizetype>(first + BlockRows, ids.size())) - 1;
        Result<QList<Row>> rows = read(ids.mid(first, last - first + 1));
        if (!rows) {
            qWarning("Could not read %s: %s", what, qPrintable(rows.error().message));
            return nullptr;
        }
        for (Row &r : rows.value()) {
            const qint64 id = r.id;
            m_kept.insert(id, std::move(r));
        }
        if (readBlock) {
            *readBlock = {first, last};
        }
        const auto it = m_kept.constFind(ids[row]);
        return it != m_kept.cend() ? &*it : nullptr;
    }
    bool has(qint64 id) const { return m_kept.contains(id); }
    // A row read by the caller (with others' rows, in one question).
    void keep(Row row)
    {
        const qint64 id = row.id;
        m_kept.insert(id, std::move(row));
    }
    void forget(qint64 id) { m_kept.remove(id); }
    void clear() { m_kept.clear(); }

private:
    QHash<qint64, Row> m_kept;
};

} // namespace salesdesk::ui
