#include "ui/pipeline/boardview.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "ui/common/loadwhenshown.h"
#include "ui/pipeline/dealcarddelegate.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/deallistmodel.h"

#include <QDragEnterEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

BoardColumnView::BoardColumnView(QWidget *parent)
    : QListView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    // Cards are laid out a batch at a time between events: a column of thousands of deals (each
    // card measured for its one or two lines) paints its first cards at once and stays
    // responsive while the rest are placed.
    setLayoutMode(QListView::Batched);
    setBatchSize(BatchCards);
    viewport()->setAutoFillBackground(false);
}

void BoardColumnView::layOutAll()
{
    setLayoutMode(QListView::SinglePass);
    doItemsLayout();
    setLayoutMode(QListView::Batched);
}

void BoardColumnView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Cards take the column's width: lay them out again at the new size.
    scheduleDelayedItemsLayout();
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(DealColumns::MimeType))
        && event->source() != this) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setProperty("dropTarget", true);
        style()->polish(this);
    } else {
        event->ignore();
    }
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(DealColumns::MimeType))
        && event->source() != this) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = DealColumns::idsFromMime(event->mimeData());
    if (ids.isEmpty() || event->source() == this) {
        event->ignore();
        return;
    }
    // The model changes through the undo command, not through the view's own drop handling.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit dealsDropped(ids);
}

BoardView::BoardView(DealColumns *deals, QWidget *parent)
    : QWidget(parent)
    , m_deals(deals)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"boardScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *canvas = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(canvas);
    m_columnsLayout->setContentsMargins(8, 8, 8, 8);
    m_columnsLayout->setSpacing(8);
    scroll->setWidget(canvas);
    outer->addWidget(scroll);

    m_headerTimer.setSingleShot(true);
    m_headerTimer.setInterval(0);
    connect(&m_headerTimer, &QTimer::timeout, this, &BoardView::updateHeaders);
    connect(&deals->service(), &PipelineService::stagesChanged, this, &BoardView::rebuildColumns);
    m_loader = new LoadWhenShown(this, [this] { loadColumns(); });
    rebuildColumns();
}

void BoardView::load()
{
    m_loader->ensureLoaded();
    // Deals changed a moment ago are listed before their column's turn to read them comes.
    for (const auto &c : std::as_const(m_columns)) {
        c.model->load();
    }
}

void BoardView::loadColumns()
{
    const bool first = !m_loaded;
    if (first) {
        m_loaded = true;
        // Days in stage and "the last 30 days" are counted from when the Board is first shown.
        m_deals->refreshNow();
        updateQueries();
    }
    // Each column reads its deals again only if they changed since; the headers follow the
    // columns' signals. On a server, where each question is a trip there and back, the open
    // columns' deals are listed in one question and the first cards of all columns read in
    // one more, rather than two questions a column.
    QList<DealListModel *> stale;
    for (const auto &c : std::as_const(m_columns)) {
        if (c.status == DealStatus::Open && c.model->needsLoad()) {
            stale.append(c.model);
        }
    }
    if (stale.size() > 1) {
        const auto byStage
                = m_deals->service().openDealIdsByStage(stale.first()->query(), m_deals->now());
        if (byStage) {
            for (DealListModel *model : std::as_const(stale)) {
                model->loadIds(byStage->value(model->query().stageId));
            }
        }
    }
    for (const auto &c : std::as_const(m_columns)) {
        c.model->load();
    }
    readFirstCards();
    if (first) {
        updateHeaders(); // painted with the first cards
    }
}

DealListQuery BoardView::columnQuery(const Column &c) const
{
    DealListQuery query;
    query.ownerId = m_ownerId;
    if (c.status == DealStatus::Open) {
        query.stageId = c.stageId; // by expected close date, those without one last
    } else {
        query.status = c.status;
        query.closedSince = m_deals->closedSince();
        query.order = DealListQuery::Order::Closed; // the most recent first
        query.descending = true;
    }
    return query;
}

void BoardView::updateQueries()
{
    for (const auto &c : std::as_const(m_columns)) {
        c.model->setQuery(columnQuery(c));
    }
}

void BoardView::rebuildColumns()
{
    for (auto &c : m_columns) {
        c.view->parentWidget()->deleteLater();
        c.model->deleteLater();
    }
    m_columns.clear();

    const auto &service = m_deals->service();
    QList<std::tuple<qint64, DealStatus, QString>> specs;
    for (const auto &s : service.activeStages()) {
        specs.append({s.id, DealStatus::Open, s.displayName()});
    }
    specs.append({0, DealStatus::Won, tr("Won (30 days)")});
    specs.append({0, DealStatus::Lost, tr("Lost (30 days)")});

    for (const auto &[stageId, status, name] : specs) {
        auto *frame = new QFrame;
        frame->setObjectName(u"boardColumnFrame"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(status == DealStatus::Open ? 190 : 170);
        frame->setMaximumWidth(340);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(4, 6, 4, 4);
        layout->setSpacing(4);
        auto *header = new QLabel(frame);
        header->setObjectName(u"boardColumnHeaderLabel"_s);
        header->setTextFormat(Qt::RichText);
        header->setContentsMargins(6, 0, 6, 4);
        header->setFixedHeight(3 * header->fontMetrics().lineSpacing() + 8);
        header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(header);
        auto *model = new DealListModel(m_deals, this);
        auto *view = new BoardColumnView(frame);
        view->setObjectName(status == DealStatus::Open  ? u"stage%1ListView"_s.arg(stageId)
                            : status == DealStatus::Won ? u"wonListView"_s
                                                        : u"lostListView"_s);
        view->setAccessibleName(name);
        view->setItemDelegate(new DealCardDelegate(view));
        view->setModel(model);
        layout->addWidget(view, 1);
        m_columnsLayout->addWidget(frame, 1);

        // A column lists its deals again after each burst of changes, or when next shown.
        connect(model, &DealListModel::loadRequested, m_loader, &LoadWhenShown::request);
        connect(view, &BoardColumnView::dealsDropped, this,
                [this, id = stageId, st = status](const QList<qint64> &ids) {
                    emit moveRequested(ids, id, st);
                });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (!index.isValid()) {
                return;
            }
            if (!view->selectionModel()->isSelected(index)) {
                view->setCurrentIndex(index);
            }
            emit contextMenuRequested(view->viewport()->mapToGlobal(pos));
        });
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            emit dealActivated(index.data(DealColumns::IdRole).toLongLong());
        });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view](const QItemSelection &selected) {
                    if (!selected.isEmpty()) {
                        // One selection across the board: clear the other columns.
                        for (auto &c : m_columns) {
                            if (c.view != view) {
                                c.view->clearSelection();
                            }
                        }
                    }
                    emit selectionChanged();
                });
        // A deal changed (its value, its currency's rate, its owner) changes the column's sums
        // even when its cards stay the same.
        const auto recounted = [this, model] {
            recount(model);
        };
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, recounted);
        }
        connect(model, &QAbstractItemModel::dataChanged, this, recounted);
        connect(model, &QAbstractItemModel::modelReset, this, recounted);
        connect(model, &QAbstractItemModel::layoutChanged, this, recounted);
        m_columns.append({stageId, status, name, header, model, view, {}, false});
        model->setQuery(columnQuery(m_columns.last()));
    }
    if (m_loaded) {
        m_loader->request();
    }
}

void BoardView::readFirstCards()
{
    QList<qint64> unread;
    for (const auto &c : std::as_const(m_columns)) {
        unread += c.model->unreadIds(RowBlocks<DealSummary>::BlockRows);
    }
    if (unread.isEmpty()) {
        return;
    }
    const auto read = m_deals->service().dealSummaries(unread);
    if (!read) {
        return; // each column reads its own, and says why it could not
    }
    QHash<qint64, const DealSummary *> byId;
    QList<qint64> customers;
    for (const DealSummary &d : *read) {
        byId.insert(d.id, &d);
        customers.append(d.customerId);
    }
    m_deals->book().customers().readNames(customers);
    for (const auto &c : std::as_const(m_columns)) {
        for (const qint64 id : c.model->unreadIds(RowBlocks<DealSummary>::BlockRows)) {
            if (const DealSummary *d = byId.value(id)) {
                c.model->keep(*d);
            }
        }
    }
}

void BoardView::recount(const DealListModel *model)
{
    for (auto &c : m_columns) {
        if (c.model == model) {
            c.counted = false;
        }
    }
    m_headerTimer.start();
}

void BoardView::updateHeaders()
{
    if (!m_loaded) {
        return;
    }
    // Added up by the book under DealTotals' rule, every column in one question (on a server
    // each is a trip there and back): the open deals by stage and the deals won or lost since
    // the closed columns' day. A resize asks nothing.
    if (std::any_of(m_columns.cbegin(), m_columns.cend(),
                    [](const Column &c) { return !c.counted; })) {
        DealListQuery everyColumn;
        everyColumn.ownerId = m_ownerId;
        everyColumn.closedSince = m_deals->closedSince();
        const auto totals = m_deals->service().totals(everyColumn, m_deals->now());
        if (!totals) {
            qWarning("Could not add up the Board's deals: %s", qPrintable(totals.error().message));
            return;
        }
        for (auto &c : m_columns) {
            c.totals = c.status == DealStatus::Won    ? totals->won
                       : c.status == DealStatus::Lost ? totals->lost
                                                      : totals->open.value(c.stageId);
            c.counted = true;
        }
    }
    const QLocale locale;
    const QString currency = m_deals->homeCurrency();
    for (const auto &c : std::as_const(m_columns)) {
        const DealTotals &t = c.totals;
        const qint64 total = t.value;
        const qint64 weighted = t.weighted();
        // Three lines in every column, so the cards below start level: name and count, total,
        // weighted total. A long name is elided to the column's width.
        QFont bold = c.header->font();
        bold.setBold(true);
        const QString countText = u" (%1)"_s.arg(locale.toString(t.count));
        const int room = c.header->contentsRect().width()
                         - QFontMetrics(c.header->font()).horizontalAdvance(countText) - 4;
        const QString name
                = QFontMetrics(bold).elidedText(c.name, Qt::ElideRight, std::max(room, 40));
        const QString totalText = currency::formatWhole(total, currency, locale);
        const QString weightedText
                = c.status == DealStatus::Open
                          ? tr("weighted %1").arg(currency::formatWhole(weighted, currency, locale))
                          : QString();
        c.header->setText(u"<b>%1</b><span style='color:#6b7280'>%2</span><br>%3<br>"
                          "<span style='color:#6b7280'>%4</span>"_s.arg(
                                  name.toHtmlEscaped(), countText, totalText, weightedText));
        c.header->setToolTip(
                tr("%1: %n deal(s), total %2, weighted by win probability %3", nullptr, t.count)
                        .arg(c.name, Money(total, currency).format(locale),
                             Money(weighted, currency).format(locale)));
    }
    emit columnsChanged();
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_headerTimer.start(); // names are elided to the new widths
}

void BoardView::setOwnerFilter(qint64 ownerId)
{
    m_ownerId = ownerId;
    for (auto &c : m_columns) {
        c.counted = false;
    }
    updateQueries();
    updateHeaders();
}

int BoardView::cardCount() const
{
    int count = 0;
    for (const auto &c : m_columns) {
        count += c.model->rowCount();
    }
    return count;
}

QList<qint64> BoardView::selectedDealIds() const
{
    QList<qint64> ids;
    for (const auto &c : m_columns) {
        for (const auto &index : c.view->selectionModel()->selectedIndexes()) {
            ids.append(index.data(DealColumns::IdRole).toLongLong());
        }
    }
    return ids;
}

void BoardView::selectDeal(qint64 id)
{
    if (!m_loaded) {
        return;
    }
    const auto deal = m_deals->service().dealSummary(id);
    if (!deal) {
        return;
    }
    const Column *c = column(deal->stageId, deal->status);
    if (!c) {
        return;
    }
    c->model->load(); // a deal just added or moved is listed at once
    const int row = c->model->rowOf(id);
    if (row < 0) {
        return; // another owner's, or closed before the last 30 days
    }
    const QModelIndex index = c->model->index(row, 0);
    c->view->setCurrentIndex(index);
    c->view->layOutAll();
    c->view->scrollTo(index);
    c->view->setFocus();
}

const BoardView::Column *BoardView::column(qint64 stageId, DealStatus status) const
{
    for (const auto &c : m_columns) {
        if (c.status == status && (status != DealStatus::Open || c.stageId == stageId)) {
            return &c;
        }
    }
    return nullptr;
}

const QLabel *BoardView::header(qint64 stageId, DealStatus status) const
{
    const Column *c = column(stageId, status);
    return c ? c->header : nullptr;
}

BoardColumnView *BoardView::columnView(qint64 stageId, DealStatus status) const
{
    const Column *c = column(stageId, status);
    return c ? c->view : nullptr;
}

DealListModel *BoardView::columnModel(qint64 stageId, DealStatus status) const
{
    const Column *c = column(stageId, status);
    return c ? c->model : nullptr;
}

} // namespace salesdesk::ui
