#include "ui/targets/targetspage.h"

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/pipeline/pipelineservice.h"
#include "ui/commands/targetcommands.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/targets/targetdelegate.h"
#include "ui/targets/targetdetail.h"
#include "ui/targets/targetdialogs.h"
#include "ui/targets/targetmodel.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

TargetsPage::TargetsPage(Book &book, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undoStack)
{
    setObjectName(u"targetsPage"_s);
    m_model = new TargetModel(book.targets(), this);

    m_new = new QAction(tr("New &Target…"), this);
    m_new->setObjectName(u"newTargetAction"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_split = new QAction(tr("&Split…"), this);
    m_split->setObjectName(u"splitTargetAction"_s);
    m_adjust = new QAction(tr("&Adjust…"), this);
    m_adjust->setObjectName(u"adjustTargetAction"_s);
    m_lock = new QAction(tr("&Lock"), this);
    m_lock->setObjectName(u"lockTargetAction"_s);
    m_lock->setCheckable(true);
    m_lock->setToolTip(tr("A locked part keeps its value when the others are rebalanced"));
    m_record = new QAction(tr("&Record Actual…"), this);
    m_record->setObjectName(u"recordActualAction"_s);
    m_record->setToolTip(tr("For a target entered by hand: what has been achieved so far"));
    m_delete = new QAction(tr("&Delete Target"), this);
    m_delete->setObjectName(u"deleteTargetAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_delete);

    m_asOf = new QDateEdit(book.clock().today());

    useDateFormat(m_asOf);
    m_asOf->setObjectName(u"targetsAsOfDateEdit"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setAccessibleName(tr("Progress as of"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    for (auto *a : {m_new, m_split, m_adjust, m_lock, m_record, m_delete}) {
        auto *button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(a != m_new);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Progress as of:")));
    bar->addWidget(m_asOf);

    m_tree = new QTreeView;
    m_tree->setObjectName(u"targetTreeView"_s);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new TargetDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TargetModel::NameColumn, QHeaderView::Stretch);
    for (int c = TargetModel::PeriodColumn; c < TargetModel::ColumnCount; ++c) {
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_tree->setMinimumWidth(560);

    m_empty = new EmptyState(m_tree);

    m_detail = new TargetDetail(book.targets(), book.kpi());
    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &TargetsPage::reload);
    // Targets change through their service; progress also moves with every deal.
    // Before the figures were first read, a change only marks them due: they are read when
    // the page is first shown, or first asked for its rows.
    const auto changed = [this] {
        m_stale = true;
        if (isVisible() || m_loadedOnce) {
            reload();
        }
    };
    connect(&book.targets(), &TargetService::targetsChanged, this, changed);
    const auto dealsMoved = [this] {
        m_stale = true;
        if (isVisible()) {
            m_refresh->start();
        }
    };
    connect(&book.pipeline(), &PipelineService::dealChanged, this, dealsMoved);
    connect(&book.pipeline(), &PipelineService::dealRemoved, this, dealsMoved);
    // Rates, or the home currency itself, change every amount and the charts' units at once.
    connect(&book.currencies(), &CurrencyService::ratesChanged, this, changed);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_model->setAsOf(d);
        reload();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        const qint64 id = currentTargetId();
        if (id) {
            m_detail->showTarget(id, m_model->asOf());
        } else {
            m_detail->clear();
        }
    });
    connect(m_tree, &QTreeView::activated, this, [this] { adjustTarget(); });
    connect(m_new, &QAction::triggered, this, &TargetsPage::newTarget);
    connect(m_split, &QAction::triggered, this, &TargetsPage::splitTarget);
    connect(m_adjust, &QAction::triggered, this, &TargetsPage::adjustTarget);
    connect(m_lock, &QAction::triggered, this, &TargetsPage::toggleLocked);
    connect(m_delete, &QAction::triggered, this, &TargetsPage::deleteTarget);
    connect(m_record, &QAction::triggered, this, &TargetsPage::recordActual);
    // The targets' progress is read when the page is first shown (showEvent): at a million deals
    // it is seconds of figures the window need not wait for while it shows another page.
    m_stale = true;
    updateActions();
}

QList<QAction *> TargetsPage::targetActions() const
{
    return {m_new, m_split, m_adjust, m_lock, m_record, m_delete};
}

void TargetsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void TargetsPage::ensureLoaded()
{
    if (m_stale) {
        reload();
    }
}

TargetModel *TargetsPage::model()
{
    ensureLoaded();
    return m_model;
}

std::optional<Target> TargetsPage::currentTarget() const
{
    const Target *t = m_model->target(currentTargetId());
    return t ? std::optional<Target>(*t) : std::nullopt;
}

qint64 TargetsPage::currentTargetId() const
{
    return m_tree->currentIndex().data(TargetModel::IdRole).toLongLong();
}

void TargetsPage::selectTarget(qint64 id)
{
    ensureLoaded();
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void TargetsPage::reload()
{
    m_stale = false;
    // Keep what was open and selected across the reload: ids, not indexes.
    QSet<qint64> expanded;
    const auto collect = [&](auto &&self, const QModelIndex &parent) -> void {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_tree->isExpanded(i)) {
                expanded.insert(i.data(TargetModel::IdRole).toLongLong());
            }
            self(self, i);
        }
    };
    collect(collect, {});
    const qint64 current = currentTargetId();
    m_model->reload();
    const auto restore = [&](auto &&self, const QModelIndex &parent) -> void {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (expanded.contains(i.data(TargetModel::IdRole).toLongLong())) {
                m_tree->setExpanded(i, true);
            }
            self(self, i);
        }
    };
    if (expanded.isEmpty()) {
        m_tree->expandToDepth(0);
    } else {
        restore(restore, {});
    }
    m_detail->forgetForecasts();
    if (current) {
        selectTarget(current);
        m_detail->showTarget(current, m_model->asOf());
    } else if (!m_loadedOnce && m_model->rowCount() > 0) {
        m_tree->setCurrentIndex(m_model->index(0, 0)); // the first look: the year's target
    }
    m_loadedOnce = true;
    updateActions();
    updateEmptyState();
}

void TargetsPage::updateEmptyState()
{
    m_tree->setWhatsThis(TargetText::statusExplained(m_book.targets().thresholds()));
    if (m_model->rowCount() > 0) {
        m_empty->hideNotice();
    } else {
        m_empty->showNotice(tr("No targets yet. Set the year's goal (revenue, deals won, new "
                               "customers…), then split it into quarters, months and weeks and "
                               "follow each part against what is sold."),
                            {m_new});
    }
}

void TargetsPage::updateActions()
{
    const qint64 id = currentTargetId();
    const Target *t = m_model->target(id);
    for (auto *a : {m_split, m_adjust, m_lock, m_delete}) {
        a->setEnabled(t != nullptr);
    }
    m_lock->setChecked(t && t->locked);
    m_lock->setEnabled(t && t->parentId != 0);
    m_record->setEnabled(t && t->metric == Metric::Manual);
}

void TargetsPage::showError(const QString &text)
{
    QMessageBox::warning(this, tr("Sales targets"), text);
}

void TargetsPage::newTarget()
{
    NewTargetDialog dialog(m_book, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto command = TargetCommands::add(m_book.targets(), dialog.target());
    if (!command) {
        showError(command.message());
        return;
    }
    const qint64 id = TargetCommands::rootId(*command.value());
    m_undo->push(command.value().release());
    selectTarget(id);
}

void TargetsPage::splitTarget()
{
    const auto t = currentTarget();
    if (!t) {
        return;
    }
    SplitTargetDialog dialog(m_book.targets(), *t, m_book.currencies().home(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.plan()) {
        return;
    }
    auto command = TargetCommands::split(m_book.targets(), t->id, *dialog.plan());
    if (!command) {
        showError(command.message());
        return;
    }
    const qint64 id = t->id;
    m_undo->push(command.value().release());
    m_tree->setExpanded(m_model->indexOf(id), true);
}

void TargetsPage::adjustTarget()
{
    const auto t = currentTarget();
    if (!t) {
        return;
    }
    const qint64 id = t->id;
    auto &targets = m_book.targets();
    const auto children = targets.children(id);
    AdjustTargetDialog dialog(targets, *t, m_book.currencies().home(),
                              children && !children->isEmpty(), m_book.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto command
            = TargetCommands::adjust(m_book.targets(), id, dialog.value(), dialog.reason(),
                                     dialog.respread(), dialog.rebalance(), m_book.clock().today());
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

void TargetsPage::toggleLocked()
{
    const auto t = currentTarget();
    if (!t) {
        return;
    }
    auto command = TargetCommands::setLocked(m_book.targets(), t->id, !t->locked);
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

void TargetsPage::recordActual()
{
    const auto t = currentTarget();
    if (!t || t->metric != Metric::Manual) {
        return;
    }
    const QDate asOf = m_model->asOf();
    const TargetProgress *p = m_model->progress(t->id);
    bool ok = false;
    const int value = QInputDialog::getInt(
            this, tr("Record Actual"),
            tr("“%1” achieved so far (as of %2):").arg(t->name, dateText(asOf)),
            p ? int(p->actual) : 0, 0, std::numeric_limits<int>::max(), 1, &ok);
    if (!ok) {
        return;
    }
    auto command = TargetCommands::recordActual(m_book.targets(), t->id, asOf, value);
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

void TargetsPage::deleteTarget()
{
    const auto t = currentTarget();
    if (!t) {
        return;
    }
    auto command = TargetCommands::remove(m_book.targets(), t->id);
    if (!command) {
        showError(command.message());
        return;
    }
    m_undo->push(command.value().release());
}

} // namespace salesdesk::ui
