#pragma once

#include "core/customers/followups.h"
#include "core/customers/segmentation.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// One customer in 360 degrees, beside the Customers list: profile and contacts, lifetime value
// and purchases, segment, next contact, satisfaction, key dates, the deals, and a timeline of
// activities, deals' stage changes, feedback and segment changes.
class CustomerDetail : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetail(Book &book, QWidget *parent = nullptr);
    // `segment` and `followUp` as the list worked them out; either may be null.
    void showCustomer(qint64 id, const CustomerSegment *segment, const FollowUp *followUp);
    void clear();

signals:
    // A feedback row of the timeline was double-clicked.
    void feedbackActivated(qint64 feedbackId);

private:
    Book &m_book;
    QLabel *m_title;
    QLabel *m_profile;
    QTableWidget *m_deals;
    QTableWidget *m_timeline;
};

} // namespace salesdesk::ui
