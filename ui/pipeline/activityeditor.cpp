#include "ui/pipeline/activityeditor.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

ActivityEditor::ActivityEditor(Book &book, const Activity &activity, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_original(activity)
{
    setObjectName(u"activityEditorDialog"_s);
    setWindowTitle(activity.id ? tr("Edit %1").arg(titleName(activity.subject))
                               : tr("New Activity"));

    m_kind = new QComboBox;
    m_kind->setObjectName(u"kindComboBox"_s);
    for (auto k : PipelineText::activityKinds()) {
        m_kind->addItem(PipelineText::name(k), int(k));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(activity.kind))));
    m_subject = new QLineEdit(activity.subject);
    m_subject->setObjectName(u"subjectLineEdit"_s);
    m_subject->setPlaceholderText(tr("e.g. Call to confirm the budget"));
    m_due = new QDateTimeEdit(activity.dueAt.isValid()
                                      ? activity.dueAt
                                      : QDateTime(book.clock().today().addDays(1), QTime(10, 0)));
    useDateFormat(m_due);
    m_due->setObjectName(u"dueDateTimeEdit"_s);
    m_due->setCalendarPopup(true);
    m_rep = new QComboBox;
    m_rep->setObjectName(u"repComboBox"_s);
    m_rep->addItem(QString(), 0);
    for (const auto &r : book.team().reps()) {
        m_rep->addItem(r.name, r.id);
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(activity.repId)));
    m_done = new QCheckBox(tr("Done"));
    m_done->setObjectName(u"doneCheckBox"_s);
    m_done->setChecked(activity.done);
    m_outcome = new QLineEdit(activity.outcome);
    m_outcome->setObjectName(u"outcomeLineEdit"_s);
    m_outcome->setPlaceholderText(tr("What came of it"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("Sales &rep:"), m_rep);
    QString link;
    if (activity.dealId) {
        auto d = book.pipeline().dealSummary(activity.dealId);
        link = d ? d->title : QString();
    }
    if (link.isEmpty() && activity.customerId) {
        link = book.customers().customerName(activity.customerId);
    }
    if (!link.isEmpty()) {
        form->addRow(tr("For:"), new QLabel(link));
    }
    form->addRow(QString(), m_done);
    form->addRow(tr("&Outcome:"), m_outcome);

    m_problems = new QLabel;
    m_problems->setStyleSheet(u"color: #c0392b;"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_subject, &QLineEdit::textChanged, this, &ActivityEditor::validate);
    validate();
    resize(440, sizeHint().height());
}

void ActivityEditor::validate()
{
    const QStringList problems = ActivityService::validate(activity());
    // OK waits for a valid activity; the reasons wait until the user has typed something, so
    // a new activity does not open with an error.
    const bool touched = m_subject->isModified() || !m_subject->text().isEmpty();
    m_problems->setText(touched ? problems.join(u'\n') : QString());
    m_problems->setVisible(touched && !problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

Activity ActivityEditor::activity() const
{
    Activity a = m_original;
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.subject = m_subject->text().trimmed();
    a.dueAt = m_due->dateTime();
    a.repId = m_rep->currentData().toLongLong();
    if (m_done->isChecked() != m_original.done) {
        a.doneAt = m_done->isChecked() ? m_book.clock().nowUtc() : QDateTime();
    }
    a.done = m_done->isChecked();
    a.outcome = m_outcome->text().trimmed();
    return a;
}

} // namespace salesdesk::ui
