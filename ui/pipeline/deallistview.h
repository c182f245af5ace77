#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace salesdesk::ui {

class DealColumns;
class DealListModel;
class LoadWhenShown;

// The List: a sortable, filterable table of all deals with text search and a column chooser
// (right-click the header). Column visibility and widths are remembered. Its rows come from the
// book (DealListModel), read when the List is shown.
class DealListView : public QWidget
{
    Q_OBJECT

public:
    explicit DealListView(DealColumns *model, QWidget *parent = nullptr);
    ~DealListView() override;

    QList<qint64> selectedDealIds() const;
    void selectDeal(qint64 id);
    void focusSearch();
    void setOwnerFilter(qint64 ownerId);
    // Every deal again: no search, any status, any stage (the page clears the owner on
    // filtersCleared).
    void clearFilters();
    QAction *clearFiltersAction() const { return m_clearFilters; }
    // Only `ids`, every other filter cleared, under a bar that says what they are ("won in
    // August 2026") with Back (to where they came from) and Show All.
    void showOnly(const QList<qint64> &ids, const QString &what);
    QString shownOnlyText() const;
    QTableView *table() const { return m_table; }
    // The rows shown, read now if they are due.
    DealListModel *model() const;
    // True when the rows were read and none matched (never reads them).
    bool listsNone() const;

signals:
    void dealActivated(qint64 id);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void filtersCleared();
    void backRequested();
    // The search, filters, order or deals changed: the rows are read again when shown.
    void rowsDue();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillStageFilter();
    void showColumnMenu(const QPoint &pos);
    void fitForeignValues(int firstRow, int lastRow);
    // Search, filters and order as the controls set them, for the rows to be read.
    void updateQuery();
    // Every filter cleared; with `only`, only those deals listed.
    void resetFilters(std::optional<QList<qint64>> only);

    DealColumns *m_model;
    DealListModel *m_rows;
    LoadWhenShown *m_loader;
    qint64 m_ownerId = 0;
    std::optional<QList<qint64>> m_onlyIds;
    std::optional<qint64> m_selectWhenShown;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_stage;
    QTableView *m_table;
    QAction *m_clearFilters;
    QWidget *m_onlyBar;
    QLabel *m_onlyLabel;
    bool m_statusShownForClosed = false;
};

} // namespace salesdesk::ui
