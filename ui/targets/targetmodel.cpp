#include "ui/targets/targetmodel.h"

#include "core/targets/targetservice.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

TargetModel::TargetModel(TargetService &service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_asOf(service.today())
{ }

void TargetModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf; // takes effect with the next reload()
}

void TargetModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    auto targets = m_service.targets();
    if (targets) {
        // Every target's progress in one go (its money in two statements, not two each).
        auto progress = m_service.progressOf(*targets, *targets, m_asOf);
        QHash<qint64, int> nodeOf;
        // Parents come before their children.
        for (qsizetype i = 0; i < targets->size(); ++i) {
            const Target &t = targets->at(i);
            Node n;
            n.target = t;
            if (progress) {
                n.progress = progress->at(i);
            }
            const int index = int(m_nodes.size());
            n.parent = t.parentId ? nodeOf.value(t.parentId, -1) : -1;
            QList<int> &siblings = n.parent >= 0 ? m_nodes[n.parent].children : m_roots;
            n.row = int(siblings.size());
            siblings.append(index);
            nodeOf.insert(t.id, index);
            m_nodes.append(n);
        }
    }
    endResetModel();
}

const TargetModel::Node *TargetModel::node(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    const auto i = qsizetype(index.internalId());
    return i >= 0 && i < m_nodes.size() ? &m_nodes[i] : nullptr;
}

const Target *TargetModel::target(qint64 id) const
{
    for (const auto &n : m_nodes) {
        if (n.target.id == id) {
            return &n.target;
        }
    }
    return nullptr;
}

const TargetProgress *TargetModel::progress(qint64 id) const
{
    for (const auto &n : m_nodes) {
        if (n.target.id == id) {
            return &n.progress;
        }
    }
    return nullptr;
}

QModelIndex TargetModel::indexOf(qint64 id, int column) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].target.id == id) {
            return createIndex(m_nodes[i].row, column, quintptr(i));
        }
    }
    return {};
}

QModelIndex TargetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const QList<int> &rows = parent.isValid() ? node(parent)->children : m_roots;
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex TargetModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0) {
        return {};
    }
    return createIndex(m_nodes[n->parent].row, 0, quintptr(n->parent));
}

int TargetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_roots.size());
    }
    const Node *n = node(parent);
    return n && parent.column() == 0 ? int(n->children.size()) : 0;
}

int TargetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TargetModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n) {
        return {};
    }
    const Target &t = n->target;
    const TargetProgress &p = n->progress;
    switch (role) {
    case IdRole:
        return t.id;
    case StatusRole:
        return int(p.status);
    case AttainmentRole:
        return p.attainment;
    case LockedRole:
        return t.locked;
    case SortRole:
        switch (index.column()) {
        case PeriodColumn:
            return t.startsOn;
        case TargetColumn:
            return t.value;
        case ActualColumn:
            return p.actual;
        case AttainmentColumn:
            return p.attainment;
        case StatusColumn:
            return int(p.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case PeriodColumn:
            return t.period.label();
        case ScopeColumn:
            return m_service.scopeLabel(t.scope);
        case TargetColumn: {
            // Parts that no longer add up (the user chose not to rebalance) say by how much.
            if (!n->children.isEmpty() && TargetText::isAdditive(t.metric)) {
                qint64 sum = 0; // a target is split one way only: all its children are parts
                for (int c : n->children) {
                    sum += m_nodes[c].target.value;
                }
                if (sum != t.value) {
                    return tr("%1 (parts %2%3)")
                            .arg(m_service.formatValue(t.metric, t.value),
                                 sum > t.value ? u"+"_s : u"−"_s,
                                 m_service.formatValue(t.metric, std::abs(sum - t.value)));
                }
            }
            return m_service.formatValue(t.metric, t.value);
        }
        case ActualColumn:
            return m_service.formatValue(t.metric, p.actual);
        case AttainmentColumn:
            return QString(QLocale().toString(p.attainment * 100, 'f', 1) + u" %"_s);
        case StatusColumn:
            return TargetText::name(p.status);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn && t.value != t.originalValue) {
            return tr("Originally %1").arg(m_service.formatValue(t.metric, t.originalValue));
        }
        if (index.column() == NameColumn && t.locked) {
            return tr("Locked: rebalancing leaves it as it is");
        }
        if (index.column() == StatusColumn && p.onTrackByPipeline) {
            return TargetText::byPipeline();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TargetColumn || index.column() == ActualColumn
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == NameColumn && n->parent < 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant TargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    // How the figures of these two columns come about.
    if (role == Qt::ToolTipRole && (section == AttainmentColumn || section == StatusColumn)) {
        return TargetText::statusExplained(m_service.thresholds());
    }
    switch (section) {
    case NameColumn:
        return tr("Target");
    case PeriodColumn:
        return tr("Period");
    case ScopeColumn:
        return tr("For");
    case TargetColumn:
        return tr("Goal");
    case ActualColumn:
        return tr("Actual");
    case AttainmentColumn:
        return tr("Attainment");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace salesdesk::ui
