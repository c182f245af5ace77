#include "ui/pipeline/deallistmodel.h"

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/pipeline/dealcolumns.h"

#include <QMimeData>

namespace salesdesk::ui {

DealListModel::DealListModel(DealColumns *deals, QObject *parent)
    : IdListModel(parent)
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
    // The columns of DealColumns and the orders of DealListQuery go in step.
    static_assert(int(DealListQuery::Order::Closed) == DealColumns::ClosedColumn);
    return DealListQuery::Order(std::clamp(column, 0, int(DealColumns::ClosedColumn)));
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
    m_read.forget(id);
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
    if (!ids().isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    m_changed = true;
    m_changeTimer.start();
}

void DealListModel::load()
{
    if (!needsLoad()) {
        return;
    }
    auto ids = m_deals->service().dealIds(m_query, m_deals->now());
    if (!ids) {
        qWarning("Could not list the deals: %s", qPrintable(ids.error().message));
        return;
    }
    loadIds(std::move(ids).value());
}

void DealListModel::loadIds(QList<qint64> ids)
{
    if (!needsLoad()) {
        return;
    }
    m_changed = false;
    if (!m_loaded) {
        m_loaded = m_query;
        resetIds(std::move(ids));
        return;
    }
    m_loaded = m_query;
    // A new order or filter, or deals added, changed or removed.
    replaceIds(std::move(ids));
}

QList<qint64> DealListModel::unreadIds(int rows) const
{
    QList<qint64> unread;
    for (const qint64 id : ids().mid(0, rows)) {
        if (!m_read.has(id)) {
            unread.append(id);
        }
    }
    return unread;
}

const DealSummary *DealListModel::deal(int row) const
{
    std::pair<int, int> block {-1, -1};
    const DealSummary *d = m_read.at(
            ids(), row,
            [this](const QList<qint64> &blockIds) {
                auto read = m_deals->service().dealSummaries(blockIds);
                if (read) {
                    // Their customers' names in one question too (a server's book).
                    QList<qint64> customers;
                    customers.reserve(read->size());
                    for (const DealSummary &summary : std::as_const(*read)) {
                        customers.append(summary.customerId);
                    }
                    m_deals->book().customers().readNames(customers);
                }
                return read;
            },
            "deals", &block);
    if (block.first >= 0) {
        emit const_cast<DealListModel *>(this)->rowsRead(block.first, block.second);
    }
    return d;
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DealColumns::ColumnCount;
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == DealColumns::IdRole) {
        return ids().at(index.row());
    }
    const DealSummary *d = deal(index.row());
    return d ? m_deals->cellData(*d, index.column(), role) : QVariant();
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? m_deals->headerData(section, orientation, role)
                                         : IdListModel::headerData(section, orientation, role);
}

Qt::ItemFlags DealListModel::flags(const QModelIndex &index) const
{
    return DealColumns::flags(index);
}

QStringList DealListModel::mimeTypes() const
{
    return DealColumns::mimeTypes();
}

QMimeData *DealListModel::mimeData(const QModelIndexList &indexes) const
{
    return DealColumns::mimeDataOf(indexes);
}

} // namespace salesdesk::ui
