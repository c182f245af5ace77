#pragma once

#include "core/pipeline/pipelineservice.h"
#include "core/pipeline/pipelinetypes.h"

#include <QDateTime>
#include <QHash>
#include <QModelIndexList>
#include <QObject>

namespace salesdesk {
class Book;
class PipelineService;
} // namespace salesdesk

class QMimeData;

namespace salesdesk::ui {

// What a deal shows in each column of the List and on a Board card, and the figures behind it
// (days in stage, idle, value in the home currency, weighted value) from PipelineService,
// counted to one moment, now(). It holds no deals: the Board's columns and the List are
// DealListModels that list deals from SQL and show them through cellData().
class DealColumns : public QObject
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

    explicit DealColumns(Book &book, QObject *parent = nullptr);

    // Days in stage and values are counted to the clock's time now, from here on.
    void refreshNow();

    // What a cell of the deal shows for `role` (the List's rows too).
    QVariant cellData(const DealSummary &deal, int column, int role) const;
    // The deal's title, read from the book once (and again after the deal changed).
    QString title(qint64 id) const;
    // Days in stage and values are counted to this moment (the last refreshNow()).
    const QDateTime &now() const { return m_now; }
    // The deals closed since then are on the Board.
    const QDateTime &closedSince() const { return m_closedSince; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const;
    static Qt::ItemFlags flags(const QModelIndex &index);
    static QStringList mimeTypes();
    static QMimeData *mimeDataOf(const QModelIndexList &indexes);
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

    static QList<qint64> idsFromMime(const QMimeData *mime);

private:
    QVariant displayData(const DealSummary &d, int column) const;
    QVariant sortData(const DealSummary &d, int column) const;

    Book &m_book;
    PipelineService &m_service;
    QDateTime m_now;
    QDateTime m_closedSince;
    mutable QHash<qint64, QString> m_titles; // of deals read one by one
};

} // namespace salesdesk::ui
