#include "customerspage.h"

#include "commands/customercommands.h"
#include "common/booksession.h"
#include "common/money.h"
#include "common/settings.h"
#include "customerdetail.h"
#include "customereditor.h"
#include "customermodel.h"
#include "customers/feedback.h"
#include "customers/segmentservice.h"
#include "feedbackdialog.h"
#include "followupsview.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

const SettingValue<int> lastView {u"customers/view"_s, 0};

// Axis labels a little smaller than the text, so twelve months or three segments with their
// amounts fit under a chart half a page wide.
QFont smallerFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

} // namespace

CustomersPage::CustomersPage(BookSession &session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
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
                         m_deleteCustomer, m_newCustomer});
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        editCustomer(index.data(CustomerModel::IdRole).toLongLong());
    });

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *chartView = new QChartView(m_chart);
    chartView->setObjectName(u"segmentChartView"_s);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);

    m_satisfactionChart = new QChart;
    m_satisfactionChart->setAnimationOptions(QChart::NoAnimation);
    m_satisfactionChart->legend()->hide();
    for (auto *chart : {m_chart, m_satisfactionChart}) {
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    }
    auto *satisfactionView = new QChartView(m_satisfactionChart);
    satisfactionView->setObjectName(u"satisfactionChartView"_s);
    satisfactionView->setRenderHint(QPainter::Antialiasing);
    auto *charts = new QWidget;
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(chartView, 4);
    chartsLayout->addWidget(satisfactionView, 5);

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

    m_followUps = new FollowUpsView(session, undoStack);
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

    m_detail = new CustomerDetail(session);
    connect(m_detail, &CustomerDetail::feedbackActivated, this, &CustomersPage::editFeedback);
    auto *split = new QSplitter;
    split->addWidget(m_views);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    // Everything heavy waits for the page to be shown: segments are recomputed then.
    connect(&session.pipeline(), &PipelineService::dealChanged, this, [this] { m_stale = true; });
    connect(&session.pipeline(), &PipelineService::partiesChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    connect(&session.pipeline(), &PipelineService::bookReloaded, this, [this] {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    connect(&session.feedback(), &FeedbackService::feedbackChanged, this, [this] {
        m_stale = true;
        m_yearFeedback.reset();
    });
}

ContactCadence CustomersPage::bookCadence() const
{
    auto rules = m_session.segments().rules();
    return rules ? rules->cadence : ContactCadence();
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
    return {m_newCustomer, m_editCustomer,  m_logContact,
            m_addFeedback, m_mergeCustomer, m_deleteCustomer};
}

void CustomersPage::newCustomer()
{
    CustomerRecord record;
    record.customer.kind = CustomerKind::Company;
    CustomerEditor editor(m_session.pipeline(), m_session.customers(), record,
                          bookCadence().forSegment(Segment::General), this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    auto command = AddCustomerCommand::perform(m_session, editor.record());
    if (!command) {
        QMessageBox::warning(this, tr("Customer Not Added"), command.message());
        return;
    }
    const qint64 id = command.value()->customerId();
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
    auto record = m_session.customers().record(id);
    if (!record) {
        QMessageBox::warning(this, tr("Customer Not Found"), record.message());
        return;
    }
    const CustomerSegment *seg = m_model ? m_model->segment(id) : nullptr;
    CustomerEditor editor(m_session.pipeline(), m_session.customers(), *record,
                          bookCadence().forSegment(seg ? seg->segment : Segment::General), this);
    if (editor.exec() != QDialog::Accepted || editor.record() == *record) {
        return;
    }
    auto command = EditCustomerRecordCommand::perform(m_session, *record, editor.record());
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
    auto &pipeline = m_session.pipeline();
    const QString name = pipeline.customerName(id);
    QDialog dialog(this);
    dialog.setObjectName(u"mergeCustomerDialog"_s);
    dialog.setWindowTitle(tr("Merge “%1”").arg(name));
    auto *target = new QLineEdit;
    target->setObjectName(u"mergeTargetEdit"_s);
    target->setPlaceholderText(tr("Type the name of the customer to keep"));
    QStringList names;
    names.reserve(pipeline.customers().size());
    for (const Customer &c : pipeline.customers()) {
        if (c.id != id) {
            names.append(c.name);
        }
    }
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
        const qint64 found = pipeline.findCustomer(text);
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
    const qint64 kept = pipeline.findCustomer(target->text());
    auto command = MergeCustomersCommand::perform(m_session, kept, id);
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
    auto command = DeleteCustomerCommand::perform(m_session, id);
    if (!command) {
        QMessageBox::information(this, tr("Customer Not Deleted"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    if (m_model) {
        reload();
    }
}

void CustomersPage::addFeedback(qint64 customerId)
{
    if (customerId == 0) {
        return;
    }
    Feedback f;
    f.customerId = customerId;
    f.receivedOn = QDate::currentDate();
    f.satisfaction = 4;
    f.channel = u"call"_s;
    FeedbackDialog dialog(m_session.pipeline(), f, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto command = FeedbackCommand::perform(m_session, std::nullopt, dialog.feedback());
    if (!command) {
        QMessageBox::warning(this, tr("Feedback Not Saved"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    showCustomer(customerId);
}

void CustomersPage::editFeedback(qint64 feedbackId)
{
    auto before = m_session.feedback().entry(feedbackId);
    if (!before) {
        return;
    }
    FeedbackDialog dialog(m_session.pipeline(), *before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.feedback() == *before) {
        return;
    }
    auto command = FeedbackCommand::perform(m_session, *before, dialog.feedback());
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
    m_yearFeedback.reset();
    // Segments and follow-ups of 40,000 customers take most of a second: say so.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    const qint64 current = m_table->currentIndex().data(CustomerModel::IdRole).toLongLong();
    if (!m_model) {
        m_model = new CustomerModel(m_session.pipeline(), m_session.segments(), this);
        m_proxy = new CustomerFilterProxy(m_model, m_session.pipeline(), this);
        m_table->setModel(m_proxy);
        m_table->sortByColumn(CustomerModel::ValueColumn, Qt::DescendingOrder);
        m_table->setColumnWidth(CustomerModel::NameColumn, 280);
        // Every header readable in full, with room for the sort arrow; measured on the header,
        // not the rows, which a book of 40,000 customers would make slow.
        const QFontMetrics header(m_table->horizontalHeader()->font());
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const int wanted
                    = header.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString())
                      + 28;
            m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), wanted));
        }
        connect(m_search, &QLineEdit::textChanged, m_proxy, &CustomerFilterProxy::setSearchText);
        connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
            const int v = m_segment->currentData().toInt();
            m_proxy->setSegment(v < 0 ? std::nullopt : std::optional(Segment(v)));
        });
        connect(m_dueOnly, &QCheckBox::toggled, m_proxy, &CustomerFilterProxy::setDueOnly);
        connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
            const QVariant v = m_owner->currentData();
            m_proxy->setOwner(v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt);
        });
        connect(m_region, &QComboBox::currentIndexChanged, this,
                [this] { m_proxy->setRegion(m_region->currentData().toString()); });
        connect(m_tag, &QComboBox::currentIndexChanged, this,
                [this] { m_proxy->setTag(m_tag->currentData().toString()); });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &index) {
                    showCustomer(index.data(CustomerModel::IdRole).toLongLong());
                });
    } else {
        m_model->reload();
    }
    updateFilterChoices();
    updateChart();
    updateSatisfactionChart();
    if (current) {
        showCustomer(current);
    } else if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
}

// The owners, regions and tags the book's customers have, keeping what is chosen.
void CustomersPage::updateFilterChoices()
{
    QSet<qint64> owners;
    QSet<QString> regions, tags;
    for (const Customer &c : m_session.pipeline().customers()) {
        owners.insert(c.ownerId);
        if (!c.region.isEmpty()) {
            regions.insert(c.region);
        }
        for (const QString &t : c.tags) {
            tags.insert(t);
        }
    }
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
    for (const Rep &r : m_session.pipeline().reps()) {
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

void CustomersPage::updateChart()
{
    m_chart->removeAllSeries();
    for (auto *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QString currency = m_session.pipeline().currency();
    // How many customers each segment holds; its value in the last 24 months in the label.
    auto *count = new QBarSet(tr("Customers"));
    count->setColor(QColor(0x1f, 0x6f, 0xeb));
    QStringList categories;
    double top = 0;
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        int n = 0;
        qint64 v = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const CustomerSegment *seg = m_model->segment(m_model->idAt(r));
            if (seg && seg->segment == s) {
                ++n;
                v += seg->monetary;
            }
        }
        // The count under the bar, not on it: a segment of a few customers has a bar too short
        // to hold its number.
        categories.append(
                tr("%1: %n<br>%2", nullptr, n)
                        .arg(SegmentText::name(s), currency::formatWhole(v, currency, QLocale())));
        *count << n;
        top = std::max(top, double(n));
    }
    auto *series = new QBarSeries;
    series->append(count);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setLabelsFont(smallerFont(x->labelsFont()));
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Customers and 24-month purchases per segment"));
}

// CSAT month by month over the last twelve months, with the period's NPS in the title; months
// without feedback leave a gap in the line rather than a made-up zero.
void CustomersPage::updateSatisfactionChart(qint64 customerId)
{
    m_satisfactionChart->removeAllSeries();
    for (auto *axis : m_satisfactionChart->axes()) {
        m_satisfactionChart->removeAxis(axis);
        delete axis;
    }
    const QDate today = QDate::currentDate();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
    // The year's feedback is read once per reload (or change of feedback), not once for each
    // customer the user steps through.
    if (!m_yearFeedback) {
        auto read = m_session.feedback().feedback(first, today);
        if (!read) {
            m_satisfactionChart->setTitle(read.message());
            return;
        }
        m_yearFeedback = std::move(read).value();
    }
    const QList<Feedback> *feedback = &*m_yearFeedback;
    auto *x = new QBarCategoryAxis;
    x->setLabelsFont(smallerFont(x->labelsFont()));
    const auto overall = satisfactionByMonth(*feedback, first, 12);
    for (const auto &m : overall) {
        x->append(QLocale().toString(m.month, u"MMM"_s));
    }
    auto *y = new QValueAxis;
    // A little room above 5 and below 1 so a perfect or a dismal month is not drawn on the frame.
    y->setRange(0.8, 5.2);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(1);
    y->setTickInterval(1);
    y->setLabelFormat(u"%.0f"_s);
    m_satisfactionChart->addAxis(x, Qt::AlignBottom);
    m_satisfactionChart->addAxis(y, Qt::AlignLeft);
    // One line per run of months with feedback: a month without any is a gap, not a zero.
    const auto draw = [&](const QList<MonthlySatisfaction> &months, const QColor &color,
                          const QString &name, Qt::PenStyle style) {
        QLineSeries *run = nullptr;
        bool named = false;
        for (int i = 0; i < months.size(); ++i) {
            const auto &s = months[i].satisfaction;
            if (s.entries == 0) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setPen(QPen(color, 2, style));
                run->setColor(color);
                run->setPointsVisible(true);
                run->setMarkerSize(4);
                run->setName(name);
                m_satisfactionChart->addSeries(run);
                run->attachAxis(x);
                run->attachAxis(y);
                // The legend names each line once.
                for (auto *marker : m_satisfactionChart->legend()->markers(run)) {
                    marker->setVisible(!named);
                }
                named = true;
            }
            run->append(i, s.csat);
        }
        return named;
    };
    draw(overall, QColor(0x2e, 0x9d, 0x5b), tr("All customers"), Qt::SolidLine);
    bool customerDrawn = false;
    if (customerId > 0) {
        QList<Feedback> theirs;
        for (const Feedback &f : std::as_const(*feedback)) {
            if (f.customerId == customerId) {
                theirs.append(f);
            }
        }
        customerDrawn = !theirs.isEmpty()
                        && draw(satisfactionByMonth(theirs, first, 12), QColor(0xe6, 0x7e, 0x22),
                                m_session.pipeline().customerName(customerId), Qt::DashLine);
    }
    m_satisfactionChart->legend()->setAlignment(Qt::AlignBottom);
    m_satisfactionChart->legend()->setVisible(customerDrawn);
    const Satisfaction year = satisfactionOf(*feedback);
    if (year.entries == 0) {
        m_satisfactionChart->setTitle(
                tr("Satisfaction by month: no feedback in the last 12 months"));
    } else if (year.npsEntries == 0) {
        m_satisfactionChart->setTitle(tr("Satisfaction by month (CSAT 1–5) · 12 months: %1")
                                              .arg(QLocale().toString(year.csat, 'f', 1)));
    } else {
        m_satisfactionChart->setTitle(tr("Satisfaction by month (CSAT 1–5) · 12 months: %1, NPS %2")
                                              .arg(QLocale().toString(year.csat, 'f', 1))
                                              .arg(QLocale().toString(qRound(year.nps * 100))));
    }
}

void CustomersPage::showCustomer(qint64 id)
{
    if (!m_session.pipeline().customer(id) || !m_model) {
        m_detail->clear();
        return;
    }
    updateSatisfactionChart(id);
    m_detail->showCustomer(id, m_model->segment(id), m_model->followUp(id));
}

} // namespace salesdesk::ui
