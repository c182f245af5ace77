#include "ui/customers/customerspage.h"

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/customercommands.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/common/settings.h"
#include "ui/customers/customercharts.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customermodel.h"
#include "ui/customers/feedbackdialog.h"
#include "ui/customers/followupsview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

const SettingValue<int> lastView {u"customers/view"_s, 0};
const SettingValue<QByteArray> splitState {u"customers/split"_s, {}};

} // namespace

CustomersPage::CustomersPage(Book &book, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undoStack(undoStack)
{
    setObjectName(u"customersPage"_s);
    m_newCustomer = new QAction(tr("&New Customer…"), this);
    m_newCustomer->setObjectName(u"newCustomerAction"_s);
    m_newCustomer->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    connect(m_newCustomer, &QAction::triggered, this, &CustomersPage::newCustomer);
    m_editCustomer = new QAction(tr("&Edit Customer…"), this);
    m_editCustomer->setObjectName(u"editCustomerAction"_s);
    m_editCustomer->setShortcut(Qt::CTRL | Qt::Key_E);
    m_editCustomer->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editCustomer, &QAction::triggered, this, [this] { editCustomer(currentCustomer()); });
    m_mergeCustomer = new QAction(tr("&Merge Into Another Customer…"), this);
    m_mergeCustomer->setObjectName(u"mergeCustomerAction"_s);
    m_mergeCustomer->setStatusTip(tr("Move this customer's deals, contacts and history to "
                                     "another customer and remove this one"));
    connect(m_mergeCustomer, &QAction::triggered, this,
            [this] { mergeCustomer(currentCustomer()); });
    m_addFeedback = new QAction(tr("Add &Feedback…"), this);
    m_addFeedback->setObjectName(u"addFeedbackAction"_s);
    m_addFeedback->setStatusTip(tr("Record what a customer said and how satisfied they are"));
    connect(m_addFeedback, &QAction::triggered, this, [this] { addFeedback(currentCustomer()); });
    m_logContact = new QAction(tr("&Log Contact…"), this);
    m_logContact->setObjectName(u"logContactAction"_s);
    m_logContact->setShortcut(Qt::CTRL | Qt::Key_L);
    m_logContact->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_logContact->setStatusTip(tr("Record a call, visit or message with the customer"));
    connect(m_logContact, &QAction::triggered, this,
            [this] { m_followUps->logContact(currentCustomer()); });
    m_deleteCustomer = new QAction(tr("&Delete Customer"), this);
    m_deleteCustomer->setObjectName(u"deleteCustomerAction"_s);
    m_deleteCustomer->setShortcut(QKeySequence::Delete);
    m_deleteCustomer->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteCustomer, &QAction::triggered, this,
            [this] { deleteCustomer(currentCustomer()); });
    m_archiveCustomer = new QAction(tr("&Archive Customer"), this);
    m_archiveCustomer->setObjectName(u"archiveCustomerAction"_s);
    m_archiveCustomer->setStatusTip(tr("Hide the customer from the lists, follow-ups and "
                                       "calendar; its deals and history still count in every "
                                       "figure, and it can be restored"));
    connect(m_archiveCustomer, &QAction::triggered, this,
            [this] { archiveCustomer(currentCustomer()); });
    addAction(m_editCustomer);
    addAction(m_logContact);
    addAction(m_deleteCustomer);
    m_search = new QLineEdit;
    m_search->setObjectName(u"customerSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search name, contact, phone, email…"));
    m_search->setClearButtonEnabled(true);
    m_segment = new QComboBox;
    m_segment->setObjectName(u"segmentFilterComboBox"_s);
    m_segment->setAccessibleName(tr("Segment filter"));
    m_segment->addItem(tr("All segments"), -1);
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        m_segment->addItem(SegmentText::name(s), int(s));
    }
    m_owner = new QComboBox;
    m_owner->setObjectName(u"ownerFilterComboBox"_s);
    m_owner->setAccessibleName(tr("Owner filter"));
    m_region = new QComboBox;
    m_region->setObjectName(u"regionFilterComboBox"_s);
    m_region->setAccessibleName(tr("Region filter"));
    m_tag = new QComboBox;
    m_tag->setObjectName(u"tagFilterComboBox"_s);
    m_tag->setAccessibleName(tr("Tag filter"));
    for (auto *combo : {m_owner, m_region, m_tag}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_dueOnly = new QCheckBox(tr("Due for a contact"));
    m_dueOnly->setObjectName(u"dueOnlyCheckBox"_s);
    m_showArchived = new QCheckBox(tr("Archived too"));
    m_showArchived->setObjectName(u"showArchivedCheckBox"_s);
    m_showArchived->setToolTip(tr("List archived customers as well, greyed"));
    m_showArchivedAction = new QAction(tr("Show Archived Customers"), this);
    connect(m_showArchivedAction, &QAction::triggered, m_showArchived,
            [this] { m_showArchived->setChecked(true); });
    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_newCustomer, m_editCustomer, m_mergeCustomer}) {
        auto *button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    bar->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_segment);
    filters->addWidget(m_owner);
    filters->addWidget(m_region);
    filters->addWidget(m_tag);
    filters->addWidget(m_dueOnly);
    filters->addWidget(m_showArchived);

    m_table = new QTableView;
    m_table->setObjectName(u"customerTableView"_s);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editCustomer, m_logContact, m_addFeedback, m_mergeCustomer,
                         m_archiveCustomer, m_deleteCustomer, m_newCustomer});
    m_empty = new EmptyState(m_table);
    m_clearFilters = new QAction(tr("&Clear Search and Filters"), this);
    m_clearFilters->setObjectName(u"clearCustomerFiltersAction"_s);
    connect(m_clearFilters, &QAction::triggered, this, &CustomersPage::clearFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editCustomer(index.data(CustomerModel::IdRole).toLongLong());
    });

    m_segmentChart = new SegmentChart;
    m_satisfactionChart = new SatisfactionChart;
    auto *charts = new QWidget;
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_segmentChart, 4);
    chartsLayout->addWidget(m_satisfactionChart, 5);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addLayout(filters);
    auto *leftSplit = new QSplitter(Qt::Vertical);
    leftSplit->addWidget(m_table);
    leftSplit->addWidget(charts);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplit, 1);

    m_followUps = new FollowUpsView(book, undoStack);
    connect(m_followUps, &FollowUpsView::customerActivated, this, &CustomersPage::showCustomer);
    m_views = new QTabWidget;
    m_views->setObjectName(u"customerViewsTabWidget"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(left, tr("All Customers"));
    m_views->addTab(m_followUps, tr("Follow-ups"));
    m_views->setCurrentIndex(std::clamp(lastView.get(), 0, 1));
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        lastView.set(index);
        if (index == 1) {
            m_followUps->reload();
        }
    });

    m_detail = new CustomerDetail(book);
    connect(m_detail, &CustomerDetail::feedbackActivated, this, &CustomersPage::editFeedback);
    auto *split = new QSplitter;
    split->addWidget(m_views);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The 360 pane wide enough for a deal's title beside its status, value and date; then as
    // the user leaves it.
    if (!split->restoreState(splitState.get())) {
        split->setSizes({1000, 440});
    }
    connect(split, &QSplitter::splitterMoved, this,
            [split] { splitState.set(split->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    // Everything heavy waits for the page to be shown: segments are recomputed then.
    connect(&book.pipeline(), &PipelineService::dealChanged, this, [this] { m_stale = true; });
    const auto changed = [this] {
        if (m_reloading) {
            return;
        }
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    };
    connect(&book.customers(), &CustomerService::customersChanged, this, changed);
    connect(&book.team(), &TeamService::teamChanged, this, changed);
    connect(&book.segments(), &SegmentService::segmentsChanged, this, changed);
    connect(&book.currencies(), &CurrencyService::ratesChanged, this, changed);
    connect(&book, &Book::reloaded, this, changed);
    // Feedback changes only the satisfaction chart and the customer shown: redrawn at once, so
    // an undone entry leaves the chart too.
    connect(&book.feedback(), &FeedbackService::feedbackChanged, this, [this] {
        if (m_model) {
            loadFeedback();
            showCustomer(currentCustomer());
        }
    });
}

ContactCadence CustomersPage::bookCadence() const
{
    return m_book.segments().rules().cadence;
}

qint64 CustomersPage::currentCustomer() const
{
    if (m_views->currentIndex() == 1) {
        return m_followUps->currentCustomer();
    }
    return m_table->currentIndex().data(CustomerModel::IdRole).toLongLong();
}

QList<QAction *> CustomersPage::customerActions() const
{
    return {m_newCustomer,   m_editCustomer,    m_logContact,    m_addFeedback,
            m_mergeCustomer, m_archiveCustomer, m_deleteCustomer};
}

void CustomersPage::newCustomer()
{
    CustomerRecord record;
    record.customer.kind = CustomerKind::Company;
    CustomerEditor editor(m_book, record, bookCadence().forSegment(Segment::General), this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    auto command = addCustomerCommand(m_book, editor.record());
    if (!command) {
        QMessageBox::warning(this, tr("Customer Not Added"), command.message());
        return;
    }
    const qint64 id = command.value()->after()->customer.id;
    m_undoStack->push(command.value().release());
    if (m_model) {
        reload();
        showCustomer(id);
    }
}

void CustomersPage::editCustomer(qint64 id)
{
    if (id == 0) {
        return;
    }
    auto record = m_book.customers().record(id);
    if (!record) {
        QMessageBox::warning(this, tr("Customer Not Found"), record.message());
        return;
    }
    const CustomerSegment *seg = m_model ? m_model->segment(id) : nullptr;
    CustomerEditor editor(m_book, *record,
                          bookCadence().forSegment(seg ? seg->segment : Segment::General), this);
    if (editor.exec() != QDialog::Accepted || editor.record() == *record) {
        return;
    }
    auto command = editCustomerCommand(m_book, *record, editor.record());
    if (!command && command.error().conflict) {
        // Someone else saved the customer meanwhile (a team server): nothing of theirs is lost
        // and nothing of the user's unless they choose so.
        const ClashChoice choice = askAboutClash(
                this, tr("Customer Changed by Someone Else"), command.message(),
                tr("Apply your changes on top of theirs (what you both changed takes yours), or "
                   "reload the customer to see theirs and start again."));
        if (choice == ClashChoice::Reload) {
            QTimer::singleShot(0, this, [this, id] { editCustomer(id); });
            return;
        }
        if (choice != ClashChoice::ApplyOnTop) {
            return;
        }
        command = editCustomerOnTopCommand(m_book, *record, editor.record());
    }
    if (!command) {
        QMessageBox::warning(this, tr("Customer Not Saved"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    showCustomer(id);
}

void CustomersPage::mergeCustomer(qint64 id)
{
    if (id == 0) {
        return;
    }
    const CustomerService &customers = m_book.customers();
    const QString name = customers.customerName(id);
    QDialog dialog(this);
    dialog.setObjectName(u"mergeCustomerDialog"_s);
    dialog.setWindowTitle(tr("Merge %1").arg(titleName(name)));
    auto *target = new QLineEdit;
    target->setObjectName(u"mergeTargetEdit"_s);
    target->setPlaceholderText(tr("Type the name of the customer to keep"));
    // The names offered, and looked up as the user types under findCustomer's rule (the exact
    // name, else the name case aside; the first by id) without asking the book at every key.
    QStringList names;
    QHash<QString, qint64> exact, folded;
    if (m_model) {
        names.reserve(qsizetype(m_model->customerCount()));
    }
    const auto named = customers.eachName([&](qint64 other, QUtf8StringView otherName) {
        const QString text = otherName.toString();
        if (!exact.contains(text)) {
            exact.insert(text, other);
        }
        if (const QString key = text.toCaseFolded(); !folded.contains(key)) {
            folded.insert(key, other);
        }
        if (other != id) {
            names.append(text);
        }
    });
    if (!named) {
        QMessageBox::warning(this, tr("Customers Not Merged"), named.message());
        return;
    }
    const auto find = [&exact, &folded](const QString &text) {
        const QString wanted = text.trimmed();
        const auto at = exact.constFind(wanted);
        return at != exact.cend() ? *at : folded.value(wanted.toCaseFolded());
    };
    auto *completer = new QCompleter(names, target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    target->setCompleter(completer);
    auto *explain = new QLabel(
            tr("The deals, contacts, activities, feedback and key dates of “%1” move to the "
               "customer you name, which keeps its own name and fills its empty fields from "
               "“%1”. “%1” is then removed. Edit › Undo separates them again.")
                    .arg(name));
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"mergeButtons"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(target, &QLineEdit::textChanged, &dialog, [&](const QString &text) {
        const qint64 found = find(text);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(found != 0 && found != id);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explain);
    layout->addWidget(target);
    layout->addWidget(buttons);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const qint64 kept = find(target->text());
    auto command = mergeCustomersCommand(m_book, kept, id);
    if (!command) {
        QMessageBox::warning(this, tr("Customers Not Merged"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    if (m_model) {
        reload();
        showCustomer(kept);
    }
}

void CustomersPage::deleteCustomer(qint64 id)
{
    if (id == 0) {
        return;
    }
    auto command = deleteCustomerCommand(m_book, id);
    if (!command) {
        QMessageBox::information(this, tr("Customer Not Deleted"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    if (m_model) {
        reload();
    }
}

void CustomersPage::archiveCustomer(qint64 id)
{
    const Customer *c = m_book.customers().customer(id);
    if (!c) {
        return;
    }
    auto command = archiveCustomersCommand(m_book, {id}, !c->archived());
    if (!command) {
        QMessageBox::warning(this, tr("Customer Not Changed"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    updateArchiveAction();
}

void CustomersPage::updateArchiveAction()
{
    const Customer *c = m_book.customers().customer(currentCustomer());
    m_archiveCustomer->setEnabled(c != nullptr);
    m_archiveCustomer->setText(c && c->archived() ? tr("&Restore Customer")
                                                  : tr("&Archive Customer"));
}

void CustomersPage::addFeedback(qint64 customerId)
{
    if (customerId == 0) {
        return;
    }
    Feedback f;
    f.customerId = customerId;
    f.receivedOn = m_book.clock().today();
    f.satisfaction = 4;
    f.channel = u"call"_s;
    FeedbackDialog dialog(m_book, f, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto command = feedbackCommand(m_book, std::nullopt, dialog.feedback());
    if (!command) {
        QMessageBox::warning(this, tr("Feedback Not Saved"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    showCustomer(customerId);
}

void CustomersPage::editFeedback(qint64 feedbackId)
{
    auto before = m_book.feedback().entry(feedbackId);
    if (!before) {
        return;
    }
    FeedbackDialog dialog(m_book, *before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.feedback() == *before) {
        return;
    }
    auto command = feedbackCommand(m_book, *before, dialog.feedback());
    if (!command) {
        QMessageBox::warning(this, tr("Feedback Not Saved"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    showCustomer(before->customerId);
}

void CustomersPage::showView(int view)
{
    m_views->setCurrentIndex(view);
}

void CustomersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_views->currentIndex() == 1) {
        m_followUps->reload();
    }
    if (m_stale) {
        reload();
    }
}

void CustomersPage::reload()
{
    m_stale = false;
    m_reloading = true;
    const auto reloaded = qScopeGuard([this] { m_reloading = false; });
    // Segments and follow-ups of 40,000 customers take most of a second: say so.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    const qint64 current = m_table->currentIndex().data(CustomerModel::IdRole).toLongLong();
    if (!m_model) {
        m_model = new CustomerModel(m_book, this);
        m_table->setModel(m_model);
        // The order is set before the first listing, which then lists in it.
        m_table->sortByColumn(CustomerModel::ValueColumn, Qt::DescendingOrder);
        m_table->setColumnWidth(CustomerModel::NameColumn, 280);
        // Every header readable in full, with room for the sort arrow; measured on the header,
        // not the rows, which a book of 400,000 customers would make slow.
        const QFontMetrics header(m_table->horizontalHeader()->font());
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const int wanted
                    = header.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString())
                      + 28;
            m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), wanted));
        }
        // The segment and next-contact columns as wide as their longest words, so "at risk"
        // and "(82 days late)" are never cut off.
        const QFontMetrics cells(m_table->font());
        const auto fit = [&](int column, const QString &widest) {
            m_table->setColumnWidth(column, std::max(m_table->columnWidth(column),
                                                     cells.horizontalAdvance(widest) + 16));
        };
        for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
            fit(CustomerModel::SegmentColumn, CustomerModel::segmentText(s, true));
        }
        fit(CustomerModel::FollowUpColumn, CustomerModel::followUpText(QDate(2026, 12, 30), 888));
        // The book is searched once typing pauses, not at every key.
        auto *searchTimer = new QTimer(this);
        searchTimer->setSingleShot(true);
        searchTimer->setInterval(180);
        connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
        connect(searchTimer, &QTimer::timeout, this,
                [this] { m_model->setSearchText(m_search->text()); });
        connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
            const int v = m_segment->currentData().toInt();
            m_model->setSegment(v < 0 ? std::nullopt : std::optional(Segment(v)));
        });
        connect(m_dueOnly, &QCheckBox::toggled, m_model, &CustomerModel::setDueOnly);
        connect(m_showArchived, &QCheckBox::toggled, m_model, &CustomerModel::setShowArchived);
        connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
            const QVariant v = m_owner->currentData();
            m_model->setOwner(v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt);
        });
        connect(m_region, &QComboBox::currentIndexChanged, this,
                [this] { m_model->setRegion(m_region->currentData().toString()); });
        connect(m_tag, &QComboBox::currentIndexChanged, this,
                [this] { m_model->setTag(m_tag->currentData().toString()); });
        connect(m_model, &CustomerModel::listed, this, &CustomersPage::updateEmptyState);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &index) {
                    showCustomer(index.data(CustomerModel::IdRole).toLongLong());
                });
    }
    m_model->reload();
    updateFilterChoices();
    updateSegmentChart();
    loadFeedback();
    // The rules may have changed with the reload: what the segments mean, in their numbers.
    m_table->setWhatsThis(SegmentText::explained(m_book.segments().rules().segments));
    updateEmptyState();
    if (current) {
        showCustomer(current);
    } else if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
}

void CustomersPage::setImportAction(QAction *import)
{
    m_import = import;
    updateEmptyState();
}

void CustomersPage::clearFilters()
{
    m_search->clear();
    m_dueOnly->setChecked(false);
    m_showArchived->setChecked(false);
    for (auto *combo : {m_segment, m_owner, m_region, m_tag}) {
        combo->setCurrentIndex(0);
    }
}

void CustomersPage::updateEmptyState()
{
    if (!m_model || m_model->rowCount() > 0) {
        m_empty->hideNotice();
    } else if (m_model->customerCount() == 0) {
        QList<QAction *> actions {m_newCustomer};
        if (m_import) {
            actions.append(m_import);
        }
        m_empty->showNotice(tr("No customers yet. Add them one by one, or import a list; a "
                               "customer is also added with their first deal."),
                            actions);
    } else if (!m_showArchived->isChecked()
               && m_model->archivedCount() == m_model->customerCount()) {
        m_empty->showNotice(tr("Every customer is archived."),
                            {m_showArchivedAction, m_newCustomer});
    } else {
        m_empty->showNotice(tr("No customer matches the search and filters."), {m_clearFilters});
    }
}

// The owners, regions and tags the book's customers have, keeping what is chosen.
void CustomersPage::updateFilterChoices()
{
    const CustomerChoices &choices = m_model->choices();
    const QSet<qint64> &owners = choices.owners;
    const QSet<QString> &regions = choices.regions;
    const QSet<QString> &tags = choices.tags;
    const auto fill = [](QComboBox *combo, const QString &all,
                         const QList<std::pair<QString, QVariant>> &items) {
        const QVariant chosen = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto &[text, value] : items) {
            combo->addItem(text, value);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    QList<std::pair<QString, QVariant>> ownerItems;
    for (const Rep &r : m_book.team().reps()) {
        if (owners.contains(r.id)) {
            ownerItems.append({r.name, r.id});
        }
    }
    if (owners.contains(0)) {
        ownerItems.append({tr("Nobody"), qint64(0)});
    }
    QStringList sortedRegions(regions.cbegin(), regions.cend());
    QStringList sortedTags(tags.cbegin(), tags.cend());
    QCollator collator;
    std::sort(sortedRegions.begin(), sortedRegions.end(), collator);
    std::sort(sortedTags.begin(), sortedTags.end(), collator);
    QList<std::pair<QString, QVariant>> regionItems, tagItems;
    for (const QString &r : sortedRegions) {
        regionItems.append({r, r});
    }
    for (const QString &t : sortedTags) {
        tagItems.append({t, t});
    }
    fill(m_owner, tr("Everyone's"), ownerItems);
    fill(m_region, tr("All regions"), regionItems);
    fill(m_tag, tr("All tags"), tagItems);
    m_region->setVisible(!regionItems.isEmpty());
    m_tag->setVisible(!tagItems.isEmpty());
}

void CustomersPage::updateSegmentChart()
{
    QList<SegmentChart::Bar> bars;
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        bars.append({s});
    }
    m_model->forEachSegment([&bars](const CustomerSegment &segment) {
        SegmentChart::Bar &bar = bars[int(segment.segment)];
        ++bar.customers;
        bar.valueMinor += segment.monetary;
    });
    m_segmentChart->setBars(bars, m_book.currencies().home(), m_model->lookBackMonths());
}

// The last twelve months of feedback, read once per reload or change of feedback rather than
// once for each customer the user steps through.
void CustomersPage::loadFeedback()
{
    const QDate today = m_book.clock().today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
    auto feedback = m_book.feedback().feedback(first, today);
    if (!feedback) {
        m_satisfactionChart->showError(feedback.message());
        return;
    }
    m_satisfactionChart->setFeedback(*feedback, first);
}

void CustomersPage::showCustomer(qint64 id)
{
    updateArchiveAction();
    if (!m_book.customers().customer(id) || !m_model) {
        m_detail->clear();
        m_satisfactionChart->showCustomer(0, {});
        return;
    }
    // On a server, what the customer's page reads is asked in one exchange, not ten.
    const auto ahead = m_book.readAheadOfCustomer(id);
    m_satisfactionChart->showCustomer(id, m_book.customers().customerName(id));
    m_detail->showCustomer(id, m_model->segment(id), m_model->followUp(id));
}

} // namespace salesdesk::ui
