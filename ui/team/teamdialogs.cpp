#include "ui/team/teamdialogs.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

SaveDialog::SaveDialog(QWidget *parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QFormLayout *SaveDialog::addForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_body->addLayout(form);
    return form;
}

QLabel *SaveDialog::label(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

void SaveDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SaveDialog::accept()
{
    if (m_save) {
        if (auto st = m_save(); !st) {
            showProblem(st.message());
            return;
        }
    }
    QDialog::accept();
}

CareerStepDialog::CareerStepDialog(Book &book, Kind kind, qint64 repId, QWidget *parent)
    : SaveDialog(parent)
    , m_title(new QComboBox)
    , m_day(new QDateEdit)
    , m_reason(new QLineEdit)
{
    const QString name = book.team().repName(repId);
    setObjectName(kind == Kind::Award ? u"awardDialog"_s : u"promoteDialog"_s);
    setWindowTitle(kind == Kind::Award ? tr("Give %1 an Award").arg(name)
                                       : tr("Promote %1").arg(name));
    m_title->setEditable(true);
    m_title->setObjectName(u"careerTitleCombo"_s);
    if (kind == Kind::Promotion) {
        if (auto levels = book.career().levels(); levels) {
            for (const CareerLevel &l : std::as_const(*levels)) {
                m_title->addItem(l.name);
            }
        }
        const Rep *rep = book.team().rep(repId);
        const int current = rep ? m_title->findText(rep->level) : -1;
        m_title->setCurrentIndex(std::min(current + 1, m_title->count() - 1));
    } else {
        m_title->lineEdit()->setPlaceholderText(tr("e.g. Top seller of the quarter"));
    }
    useDateFormat(m_day);
    m_day->setCalendarPopup(true);
    m_day->setDate(book.clock().today());
    QFormLayout *form = addForm();
    form->addRow(kind == Kind::Award ? tr("&Award:") : tr("New &level:"), m_title);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Why:"), m_reason);
    setMinimumWidth(420);
}

QString CareerStepDialog::title() const
{
    return m_title->currentText().trimmed();
}

QDate CareerStepDialog::day() const
{
    return m_day->date();
}

QString CareerStepDialog::reason() const
{
    return m_reason->text().trimmed();
}

LadderDialog::LadderDialog(const QList<CareerLevel> &levels, QWidget *parent)
    : SaveDialog(parent)
    , m_levels(new QTableWidget(0, 4))
{
    setObjectName(u"ladderDialog"_s);
    setWindowTitle(tr("Career Ladder"));
    auto *explain = new QLabel(tr("The levels of your sales career, lowest first. For each, what a "
                                  "rep needs to be considered: months with the company and the "
                                  "average revenue attainment of the last four quarters. Leave a "
                                  "row's name empty to drop it."));
    explain->setWordWrap(true);
    body()->addWidget(explain);
    m_levels->setObjectName(u"ladderTable"_s);
    m_levels->setHorizontalHeaderLabels(
            {tr("Level"), tr("Months with us"), tr("Attainment (%)"), tr("Other criteria")});
    m_levels->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_levels->verticalHeader()->hide();
    const auto add = [this](const CareerLevel &l) {
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        m_levels->setItem(row, 0, new QTableWidgetItem(l.name));
        m_levels->setItem(row, 1, new QTableWidgetItem(QString::number(l.minTenureMonths)));
        m_levels->setItem(row, 2,
                          new QTableWidgetItem(l.minAttainmentPpm ? CommissionText::percentText(
                                                       *l.minAttainmentPpm)
                                                                  : QString()));
        m_levels->setItem(row, 3, new QTableWidgetItem(l.criteria));
    };
    for (const CareerLevel &l : levels) {
        add(l);
    }
    for (int i = 0; i < 2; ++i) {
        add({});
    }
    body()->addWidget(m_levels, 1);
    resize(620, 380);
}

Result<QList<CareerLevel>> LadderDialog::levels() const
{
    QList<CareerLevel> out;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *i = m_levels->item(row, column);
        return i ? i->text().trimmed() : QString();
    };
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        if (text(row, 0).isEmpty()) {
            continue;
        }
        CareerLevel l;
        l.name = text(row, 0);
        bool ok = true;
        l.minTenureMonths = text(row, 1).isEmpty() ? 0 : text(row, 1).toInt(&ok);
        if (!ok || l.minTenureMonths < 0) {
            return Error::user(tr("Months with us is a whole number (“%1”).").arg(l.name));
        }
        if (!text(row, 2).isEmpty()) {
            l.minAttainmentPpm = CommissionText::parsePercent(text(row, 2));
            if (!l.minAttainmentPpm) {
                return Error::user(
                        tr("Attainment is a percentage such as 100 (“%1”).").arg(l.name));
            }
        }
        l.criteria = text(row, 3);
        out.append(l);
    }
    return out;
}

void fillReps(QComboBox *combo, const TeamService &team, qint64 keep, bool withNone)
{
    combo->clear();
    if (withNone) {
        combo->addItem(QCoreApplication::translate("RepDialog", "(none)"), qint64(0));
    }
    for (const Rep &r : team.reps()) {
        if (r.active || r.id == keep) {
            combo->addItem(r.name, r.id);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(keep)));
}

RepDialog::RepDialog(Book &book, const Rep &rep, QWidget *parent)
    : SaveDialog(parent)
    , m_rep(rep)
    , m_name(new QLineEdit(rep.name))
    , m_role(new QComboBox)
    , m_team(new QComboBox)
    , m_manager(new QComboBox)
    , m_region(new QLineEdit(rep.region))
    , m_email(new QLineEdit(rep.email))
    , m_phone(new QLineEdit(rep.phone))
    , m_hiredKnown(new QCheckBox(tr("Known")))
    , m_hired(new QDateEdit)
    , m_level(new QComboBox)
    , m_left(new QCheckBox(tr("Has left the company")))
    , m_leftOn(new QDateEdit)
{
    setObjectName(u"repDialog"_s);
    setWindowTitle(rep.id ? tr("Sales Rep %1").arg(titleName(rep.name)) : tr("New Sales Rep"));
    const TeamService &team = book.team();
    m_name->setObjectName(u"repNameEdit"_s);
    for (RepRole r : {RepRole::Rep, RepRole::TeamLead, RepRole::Manager}) {
        m_role->addItem(TeamText::name(r), int(r));
    }
    m_role->setCurrentIndex(m_role->findData(int(rep.role)));
    m_team->addItem(tr("(none)"), qint64(0));
    for (const Team &t : team.teams()) {
        m_team->addItem(t.name, t.id);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(rep.teamId)));
    fillReps(m_manager, team, rep.managerId);
    if (rep.id) {
        m_manager->removeItem(m_manager->findData(rep.id));
    }
    m_level->setEditable(true);
    QStringList levels;
    for (const Rep &r : team.reps()) {
        if (!r.level.isEmpty() && !levels.contains(r.level)) {
            levels.append(r.level);
        }
    }
    m_level->addItems(levels);
    m_level->setCurrentText(rep.level);
    const QDate today = book.clock().today();
    useDateFormat(m_hired);
    m_hired->setCalendarPopup(true);
    m_hiredKnown->setChecked(rep.hiredOn.isValid());
    m_hired->setDate(rep.hiredOn.isValid() ? rep.hiredOn : today);
    m_hired->setEnabled(rep.hiredOn.isValid());
    connect(m_hiredKnown, &QCheckBox::toggled, m_hired, &QWidget::setEnabled);
    useDateFormat(m_leftOn);
    m_leftOn->setCalendarPopup(true);
    m_left->setObjectName(u"repLeftCheck"_s);
    m_left->setChecked(!rep.active);
    m_leftOn->setDate(rep.leftOn.isValid() ? rep.leftOn : today);
    m_leftOn->setEnabled(!rep.active);
    connect(m_left, &QCheckBox::toggled, m_leftOn, &QWidget::setEnabled);

    QFormLayout *form = addForm();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    auto *hired = new QHBoxLayout;
    hired->addWidget(m_hiredKnown);
    hired->addWidget(m_hired, 1);
    form->addRow(label(tr("&Hired on:"), m_hiredKnown), hired);
    form->addRow(tr("&Level:"), m_level);
    auto *left = new QHBoxLayout;
    left->addWidget(m_left);
    left->addWidget(m_leftOn, 1);
    form->addRow(tr("Status:"), left);
    auto *hint = new QLabel(tr("A rep who leaves keeps their history: their deals stay theirs. Use "
                               "Hand Over Work to give their open deals and customers to others."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    body()->addWidget(hint);
    setMinimumWidth(460);
}

Rep RepDialog::rep() const
{
    Rep r = m_rep;
    r.name = m_name->text().trimmed();
    r.role = RepRole(m_role->currentData().toInt());
    r.teamId = m_team->currentData().toLongLong();
    r.managerId = m_manager->currentData().toLongLong();
    r.region = m_region->text().trimmed();
    r.email = m_email->text().trimmed();
    r.phone = m_phone->text().trimmed();
    r.hiredOn = m_hiredKnown->isChecked() ? m_hired->date() : QDate();
    r.level = m_level->currentText().trimmed();
    r.active = !m_left->isChecked();
    r.leftOn = r.active ? QDate() : m_leftOn->date();
    return r;
}

TeamDialog::TeamDialog(Book &book, const Team &team, QWidget *parent)
    : SaveDialog(parent)
    , m_team(team)
    , m_name(new QLineEdit(team.name))
    , m_parent(new QComboBox)
    , m_lead(new QComboBox)
{
    setObjectName(u"teamDialog"_s);
    setWindowTitle(team.id ? tr("Team %1").arg(titleName(team.name)) : tr("New Team"));
    m_name->setObjectName(u"teamNameEdit"_s);
    const TeamService &service = book.team();
    const QList<qint64> below = team.id ? service.teamTreeIds(team.id) : QList<qint64>();
    m_parent->addItem(tr("(top level)"), qint64(0));
    for (const Team &t : service.teams()) {
        if (!below.contains(t.id)) {
            m_parent->addItem(t.name, t.id);
        }
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(team.parentId)));
    fillReps(m_lead, service, team.leadId);
    QFormLayout *form = addForm();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Part of:"), m_parent);
    form->addRow(tr("&Lead:"), m_lead);
    setMinimumWidth(380);
}

Team TeamDialog::team() const
{
    Team t = m_team;
    t.name = m_name->text().trimmed();
    t.parentId = m_parent->currentData().toLongLong();
    t.leadId = m_lead->currentData().toLongLong();
    return t;
}

ReassignDialog::ReassignDialog(Book &book, qint64 fromRepId, QWidget *parent)
    : SaveDialog(parent)
    , m_book(book)
    , m_from(new QComboBox)
    , m_to(new QComboBox)
    , m_customers(new QTableWidget(0, 3))
    , m_summary(new QLabel)
{
    setObjectName(u"reassignDialog"_s);
    setWindowTitle(tr("Hand Over Work"));
    for (const Rep &r : book.team().reps()) { // those who left too: they have work to hand over
        m_from->addItem(r.active ? r.name : tr("%1 (left)").arg(r.name), r.id);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromRepId)));
    m_from->setObjectName(u"reassignFromCombo"_s);
    m_to->setObjectName(u"reassignToCombo"_s);
    QFormLayout *form = addForm();
    form->addRow(tr("Hand over the work of:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *explain = new QLabel(tr("Their open deals, the customers they look after and their "
                                  "planned activities move. Won and lost deals stay theirs. A "
                                  "customer's work can go to someone else below."));
    explain->setWordWrap(true);
    body()->addWidget(explain);
    m_customers->setObjectName(u"reassignCustomersTable"_s);
    m_customers->setHorizontalHeaderLabels({tr("Customer"), tr("Open deals"), tr("Goes to")});
    m_customers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_customers->verticalHeader()->hide();
    m_customers->setSelectionMode(QAbstractItemView::NoSelection);
    body()->addWidget(m_customers, 1);
    body()->addWidget(m_summary);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ReassignDialog::fill);
    fill();
    resize(560, 460);
}

void ReassignDialog::fill()
{
    const qint64 from = m_from->currentData().toLongLong();
    fillReps(m_to, m_book.team(), 0, false);
    m_to->removeItem(m_to->findData(from));
    // The customers the rep's work is about, with how many open deals each.
    QMap<QString, std::pair<qint64, int>> customers;
    const CustomerService &cs = m_book.customers();
    int deals = 0;
    if (auto open = m_book.pipeline().dealSummaries(DealStatus::Open); open) {
        for (const auto &d : std::as_const(*open)) {
            if (d.ownerId == from) {
                auto &entry = customers[cs.customerName(d.customerId)];
                entry.first = d.customerId;
                entry.second += 1;
                ++deals;
            }
        }
    }
    int owned = 0;
    for (const Customer &c : cs.customers()) {
        if (c.ownerId == from) {
            customers[c.name].first = c.id;
            ++owned;
        }
    }
    int planned = 0;
    if (auto activities = m_book.activities().activities(QDate(9999, 1, 1)); activities) {
        for (const auto &a : std::as_const(*activities)) {
            if (a.repId == from && !a.done) {
                ++planned;
                if (a.customerId) {
                    customers[cs.customerName(a.customerId)].first = a.customerId;
                }
            }
        }
    }
    m_customers->setRowCount(0);
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        const int row = m_customers->rowCount();
        m_customers->insertRow(row);
        auto *name = new QTableWidgetItem(it.key());
        name->setData(Qt::UserRole, it->first);
        m_customers->setItem(row, 0, name);
        auto *count = new QTableWidgetItem(QString::number(it->second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_customers->setItem(row, 1, count);
        auto *to = new QComboBox;
        to->addItem(tr("(as above)"), qint64(0));
        for (int i = 0; i < m_to->count(); ++i) {
            to->addItem(m_to->itemText(i), m_to->itemData(i));
        }
        m_customers->setCellWidget(row, 2, to);
    }
    m_summary->setText(tr("%1 open deals, %2 customers, %3 planned activities.")
                               .arg(deals)
                               .arg(owned)
                               .arg(planned));
}

ReassignRequest ReassignDialog::request() const
{
    ReassignRequest r;
    r.fromRepId = m_from->currentData().toLongLong();
    r.toRepId = m_to->currentData().toLongLong();
    for (int row = 0; row < m_customers->rowCount(); ++row) {
        const auto *to = qobject_cast<QComboBox *>(m_customers->cellWidget(row, 2));
        const qint64 rep = to ? to->currentData().toLongLong() : 0;
        if (rep) {
            r.byCustomer.insert(m_customers->item(row, 0)->data(Qt::UserRole).toLongLong(), rep);
        }
    }
    return r;
}

ReverseDealDialog::ReverseDealDialog(Book &book, qint64 dealId, QWidget *parent)
    : SaveDialog(parent)
    , m_day(new QDateEdit)
    , m_reason(new QLineEdit)
{
    setObjectName(u"reverseDealDialog"_s);
    const auto deal = book.pipeline().dealSummary(dealId);
    setWindowTitle(tr("Reverse %1").arg(titleName(deal ? deal->title : QString())));
    useDateFormat(m_day);
    m_day->setCalendarPopup(true);
    m_day->setDate(book.clock().today());
    if (deal && deal->closedAt.isValid()) {
        m_day->setMinimumDate(localDate(deal->closedAt));
    }
    m_reason->setObjectName(u"reverseReasonEdit"_s);
    m_reason->setPlaceholderText(tr("e.g. Order cancelled, refunded in full"));
    auto *explain = new QLabel(
            tr("The deal was won on %1. Reversed, it counts as lost from the day below: revenue "
               "of the period it was won in goes down. Commission settled on it within the "
               "plan's clawback window is taken back in the period of the reversal; settled "
               "statements themselves never change.")
                    .arg(deal && deal->closedAt.isValid() ? dateText(localDate(deal->closedAt))
                                                          : QString()));
    explain->setWordWrap(true);
    body()->addWidget(explain);
    QFormLayout *form = addForm();
    form->addRow(tr("&Reversed on:"), m_day);
    form->addRow(tr("&Why:"), m_reason);
    setMinimumWidth(480);
}

QDate ReverseDealDialog::day() const
{
    return m_day->date();
}

QString ReverseDealDialog::reason() const
{
    return m_reason->text().trimmed();
}

SplitCreditDialog::SplitCreditDialog(Book &book, qint64 dealId, QWidget *parent)
    : SaveDialog(parent)
    , m_shares(new QTableWidget(0, 2))
    , m_total(new QLabel)
{
    setObjectName(u"splitCreditDialog"_s);
    const auto deal = book.pipeline().dealSummary(dealId);
    setWindowTitle(tr("Split Credit for %1").arg(titleName(deal ? deal->title : QString())));
    auto *explain = new QLabel(tr("Give each rep who shares the credit for this deal a share; "
                                  "the shares add up to 100 %. All at 0 credits the owner alone."));
    explain->setWordWrap(true);
    body()->addWidget(explain);
    m_shares->setObjectName(u"splitSharesTable"_s);
    m_shares->setHorizontalHeaderLabels({tr("Sales rep"), tr("Share (%)")});
    m_shares->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shares->verticalHeader()->hide();
    QHash<qint64, qint64> current;
    if (auto splits = book.commission().splits(dealId); splits) {
        for (const auto &sp : std::as_const(*splits)) {
            current.insert(sp.repId, sp.sharePpm);
        }
    }
    for (const Rep &r : book.team().reps()) {
        if (!r.active && !current.contains(r.id)) {
            continue;
        }
        const int row = m_shares->rowCount();
        m_shares->insertRow(row);
        auto *name = new QTableWidgetItem(r.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, r.id);
        m_shares->setItem(row, 0, name);
        auto *share = new QDoubleSpinBox;
        share->setRange(0, 100);
        share->setDecimals(2);
        share->setSuffix(u" %"_s);
        share->setValue(double(current.value(r.id)) / 10000.0);
        connect(share, &QDoubleSpinBox::valueChanged, this, &SplitCreditDialog::updateTotal);
        m_shares->setCellWidget(row, 1, share);
    }
    body()->addWidget(m_shares, 1);
    body()->addWidget(m_total);
    updateTotal();
    resize(420, 420);
}

Result<QList<CreditSplit>> SplitCreditDialog::splits() const
{
    QList<CreditSplit> out;
    for (int row = 0; row < m_shares->rowCount(); ++row) {
        const auto *share = qobject_cast<QDoubleSpinBox *>(m_shares->cellWidget(row, 1));
        const qint64 ppm = std::llround(share->value() * 10000.0);
        if (ppm > 0) {
            out.append({m_shares->item(row, 0)->data(Qt::UserRole).toLongLong(), ppm});
        }
    }
    return out;
}

void SplitCreditDialog::updateTotal()
{
    double total = 0;
    for (int row = 0; row < m_shares->rowCount(); ++row) {
        total += qobject_cast<QDoubleSpinBox *>(m_shares->cellWidget(row, 1))->value();
    }
    m_total->setText(tr("Total: %1 %").arg(QLocale().toString(total, 'f', 2)));
}

} // namespace salesdesk::ui
