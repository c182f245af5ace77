#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
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
    // Only `ids`, every other filter cleared, under a bar that says what they are ("won in
    // August 2026") with Back (to where they came from) and Show All.
    void showOnly(const QList<qint64> &ids, const QString &what);
    QString shownOnlyText() const;
    QTableView *table() const { return m_table; }
    DealFilterProxy *proxy() const { return m_proxy; }

signals:
    void dealActivated(qint64 id);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void filtersCleared();
    void backRequested();

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
    QWidget *m_onlyBar;
    QLabel *m_onlyLabel;
    bool m_statusShownForClosed = false;
};

} // namespace salesdesk::ui
