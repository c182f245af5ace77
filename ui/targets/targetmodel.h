#pragma once

#include "core/targets/targettypes.h"

#include <QAbstractItemModel>
#include <QDate>

namespace salesdesk {
class TargetService;
}

namespace salesdesk::ui {

// All targets as a tree (a year → its quarters → their months → weeks; a company target → its
// reps), each with its progress as of a date.
class TargetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PeriodColumn,
        ScopeColumn,
        TargetColumn,
        ActualColumn,
        AttainmentColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StatusRole, // TargetStatus as int
        AttainmentRole, // double, 1.0 = 100 %
        LockedRole,
    };

    // Empty until the first reload(): its owner reads the figures when they are first shown.
    explicit TargetModel(TargetService &service, QObject *parent = nullptr);

    // Recomputes every target and its progress (a full reload: the tree is small, the
    // numbers depend on the whole book).
    void reload();
    // The date progress is measured at; call reload() after. Statuses follow the book's
    // thresholds (TargetService::thresholds).
    void setAsOf(const QDate &asOf);
    const QDate &asOf() const { return m_asOf; }
    const Target *target(qint64 id) const;
    const TargetProgress *progress(qint64 id) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Target target;
        TargetProgress progress;
        int parent = -1; // node index, -1 for a top-level target
        int row = 0; // row under its parent
        QList<int> children; // node indexes
    };
    const Node *node(const QModelIndex &index) const;

    TargetService &m_service;
    QDate m_asOf;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace salesdesk::ui
