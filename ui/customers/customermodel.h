#pragma once

#include "core/customers/customer.h"
#include "core/customers/followups.h"
#include "core/customers/segmentation.h"
#include "core/pipeline/pipelinetypes.h"
#include "ui/common/idlistmodel.h"

#include <optional>
#include <vector>

namespace salesdesk {
class Book;
class CustomerService;
} // namespace salesdesk

namespace salesdesk::ui {

// The Customers list: the customers a CustomerListQuery and a segment or "due" filter select,
// in the order asked for, held as ids. The book filters them and orders them by text (SQL and
// CustomerService::listed); the segments, figures and follow-ups of every customer, computed on
// reload(), filter and order the rest. A row's name, contact and the like are read from the book
// when a view first asks for them, a block of rows at a time: 400,000 customers cost the list
// their ids and figures, not the customers.
class CustomerModel : public IdListModel
{
    Q_OBJECT

public:
    // What a shop owner reads first comes first: who, how much they buy, when they bought and
    // when to call; then how to reach them.
    enum Column {
        NameColumn,
        SegmentColumn,
        ValueColumn,
        LastPurchaseColumn,
        FrequencyColumn,
        FollowUpColumn,
        ContactColumn,
        PhoneColumn,
        OwnerColumn,
        RegionColumn,
        RfmColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, SegmentRole, OverdueRole };

    // Lists nothing until reload().
    explicit CustomerModel(Book &book, QObject *parent = nullptr);

    // Recomputes the segments (recording changes) and follow-ups, and lists the customers again.
    // Rows still listed keep their selection.
    void reload();
    bool isLoaded() const { return m_loaded; }

    // What is listed: archived customers are left out unless asked for.
    void setSearchText(const QString &text);
    void setSegment(std::optional<Segment> segment);
    void setDueOnly(bool dueOnly);
    void setOwner(std::optional<qint64> ownerId); // 0: nobody; nullopt: anyone
    void setRegion(const QString &region); // empty: any
    void setTag(const QString &tag); // empty: any
    void setShowArchived(bool show);
    const CustomerListQuery &query() const { return m_query; }
    // Every customer in the book at the last reload, listed or not, and the archived ones.
    qint64 customerCount() const { return m_choices.customers; }
    qint64 archivedCount() const { return m_choices.archived; }
    // The owners, regions and tags the customers had at the last reload.
    const CustomerChoices &choices() const { return m_choices; }

    // The book's today: segments and follow-ups are as of it.
    QDate today() const { return m_today; }
    const CustomerSegment *segment(qint64 customerId) const;
    const FollowUp *followUp(qint64 customerId) const;
    // Every customer's segment, listed or not (the segment chart's).
    template<typename Visit>
    void forEachSegment(Visit visit) const
    {
        for (const Figures &f : m_figures) {
            visit(f.segment);
        }
    }
    // The customer of a row, read with its block if need be; nullptr if it cannot be read.
    const Customer *customerAt(int row) const;
    // What the segment column says: "High-value", or "High-value · at risk".
    static QString segmentText(Segment segment, bool atRisk);
    // What the next-contact column says: "1 Dec 2026", or "6 Sep 2026 (82 days late)".
    static QString followUpText(const QDate &due, int overdueDays);
    // The look-back window of the company's rules at the last reload: the value column's.
    int lookBackMonths() const { return m_lookBackMonths; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The rows were listed again (a reload, a filter or an order).
    void listed();

private:
    // A customer's figures as of the last reload.
    struct Figures
    {
        qint64 id = 0;
        CustomerSegment segment;
        FollowUp followUp;
        QDate lastPurchase;
    };
    const Figures *figures(qint64 customerId) const;
    // Lists the customers again under the query, filters and order; rows still listed keep
    // their selection (persistent indexes follow their customers).
    void relist();
    // The ids the book lists, filtered by segment and due date and in the order asked for.
    QList<qint64> listedIds() const;

    Book &m_book;
    bool m_loaded = false;
    std::vector<Figures> m_figures; // by id
    mutable RowBlocks<Customer> m_read; // rows read from the book
    CustomerListQuery m_query;
    std::optional<Segment> m_segment;
    bool m_dueOnly = false;
    int m_sortColumn = -1; // -1: by id
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CustomerChoices m_choices;
    QDate m_today;
    int m_lookBackMonths = SegmentRules().lookBackMonths;
};

} // namespace salesdesk::ui
