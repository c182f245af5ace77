#include "ui/customers/followupsview.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/customers/keydates.h"
#include "core/pipeline/activityservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/dealcommands.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/pipeline/activityeditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

constexpr int CustomerRole = Qt::UserRole + 1;

} // namespace

FollowUpsView::FollowUpsView(Book &book, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undoStack(undoStack)
{
    setObjectName(u"followUpsView"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"followUpsSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget;
    m_empty = new EmptyState(m_tree);
    m_tree->setObjectName(u"followUpsTree"_s);
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels(
            {tr("Customer"), tr("Segment"), tr("Due"), tr("Last contact"), tr("Why")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_log = new QPushButton(tr("&Log Contact…"));
    m_log->setObjectName(u"logContactButton"_s);
    m_log->setToolTip(tr("Record a call, visit or message that happened, with its outcome"));
    m_schedule = new QPushButton(tr("&Schedule…"));
    m_schedule->setObjectName(u"scheduleContactButton"_s);
    m_schedule->setToolTip(tr("Plan the next contact as an activity"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_log);
    buttons->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_log, &QPushButton::clicked, this, [this] { logContact(currentCustomer()); });
    connect(m_schedule, &QPushButton::clicked, this, [this] { schedule(currentCustomer()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        if (const qint64 id = currentCustomer()) {
            emit customerActivated(id);
        }
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { logContact(currentCustomer()); });
    connect(&book.activities(), &ActivityService::activityChanged, this, [this] {
        if (isVisible()) {
            reload();
        }
    });
    updateButtons();
}

qint64 FollowUpsView::currentCustomer() const
{
    const auto *item = m_tree->currentItem();
    return item ? item->data(0, CustomerRole).toLongLong() : 0;
}

void FollowUpsView::updateButtons()
{
    const bool chosen = currentCustomer() != 0;
    m_log->setEnabled(chosen);
    m_schedule->setEnabled(chosen);
}

void FollowUpsView::reload()
{
    const QDate today = m_book.clock().today();
    const qint64 current = currentCustomer();
    m_tree->clear();
    // The plan is the one `salesdesk followups` prints: the same customers in the same order.
    auto plan = m_book.customers().followUpPlan(today);
    if (!plan) {
        m_summary->setText(plan.message());
        return;
    }
    const CustomerService &customers = m_book.customers();
    // Every name the plan shows read at once (on a server: one question, not one per row).
    QList<qint64> named;
    for (const auto *list : {&plan->overdue, &plan->dueToday, &plan->laterThisWeek}) {
        for (const FollowUp &f : *list) {
            named.append(f.customerId);
        }
    }
    for (const auto &dated : std::as_const(plan->keyDates)) {
        named.append(dated.second.customerId);
    }
    customers.readNames(named);
    const QLocale locale;
    const auto dayText = [&](const QDate &d) -> QString {
        return d.isValid() ? dateText(d, locale) : tr("never");
    };
    QTreeWidgetItem *select = nullptr;
    const auto add = [&](QTreeWidgetItem *group, qint64 customerId, const QString &segment,
                         const QDate &when, const QDate &last, const QString &why) {
        auto *item = new QTreeWidgetItem(group, {customers.customerName(customerId), segment,
                                                 dayText(when), dayText(last), why});
        item->setData(0, CustomerRole, customerId);
        if (customerId == current && !select) {
            select = item;
        }
    };
    const auto group = [&](const QString &title, const QList<FollowUp> &list) {
        if (list.isEmpty()) {
            return;
        }
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, title.arg(list.size()));
        for (const FollowUp &f : list) {
            const QString why = f.overdueDays > 0
                                        ? tr("%n day(s) overdue; every %1 days", "", f.overdueDays)
                                                  .arg(f.cadenceDays)
                                        : tr("every %1 days").arg(f.cadenceDays);
            add(item, f.customerId, SegmentText::name(f.segment), f.due, f.lastInteraction, why);
        }
    };
    group(tr("Overdue (%1)"), plan->overdue);
    group(tr("Due today (%1)"), plan->dueToday);
    group(tr("Due later this week (%1)"), plan->laterThisWeek);
    if (!plan->keyDates.isEmpty()) {
        auto *dates = new QTreeWidgetItem(m_tree);
        dates->setText(0, tr("Key dates coming up (%1)").arg(plan->keyDates.size()));
        for (const auto &[when, k] : std::as_const(plan->keyDates)) {
            QString why = KeyDateText::name(k.kind);
            if (!k.note.isEmpty()) {
                why += u" · "_s + k.note;
            }
            add(dates, k.customerId, QString(), when, {}, why);
        }
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    for (int c = 0; c < 4; ++c) {
        m_tree->resizeColumnToContents(c);
    }
    if (m_tree->topLevelItemCount() == 0) {
        m_empty->showNotice(m_book.customers().customers().isEmpty()
                                    ? tr("No customers yet: who to contact next shows here once "
                                         "there are some.")
                                    : tr("Nobody to contact this week: every customer was "
                                         "contacted within their segment's cadence, and no key "
                                         "date is near."));
    } else {
        m_empty->hideNotice();
    }
    m_summary->setText(tr("%1 overdue, %2 due today, %3 later this week.")
                               .arg(plan->overdue.size())
                               .arg(plan->dueToday.size())
                               .arg(plan->laterThisWeek.size()));
    if (select) {
        m_tree->setCurrentItem(select);
    }
    updateButtons();
}

void FollowUpsView::logContact(qint64 customerId)
{
    if (customerId == 0) {
        return;
    }
    QList<std::pair<QString, qint64>> reps;
    for (const Rep &r : m_book.team().reps()) {
        if (r.active) {
            reps.append({r.name, r.id});
        }
    }
    const Customer *customer = m_book.customers().customer(customerId);
    LogContactDialog dialog(m_book.customers().customerName(customerId), reps,
                            customer ? customer->ownerId : 0, m_book.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Activity a;
    a.kind = ActivityKind(dialog.kind());
    a.subject = dialog.subject();
    a.customerId = customerId;
    a.repId = dialog.repId();
    const QTime now = m_book.clock().nowUtc().toLocalTime().time();
    a.dueAt = QDateTime(dialog.date(), QTime(now.hour(), now.minute()));
    a.done = true;
    a.doneAt = a.dueAt.toUTC();
    a.outcome = dialog.outcome();
    a.createdAt = m_book.clock().nowUtc();
    auto command = ActivityCommands::perform(m_book.activities(), ActivityCommands::Kind::Add, a);
    if (!command) {
        QMessageBox::warning(this, tr("Contact Not Logged"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    reload();
}

void FollowUpsView::schedule(qint64 customerId)
{
    if (customerId == 0) {
        return;
    }
    const Customer *customer = m_book.customers().customer(customerId);
    const QDate today = m_book.clock().today();
    Activity a;
    a.kind = ActivityKind::Call;
    a.subject = tr("Follow-up with %1")
                        .arg(customer && !customer->contactPerson.isEmpty()
                                     ? customer->contactPerson
                                     : m_book.customers().customerName(customerId));
    a.customerId = customerId;
    a.repId = customer ? customer->ownerId : 0;
    a.dueAt = QDateTime(today.addDays(1), QTime(10, 0));
    a.createdAt = m_book.clock().nowUtc();
    ActivityEditor editor(m_book, a, this);
    editor.setWindowTitle(tr("Schedule a Contact"));
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    auto command = ActivityCommands::perform(m_book.activities(), ActivityCommands::Kind::Add,
                                             editor.activity());
    if (!command) {
        QMessageBox::warning(this, tr("Contact Not Scheduled"), command.message());
        return;
    }
    m_undoStack->push(command.value().release());
    reload();
}

LogContactDialog::LogContactDialog(const QString &customer,
                                   const QList<std::pair<QString, qint64>> &reps, qint64 repId,
                                   const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Log a Contact with %1").arg(titleName(customer)));
    setObjectName(u"logContactDialog"_s);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"contactKindCombo"_s);
    for (auto k :
         {ActivityKind::Call, ActivityKind::Visit, ActivityKind::Meeting, ActivityKind::Email}) {
        m_kind->addItem(PipelineText::name(k), int(k));
    }
    m_subject = new QLineEdit(tr("Regular contact"));
    m_subject->setObjectName(u"contactSubjectEdit"_s);
    m_outcome = new QLineEdit;
    m_outcome->setObjectName(u"contactOutcomeEdit"_s);
    m_outcome->setPlaceholderText(tr("What was agreed, what they need, how they sounded"));
    m_date = new QDateEdit(today);
    useDateFormat(m_date);
    m_date->setObjectName(u"contactDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_rep = new QComboBox;
    m_rep->addItem(QString(), 0);
    for (const auto &[name, id] : reps) {
        m_rep->addItem(name, id);
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(repId)));
    auto *form = new QFormLayout;
    form->addRow(tr("&How:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Sales &rep:"), m_rep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"logContactButtons"_s);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Log Contact"));
    ok->setEnabled(false);
    const auto check = [this, ok] {
        ok->setEnabled(!m_subject->text().trimmed().isEmpty()
                       && !m_outcome->text().trimmed().isEmpty());
    };
    connect(m_subject, &QLineEdit::textChanged, this, check);
    connect(m_outcome, &QLineEdit::textChanged, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_outcome->setFocus();
    resize(460, sizeHint().height());
}

int LogContactDialog::kind() const
{
    return m_kind->currentData().toInt();
}

QString LogContactDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString LogContactDialog::outcome() const
{
    return m_outcome->text().trimmed();
}

QDate LogContactDialog::date() const
{
    return m_date->date();
}

qint64 LogContactDialog::repId() const
{
    return m_rep->currentData().toLongLong();
}

} // namespace salesdesk::ui
