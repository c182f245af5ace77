#include "ui/pipeline/dealfilters.h"

#include "ui/pipeline/dealmodel.h"

namespace salesdesk::ui {

BoardColumnProxy::BoardColumnProxy(DealModel *model, qint64 stageId, DealStatus status,
                                   QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
    , m_stageId(stageId)
    , m_status(status)
{
    setSourceModel(model);
    sort(DealModel::ExpectedCloseColumn);
}

void BoardColumnProxy::setOwnerId(qint64 ownerId)
{
    m_ownerId = ownerId;
    invalidateFilter();
}

bool BoardColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const DealSummary &d = m_model->deal(sourceRow);
    if (d.status != m_status || (m_ownerId && d.ownerId != m_ownerId)) {
        return false;
    }
    if (m_status == DealStatus::Open) {
        return d.stageId == m_stageId;
    }
    return d.closedAt.isValid() && d.closedAt >= m_model->closedSince();
}

bool BoardColumnProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const DealSummary &a = m_model->deal(left.row());
    const DealSummary &b = m_model->deal(right.row());
    if (m_status != DealStatus::Open) {
        return a.closedAt > b.closedAt; // most recent first
    }
    // Deals without an expected close date go last.
    if (a.expectedClose.isValid() != b.expectedClose.isValid()) {
        return a.expectedClose.isValid();
    }
    if (a.expectedClose != b.expectedClose) {
        return a.expectedClose < b.expectedClose;
    }
    return a.id < b.id;
}

} // namespace salesdesk::ui
