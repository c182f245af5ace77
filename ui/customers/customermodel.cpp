#include "ui/customers/customermodel.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/segmentservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QBrush>
#include <QCollator>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

CustomerModel::CustomerModel(Book &book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    reload();
}

void CustomerModel::reload()
{
    beginResetModel();
    m_today = m_book.clock().today();
    m_rows.clear();
    m_rowOf.clear();
    m_nameRank.clear();
    SegmentService &service = m_book.segments();
    const CustomerRules rules = service.rules();
    m_lookBackMonths = rules.segments.lookBackMonths;
    auto segments = service.recompute(m_today, rules.segments);
    auto followUps = service.followUps(m_today, rules.cadence);
    QHash<qint64, CustomerSegment> segmentOf;
    if (segments) {
        for (const auto &s : std::as_const(*segments)) {
            segmentOf.insert(s.customerId, s);
        }
    }
    QHash<qint64, FollowUp> followUpOf;
    if (followUps) {
        for (const auto &f : std::as_const(*followUps)) {
            followUpOf.insert(f.customerId, f);
        }
    }
    m_rows.reserve(m_book.customers().customers().size());
    for (const auto &c : m_book.customers().customers()) {
        Row row {c.id, segmentOf.value(c.id), followUpOf.value(c.id), {}};
        if (row.segment.recencyDays >= 0) {
            row.lastPurchase = m_today.addDays(-row.segment.recencyDays);
        }
        m_rowOf.insert(c.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

QString CustomerModel::segmentText(Segment segment, bool atRisk)
{
    return atRisk ? tr("%1 · at risk").arg(SegmentText::name(segment)) : SegmentText::name(segment);
}

QString CustomerModel::followUpText(const QDate &due, int overdueDays)
{
    const QString date = dateText(due);
    return overdueDays > 0 ? tr("%1 (%n day(s) late)", nullptr, overdueDays).arg(date) : date;
}

const CustomerSegment *CustomerModel::segment(qint64 customerId) const
{
    const int row = rowOf(customerId);
    return row >= 0 ? &m_rows[row].segment : nullptr;
}

const FollowUp *CustomerModel::followUp(qint64 customerId) const
{
    const int row = rowOf(customerId);
    return row >= 0 ? &m_rows[row].followUp : nullptr;
}

int CustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    const Customer *c = m_book.customers().customer(r.id);
    if (!c) {
        return {};
    }
    const QLocale locale;
    switch (role) {
    case IdRole:
        return r.id;
    case SegmentRole:
        return int(r.segment.segment);
    case OverdueRole:
        return r.followUp.overdueDays;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            if (m_nameRank.isEmpty()) {
                QCollator collator;
                collator.setNumericMode(true);
                collator.setCaseSensitivity(Qt::CaseInsensitive);
                QList<std::pair<QCollatorSortKey, int>> keys;
                keys.reserve(m_rows.size());
                for (int i = 0; i < m_rows.size(); ++i) {
                    keys.append(
                            {collator.sortKey(m_book.customers().customerName(m_rows[i].id)), i});
                }
                std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
                    return a.first.compare(b.first) < 0;
                });
                m_nameRank.resize(m_rows.size());
                for (int place = 0; place < keys.size(); ++place) {
                    m_nameRank[keys[place].second] = place;
                }
            }
            return m_nameRank.value(index.row());
        case SegmentColumn:
            return int(r.segment.segment);
        case LastPurchaseColumn:
            return r.lastPurchase;
        case FrequencyColumn:
            return r.segment.frequency;
        case ValueColumn:
            return r.segment.monetary;
        case RfmColumn:
            return r.segment.r * 100 + r.segment.f * 10 + r.segment.m;
        case FollowUpColumn:
            return r.followUp.due;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c->name;
        case SegmentColumn:
            return segmentText(r.segment.segment, r.segment.atRisk);
        case ContactColumn:
            return c->contactPerson;
        case PhoneColumn:
            return c->phone;
        case OwnerColumn:
            return m_book.team().repName(c->ownerId);
        case RegionColumn:
            return c->region;
        case LastPurchaseColumn:
            return dateText(r.lastPurchase, locale);
        case FrequencyColumn:
            return r.segment.frequency;
        case ValueColumn:
            return Money(r.segment.monetary, m_book.currencies().home()).format(locale);
        case RfmColumn:
            return r.segment.r ? u"%1-%2-%3"_s.arg(r.segment.r).arg(r.segment.f).arg(r.segment.m)
                               : QString();
        case FollowUpColumn:
            if (c->archived()) {
                return tr("archived %1").arg(dateText(c->archivedAt.toLocalTime().date(), locale));
            }
            return followUpText(r.followUp.due, r.followUp.overdueDays);
        }
        return {};
    case Qt::ForegroundRole:
        if (c->archived()) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (index.column() == FollowUpColumn && r.followUp.overdueDays > 0) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        if (index.column() == SegmentColumn && r.segment.atRisk) {
            return QBrush(QColor(0xe6, 0x7e, 0x22));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == FrequencyColumn || index.column() == ValueColumn
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == RfmColumn && r.segment.r) {
            return tr("Recency %1, frequency %2, value %3 (1–5, 5 best)")
                    .arg(r.segment.r)
                    .arg(r.segment.f)
                    .arg(r.segment.m);
        }
        return {};
    default:
        return {};
    }
}

QVariant CustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // How the segment and the next contact come about.
    if (role == Qt::ToolTipRole && section == SegmentColumn) {
        return SegmentText::explained(m_book.segments().rules().segments);
    }
    if (role == Qt::ToolTipRole && section == FollowUpColumn) {
        const ContactCadence cadence = m_book.segments().rules().cadence;
        return tr("The next contact is due one cadence after the last done activity with the "
                  "customer (or after the customer was added): high-value every %1 days, "
                  "potential every %2, general every %3, or the customer's own.")
                .arg(cadence.highValue)
                .arg(cadence.potential)
                .arg(cadence.general);
    }
    switch (section) {
    case NameColumn:
        return tr("Customer");
    case SegmentColumn:
        return tr("Segment");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case OwnerColumn:
        return tr("Looked after by");
    case RegionColumn:
        return tr("Region");
    case LastPurchaseColumn:
        return tr("Last purchase");
    case FrequencyColumn:
        return tr("Purchases");
    case ValueColumn:
        return tr("Value (%n month(s))", nullptr, m_lookBackMonths);
    case RfmColumn:
        return tr("R-F-M");
    case FollowUpColumn:
        return tr("Next contact");
    }
    return {};
}

CustomerFilterProxy::CustomerFilterProxy(CustomerModel *model, const CustomerService &customers,
                                         QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
    , m_customers(customers)
{
    setSourceModel(model);
    setSortRole(CustomerModel::SortRole);
    setSortLocaleAware(true);
}

void CustomerFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidate();
}

void CustomerFilterProxy::setSegment(std::optional<Segment> segment)
{
    m_segment = segment;
    invalidate();
}

void CustomerFilterProxy::setDueOnly(bool dueOnly)
{
    m_dueOnly = dueOnly;
    invalidate();
}

void CustomerFilterProxy::setOwner(std::optional<qint64> ownerId)
{
    m_owner = ownerId;
    invalidate();
}

void CustomerFilterProxy::setRegion(const QString &region)
{
    m_region = region;
    invalidate();
}

void CustomerFilterProxy::setTag(const QString &tag)
{
    m_tag = tag;
    invalidate();
}

void CustomerFilterProxy::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateFilter();
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const qint64 id = m_model->idAt(sourceRow);
    if (!m_showArchived) {
        if (const Customer *c = m_customers.customer(id); c && c->archived()) {
            return false;
        }
    }
    if (m_owner || !m_region.isEmpty() || !m_tag.isEmpty()) {
        const Customer *c = m_customers.customer(id);
        if (!c || (m_owner && c->ownerId != *m_owner)
            || (!m_region.isEmpty() && c->region != m_region)
            || (!m_tag.isEmpty() && !c->tags.contains(m_tag, Qt::CaseInsensitive))) {
            return false;
        }
    }
    const CustomerSegment *s = m_model->segment(id);
    if (m_segment && (!s || s->segment != *m_segment)) {
        return false;
    }
    if (m_dueOnly) {
        const FollowUp *f = m_model->followUp(id);
        if (!f || f->due > m_model->today()) {
            return false;
        }
    }
    if (m_search.isEmpty()) {
        return true;
    }
    const Customer *c = m_customers.customer(id);
    if (!c) {
        return false;
    }
    for (const QString &text :
         {c->name, c->contactPerson, c->phone, c->email, c->industry, c->region}) {
        if (text.contains(m_search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return c->tags.contains(m_search, Qt::CaseInsensitive);
}

} // namespace salesdesk::ui
