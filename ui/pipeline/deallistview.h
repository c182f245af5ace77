#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace salesdesk::ui {

class DealModel;
class DealFilterProxy;

// The List: a sortable, filterable table of all deals with text search and a column chooser
// (right-click the header). Column visibility and widths are remembered.
class DealListView : public QWidget
{
    Q_OBJECT

public:
    explicit DealListView(DealModel *model, QWidget *parent = nullptr);
    ~DealListView() override;

    QList<qint64> selectedDealIds() const;
    void selectDeal(qint64 id);
    void focusSearch();
    void setOwnerFilter(qint64 ownerId);
    // Every deal again: no search, any status, any stage (the page clears the owner on
    // filtersCleared).
    void clearFilters();
    QAction *clearFiltersAction() const { return m_clearFilters; }
    QTableView *table() const { return m_table; }
    DealFilterProxy *proxy() const { return m_proxy; }

signals:
    void dealActivated(qint64 id);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void filtersCleared();

private:
    void fillStageFilter();
    void showColumnMenu(const QPoint &pos);
    void fitForeignValues(int firstRow, int lastRow);

    DealModel *m_model;
    DealFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_stage;
    QTableView *m_table;
    QAction *m_clearFilters;
    bool m_statusShownForClosed = false;
};

} // namespace salesdesk::ui
