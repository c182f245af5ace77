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

// All deals of the book, one row each, fed by PipelineService and updated one row at a time
// from its signals. The Board and the List are proxies over this one model. Its figures (days in
// stage, idle, value in the home currency, weighted value) come from PipelineService.
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

    explicit DealModel(Book &book, QObject *parent = nullptr);

    // Full reload from the service (opening a book); "now" for days in stage is taken here.
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
};

} // namespace salesdesk::ui
