#include "ui/customers/customermodel.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/segmentservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

CustomerModel::CustomerModel(Book &book, QObject *parent)
    : IdListModel(parent)
    , m_book(book)
{ }

void CustomerModel::reload()
{
    m_today = m_book.clock().today();
    SegmentService &service = m_book.segments();
    const CustomerRules rules = service.rules();
    m_lookBackMonths = rules.segments.lookBackMonths;
    auto segments = service.recompute(m_today, rules.segments);
    auto followUps = service.followUps(m_today, rules.cadence);
    std::vector<Figures> figures;
    if (segments) {
        figures.reserve(size_t(segments->size()));
        for (const CustomerSegment &s : std::as_const(*segments)) {
            Figures &f = figures.emplace_back();
            f.id = s.customerId;
            f.segment = s;
            if (s.recencyDays >= 0) {
                f.lastPurchase = m_today.addDays(-s.recencyDays);
            }
        }
    } else {
        qWarning("Could not work out the segments: %s", qPrintable(segments.message()));
    }
    const auto byId = [](const Figures &a, const Figures &b) {
        return a.id < b.id;
    };
    std::sort(figures.begin(), figures.end(), byId);
    if (followUps) {
        std::vector<Figures> unsegmented;
        for (const FollowUp &due : std::as_const(*followUps)) {
            Figures key;
            key.id = due.customerId;
            auto it = std::lower_bound(figures.begin(), figures.end(), key, byId);
            if (it != figures.end() && it->id == due.customerId) {
                it->followUp = due;
            } else {
                key.followUp = due;
                unsegmented.push_back(std::move(key));
            }
        }
        if (!unsegmented.empty()) {
            figures.insert(figures.end(), unsegmented.begin(), unsegmented.end());
            std::sort(figures.begin(), figures.end(), byId);
        }
    } else {
        qWarning("Could not work out the follow-ups: %s", qPrintable(followUps.message()));
    }
    m_figures = std::move(figures);
    if (auto choices = m_book.customers().choices()) {
        m_choices = std::move(choices).value();
    } else {
        qWarning("Could not read the customers' owners, regions and tags: %s",
                 qPrintable(choices.message()));
    }
    m_read.clear();
    m_loaded = true;
    relist();
    if (!ids().isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const CustomerModel::Figures *CustomerModel::figures(qint64 customerId) const
{
    const auto it = std::lower_bound(m_figures.cbegin(), m_figures.cend(), customerId,
                                     [](const Figures &f, qint64 id) { return f.id < id; });
    return it != m_figures.cend() && it->id == customerId ? &*it : nullptr;
}

QList<qint64> CustomerModel::listedIds() const
{
    std::optional<CustomerField> byText;
    switch (m_sortColumn) {
    case NameColumn:
        byText = CustomerField::Name;
        break;
    case ContactColumn:
        byText = CustomerField::Contact;
        break;
    case PhoneColumn:
        byText = CustomerField::Phone;
        break;
    case OwnerColumn:
        byText = CustomerField::Owner;
        break;
    case RegionColumn:
        byText = CustomerField::Region;
        break;
    default:
        break;
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    auto listed = m_book.customers().listed(m_query, byText, descending);
    if (!listed) {
        qWarning("Could not list the customers: %s", qPrintable(listed.message()));
        return {};
    }
    QList<qint64> ids = std::move(listed).value();
    if (m_segment || m_dueOnly) {
        // A customer without figures (none worked out) is general and never due.
        const auto kept = [this](qint64 id) {
            const Figures *f = figures(id);
            const Segment segment = f ? f->segment.segment : Segment::General;
            if (m_segment && segment != *m_segment) {
                return false;
            }
            return !m_dueOnly || (f && f->followUp.due.isValid() && f->followUp.due <= m_today);
        };
        ids.removeIf([&kept](qint64 id) { return !kept(id); });
    }
    if (byText || m_sortColumn < 0) {
        return ids;
    }
    // The figure columns, ordered by their figures; ties stay by id.
    const int column = m_sortColumn;
    const auto key = [this, column](qint64 id) -> qint64 {
        const Figures *f = figures(id);
        if (!f) {
            return column == LastPurchaseColumn || column == FollowUpColumn ? QDate().toJulianDay()
                                                                            : 0;
        }
        switch (column) {
        case SegmentColumn:
            return int(f->segment.segment);
        case ValueColumn:
            return f->segment.monetary;
        case LastPurchaseColumn:
            return f->lastPurchase.toJulianDay();
        case FrequencyColumn:
            return f->segment.frequency;
        case FollowUpColumn:
            return f->followUp.due.toJulianDay();
        case RfmColumn:
            return f->segment.r * 100 + f->segment.f * 10 + f->segment.m;
        default:
            return 0;
        }
    };
    std::vector<std::pair<qint64, qint64>> keyed; // key, id
    keyed.reserve(size_t(ids.size()));
    for (qint64 id : std::as_const(ids)) {
        keyed.emplace_back(key(id), id);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
        return descending ? a.first > b.first : a.first < b.first;
    });
    for (size_t i = 0; i < keyed.size(); ++i) {
        ids[qsizetype(i)] = keyed[i].second;
    }
    return ids;
}

void CustomerModel::relist()
{
    if (!m_loaded) {
        return;
    }
    // A new order or filter, or customers added, changed or removed.
    replaceIds(listedIds());
    emit listed();
}

void CustomerModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relist();
}

void CustomerModel::setSearchText(const QString &text)
{
    m_query.search = text.trimmed();
    relist();
}

void CustomerModel::setSegment(std::optional<Segment> segment)
{
    m_segment = segment;
    relist();
}

void CustomerModel::setDueOnly(bool dueOnly)
{
    m_dueOnly = dueOnly;
    relist();
}

void CustomerModel::setOwner(std::optional<qint64> ownerId)
{
    m_query.ownerId = ownerId;
    relist();
}

void CustomerModel::setRegion(const QString &region)
{
    m_query.region = region;
    relist();
}

void CustomerModel::setTag(const QString &tag)
{
    m_query.tag = tag;
    relist();
}

void CustomerModel::setShowArchived(bool show)
{
    m_query.archived = show;
    relist();
}

const Customer *CustomerModel::customerAt(int row) const
{
    return m_read.at(
            ids(), row,
            [this](const QList<qint64> &blockIds) {
                return m_book.customers().customersIn(blockIds);
            },
            "customers");
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
    const Figures *f = figures(customerId);
    return f ? &f->segment : nullptr;
}

const FollowUp *CustomerModel::followUp(qint64 customerId) const
{
    const Figures *f = figures(customerId);
    return f ? &f->followUp : nullptr;
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
    const qint64 id = ids().at(index.row());
    if (role == IdRole) {
        return id;
    }
    static const Figures none;
    const Figures *found = figures(id);
    const Figures &r = found ? *found : none;
    const bool text = role == Qt::DisplayRole || role == Qt::ForegroundRole;
    const Customer *c = text ? customerAt(index.row()) : nullptr;
    if (text && !c) {
        return {};
    }
    const QLocale locale;
    switch (role) {
    case SegmentRole:
        return int(r.segment.segment);
    case OverdueRole:
        return r.followUp.overdueDays;
    case SortRole:
        switch (index.column()) {
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

} // namespace salesdesk::ui
