#pragma once

#include "core/pipeline/pipelineservice.h"
#include "core/pipeline/pipelinetypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace salesdesk {
class Book;
class PipelineService;
} // namespace salesdesk

namespace salesdesk::ui {

// The Board's deals — every open deal, and those won or lost in the last BoardDays days — one
// row each, fed by PipelineService and updated one row at a time from its signals. The Board's
// columns are proxies over this model; the List (DealListModel) lists any deals of the book from
// SQL and shows them with this model's columns (cellData). Its figures (days in stage, idle,
// value in the home currency, weighted value) come from PipelineService.
class DealModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        CustomerColumn,
        OwnerColumn,
        StageColumn,
        StatusColumn,
        ValueColumn,
        ProbabilityColumn,
        WeightedColumn,
        ExpectedCloseColumn,
        NextStepColumn,
        NextStepDateColumn,
        DaysInStageColumn,
        SourceColumn,
        ProductColumn,
        ServiceColumn,
        CreatedColumn,
        ClosedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value of the column, for sorting and filtering
        StageIdRole,
        StatusRole, // DealStatus as int
        IdleRole, // bool: open and past its stage's idle limit
        DaysInStageRole,
        ValueMinorRole,
        ClosedAtRole,
        NextStepOverdueRole, // bool: open, and its next step's date has passed
        CurrencyRole, // the deal's own currency code
    };

    static constexpr auto MimeType = "application/x-salesdesk-deal-ids";
    // Won and lost deals stay on the Board this many days after they closed.
    static constexpr int BoardDays = 30;

    // Reads nothing until load(): the Sales process page loads it when first shown.
    explicit DealModel(Book &book, QObject *parent = nullptr);

    // Reads the Board's deals the first time; later it follows the book's signals.
    void load();
    bool isLoaded() const { return m_loaded; }
    // Full reload from the service; "now" for days in stage is taken here.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    const DealSummary &deal(int row) const { return m_rows.at(row); }
    // What a cell of the deal shows for `role` (the List's rows too).
    QVariant cellData(const DealSummary &deal, int column, int role) const;
    // The deal's title, read from the book if it is not on the Board.
    QString title(qint64 id) const;
    // Days in stage and values are counted to this moment (the last reload).
    const QDateTime &now() const { return m_now; }
    // The deals closed since then are on the Board.
    const QDateTime &closedSince() const { return m_closedSince; }
    static QMimeData *mimeDataOf(const QModelIndexList &indexes);
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    int daysInStage(const DealSummary &deal) const;
    bool isIdle(const DealSummary &deal) const;
    int probability(const DealSummary &deal) const;
    // The deal's value in the home currency, and weighted by its win probability.
    qint64 homeValue(const DealSummary &deal) const;
    qint64 weightedValue(const DealSummary &deal) const;
    // Adds a deal to totals under the one rule of PipelineService (DealTotals).
    void count(DealTotals &totals, const DealSummary &deal) const;
    const PipelineService &service() const { return m_service; }
    Book &book() const { return m_book; }
    const QString &homeCurrency() const;
    // Orders two rows by a column's raw value without going through QVariant: sorting 100,000
    // deals must take milliseconds.
    bool lessThan(int leftRow, int rightRow, int column) const;

    static QList<qint64> idsFromMime(const QMimeData *mime);

private:
    void onDealChanged(qint64 id);
    void onDealRemoved(qint64 id);
    void onNamesChanged();
    void onRatesChanged();
    void fillHomeValues();
    QVariant displayData(const DealSummary &d, int column) const;
    QVariant sortData(const DealSummary &d, int column) const;

    Book &m_book;
    PipelineService &m_service;
    QList<DealSummary> m_rows;
    QList<qint64> m_home; // each row's value in the home currency, for sorting 100,000 rows
    QHash<qint64, int> m_rowOf;
    QDateTime m_now;
    QDateTime m_closedSince;
    mutable QHash<qint64, QString> m_titles; // of deals not on the Board
    bool m_loaded = false;
};

} // namespace salesdesk::ui
