#include "ui/customers/customereditor.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
enum ContactColumn { CName, CRole, CPhone, CEmail, CWeChat, CNotes, CPrimary, ContactColumns };
enum DateColumn { DKind, DDate, DYearly, DRemind, DNote, DateColumns };

QTableWidget *editTable(const QStringList &headers, const QString &objectName)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

} // namespace

CustomerEditor::CustomerEditor(Book &book, const CustomerRecord &record, int segmentCadence,
                               QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_customers(book.customers())
    , m_original(record)
{
    setObjectName(u"customerEditor"_s);
    setWindowTitle(record.customer.id ? tr("Customer %1").arg(titleName(record.customer.name))
                                      : tr("New Customer"));
    const Customer &c = record.customer;

    // Profile
    m_name = new QLineEdit(c.name);
    m_name->setObjectName(u"customerNameEdit"_s);
    m_kind = new QComboBox;
    for (auto k : {CustomerKind::Company, CustomerKind::Individual}) {
        m_kind->addItem(CustomerText::name(k), int(k));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_industry = new QLineEdit(c.industry);
    m_region = new QLineEdit(c.region);
    m_address = new QLineEdit(c.address);
    m_source = new QLineEdit(c.source);
    m_source->setPlaceholderText(tr("Referral, trade fair, website…"));
    m_tags = new QLineEdit(joinTags(c.tags));
    m_tags->setObjectName(u"customerTagsEdit"_s);
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_owner = new QComboBox;
    m_owner->addItem(tr("Nobody"), 0);
    for (const Rep &r : book.team().reps()) {
        if (r.active || r.id == c.ownerId) {
            m_owner->addItem(r.name, r.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(c.ownerId)));
    m_notes = new QPlainTextEdit(c.serviceNotes);
    m_notes->setObjectName(u"serviceNotesEdit"_s);
    m_notes->setPlaceholderText(tr("Preferences, habits, what to remember when serving them"));
    auto *profile = new QWidget;
    auto *form = new QFormLayout(profile);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Looked after by:"), m_owner);
    form->addRow(tr("Personal &service:"), m_notes);

    // Contacts
    m_contacts = editTable({tr("Name"), tr("Role"), tr("Phone"), tr("Email"), tr("WeChat ID"),
                            tr("Notes"), tr("Primary")},
                           u"contactsTable"_s);
    for (const Contact &k : record.contacts) {
        addContactRow(k);
    }
    m_contacts->horizontalHeader()->setMinimumSectionSize(90);
    m_contacts->resizeColumnsToContents();
    auto *addContactButton = new QPushButton(tr("&Add Contact"));
    addContactButton->setObjectName(u"addContactButton"_s);
    auto *removeContact = new QPushButton(tr("&Remove Contact"));
    connect(addContactButton, &QPushButton::clicked, this, &CustomerEditor::addContact);
    connect(removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0) {
            m_contacts->removeRow(m_contacts->currentRow());
            validate();
        }
    });
    // One primary contact: ticking one unticks the others.
    connect(m_contacts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == CPrimary && item->checkState() == Qt::Checked) {
            const QSignalBlocker block(m_contacts);
            for (int r = 0; r < m_contacts->rowCount(); ++r) {
                if (r != item->row()) {
                    m_contacts->item(r, CPrimary)->setCheckState(Qt::Unchecked);
                }
            }
        }
        validate();
    });
    auto *contactsPage = new QWidget;
    auto *contactsLayout = new QVBoxLayout(contactsPage);
    contactsLayout->addWidget(new QLabel(tr("The primary contact is the one shown on deals.")));
    contactsLayout->addWidget(m_contacts, 1);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContactButton);
    contactButtons->addWidget(removeContact);
    contactButtons->addStretch();
    contactsLayout->addLayout(contactButtons);

    // Key dates
    m_dates = editTable(
            {tr("What"), tr("Date"), tr("Every year"), tr("Remind days ahead"), tr("Note")},
            u"keyDatesTable"_s);
    for (const KeyDate &d : record.keyDates) {
        addKeyDateRow(d);
    }
    auto *addDate = new QPushButton(tr("Add &Date"));
    addDate->setObjectName(u"addKeyDateButton"_s);
    auto *removeDate = new QPushButton(tr("Remove D&ate"));
    connect(addDate, &QPushButton::clicked, this, &CustomerEditor::addKeyDate);
    connect(removeDate, &QPushButton::clicked, this, [this] {
        if (m_dates->currentRow() >= 0) {
            m_dates->removeRow(m_dates->currentRow());
        }
    });
    auto *datesPage = new QWidget;
    auto *datesLayout = new QVBoxLayout(datesPage);
    datesLayout->addWidget(new QLabel(tr("Renewals, birthdays and anniversaries appear under "
                                         "Follow-ups as they come near.")));
    datesLayout->addWidget(m_dates, 1);
    auto *dateButtons = new QHBoxLayout;
    dateButtons->addWidget(addDate);
    dateButtons->addWidget(removeDate);
    dateButtons->addStretch();
    datesLayout->addLayout(dateButtons);

    // Communication plan and segment
    m_cadence = new QSpinBox;
    m_cadence->setObjectName(u"cadenceSpinBox"_s);
    m_cadence->setRange(0, 365);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setSpecialValueText(tr("As its segment (%n day(s))", "", segmentCadence));
    m_cadence->setValue(record.cadenceDays);
    m_segment = new QComboBox;
    m_segment->setObjectName(u"segmentOverrideCombo"_s);
    m_segment->addItem(tr("Computed from the rules"), -1);
    for (auto s : {Segment::HighValue, Segment::Potential, Segment::General}) {
        m_segment->addItem(SegmentText::name(s), int(s));
    }
    m_segment->setCurrentIndex(
            record.segmentOverride ? m_segment->findData(int(*record.segmentOverride)) : 0);
    m_reason = new QLineEdit(record.overrideReason);
    m_reason->setObjectName(u"segmentReasonEdit"_s);
    m_reason->setPlaceholderText(tr("Why this customer belongs in another segment"));
    auto *plan = new QWidget;
    auto *planForm = new QFormLayout(plan);
    planForm->addRow(tr("&Contact every:"), m_cadence);
    planForm->addRow(tr("Se&gment:"), m_segment);
    planForm->addRow(tr("&Because:"), m_reason);

    m_tabs = new QTabWidget;
    m_tabs->addTab(profile, tr("Profile"));
    m_tabs->addTab(contactsPage, tr("Contacts (%1)").arg(record.contacts.size()));
    m_tabs->addTab(datesPage, tr("Key Dates"));
    m_tabs->addTab(plan, tr("Communication Plan"));

    m_problems = new QLabel;
    m_problems->setObjectName(u"customerProblemsLabel"_s);
    m_problems->setStyleSheet(u"color: palette(highlight)"_s);
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"customerEditorButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CustomerEditor::validate);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &CustomerEditor::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &CustomerEditor::validate);
    validate();
    resize(760, 520);
}

void CustomerEditor::addContactRow(const Contact &k)
{
    const int row = m_contacts->rowCount();
    const QSignalBlocker block(m_contacts);
    m_contacts->insertRow(row);
    const QStringList cells = {k.name, k.role, k.phone, k.email, k.wechat, k.notes};
    for (int c = 0; c < cells.size(); ++c) {
        m_contacts->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_contacts->item(row, CName)->setData(IdRole, k.id);
    m_contacts->item(row, CName)->setData(IdRole + 1, k.createdAt);
    auto *primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    primary->setCheckState(k.primary ? Qt::Checked : Qt::Unchecked);
    m_contacts->setItem(row, CPrimary, primary);
}

void CustomerEditor::addContact()
{
    Contact k;
    k.primary = m_contacts->rowCount() == 0;
    addContactRow(k);
    m_tabs->setCurrentIndex(1);
    m_contacts->setCurrentCell(m_contacts->rowCount() - 1, CName);
    m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, CName));
    validate();
}

void CustomerEditor::addKeyDateRow(const KeyDate &d)
{
    const int row = m_dates->rowCount();
    m_dates->insertRow(row);
    auto *kind = new QComboBox;
    for (auto k : KeyDateText::kinds()) {
        kind->addItem(KeyDateText::name(k), int(k));
    }
    kind->setCurrentIndex(kind->findData(int(d.kind)));
    kind->setProperty("keyDateId", d.id);
    m_dates->setCellWidget(row, DKind, kind);
    auto *date = new QDateEdit(d.date.isValid() ? d.date : m_book.clock().today());
    useDateFormat(date);
    date->setCalendarPopup(true);
    m_dates->setCellWidget(row, DDate, date);
    auto *yearly = new QTableWidgetItem;
    yearly->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    yearly->setCheckState(d.yearly ? Qt::Checked : Qt::Unchecked);
    m_dates->setItem(row, DYearly, yearly);
    auto *remind = new QSpinBox;
    remind->setRange(0, 365);
    remind->setValue(d.remindDays);
    m_dates->setCellWidget(row, DRemind, remind);
    m_dates->setItem(row, DNote, new QTableWidgetItem(d.note));
}

void CustomerEditor::addKeyDate()
{
    KeyDate d;
    d.date = m_book.clock().today().addMonths(1);
    addKeyDateRow(d);
    m_tabs->setCurrentIndex(2);
}

CustomerRecord CustomerEditor::record() const
{
    CustomerRecord r = m_original;
    Customer &c = r.customer;
    c.name = m_name->text().trimmed();
    c.kind = CustomerKind(m_kind->currentData().toInt());
    c.industry = m_industry->text().trimmed();
    c.region = m_region->text().trimmed();
    c.address = m_address->text().trimmed();
    c.source = m_source->text().trimmed();
    c.tags = splitTags(m_tags->text());
    c.ownerId = m_owner->currentData().toLongLong();
    c.serviceNotes = m_notes->toPlainText().trimmed();
    r.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const auto text = [&](int column) {
            const auto *item = m_contacts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Contact k;
        k.id = m_contacts->item(row, CName)->data(IdRole).toLongLong();
        k.createdAt = m_contacts->item(row, CName)->data(IdRole + 1).toDateTime();
        k.customerId = c.id;
        k.name = text(CName);
        k.role = text(CRole);
        k.phone = text(CPhone);
        k.email = text(CEmail);
        k.wechat = text(CWeChat);
        k.notes = text(CNotes);
        k.primary = m_contacts->item(row, CPrimary)->checkState() == Qt::Checked;
        r.contacts.append(k);
    }
    // The primary contact (the first one when none is marked) is the customer's contact on
    // deals.
    const auto primary = std::find_if(r.contacts.cbegin(), r.contacts.cend(),
                                      [](const Contact &k) { return k.primary; });
    const Contact *shown = primary != r.contacts.cend() ? &*primary
                           : r.contacts.isEmpty()       ? nullptr
                                                        : &r.contacts.first();
    c.contactPerson = shown ? shown->name : QString();
    c.phone = shown ? shown->phone : QString();
    c.email = shown ? shown->email : QString();
    r.keyDates.clear();
    for (int row = 0; row < m_dates->rowCount(); ++row) {
        KeyDate d;
        const auto *kind = qobject_cast<QComboBox *>(m_dates->cellWidget(row, DKind));
        d.id = kind->property("keyDateId").toLongLong();
        d.customerId = c.id;
        d.kind = KeyDate::Kind(kind->currentData().toInt());
        d.date = qobject_cast<QDateEdit *>(m_dates->cellWidget(row, DDate))->date();
        d.yearly = m_dates->item(row, DYearly)->checkState() == Qt::Checked;
        d.remindDays = qobject_cast<QSpinBox *>(m_dates->cellWidget(row, DRemind))->value();
        d.note = m_dates->item(row, DNote) ? m_dates->item(row, DNote)->text().trimmed()
                                           : QString();
        r.keyDates.append(d);
    }
    r.cadenceDays = m_cadence->value();
    const int segment = m_segment->currentData().toInt();
    r.segmentOverride = segment < 0 ? std::nullopt : std::optional<Segment>(Segment(segment));
    r.overrideReason = segment < 0 ? QString() : m_reason->text().trimmed();
    return r;
}

void CustomerEditor::validate()
{
    m_reason->setEnabled(m_segment->currentData().toInt() >= 0);
    m_tabs->setTabText(1, tr("Contacts (%1)").arg(m_contacts->rowCount()));
    const QStringList problems = m_customers.problems(record());
    m_problems->setText(problems.join(u' '));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace salesdesk::ui
