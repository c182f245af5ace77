#include "ui/pipeline/activitymodel.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"
#include "ui/pipeline/dealcolumns.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
constexpr int DoneHistoryDays = 90;
const QColor OverdueColor(0xc0, 0x39, 0x2b);
} // namespace

ActivityModel::ActivityModel(Book &book, DealColumns *deals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_activities(book.activities())
    , m_deals(deals)
{
    connect(&m_activities, &ActivityService::activityChanged, this, &ActivityModel::onChanged);
    connect(&m_activities, &ActivityService::activityRemoved, this, &ActivityModel::onRemoved);
    const auto namesChanged = [this] {
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    };
    connect(&book.customers(), &CustomerService::customersChanged, this, namesChanged);
    connect(&book.team(), &TeamService::teamChanged, this, namesChanged);
    connect(&book, &Book::reloaded, this, [this] {
        if (m_loaded) {
            reload();
        }
    });
}

void ActivityModel::load()
{
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

QDate ActivityModel::today() const
{
    return m_book.clock().today();
}

void ActivityModel::reload()
{
    beginResetModel();
    auto rows = m_activities.activities(m_book.clock().today().addDays(-DoneHistoryDays));
    m_rows = rows ? std::move(rows).value() : QList<Activity>();
    m_rowOf.clear();
    reindexFrom(0);
    endResetModel();
}

void ActivityModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, i);
    }
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::cell(const Activity &a, int column, int role) const
{
    const QLocale locale;
    if (role == Qt::CheckStateRole) {
        return column == DoneColumn ? QVariant(a.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        if (!a.done && a.dueAt.date() < today() && column == DueColumn) {
            return QBrush(OverdueColor);
        }
        return a.done ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    }
    if (role == IdRole) {
        return a.id;
    }
    if (role == DueRole) {
        return a.dueAt;
    }
    if (role == RepIdRole) {
        return a.repId;
    }
    if (role == DoneRole) {
        return a.done;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort) {
        return {};
    }
    switch (column) {
    case DoneColumn:
        return sort ? QVariant(a.done) : QVariant();
    case DueColumn:
        return sort ? QVariant(a.dueAt) : QVariant(dateTimeText(a.dueAt, locale));
    case KindColumn:
        return PipelineText::name(a.kind);
    case SubjectColumn:
        return a.subject;
    case DealColumn: {
        return m_deals ? m_deals->title(a.dealId) : QString();
    }
    case CustomerColumn:
        return m_book.customers().customerName(a.customerId);
    case RepColumn:
        return m_book.team().repName(a.repId);
    case OutcomeColumn:
        return a.outcome;
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return cell(m_rows.at(index.row()), index.column(), role);
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case DueColumn:
        return tr("Due");
    case KindColumn:
        return tr("Type");
    case SubjectColumn:
        return tr("Subject");
    case DealColumn:
        return tr("Deal");
    case CustomerColumn:
        return tr("Customer");
    case RepColumn:
        return tr("Sales rep");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

Qt::ItemFlags ActivityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DoneColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool ActivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != DoneColumn || role != Qt::CheckStateRole) {
        return false;
    }
    // The change itself arrives back through ActivityService::activityChanged.
    emit doneToggled(m_rows.at(index.row()).id, value.toInt() == Qt::Checked);
    return false;
}

void ActivityModel::onChanged(qint64 id)
{
    if (!m_loaded) {
        return; // read as it is when loaded
    }
    auto a = m_activities.activity(id);
    if (!a) {
        return;
    }
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row] = std::move(a).value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(std::move(a).value());
    m_rowOf.insert(id, at);
    endInsertRows();
}

void ActivityModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

ActivityFilterProxy::ActivityFilterProxy(ActivityModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
    , m_today(model->today())
{
    setSourceModel(model);
    setSortRole(ActivityModel::SortRole);
    sort(ActivityModel::DueColumn);
}

void ActivityFilterProxy::setWindow(ActivityService::Window window)
{
    m_window = window;
    invalidateFilter();
}

void ActivityFilterProxy::setRepId(qint64 repId)
{
    m_repId = repId;
    invalidateFilter();
}

void ActivityFilterProxy::setToday(const QDate &today)
{
    m_today = today;
    invalidateFilter();
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Activity &a = m_model->activity(sourceRow);
    return (!m_repId || a.repId == m_repId) && ActivityService::inWindow(a, m_window, m_today);
}

WeekPlanModel::WeekPlanModel(ActivityModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    m_weekStart = ActivityService::weekStart(source->today());
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(source, signal, this, &WeekPlanModel::rebuild);
    }
    connect(source, &QAbstractItemModel::dataChanged, this, &WeekPlanModel::rebuild);
    connect(source, &QAbstractItemModel::modelReset, this, &WeekPlanModel::rebuild);
    rebuild();
}

void WeekPlanModel::setWeek(const QDate &anyDay)
{
    m_weekStart = ActivityService::weekStart(anyDay);
    rebuild();
}

void WeekPlanModel::setRepId(qint64 repId)
{
    m_repId = repId;
    rebuild();
}

void WeekPlanModel::rebuild()
{
    // A week holds a few dozen activities: regrouping them all is cheaper than patching.
    beginResetModel();
    for (auto &day : m_days) {
        day.clear();
    }
    QList<const Activity *> inWeek;
    for (int r = 0; r < m_source->rowCount(); ++r) {
        const Activity &a = m_source->activity(r);
        const qint64 offset = m_weekStart.daysTo(a.dueAt.date());
        if (offset >= 0 && offset < 7 && (!m_repId || a.repId == m_repId)) {
            inWeek.append(&a);
        }
    }
    std::sort(inWeek.begin(), inWeek.end(),
              [](const Activity *x, const Activity *y) { return x->dueAt < y->dueAt; });
    for (const Activity *a : std::as_const(inWeek)) {
        m_days[size_t(m_weekStart.daysTo(a->dueAt.date()))].append(a->id);
    }
    endResetModel();
}

QModelIndex WeekPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // internalId 0 marks a day; day d's children carry d + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex WeekPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int WeekPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return 7;
    }
    if (parent.internalId() == 0 && parent.column() == 0) {
        return int(m_days[size_t(parent.row())].size());
    }
    return 0;
}

int WeekPlanModel::columnCount(const QModelIndex &) const
{
    return 5;
}

QVariant WeekPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QLocale locale;
    if (index.internalId() == 0) {
        const QDate day = m_weekStart.addDays(index.row());
        if (role == Qt::DisplayRole && index.column() == 0) {
            const int count = int(m_days[size_t(index.row())].size());
            return tr("%1 — %n activity(ies)", nullptr, count)
                    .arg(locale.toString(day, tr("dddd, d MMMM", "week plan day heading")));
        }
        if (role == Qt::FontRole && index.column() == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole && day == m_source->today()) {
            return QBrush(QColor(0x1f, 0x6f, 0xeb));
        }
        return {};
    }
    const qint64 id = m_days[size_t(index.internalId() - 1)].value(index.row());
    const int row = m_source->rowOf(id);
    if (row < 0) {
        return {};
    }
    const Activity &a = m_source->activity(row);
    if (role == ActivityModel::IdRole) {
        return a.id;
    }
    static constexpr std::array<int, 5> columns
            = {ActivityModel::SubjectColumn, ActivityModel::KindColumn, ActivityModel::DealColumn,
               ActivityModel::RepColumn, ActivityModel::DoneColumn};
    if (index.column() == 0 && role == Qt::DisplayRole) {
        return QString(locale.toString(a.dueAt.time(), QLocale::ShortFormat) + u"  "_s + a.subject);
    }
    if (index.column() == 4 && role == Qt::DisplayRole) {
        return a.done ? tr("Done") : QString();
    }
    return m_source->cell(a, columns[size_t(index.column())], role);
}

QVariant WeekPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    switch (section) {
    case 0:
        return tr("Time and subject");
    case 1:
        return tr("Type");
    case 2:
        return tr("Deal");
    case 3:
        return tr("Sales rep");
    case 4:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace salesdesk::ui
