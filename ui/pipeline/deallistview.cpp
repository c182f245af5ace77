#include "ui/pipeline/deallistview.h"

#include "core/pipeline/pipelineservice.h"
#include "ui/common/loadwhenshown.h"
#include "ui/common/settings.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/deallistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const SettingValue<QByteArray> headerState {u"pipeline/listHeaderState"_s, QByteArray()};
}

DealListView::DealListView(DealColumns *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_rows = new DealListModel(model, this);
    m_loader = new LoadWhenShown(this, [this] { m_rows->load(); });
    connect(m_rows, &DealListModel::loadRequested, m_loader, &LoadWhenShown::request);
    connect(m_rows, &DealListModel::loadRequested, this, &DealListView::rowsDue);

    m_search = new QLineEdit;
    m_search->setObjectName(u"dealSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search title, customer, owner, product…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search deals"));

    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilterComboBox"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All deals"), -1);
    for (auto s : {DealStatus::Open, DealStatus::Won, DealStatus::Lost}) {
        m_status->addItem(PipelineText::name(s), int(s));
    }
    m_status->setCurrentIndex(1);

    m_stage = new QComboBox;
    m_stage->setObjectName(u"stageFilterComboBox"_s);
    m_stage->setAccessibleName(tr("Stage filter"));
    fillStageFilter();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Status:")));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Stage:")));
    filters->addWidget(m_stage);

    m_table = new QTableView;
    m_table->setObjectName(u"dealTableView"_s);
    m_table->setModel(m_rows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DealColumns::ExpectedCloseColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Fixed row heights keep the header from tracking 100,000 sections one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (auto column :
         {DealColumns::SourceColumn, DealColumns::ProductColumn, DealColumns::ServiceColumn,
          DealColumns::CreatedColumn, DealColumns::ClosedColumn, DealColumns::StatusColumn}) {
        m_table->setColumnHidden(column, true);
    }
    m_table->setColumnWidth(DealColumns::TitleColumn, 260);
    m_table->setColumnWidth(DealColumns::CustomerColumn, 240);
    m_table->setColumnWidth(DealColumns::StageColumn, 160);
    m_table->setColumnWidth(DealColumns::NextStepColumn, 200);
    // Every header readable in full, sort arrow included ("Expected close" needs more than the
    // default width in English, "预计成交日期" in Chinese).
    for (int c = 0; c < DealColumns::ColumnCount; ++c) {
        const int hint = m_table->horizontalHeader()->sectionSizeHint(c);
        if (m_table->columnWidth(c) < hint) {
            m_table->setColumnWidth(c, hint);
        }
    }
    if (const QByteArray state = headerState.get(); !state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
    }
    // Rows are read while the table paints them: their widths are fitted right after.
    connect(m_rows, &DealListModel::rowsRead, this, &DealListView::fitForeignValues,
            Qt::QueuedConnection);

    m_clearFilters = new QAction(tr("&Clear Search and Filters"), this);
    m_clearFilters->setObjectName(u"clearDealFiltersAction"_s);
    connect(m_clearFilters, &QAction::triggered, this, &DealListView::clearFilters);

    // The deals behind a dashboard figure: what they are, and the way back.
    m_onlyBar = new QFrame(this);
    m_onlyBar->setObjectName(u"drillDownBar"_s);
    m_onlyBar->setAutoFillBackground(true);
    m_onlyBar->setBackgroundRole(QPalette::AlternateBase);
    m_onlyLabel = new QLabel(m_onlyBar);
    m_onlyLabel->setObjectName(u"drillDownLabel"_s);
    auto *back = new QPushButton(tr("← &Back to Dashboard"), m_onlyBar);
    back->setObjectName(u"backToDashboardButton"_s);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(
            tr("Back to the dashboard (%1)")
                    .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    auto *all = new QPushButton(tr("Show &All Deals"), m_onlyBar);
    all->setObjectName(u"showAllDealsButton"_s);
    auto *onlyLayout = new QHBoxLayout(m_onlyBar);
    onlyLayout->setContentsMargins(8, 4, 8, 4);
    onlyLayout->addWidget(m_onlyLabel, 1);
    onlyLayout->addWidget(all);
    onlyLayout->addWidget(back);
    m_onlyBar->hide();
    connect(back, &QPushButton::clicked, this, [this] {
        clearFilters();
        emit backRequested();
    });
    connect(all, &QPushButton::clicked, this, &DealListView::clearFilters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_onlyBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    // Filter once typing pauses, not on every key.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(180);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &DealListView::updateQuery);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_status->currentData().toInt();
        updateQuery();
        // Won and lost deals in the list: their Status shows, or a lost deal would read as one
        // still in its last stage. Hidden again only if it was shown for this.
        const bool closedListed = v != int(DealStatus::Open);
        if (closedListed && m_table->isColumnHidden(DealColumns::StatusColumn)) {
            m_table->setColumnHidden(DealColumns::StatusColumn, false);
            m_statusShownForClosed = true;
        } else if (!closedListed && m_statusShownForClosed) {
            m_table->setColumnHidden(DealColumns::StatusColumn, true);
            m_statusShownForClosed = false;
        }
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealListView::updateQuery);
    connect(&model->service(), &PipelineService::stagesChanged, this,
            &DealListView::fillStageFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit dealActivated(index.data(DealColumns::IdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DealListView::selectionChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &DealListView::showColumnMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_table->indexAt(pos).isValid()) {
            emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
        }
    });
}

DealListView::~DealListView()
{
    headerState.set(m_table->horizontalHeader()->saveState());
}

void DealListView::fitForeignValues(int firstRow, int lastRow)
{
    // A deal in another currency reads "$12,000.00 (¥85,200.00)": the Value column grows to show
    // it whole, whatever width was remembered. Deals in the home currency never need more than
    // the width set up front, so only the others are measured, as they are read.
    const QString &home = m_model->homeCurrency();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    int needed = 0;
    lastRow = std::min(lastRow, m_rows->rowCount() - 1);
    for (int row = std::max(firstRow, 0); row <= lastRow; ++row) {
        const DealSummary *d = m_rows->deal(row);
        if (d && d->currency != home) {
            const QString text
                    = m_model->cellData(*d, DealColumns::ValueColumn, Qt::DisplayRole).toString();
            needed = std::max(needed, metrics.horizontalAdvance(text) + padding);
        }
    }
    if (needed > m_table->columnWidth(DealColumns::ValueColumn)) {
        m_table->setColumnWidth(DealColumns::ValueColumn, needed);
    }
}

DealListModel *DealListView::model() const
{
    m_loader->ensureLoaded();
    return m_rows;
}

bool DealListView::listsNone() const
{
    return m_rows->isLoaded() && m_rows->rowCount() == 0;
}

void DealListView::updateQuery()
{
    DealListQuery query = m_rows->query();
    query.search = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    query.status = status < 0 ? std::nullopt : std::optional(DealStatus(status));
    query.stageId = m_stage->currentData().toLongLong();
    query.ownerId = m_ownerId;
    query.ids = m_onlyIds;
    m_rows->setQuery(query);
}

void DealListView::fillStageFilter()
{
    const qint64 current = m_stage->currentData().toLongLong();
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    m_stage->addItem(tr("Any stage"), 0);
    for (const auto &s : m_model->service().activeStages()) {
        m_stage->addItem(s.displayName(), s.id);
    }
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(current)));
    updateQuery();
}

void DealListView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(u"columnChooserMenu"_s);
    for (int c = 0; c < DealColumns::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        action->setEnabled(c != DealColumns::TitleColumn);
        connect(action, &QAction::toggled, this,
                [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

QList<qint64> DealListView::selectedDealIds() const
{
    QList<qint64> ids;
    for (const auto &index : m_table->selectionModel()->selectedRows()) {
        ids.append(index.data(DealColumns::IdRole).toLongLong());
    }
    return ids;
}

void DealListView::selectDeal(qint64 id)
{
    // A hidden List is not read for this: the deal is selected when the List is next shown.
    if (!isVisible()) {
        m_selectWhenShown = id;
        return;
    }
    m_rows->load(); // a deal just added or changed
    const int row = m_rows->rowOf(id);
    if (row < 0) {
        return;
    }
    if (const QModelIndex index = m_rows->index(row, 0); index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void DealListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event); // the rows are read by now (LoadWhenShown)
    if (const auto id = std::exchange(m_selectWhenShown, std::nullopt)) {
        selectDeal(*id);
    }
}

void DealListView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DealListView::showOnly(const QList<qint64> &ids, const QString &what)
{
    resetFilters(ids);
    m_onlyLabel->setText(
            tr("The %n deal(s) %1, from the dashboard.", nullptr, int(ids.size())).arg(what));
    m_onlyBar->show();
}

QString DealListView::shownOnlyText() const
{
    return m_onlyBar->isVisible() ? m_onlyLabel->text() : QString();
}

void DealListView::clearFilters()
{
    resetFilters(std::nullopt);
}

void DealListView::resetFilters(std::optional<QList<qint64>> only)
{
    m_onlyIds = std::move(only);
    m_onlyBar->setVisible(m_onlyIds.has_value());
    {
        // One new query for all of it, not one per control.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStage(m_stage);
        m_search->clear();
        m_stage->setCurrentIndex(0);
    }
    m_status->setCurrentIndex(m_status->findData(-1)); // updates the query
    updateQuery();
    emit filtersCleared();
}

void DealListView::setOwnerFilter(qint64 ownerId)
{
    m_ownerId = ownerId;
    updateQuery();
}

} // namespace salesdesk::ui
