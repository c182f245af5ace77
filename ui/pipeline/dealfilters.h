#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QSortFilterProxyModel>

namespace salesdesk::ui {

class DealModel;

// One Board column: the open deals of one stage, or the deals won or lost in the last
// DealModel::BoardDays days; sorted by expected close date.
class BoardColumnProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    BoardColumnProxy(DealModel *model, qint64 stageId, DealStatus status,
                     QObject *parent = nullptr);
    qint64 stageId() const { return m_stageId; }
    DealStatus status() const { return m_status; }
    void setOwnerId(qint64 ownerId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DealModel *m_model;
    qint64 m_stageId;
    DealStatus m_status;
    qint64 m_ownerId = 0;
};

} // namespace salesdesk::ui
