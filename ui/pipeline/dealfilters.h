#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

namespace salesdesk::ui {

class DealModel;

// The List's proxy: text search over title, customer, owner, product and next step, plus
// status, stage and owner filters. Sorts on DealModel::SortRole (raw values).
class DealFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DealFilterProxy(DealModel *model, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatus(std::optional<DealStatus> status);
    void setStageId(qint64 stageId); // 0: any
    void setOwnerId(qint64 ownerId); // 0: any
    // Only these deals (the ones behind a dashboard figure); nullopt: no such limit.
    void setDealIds(std::optional<QSet<qint64>> ids);
    bool hasDealIds() const { return m_ids.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DealModel *m_model;
    QString m_search;
    QStringMatcher m_matcher;
    std::optional<DealStatus> m_status;
    qint64 m_stageId = 0;
    qint64 m_ownerId = 0;
    std::optional<QSet<qint64>> m_ids;
};

// One Board column: the open deals of one stage, or the deals won or lost in the last
// `recentDays` days; sorted by expected close date.
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
    QDateTime m_closedSince; // Won and Lost show the deals closed since then
};

} // namespace salesdesk::ui
