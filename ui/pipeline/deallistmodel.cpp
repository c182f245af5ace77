#include "ui/pipeline/deallistmodel.h"

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/pipeline/dealmodel.h"

#include <QMimeData>

namespace salesdesk::ui {

namespace {
// Rows read from the book at a time, and how many read rows are kept before the oldest go.
constexpr int BlockRows = 200;
constexpr int KeptRows = 20 * BlockRows;
} // namespace

DealListModel::DealListModel(DealModel *deals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_deals(deals)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(0);
    connect(&m_changeTimer, &QTimer::timeout, this, &DealListModel::loadRequested);
    const PipelineService &pipeline = deals->service();
    connect(&pipeline, &PipelineService::dealChanged, this, &DealListModel::forget);
    connect(&pipeline, &PipelineService::dealRemoved, this, &DealListModel::forget);
    connect(&pipeline, &PipelineService::stagesChanged, this, &DealListModel::forgetAll);
    Book &book = deals->book();
    connect(&book.customers(), &CustomerService::customersChanged, this, &DealListModel::forgetAll);
    connect(&book.team(), &TeamService::teamChanged, this, &DealListModel::forgetAll);
    connect(&book.currencies(), &CurrencyService::ratesChanged, this, &DealListModel::forgetAll);
    connect(&book, &Book::reloaded, this, &DealListModel::forgetAll);
}

DealListQuery::Order DealListModel::order(int column)
{
    // The columns of DealModel and the orders of DealListQuery go in step.
    static_assert(int(DealListQuery::Order::Closed) == DealModel::ClosedColumn);
    return DealListQuery::Order(std::clamp(column, 0, int(DealModel::ClosedColumn)));
}

void DealListModel::setQuery(const DealListQuery &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    emit loadRequested();
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    DealListQuery query = m_query;
    query.order = DealListModel::order(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void DealListModel::forget(qint64 id)
{
    m_read.remove(id);
    const int row = rowOf(id);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    // The deal may now be listed, or no longer, or elsewhere in the order.
    m_changed = true;
    m_changeTimer.start();
}

void DealListModel::forgetAll()
{
    m_read.clear();
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    m_changed = true;
    m_changeTimer.start();
}

void DealListModel::load()
{
    if (m_loaded && *m_loaded == m_query && !m_changed) {
        return;
    }
    auto ids = m_deals->service().dealIds(m_query, m_deals->now());
    if (!ids) {
        qWarning("Could not list the deals: %s", qPrintable(ids.error().message));
        return;
    }
    m_changed = false;
    if (!m_loaded) {
        beginResetModel();
        m_ids = std::move(ids).value();
        m_loaded = m_query;
        endResetModel();
        return;
    }
    m_loaded = m_query;
    if (*ids == m_ids) {
        return;
    }
    // A new order or filter, or deals added, changed or removed: the rows still listed keep
    // their selection and current row, as QSortFilterProxyModel's do.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before) {
        beforeIds.append(m_ids.value(index.row()));
    }
    m_ids = std::move(ids).value();
    QHash<qint64, int> rowOfId;
    if (!before.isEmpty()) {
        rowOfId.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row) {
            rowOfId.insert(m_ids[row], row);
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfId.value(beforeIds[i], -1);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const DealSummary *DealListModel::deal(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return nullptr;
    }
    if (auto it = m_read.constFind(m_ids[row]); it != m_read.cend()) {
        return &*it;
    }
    if (m_read.size() > KeptRows) {
        m_read.clear();
    }
    const int first = row / BlockRows * BlockRows;
    const int last = int(std::min<qsizetype>(first + BlockRows, m_ids.size())) - 1;
    auto rows = m_deals->service().dealSummaries(m_ids.mid(first, last - first + 1));
    if (!rows) {
        qWarning("Could not read deals: %s", qPrintable(rows.error().message));
        return nullptr;
    }
    for (DealSummary &d : rows.value()) {
        m_read.insert(d.id, std::move(d));
    }
    emit const_cast<DealListModel *>(this)->rowsRead(first, last);
    const auto it = m_read.constFind(m_ids[row]);
    return it != m_read.cend() ? &*it : nullptr;
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DealModel::ColumnCount;
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == DealModel::IdRole) {
        return m_ids.at(index.row());
    }
    const DealSummary *d = deal(index.row());
    return d ? m_deals->cellData(*d, index.column(), role) : QVariant();
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_deals->headerData(section, orientation, role);
}

Qt::ItemFlags DealListModel::flags(const QModelIndex &index) const
{
    return m_deals->flags(index);
}

QStringList DealListModel::mimeTypes() const
{
    return m_deals->mimeTypes();
}

QMimeData *DealListModel::mimeData(const QModelIndexList &indexes) const
{
    return DealModel::mimeDataOf(indexes);
}

} // namespace salesdesk::ui
