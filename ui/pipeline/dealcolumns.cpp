#include "ui/pipeline/dealcolumns.h"

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

DealColumns::DealColumns(Book &book, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_service(book.pipeline())
{
    refreshNow();
    connect(&m_service, &PipelineService::dealChanged, this,
            [this](qint64 id) { m_titles.remove(id); });
    connect(&m_service, &PipelineService::dealRemoved, this,
            [this](qint64 id) { m_titles.remove(id); });
    // A book read again from its file is counted to the time it was read.
    connect(&book, &Book::reloaded, this, [this] {
        m_titles.clear();
        refreshNow();
    });
}

void DealColumns::refreshNow()
{
    m_now = m_book.clock().nowUtc();
    m_closedSince = m_now.addDays(-BoardDays);
}

int DealColumns::daysInStage(const DealSummary &d) const
{
    return m_service.daysInStage(d, m_now);
}

bool DealColumns::isIdle(const DealSummary &d) const
{
    return m_service.isIdle(d, m_now);
}

qint64 DealColumns::homeValue(const DealSummary &d) const
{
    return m_service.homeValue(d, m_now);
}

qint64 DealColumns::weightedValue(const DealSummary &d) const
{
    return m_service.weightedValue(d, m_now);
}

void DealColumns::count(DealTotals &totals, const DealSummary &d) const
{
    m_service.count(totals, d, m_now);
}

const QString &DealColumns::homeCurrency() const
{
    return m_book.currencies().home();
}

int DealColumns::probability(const DealSummary &d) const
{
    return m_service.probability(d);
}

QVariant DealColumns::displayData(const DealSummary &d, int column) const
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

QVariant DealColumns::sortData(const DealSummary &d, int column) const
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

QString DealColumns::title(qint64 id) const
{
    if (auto it = m_titles.constFind(id); it != m_titles.cend()) {
        return *it;
    }
    auto deal = m_service.dealSummary(id);
    return *m_titles.insert(id, deal ? deal->title : QString());
}

QVariant DealColumns::cellData(const DealSummary &d, int column, int role) const
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

QVariant DealColumns::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
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

Qt::ItemFlags DealColumns::flags(const QModelIndex &index)
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList DealColumns::mimeTypes()
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *DealColumns::mimeDataOf(const QModelIndexList &indexes)
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

QList<qint64> DealColumns::idsFromMime(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(QString::fromLatin1(MimeType))) {
        return ids;
    }
    QDataStream stream(mime->data(QString::fromLatin1(MimeType)));
    stream >> ids;
    return ids;
}

} // namespace salesdesk::ui
