#include "ui/common/idlistmodel.h"

#include <QHash>

namespace salesdesk::ui {

int IdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void IdListModel::resetIds(QList<qint64> ids)
{
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
}

bool IdListModel::replaceIds(QList<qint64> ids)
{
    if (ids == m_ids) {
        return false;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before) {
        beforeIds.append(m_ids.value(index.row()));
    }
    m_ids = std::move(ids);
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
    return true;
}

} // namespace salesdesk::ui
