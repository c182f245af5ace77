#pragma once

#include "core/pipeline/activityservice.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

class DealColumns;

// Open activities and those done in the last 90 days, one row each.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DoneColumn,
        DueColumn,
        KindColumn,
        SubjectColumn,
        DealColumn,
        CustomerColumn,
        RepColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, DueRole, RepIdRole, DoneRole };

    // Reads nothing until load(): the Activities view loads it when first shown.
    ActivityModel(Book &book, DealColumns *deals, QObject *parent = nullptr);
    // Reads the activities the first time; later it follows the book's signals.
    void load();
    bool isLoaded() const { return m_loaded; }
    void reload();
    // The book's today: what is overdue, and where the week plan starts.
    QDate today() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const Activity &activity(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    QVariant cell(const Activity &a, int column, int role) const;

signals:
    // The user ticked or unticked the Done box: the page turns it into an undoable command.
    void doneToggled(qint64 id, bool done);

private:
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void reindexFrom(int row);

    Book &m_book;
    ActivityService &m_activities;
    DealColumns *m_deals;
    QList<Activity> m_rows;
    QHash<qint64, int> m_rowOf;
    bool m_loaded = false;
};

// Today / This week / Overdue / Open, optionally for one rep, relative to a settable today.
class ActivityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterProxy(ActivityModel *model, QObject *parent = nullptr);
    void setWindow(ActivityService::Window window);
    void setRepId(qint64 repId);
    void setToday(const QDate &today);
    const QDate &today() const { return m_today; }
    ActivityService::Window window() const { return m_window; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ActivityModel *m_model;
    ActivityService::Window m_window = ActivityService::Window::Today;
    qint64 m_repId = 0;
    QDate m_today;
};

// The week plan: the seven days of a week as parents, each day's activities as children.
class WeekPlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit WeekPlanModel(ActivityModel *source, QObject *parent = nullptr);
    void setWeek(const QDate &anyDay);
    void setRepId(qint64 repId);
    const QDate &weekStart() const { return m_weekStart; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    ActivityModel *m_source;
    QDate m_weekStart;
    qint64 m_repId = 0;
    std::array<QList<qint64>, 7> m_days; // activity ids per weekday, by due time
};

} // namespace salesdesk::ui
