#include "ui/pipeline/dealmodel.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QBrush>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

DealModel::DealModel(Book &book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_service(book.pipeline())
    , m_now(book.clock().nowUtc())
{
    connect(&m_service, &PipelineService::dealChanged, this, &DealModel::onDealChanged);
    connect(&m_service, &PipelineService::dealRemoved, this, &DealModel::onDealRemoved);
    connect(&m_service, &PipelineService::stagesChanged, this, &DealModel::onNamesChanged);
    connect(&book.customers(), &CustomerService::customersChanged, this,
            &DealModel::onNamesChanged);
    connect(&book.team(), &TeamService::teamChanged, this, &DealModel::onNamesChanged);
    // Values in the home currency follow the exchange rates.
    connect(&book.currencies(), &CurrencyService::ratesChanged, this, &DealModel::onRatesChanged);
    connect(&book, &Book::reloaded, this, [this] {
        if (m_loaded) {
            reload();
        }
    });
    m_closedSince = m_now.addDays(-BoardDays);
}

void DealModel::load()
{
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

void DealModel::reload()
{
    beginResetModel();
    m_now = m_book.clock().nowUtc();
    m_closedSince = m_now.addDays(-BoardDays);
    m_titles.clear();
    auto deals = m_service.boardSummaries(m_closedSince);
    if (!deals) {
        qWarning("Could not read the deals: %s", qPrintable(deals.error().message));
    }
    m_rows = deals ? std::move(deals).value() : QList<DealSummary>();
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, i);
    }
    fillHomeValues();
    endResetModel();
}

int DealModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DealModel::daysInStage(const DealSummary &d) const
{
    return m_service.daysInStage(d, m_now);
}

bool DealModel::isIdle(const DealSummary &d) const
{
    return m_service.isIdle(d, m_now);
}

qint64 DealModel::homeValue(const DealSummary &d) const
{
    return m_service.homeValue(d, m_now);
}

qint64 DealModel::weightedValue(const DealSummary &d) const
{
    return m_service.weightedValue(d, m_now);
}

void DealModel::count(DealTotals &totals, const DealSummary &d) const
{
    m_service.count(totals, d, m_now);
}

const QString &DealModel::homeCurrency() const
{
    return m_book.currencies().home();
}

int DealModel::probability(const DealSummary &d) const
{
    return m_service.probability(d);
}

QVariant DealModel::displayData(const DealSummary &d, int column) const
{
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return d.title;
    case CustomerColumn:
        return m_book.customers().customerName(d.customerId);
    case OwnerColumn:
        return m_book.team().repName(d.ownerId);
    case StageColumn: {
        const Stage *s = m_service.stage(d.stageId);
        return s ? s->displayName() : QString();
    }
    case StatusColumn:
        return PipelineText::name(d.status);
    case ValueColumn:
        // A deal in another currency shows what it counts for in the home currency too.
        return d.currency == homeCurrency()
                       ? Money(d.valueMinor, d.currency).format(locale)
                       : tr("%1 (%2)").arg(Money(d.valueMinor, d.currency).format(locale),
                                           Money(homeValue(d), homeCurrency()).format(locale));
    case ProbabilityColumn:
        return QString(locale.toString(probability(d)) + u" %"_s);
    case WeightedColumn:
        return Money(weightedValue(d), homeCurrency()).format(locale);
    case ExpectedCloseColumn:
        return dateText(d.expectedClose, locale);
    case NextStepColumn:
        return d.nextStep;
    case NextStepDateColumn:
        return dateText(d.nextStepDate, locale);
    case DaysInStageColumn:
        return locale.toString(daysInStage(d));
    case SourceColumn:
        return PipelineText::name(d.source);
    case ProductColumn:
        return d.product;
    case ServiceColumn:
        return PipelineText::name(d.serviceStatus);
    case CreatedColumn:
        return dateText(localDate(d.createdAt), locale);
    case ClosedColumn:
        return d.closedAt.isValid() ? dateText(localDate(d.closedAt), locale) : QString();
    default:
        return {};
    }
}

QVariant DealModel::sortData(const DealSummary &d, int column) const
{
    switch (column) {
    case StageColumn: {
        const Stage *s = m_service.stage(d.stageId);
        return d.status == DealStatus::Open ? (s ? s->position : 0) : 1000 + int(d.status);
    }
    case StatusColumn:
        return int(d.status);
    case ValueColumn:
        return homeValue(d);
    case ProbabilityColumn:
        return probability(d);
    case WeightedColumn:
        return weightedValue(d);
    case ExpectedCloseColumn:
        return d.expectedClose;
    case NextStepDateColumn:
        return d.nextStepDate;
    case DaysInStageColumn:
        return daysInStage(d);
    case CreatedColumn:
        return d.createdAt;
    case ClosedColumn:
        return d.closedAt;
    default:
        return displayData(d, column);
    }
}

bool DealModel::lessThan(int leftRow, int rightRow, int column) const
{
    const DealSummary &a = m_rows.at(leftRow);
    const DealSummary &b = m_rows.at(rightRow);
    const auto text = [](const QString &x, const QString &y) {
        return x.localeAwareCompare(y) < 0;
    };
    // Invalid dates (none set) sort after every real date.
    const auto date = [](const QDate &x, const QDate &y) {
        return x.isValid() != y.isValid() ? x.isValid() : x < y;
    };
    switch (column) {
    case TitleColumn:
        return text(a.title, b.title);
    case CustomerColumn:
        return text(m_book.customers().customerName(a.customerId),
                    m_book.customers().customerName(b.customerId));
    case OwnerColumn:
        return text(m_book.team().repName(a.ownerId), m_book.team().repName(b.ownerId));
    case ValueColumn:
        return m_home[leftRow] < m_home[rightRow];
    case ProbabilityColumn:
        return probability(a) < probability(b);
    case WeightedColumn:
        return m_home[leftRow] * probability(a) < m_home[rightRow] * probability(b);
    case ExpectedCloseColumn:
        return date(a.expectedClose, b.expectedClose);
    case NextStepDateColumn:
        return date(a.nextStepDate, b.nextStepDate);
    case DaysInStageColumn:
        return daysInStage(a) < daysInStage(b);
    case CreatedColumn:
        return a.createdAt < b.createdAt;
    case ClosedColumn:
        return a.closedAt < b.closedAt;
    default:
        return sortData(a, column).toString().localeAwareCompare(sortData(b, column).toString())
               < 0;
    }
}

QVariant DealModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QString DealModel::title(qint64 id) const
{
    if (const int row = rowOf(id); row >= 0) {
        return m_rows.at(row).title;
    }
    if (auto it = m_titles.constFind(id); it != m_titles.cend()) {
        return *it;
    }
    auto deal = m_service.dealSummary(id);
    return *m_titles.insert(id, deal ? deal->title : QString());
}

QVariant DealModel::cellData(const DealSummary &d, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, column);
    case Qt::ToolTipRole:
        if (column == DaysInStageColumn && isIdle(d)) {
            return tr("No progress for %n day(s)", nullptr, daysInStage(d));
        }
        if (column == TitleColumn || column == CustomerColumn || column == NextStepColumn) {
            // A card or a cell may cut its text: the whole of it, and the next step.
            QString tip = d.title + u'\n' + m_book.customers().customerName(d.customerId);
            if (!d.nextStep.isEmpty()) {
                tip += u'\n' + tr("Next step: %1").arg(d.nextStep);
            }
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case ValueColumn:
        case ProbabilityColumn:
        case WeightedColumn:
        case DaysInStageColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (column == DaysInStageColumn && isIdle(d)) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        // Closed deals, won or lost, step back; open ones keep the ink.
        if (d.status != DealStatus::Open) {
            return QBrush(QColor(0x80, 0x80, 0x80));
        }
        return {};
    case IdRole:
        return d.id;
    case SortRole:
        return sortData(d, column);
    case StageIdRole:
        return d.stageId;
    case StatusRole:
        return int(d.status);
    case IdleRole:
        return isIdle(d);
    case DaysInStageRole:
        return daysInStage(d);
    case ValueMinorRole:
        return d.valueMinor;
    case CurrencyRole:
        return d.currency;
    case ClosedAtRole:
        return d.closedAt;
    case NextStepOverdueRole:
        return d.status == DealStatus::Open && d.nextStepDate.isValid()
               && d.nextStepDate < localDate(m_now);
    default:
        return {};
    }
}

QVariant DealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CustomerColumn:
        return tr("Customer");
    case OwnerColumn:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case StatusColumn:
        return tr("Status");
    case ValueColumn:
        return tr("Value");
    case ProbabilityColumn:
        return tr("Win probability");
    case WeightedColumn:
        return tr("Weighted value");
    case ExpectedCloseColumn:
        return tr("Expected close");
    case NextStepColumn:
        return tr("Next step");
    case NextStepDateColumn:
        return tr("Next step date");
    case DaysInStageColumn:
        return tr("Days in stage");
    case SourceColumn:
        return tr("Source");
    case ProductColumn:
        return tr("Product or service");
    case ServiceColumn:
        return tr("After-sales service");
    case CreatedColumn:
        return tr("Created");
    case ClosedColumn:
        return tr("Closed");
    default:
        return {};
    }
}

Qt::ItemFlags DealModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList DealModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *DealModel::mimeData(const QModelIndexList &indexes) const
{
    return mimeDataOf(indexes);
}

QMimeData *DealModel::mimeDataOf(const QModelIndexList &indexes)
{
    QList<qint64> ids;
    for (const auto &index : indexes) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), bytes);
    return mime;
}

QList<qint64> DealModel::idsFromMime(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(QString::fromLatin1(MimeType))) {
        return ids;
    }
    QDataStream stream(mime->data(QString::fromLatin1(MimeType)));
    stream >> ids;
    return ids;
}

void DealModel::onDealChanged(qint64 id)
{
    m_titles.remove(id);
    if (!m_loaded) {
        return; // read as it is when loaded
    }
    auto summary = m_service.dealSummary(id);
    if (!summary) {
        return;
    }
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row] = std::move(summary).value();
        m_home[row] = homeValue(m_rows[row]);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (const DealSummary &changed = *summary;
        changed.status != DealStatus::Open
        && !(changed.closedAt.isValid() && changed.closedAt >= m_closedSince)) {
        return; // not on the Board
    }
    // Keep rows ordered by id, so a restored deal returns to its old place.
    const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                      [](const DealSummary &d, qint64 v) { return d.id < v; });
    const int at = int(pos - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(summary).value());
    m_home.insert(at, homeValue(m_rows[at]));
    for (int i = at; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, i);
    }
    endInsertRows();
}

void DealModel::onDealRemoved(qint64 id)
{
    m_titles.remove(id);
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_home.removeAt(row);
    m_rowOf.remove(id);
    for (int i = row; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, i);
    }
    endRemoveRows();
}

void DealModel::fillHomeValues()
{
    m_home.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_home[i] = homeValue(m_rows[i]);
    }
}

void DealModel::onRatesChanged()
{
    fillHomeValues();
    onNamesChanged();
}

void DealModel::onNamesChanged()
{
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace salesdesk::ui
