#pragma once

#include "core/pipeline/pipelinetypes.h"
#include "ui/common/idlistmodel.h"

#include <QTimer>

#include <optional>

namespace salesdesk::ui {

class DealColumns;

// The rows of the List, and of each Board column: the deals a DealListQuery selects, in its
// order, held as ids only. SQLite filters and sorts them (PipelineService::dealIds); a row's
// deal is read from the book when a view first asks for it, a block of rows at a time, and shown
// with DealColumns' columns and figures. A million deals cost the List 8 MB of ids, not the
// deals.
//
// Nothing is read until load(): the List reads its rows when it is shown (LoadWhenShown), the
// Board's columns when the Board is; a change of search, filter, order or deals made meanwhile
// waits until then.
class DealListModel : public IdListModel
{
    Q_OBJECT

public:
    explicit DealListModel(DealColumns *deals, QObject *parent = nullptr);

    const DealListQuery &query() const { return m_query; }
    void setQuery(const DealListQuery &query);
    // Reads the ids again if the query or the deals changed since they were read. Rows that are
    // still listed keep their selection (persistent indexes follow their deals).
    void load();
    bool isLoaded() const { return m_loaded.has_value(); }
    // Whether load() would read the ids again.
    bool needsLoad() const { return !m_loaded || *m_loaded != m_query || m_changed; }
    // load() with the ids of query() read by the caller (the Board reads all its open columns'
    // in one question).
    void loadIds(QList<qint64> ids);
    // Of the first `rows` rows, the ids of those not read yet; keep() takes their deals read by
    // the caller (the Board reads its columns' first cards in one question).
    QList<qint64> unreadIds(int rows) const;
    void keep(const DealSummary &deal) { m_read.keep(deal); }

    // The deal of a row, read with its block if need be; nullptr if it cannot be read.
    const DealSummary *deal(int row) const;

    static DealListQuery::Order order(int column);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The query changed, or deals it may list did: load() when the List is to show them.
    void loadRequested();
    // Rows whose deals were read from the book (the List fits its Value column to them).
    void rowsRead(int first, int last);

private:
    void forget(qint64 id);
    void forgetAll();

    DealColumns *m_deals;
    DealListQuery m_query;
    std::optional<DealListQuery> m_loaded; // the query m_ids were read for
    bool m_changed = false; // deals changed since m_ids were read
    mutable RowBlocks<DealSummary> m_read;
    QTimer m_changeTimer; // one re-read per burst of changes
};

} // namespace salesdesk::ui
