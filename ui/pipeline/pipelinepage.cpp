#include "ui/pipeline/pipelinepage.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/dealcommands.h"
#include "ui/commands/teamcommands.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/common/settings.h"
#include "ui/pipeline/activitiesview.h"
#include "ui/pipeline/activityeditor.h"
#include "ui/pipeline/activitymodel.h"
#include "ui/pipeline/boardview.h"
#include "ui/pipeline/dealcolumns.h"
#include "ui/pipeline/dealeditor.h"
#include "ui/pipeline/deallistmodel.h"
#include "ui/pipeline/deallistview.h"
#include "ui/pipeline/funnelview.h"
#include "ui/pipeline/stagedialogs.h"
#include "ui/team/teamdialogs.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const SettingValue<int> lastView {u"pipeline/view"_s, 0};
} // namespace

PipelinePage::PipelinePage(Book &book, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undoStack)
{
    setObjectName(u"pipelinePage"_s);
    auto &pipeline = book.pipeline();
    m_dealColumns = new DealColumns(book, this);
    m_activityModel = new ActivityModel(book, m_dealColumns, this);

    m_newDeal = new QAction(tr("&New Deal…"), this);
    m_newDeal->setObjectName(u"newDealAction"_s);
    m_newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newDeal->setToolTip(tr("Add a deal to the pipeline (Ctrl+Shift+N)"));
    m_editDeal = new QAction(tr("&Edit Deal…"), this);
    m_editDeal->setObjectName(u"editDealAction"_s);
    m_editDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteDeal = new QAction(tr("&Delete Deal"), this);
    m_deleteDeal->setObjectName(u"deleteDealAction"_s);
    m_deleteDeal->setShortcut(QKeySequence::Delete);
    m_markWon = new QAction(tr("Mark &Won"), this);
    m_markWon->setObjectName(u"markWonAction"_s);
    m_markWon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_markLost = new QAction(tr("Mark &Lost…"), this);
    m_markLost->setObjectName(u"markLostAction"_s);
    m_markLost->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_reverse = new QAction(tr("&Reverse Won Deal…"), this);
    m_reverse->setObjectName(u"reverseDealAction"_s);
    m_reverse->setToolTip(tr("A won deal cancelled or refunded: lost from that day, its "
                             "commission taken back within the clawback window"));
    m_splitCredit = new QAction(tr("Split &Credit…"), this);
    m_splitCredit->setObjectName(u"splitCreditAction"_s);
    m_manageStages = new QAction(tr("&Stages and Lost Reasons…"), this);
    m_manageStages->setObjectName(u"manageStagesAction"_s);
    m_find = new QAction(tr("&Find Deal"), this);
    m_find->setObjectName(u"findAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    for (auto *a : {m_editDeal, m_deleteDeal, m_markWon, m_markLost}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_board = new BoardView(m_dealColumns);
    m_board->setObjectName(u"boardView"_s);
    m_list = new DealListView(m_dealColumns);
    m_list->setObjectName(u"dealListView"_s);
    m_activities = new ActivitiesView(m_activityModel, book.team().reps());
    m_activities->setObjectName(u"activitiesView"_s);
    m_funnel = new FunnelView(pipeline, book.currencies(), book.clock());
    m_funnel->setObjectName(u"funnelView"_s);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"pipelineTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_board, tr("Board"));
    m_tabs->addTab(m_list, tr("List"));
    m_tabs->addTab(m_activities, tr("Activities"));
    m_tabs->addTab(m_funnel, tr("Funnel analysis"));
    // The view the user left the page on is the one it opens on next time.
    m_tabs->setCurrentIndex(std::clamp(lastView.get(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { lastView.set(index); });
    const QStringList viewNames
            = {tr("&Board"), tr("&List"), tr("&Activities"), tr("&Funnel Analysis")};
    for (int i = 0; i < viewNames.size(); ++i) {
        auto *action = new QAction(viewNames[i], this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showView(View(i)); });
        m_viewActions.append(action);
    }

    // A bar above the views: the commonest actions and whose deals to show.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    for (auto *a : {m_newDeal, m_editDeal, m_markWon, m_markLost, m_deleteDeal}) {
        auto *button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(a != m_newDeal);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_ownerFilter = new QComboBox;
    m_ownerFilter->setObjectName(u"ownerFilterComboBox"_s);
    m_ownerFilter->setAccessibleName(tr("Show the deals of"));
    m_ownerFilter->setMinimumContentsLength(12);
    bar->addWidget(new QLabel(tr("Deals of:")));
    bar->addWidget(m_ownerFilter);
    fillOwnerFilter();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    // What an empty Board or List says, and the way out of it.
    m_boardEmpty = new EmptyState(m_board);
    m_listEmpty = new EmptyState(m_list->table());
    m_showEveryone = new QAction(tr("Show &Everyone's Deals"), this);
    connect(m_showEveryone, &QAction::triggered, this,
            [this] { m_ownerFilter->setCurrentIndex(0); });
    connect(m_list, &DealListView::filtersCleared, m_showEveryone, &QAction::trigger);

    connect(m_newDeal, &QAction::triggered, this, &PipelinePage::newDeal);
    connect(m_editDeal, &QAction::triggered, this, [this] {
        if (const auto ids = selectedDealIds(); !ids.isEmpty()) {
            editDeal(ids.first());
        }
    });
    connect(m_deleteDeal, &QAction::triggered, this, [this] { deleteDeals(selectedDealIds()); });
    connect(m_markWon, &QAction::triggered, this,
            [this] { moveDeals(selectedDealIds(), 0, DealStatus::Won); });
    connect(m_markLost, &QAction::triggered, this,
            [this] { moveDeals(selectedDealIds(), 0, DealStatus::Lost); });
    connect(m_manageStages, &QAction::triggered, this, &PipelinePage::manageStages);
    connect(m_reverse, &QAction::triggered, this, [this] {
        if (const auto ids = selectedDealIds(); ids.size() == 1) {
            reverseDeal(ids.first());
        }
    });
    connect(m_splitCredit, &QAction::triggered, this, [this] {
        if (const auto ids = selectedDealIds(); ids.size() == 1) {
            splitCredit(ids.first());
        }
    });
    connect(m_find, &QAction::triggered, this, [this] {
        showView(ListTab);
        m_list->focusSearch();
    });
    connect(m_board, &BoardView::dealActivated, this, &PipelinePage::editDeal);
    connect(m_list, &DealListView::backRequested, this, &PipelinePage::backRequested);
    connect(m_list, &DealListView::dealActivated, this, &PipelinePage::editDeal);
    connect(m_board, &BoardView::moveRequested, this, &PipelinePage::moveDeals);
    connect(m_board, &BoardView::selectionChanged, this, &PipelinePage::updateActions);
    connect(m_list, &DealListView::selectionChanged, this, &PipelinePage::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PipelinePage::updateActions);
    connect(m_activities, &ActivitiesView::newActivityRequested, this, &PipelinePage::newActivity);
    connect(m_activities, &ActivitiesView::activityActivated, this, &PipelinePage::editActivity);
    connect(m_activities, &ActivitiesView::completeRequested, this,
            [this](qint64 id) { setActivityDone(id, true); });
    connect(m_activityModel, &ActivityModel::doneToggled, this, &PipelinePage::setActivityDone);
    connect(m_board, &BoardView::contextMenuRequested, this, &PipelinePage::showDealMenu);
    connect(m_list, &DealListView::contextMenuRequested, this, &PipelinePage::showDealMenu);
    connect(m_activities, &ActivitiesView::contextMenuRequested, this,
            &PipelinePage::showActivityMenu);
    connect(&book.team(), &TeamService::teamChanged, this, [this] {
        fillOwnerFilter();
        m_activities->setReps(m_book.team().reps());
    });
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_ownerFilter->currentData().toLongLong();
        m_board->setOwnerFilter(id);
        m_list->setOwnerFilter(id);
        updateSummary();
    });
    // The summary follows every change, recomputed once per burst of changes.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(50);
    connect(m_summaryTimer, &QTimer::timeout, this, &PipelinePage::updateSummary);
    // A change of the data makes the summary stale; a change of the view only asks whether the
    // deals shown changed (a new order of the List adds up to the same).
    const auto changed = [this] {
        m_summaryStale = true;
        m_summaryTimer->start();
    };
    connect(&pipeline, &PipelineService::dealChanged, this, changed);
    connect(&pipeline, &PipelineService::dealRemoved, this, changed);
    connect(&pipeline, &PipelineService::stagesChanged, this, changed);
    connect(&book.currencies(), &CurrencyService::ratesChanged, this, changed);
    connect(&book, &Book::reloaded, this, changed);
    connect(m_board, &BoardView::columnsChanged, this, changed);
    connect(&book.activities(), &ActivityService::activityChanged, this, changed);
    connect(&book.activities(), &ActivityService::activityRemoved, this, changed);
    // What the List shows changes with its search and filters; the view shown changes it too.
    // A new search or filter on a List not read yet: the summary reads it (the List is shown).
    connect(m_list, &DealListView::rowsDue, m_summaryTimer, qOverload<>(&QTimer::start));
    const QAbstractItemModel *listed = m_list->table()->model();
    connect(listed, &QAbstractItemModel::layoutChanged, m_summaryTimer,
            qOverload<>(&QTimer::start));
    connect(listed, &QAbstractItemModel::modelReset, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_tabs, &QTabWidget::currentChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    m_summaryTimer->start();
    updateActions();
}

DealColumns *PipelinePage::dealColumns() const
{
    return m_dealColumns;
}

BoardView *PipelinePage::board() const
{
    m_board->load();
    return m_board;
}

void PipelinePage::updateSummary()
{
    const QString currency = m_book.currencies().home();
    // The open deals the current view shows: the List's rows (its search, stage and owner
    // filters), or the Board's for the owner chosen. When that is fewer than all, the bar says
    // "21 of 183" and totals what is shown.
    const qint64 owner = m_ownerFilter->currentData().toLongLong();
    const QDateTime now = m_book.clock().nowUtc();
    DealListQuery shown;
    if (m_list->isVisible()) {
        shown = m_list->model()->query();
    } else {
        shown.ownerId = owner; // the Board's
    }
    // Added up by SQLite: shown on every page, before any deal is read. The order shown
    // changes no total.
    shown.order = DealListQuery().order;
    shown.descending = false;
    const SummaryOf summaryOf {shown, m_book.clock().today()};
    if (!m_summaryStale && m_summaryOf == summaryOf) {
        updateEmptyStates();
        return;
    }
    DealTotals totals;
    if (!shown.status || *shown.status == DealStatus::Open) {
        shown.status = DealStatus::Open;
        const auto byStage = m_book.pipeline().totals(shown, now);
        if (!byStage) {
            qWarning("Could not add up the open deals: %s", qPrintable(byStage.error().message));
            return;
        }
        totals = byStage->allOpen();
    }
    // Every open deal shown (the Board for everyone, an unfiltered List): no second count.
    DealListQuery everyOpen;
    everyOpen.status = DealStatus::Open;
    int allOpen = totals.count;
    if (shown != everyOpen) {
        const auto all = m_book.pipeline().openTotals(0, now);
        if (!all) {
            qWarning("Could not add up the open deals: %s", qPrintable(all.error().message));
            return;
        }
        allOpen = all->count;
    }
    const int open = totals.count;
    const int idle = totals.idle;
    const qint64 total = totals.value;
    const qint64 weighted = totals.weighted();
    const auto overdueCount = m_book.activities().overdueCount(m_book.clock().today());
    const int overdue = overdueCount ? *overdueCount : 0;
    m_summaryOf = summaryOf;
    m_summaryStale = false;
    m_openDeals = allOpen;
    const QLocale locale;
    const QString deals
            = open == allOpen
                      ? tr("%n open deal(s)", nullptr, open)
                      : tr("%1 of %n open deal(s)", nullptr, allOpen).arg(locale.toString(open));
    emit summaryChanged(tr("%1 · pipeline %2 · weighted %3 · %4 idle · %5 overdue activities")
                                .arg(deals, currency::formatWhole(total, currency, locale),
                                     currency::formatWhole(weighted, currency, locale))
                                .arg(locale.toString(idle), locale.toString(overdue)));
    updateEmptyStates();
}

void PipelinePage::setImportAction(QAction *import)
{
    m_import = import;
    updateEmptyStates();
}

void PipelinePage::updateEmptyStates()
{
    QList<QAction *> start {m_newDeal};
    if (m_import) {
        start.append(m_import);
    }
    // The Board holds recent deals only: a book of old deals is not an empty one. A summary
    // that counted open deals since the last change says so without asking.
    const bool some = m_board->cardCount() > 0 || (!m_summaryStale && m_openDeals > 0);
    const auto any = some ? Result<bool>(true) : m_book.pipeline().hasDeals();
    if (any && !*any) {
        const QString none = tr("No deals yet. A deal is a sale in the making: who buys what, for "
                                "how much, and how far it has come.");
        m_boardEmpty->showNotice(none, start);
        m_listEmpty->showNotice(none, start);
        return;
    }
    if (m_board->cardCount() > 0) {
        m_boardEmpty->hideNotice();
    } else if (m_ownerFilter->currentData().toLongLong() != 0) {
        m_boardEmpty->showNotice(tr("%1 has no open deals, and won or lost none in the last 30 "
                                    "days.")
                                         .arg(m_ownerFilter->currentText()),
                                 {m_showEveryone, m_newDeal});
    } else {
        m_boardEmpty->showNotice(tr("No open deals, and none won or lost in the last 30 days. "
                                    "The List shows every deal."),
                                 {m_newDeal, m_viewActions.at(ListTab)});
    }
    if (!m_list->listsNone()) {
        m_listEmpty->hideNotice();
    } else {
        m_listEmpty->showNotice(tr("No deal matches the search and filters."),
                                {m_list->clearFiltersAction()});
    }
}

QList<QAction *> PipelinePage::dealActions() const
{
    return {m_newDeal, m_editDeal, m_markWon, m_markLost, m_reverse, m_splitCredit, m_deleteDeal};
}

void PipelinePage::showDeals(const QList<qint64> &ids, const QString &what)
{
    showView(ListTab);
    m_list->showOnly(ids, what);
}

void PipelinePage::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

void PipelinePage::fillOwnerFilter()
{
    const qint64 current = m_ownerFilter->currentData().toLongLong();
    const QSignalBlocker block(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Everyone"), 0);
    for (const auto &r : m_book.team().reps()) {
        m_ownerFilter->addItem(r.name, r.id);
    }
    m_ownerFilter->setCurrentIndex(std::max(0, m_ownerFilter->findData(current)));
}

QList<qint64> PipelinePage::selectedDealIds() const
{
    switch (m_tabs->currentIndex()) {
    case BoardTab:
        return m_board->selectedDealIds();
    case ListTab:
        return m_list->selectedDealIds();
    default:
        return {};
    }
}

void PipelinePage::updateActions()
{
    const int count = int(selectedDealIds().size());
    m_editDeal->setEnabled(count == 1);
    m_deleteDeal->setEnabled(count > 0);
    m_markWon->setEnabled(count > 0);
    m_markLost->setEnabled(count > 0);
    bool won = false;
    if (count == 1) {
        const auto deal = m_book.pipeline().dealSummary(selectedDealIds().first());
        won = deal && deal->status == DealStatus::Won;
    }
    m_reverse->setEnabled(won);
    m_splitCredit->setEnabled(count == 1);
}

void PipelinePage::showError(const QString &text)
{
    QMessageBox::warning(this, tr("SalesDesk"), text);
}

void PipelinePage::newDeal()
{
    Deal draft;
    draft.currency = m_book.currencies().home();
    // A rep's new deal is theirs (on a team server, the only kind they may add).
    draft.ownerId = m_book.ownRepId();
    if (m_tabs->currentIndex() == BoardTab) {
        // Start in the column that has the selection, if any.
        if (const auto ids = m_board->selectedDealIds(); !ids.isEmpty()) {
            const auto selected = m_book.pipeline().dealSummary(ids.first());
            if (selected && selected->status == DealStatus::Open) {
                draft.stageId = selected->stageId;
            }
        }
    }
    if (draft.stageId == 0 && !m_book.pipeline().activeStages().isEmpty()) {
        draft.stageId = m_book.pipeline().activeStages().first().id;
    }
    DealEditor editor(m_book, draft, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    Deal deal = editor.deal();
    auto &pipeline = m_book.pipeline();
    std::unique_ptr<QUndoCommand> customerEdit;
    if (!resolveParties(editor, deal, customerEdit)) {
        return;
    }
    auto command = DealCommands::add(pipeline, deal);
    if (!command) {
        pushTogether(std::move(customerEdit), nullptr, QString());
        showError(command.message());
        return;
    }
    const qint64 id = command.value()->after()->deal.id;
    pushTogether(std::move(customerEdit), std::move(command).value(), tr("Add Deal"));
    m_board->selectDeal(id);
    m_list->selectDeal(id);
    emit statusMessage(tr("Added “%1”.").arg(deal.title));
}

void PipelinePage::editDeal(qint64 id)
{
    auto &pipeline = m_book.pipeline();
    auto current = pipeline.deal(id);
    if (!current) {
        showError(current.message());
        return;
    }
    DealEditor editor(m_book, *current, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    Deal deal = editor.deal();
    std::unique_ptr<QUndoCommand> customerEdit;
    if (!resolveParties(editor, deal, customerEdit)) {
        return;
    }
    std::unique_ptr<QUndoCommand> dealEdit;
    if (!(deal == *current)) {
        auto command = DealCommands::edit(pipeline, deal);
        if (!command && command.error().conflict) {
            switch (askAboutConflict(*current)) {
            case ClashChoice::ApplyOnTop:
                command = DealCommands::editOnTop(pipeline, *current, deal);
                break;
            case ClashChoice::Reload:
                pushTogether(std::move(customerEdit), nullptr, tr("Edit Deal"));
                QTimer::singleShot(0, this, [this, id] { editDeal(id); });
                return;
            case ClashChoice::Cancel:
                pushTogether(std::move(customerEdit), nullptr, tr("Edit Deal"));
                return;
            }
        }
        if (!command) {
            showError(command.message());
        } else {
            dealEdit = std::move(command).value();
        }
    }
    pushTogether(std::move(customerEdit), std::move(dealEdit), tr("Edit Deal"));
    if (editor.then() == DealEditor::Then::Reverse) {
        reverseDeal(id);
    } else if (editor.then() == DealEditor::Then::SplitCredit) {
        splitCredit(id);
    }
}

ClashChoice PipelinePage::askAboutConflict(const Deal &opened)
{
    auto conflict = m_book.pipeline().dealConflict(opened);
    if (!conflict) {
        showError(conflict.message());
        return ClashChoice::Cancel;
    }
    const QString who = conflict->changedBy.isEmpty() ? tr("Someone else") : conflict->changedBy;
    return askAboutClash(
            this, tr("Deal Changed by Someone Else"),
            conflict->fields.isEmpty()
                    ? tr("%1 saved “%2” since you opened it.").arg(who, opened.title)
                    : tr("%1 changed the %2 of “%3” since you opened it.")
                              .arg(who, conflict->fields.join(tr(", ")), opened.title),
            tr("Apply your changes on top of theirs (what you both changed takes yours), or "
               "reload the deal to see theirs and start again."));
}

void PipelinePage::reverseDeal(qint64 id)
{
    ReverseDealDialog dialog(m_book, id, this);
    dialog.setCommand(m_undo, [&] {
        return TeamCommands::reverseDeal(m_book.commission(), m_book.pipeline(), id, dialog.day(),
                                         dialog.reason());
    });
    dialog.exec();
}

void PipelinePage::splitCredit(qint64 id)
{
    SplitCreditDialog dialog(m_book, id, this);
    dialog.setCommand(m_undo, [&]() -> Result<std::unique_ptr<SwapCommand<QList<CreditSplit>>>> {
        auto splits = dialog.splits();
        if (!splits) {
            return splits.error();
        }
        return TeamCommands::setSplits(m_book.commission(), id, *splits);
    });
    dialog.exec();
}

void PipelinePage::pushTogether(std::unique_ptr<QUndoCommand> first,
                                std::unique_ptr<QUndoCommand> second, const QString &text)
{
    // Two edits of one dialog are one step to undo.
    const bool both = first && second;
    if (both) {
        m_undo->beginMacro(text);
    }
    for (auto *command : {first.release(), second.release()}) {
        if (command) {
            m_undo->push(command);
        }
    }
    if (both) {
        m_undo->endMacro();
    }
}

bool PipelinePage::resolveParties(const DealEditor &editor, Deal &deal,
                                  std::unique_ptr<QUndoCommand> &customerEdit)
{
    CustomerService &customers = m_book.customers();
    auto customer = customers.ensureCustomer(editor.customerName());
    auto owner = customer ? m_book.team().ensureRep(editor.ownerName()) : Result<qint64>(qint64(0));
    if (!customer || !owner) {
        showError(!customer ? customer.message() : owner.message());
        return false;
    }
    deal.customerId = *customer;
    deal.ownerId = *owner;
    Customer details = editor.customerDetails();
    details.id = *customer;
    const Customer *stored = customers.customer(*customer);
    if (stored
        && (stored->contactPerson != details.contactPerson || stored->phone != details.phone
            || stored->email != details.email)) {
        details.name = stored->name;
        auto command = editPrimaryContact(customers, *customer, details);
        if (!command) {
            showError(command.message());
            return false;
        }
        customerEdit = std::move(command).value();
    }
    return true;
}

void PipelinePage::moveDeals(const QList<qint64> &ids, qint64 stageId, DealStatus status)
{
    if (ids.isEmpty()) {
        return;
    }
    DealMove move {stageId, status, 0, {}};
    if (status == DealStatus::Lost) {
        const auto one = ids.size() == 1 ? m_book.pipeline().dealSummary(ids.first())
                                         : Result<DealSummary>(Error::user(QString()));
        LostReasonDialog dialog(m_book.pipeline(), int(ids.size()), one ? one->title : QString(),
                                this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        move.lostReasonId = dialog.reasonId();
        move.lostNote = dialog.note();
    }
    // Several cards dropped at once are one step to undo.
    if (ids.size() > 1) {
        m_undo->beginMacro(tr("Move %n Deal(s)", nullptr, int(ids.size())));
    }
    QStringList refused;
    for (qint64 id : ids) {
        auto command = DealCommands::move(m_book.pipeline(), id, move);
        if (command) {
            m_undo->push(command.value().release());
        } else {
            refused.append(command.message());
        }
    }
    if (ids.size() > 1) {
        m_undo->endMacro();
    }
    if (!refused.isEmpty()) {
        showError(refused.join(u'\n'));
    }
}

void PipelinePage::deleteDeals(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return;
    }
    if (ids.size() > 1) {
        m_undo->beginMacro(tr("Delete %n Deal(s)", nullptr, int(ids.size())));
    }
    for (qint64 id : ids) {
        auto command = DealCommands::remove(m_book.pipeline(), id);
        if (command) {
            m_undo->push(command.value().release());
        } else {
            showError(command.message());
            break;
        }
    }
    if (ids.size() > 1) {
        m_undo->endMacro();
    }
    emit statusMessage(tr("Deleted %n deal(s). Undo with Ctrl+Z.", nullptr, int(ids.size())));
}

void PipelinePage::newActivity()
{
    Activity draft;
    draft.kind = ActivityKind::Call;
    const auto ids = m_board->selectedDealIds() + m_list->selectedDealIds();
    if (!ids.isEmpty()) {
        if (const auto d = m_book.pipeline().dealSummary(ids.first())) {
            draft.dealId = d->id;
            draft.customerId = d->customerId;
            draft.repId = d->ownerId;
        }
    }
    ActivityEditor editor(m_book, draft, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    auto command = ActivityCommands::perform(m_book.activities(), ActivityCommands::Kind::Add,
                                             editor.activity());
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

void PipelinePage::editActivity(qint64 id)
{
    auto current = m_book.activities().activity(id);
    if (!current) {
        showError(current.message());
        return;
    }
    ActivityEditor editor(m_book, *current, this);
    if (editor.exec() != QDialog::Accepted || editor.activity() == *current) {
        return;
    }
    auto command = ActivityCommands::perform(m_book.activities(), ActivityCommands::Kind::Edit,
                                             editor.activity());
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

void PipelinePage::setActivityDone(qint64 id, bool done)
{
    Activity a;
    a.id = id;
    auto command = ActivityCommands::perform(
            m_book.activities(),
            done ? ActivityCommands::Kind::Complete : ActivityCommands::Kind::Reopen, a);
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

void PipelinePage::showDealMenu(const QPoint &globalPos)
{
    const QList<qint64> ids = selectedDealIds();
    if (ids.isEmpty()) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"dealContextMenu"_s);
    menu.addAction(m_editDeal);
    QMenu *moveMenu = menu.addMenu(tr("Move to Stage"));
    for (const auto &s : m_book.pipeline().activeStages()) {
        moveMenu->addAction(s.displayName(), this,
                            [this, ids, id = s.id] { moveDeals(ids, id, DealStatus::Open); });
    }
    menu.addAction(m_markWon);
    menu.addAction(m_markLost);
    menu.addAction(m_reverse);
    menu.addAction(m_splitCredit);
    menu.addSeparator();
    menu.addAction(tr("New &Activity for This Deal…"), this, &PipelinePage::newActivity);
    menu.addSeparator();
    menu.addAction(m_deleteDeal);
    menu.exec(globalPos);
}

void PipelinePage::showActivityMenu(qint64 id, const QPoint &globalPos)
{
    auto activity = m_book.activities().activity(id);
    if (!activity) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"activityContextMenu"_s);
    menu.addAction(tr("&Edit Activity…"), this, [this, id] { editActivity(id); });
    const bool done = activity->done;
    menu.addAction(done ? tr("&Reopen") : tr("Mark &Done"), this,
                   [this, id, done] { setActivityDone(id, !done); });
    menu.addSeparator();
    menu.addAction(tr("&Delete Activity"), this, [this, id] {
        Activity a;
        a.id = id;
        auto command
                = ActivityCommands::perform(m_book.activities(), ActivityCommands::Kind::Delete, a);
        if (!command) {
            showError(command.message());
            return;
        }
        m_undo->push(command.value().release());
    });
    menu.exec(globalPos);
}

void PipelinePage::manageStages()
{
    StageEditorDialog dialog(m_book.pipeline(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<Stage> stages = dialog.stages();
    const QList<LostReason> reasons = dialog.lostReasons();
    if (stages == m_book.pipeline().stages() && reasons == m_book.pipeline().lostReasons()) {
        return;
    }
    auto command = editStages(m_book.pipeline(), stages, reasons);
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

} // namespace salesdesk::ui
