#include "ui/customers/feedbackdialog.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

FeedbackDialog::FeedbackDialog(Book &book, const Feedback &f, QWidget *parent)
    : QDialog(parent)
    , m_original(f)
{
    setObjectName(u"feedbackDialog"_s);
    setWindowTitle(
            tr("Feedback from %1").arg(titleName(book.customers().customerName(f.customerId))));
    m_date = new QDateEdit(f.receivedOn.isValid() ? f.receivedOn : book.clock().today());
    useDateFormat(m_date);
    m_date->setCalendarPopup(true);
    m_contact = new QLineEdit(f.contact);
    if (const Customer *c = book.customers().customer(f.customerId); c && f.contact.isEmpty()) {
        m_contact->setText(c->contactPerson);
    }
    m_channel = new QComboBox;
    for (const QString &code : FeedbackService::channels()) {
        m_channel->addItem(FeedbackService::channelName(code), code);
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(f.channel)));
    m_category = new QComboBox;
    for (auto c : FeedbackService::categories()) {
        m_category->addItem(FeedbackService::name(c), int(c));
    }
    m_category->setCurrentIndex(m_category->findData(int(f.category)));
    m_score = new QComboBox;
    m_score->setObjectName(u"satisfactionCombo"_s);
    const QStringList scores = {tr("1 – very dissatisfied"), tr("2 – dissatisfied"),
                                tr("3 – neutral"), tr("4 – satisfied"), tr("5 – very satisfied")};
    for (int i = 0; i < scores.size(); ++i) {
        m_score->addItem(scores[i], i + 1);
    }
    m_score->setCurrentIndex(std::clamp(f.satisfaction, 1, 5) - 1);
    m_nps = new QSpinBox;
    m_nps->setObjectName(u"npsSpinBox"_s);
    m_nps->setRange(-1, 10);
    m_nps->setSpecialValueText(tr("Not asked"));
    m_nps->setValue(f.nps.value_or(-1));
    m_text = new QPlainTextEdit(f.text);
    m_text->setObjectName(u"feedbackTextEdit"_s);
    m_text->setPlaceholderText(tr("What the customer said"));
    m_action = new QLineEdit(f.action);
    m_action->setObjectName(u"feedbackActionEdit"_s);
    m_action->setPlaceholderText(tr("What we will do about it (optional)"));
    m_owner = new QComboBox;
    m_owner->addItem(QString(), 0);
    for (const Rep &r : book.team().reps()) {
        if (r.active || r.id == f.actionOwnerId) {
            m_owner->addItem(r.name, r.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(f.actionOwnerId)));
    m_done = new QCheckBox(tr("Done"));
    m_done->setObjectName(u"feedbackActionDoneCheckBox"_s);
    m_done->setChecked(f.actionDone);

    auto *form = new QFormLayout;
    form->addRow(tr("&Received on:"), m_date);
    form->addRow(tr("&From:"), m_contact);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&About:"), m_category);
    form->addRow(tr("&Satisfaction:"), m_score);
    form->addRow(tr("&Would recommend (0–10):"), m_nps);
    form->addRow(tr("&Said:"), m_text);
    form->addRow(tr("Follow-up &action:"), m_action);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), m_done);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"feedbackButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_action, &QLineEdit::textChanged, this, &FeedbackDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &FeedbackDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

Feedback FeedbackDialog::feedback() const
{
    Feedback f = m_original;
    f.receivedOn = m_date->date();
    f.contact = m_contact->text().trimmed();
    f.channel = m_channel->currentData().toString();
    f.category = FeedbackCategory(m_category->currentData().toInt());
    f.satisfaction = m_score->currentData().toInt();
    f.nps = m_nps->value() < 0 ? std::nullopt : std::optional<int>(m_nps->value());
    f.text = m_text->toPlainText().trimmed();
    f.action = m_action->text().trimmed();
    f.actionOwnerId = f.action.isEmpty() ? 0 : m_owner->currentData().toLongLong();
    f.actionDone = !f.action.isEmpty() && m_done->isChecked();
    return f;
}

void FeedbackDialog::validate()
{
    const bool hasAction = !m_action->text().trimmed().isEmpty();
    m_owner->setEnabled(hasAction);
    m_done->setEnabled(hasAction);
    const QStringList problems = FeedbackService::validate(feedback());
    m_problems->setText(problems.join(u' '));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace salesdesk::ui
