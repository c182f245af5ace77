#pragma once

#include "core/customers/feedback.h"
#include "core/customers/followups.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace salesdesk {
class FeedbackService;
class SegmentService;
} // namespace salesdesk

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

class CustomerDetail;
class EmptyState;
class CustomerModel;
class FollowUpsView;
class SatisfactionChart;
class SegmentChart;

// Customers (客户关系): the list with segments, RFM and next contact, the segment distribution,
// and one customer in 360 degrees: profile, purchases, segment history, satisfaction, deals and
// the timeline of activities and feedback.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    CustomersPage(Book &book, QUndoStack *undoStack, QWidget *parent = nullptr);
    CustomerModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FollowUpsView *followUps() const { return m_followUps; }
    // Shows the list of customers (0) or the follow-ups (1).
    void showView(int view);
    qint64 currentCustomer() const;
    QList<QAction *> customerActions() const;
    // File › Import, offered while the company has no customers.
    void setImportAction(QAction *import);
    void clearFilters();
    // The operations behind the actions; they open a dialog.
    void newCustomer();
    void editCustomer(qint64 id);
    void mergeCustomer(qint64 id);
    void addFeedback(qint64 customerId);
    void deleteCustomer(qint64 id);
    // Archives the customer, or restores it when archived (one undo step).
    void archiveCustomer(qint64 id);
    void editFeedback(qint64 feedbackId);
    void showCustomer(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void updateSegmentChart();
    void loadFeedback();
    void updateFilterChoices();
    void updateEmptyState();
    void updateArchiveAction();
    ContactCadence bookCadence() const;

    Book &m_book;
    QUndoStack *m_undoStack;
    QAction *m_newCustomer;
    QAction *m_editCustomer;
    QAction *m_mergeCustomer;
    QAction *m_addFeedback;
    QAction *m_logContact;
    QAction *m_deleteCustomer;
    QAction *m_archiveCustomer;
    QAction *m_showArchivedAction;
    CustomerModel *m_model = nullptr;
    QLineEdit *m_search;
    QComboBox *m_segment;
    QCheckBox *m_dueOnly;
    QCheckBox *m_showArchived;
    QComboBox *m_owner;
    QComboBox *m_region;
    QComboBox *m_tag;
    QTableView *m_table;
    QTabWidget *m_views;
    FollowUpsView *m_followUps;
    CustomerDetail *m_detail;
    SegmentChart *m_segmentChart;
    SatisfactionChart *m_satisfactionChart;
    QAction *m_import = nullptr;
    QAction *m_clearFilters;
    EmptyState *m_empty;
    bool m_stale = true;
    bool m_reloading = false; // the page's own recomputation is not news to it
};

} // namespace salesdesk::ui
