#include "ui/team/trainingview.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/teamcommands.h"
#include "ui/common/dialogs.h"
#include "ui/common/loadwhenshown.h"
#include "ui/team/teamwidgets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

TrainingDialog::TrainingDialog(Book &book, const TrainingProgram &program, QWidget *parent)
    : SaveDialog(parent)
    , m_book(book)
    , m_program(program)
    , m_title(new QLineEdit(program.title))
    , m_topic(new QComboBox)
    , m_trainer(new QLineEdit(program.trainer))
    , m_start(new QDateEdit)
    , m_end(new QDateEdit)
    , m_hours(new QDoubleSpinBox)
    , m_cost(new QLineEdit)
    , m_notes(new QPlainTextEdit(program.notes))
    , m_people(new QTableWidget(0, 4))
{
    setObjectName(u"trainingDialog"_s);
    setWindowTitle(program.id ? tr("Training Program %1").arg(titleName(program.displayTitle()))
                              : tr("New Training Program"));
    m_title->setObjectName(u"trainingTitleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Negotiating on value"));
    for (TrainingTopic t : TrainingText::topics()) {
        m_topic->addItem(TrainingText::name(t), int(t));
    }
    m_topic->setCurrentIndex(m_topic->findData(int(program.topic)));
    const QDate today = book.clock().today();
    for (QDateEdit *d : {m_start, m_end}) {
        useDateFormat(d);
        d->setCalendarPopup(true);
    }
    m_start->setDate(program.startsOn.isValid() ? program.startsOn : today);
    m_end->setDate(program.endsOn.isValid() ? program.endsOn : m_start->date());
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_end->date() < d) {
            m_end->setDate(d);
        }
    });
    m_hours->setRange(0, 1000);
    m_hours->setDecimals(1);
    m_hours->setValue(program.hours);
    const QString home = book.currencies().home();
    m_cost->setText(program.costMinor ? currency::formatAmount(program.costMinor, home)
                                      : QString());
    m_cost->setPlaceholderText(currency::symbol(home) + u"0"_s);
    m_notes->setMaximumHeight(70);

    QFormLayout *form = addForm();
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("T&rainer:"), m_trainer);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_end, 1);
    form->addRow(label(tr("&Dates:"), m_start), dates);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Cost:"), m_cost);
    form->addRow(tr("&Notes:"), m_notes);

    body()->addWidget(new QLabel(tr("Participants:")));
    m_people->setObjectName(u"trainingPeopleTable"_s);
    m_people->setHorizontalHeaderLabels(
            {tr("Sales rep"), tr("Enrolled"), tr("Attended"), tr("Score (0–100)")});
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    m_people->setSelectionMode(QAbstractItemView::NoSelection);
    for (const Rep &r : book.team().reps()) {
        const auto found
                = std::find_if(program.participants.cbegin(), program.participants.cend(),
                               [&](const TrainingParticipant &p) { return p.repId == r.id; });
        const bool enrolled = found != program.participants.cend();
        if (!r.active && !enrolled) {
            continue;
        }
        const int row = m_people->rowCount();
        m_people->insertRow(row);
        auto *name = readOnlyCell(r.name);
        name->setData(Qt::UserRole, r.id);
        m_people->setItem(row, 0, name);
        auto *in = new QCheckBox;
        in->setChecked(enrolled);
        auto *attended = new QCheckBox;
        attended->setChecked(enrolled ? found->attended : true);
        attended->setEnabled(enrolled);
        auto *score = new QDoubleSpinBox;
        score->setRange(-1, 100);
        score->setDecimals(1);
        score->setSpecialValueText(tr("–"));
        score->setValue(enrolled && found->score ? *found->score : -1);
        score->setEnabled(enrolled);
        connect(in, &QCheckBox::toggled, attended, &QWidget::setEnabled);
        connect(in, &QCheckBox::toggled, score, &QWidget::setEnabled);
        m_people->setCellWidget(row, 1, in);
        m_people->setCellWidget(row, 2, attended);
        m_people->setCellWidget(row, 3, score);
    }
    body()->addWidget(m_people, 1);
    resize(560, 600);
}

Result<TrainingProgram> TrainingDialog::program() const
{
    TrainingProgram p = m_program;
    p.title = m_title->text().trimmed();
    p.topic = TrainingTopic(m_topic->currentData().toInt());
    p.trainer = m_trainer->text().trimmed();
    p.startsOn = m_start->date();
    p.endsOn = m_end->date();
    p.hours = m_hours->value();
    p.notes = m_notes->toPlainText().trimmed();
    p.costMinor = 0;
    if (!m_cost->text().trimmed().isEmpty()) {
        auto cost = Money::parse(m_cost->text(), m_book.currencies().home(), QLocale());
        if (!cost) {
            return cost.error();
        }
        p.costMinor = cost->minor();
    }
    p.participants.clear();
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const auto *in = qobject_cast<QCheckBox *>(m_people->cellWidget(row, 1));
        if (!in || !in->isChecked()) {
            continue;
        }
        const auto *attended = qobject_cast<QCheckBox *>(m_people->cellWidget(row, 2));
        const auto *score = qobject_cast<QDoubleSpinBox *>(m_people->cellWidget(row, 3));
        TrainingParticipant person;
        person.repId = m_people->item(row, 0)->data(Qt::UserRole).toLongLong();
        person.attended = attended->isChecked();
        if (score->value() >= 0) {
            person.score = score->value();
        }
        p.participants.append(person);
    }
    return p;
}

TrainingView::TrainingView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_programs(new QTableWidget(0, 6))
    , m_effect(new QTableWidget(0, 9))
    , m_effectTitle(new QLabel)
    , m_effectNote(new QLabel)
    , m_days(new QSpinBox)
    , m_new(new QAction(tr("New &Training Program…"), this))
    , m_edit(new QAction(tr("&Edit Training Program…"), this))
    , m_remove(new QAction(tr("&Remove Training Program"), this))
{
    m_new->setObjectName(u"newTrainingAction"_s);
    m_edit->setObjectName(u"editTrainingAction"_s);
    m_remove->setObjectName(u"removeTrainingAction"_s);
    connect(m_new, &QAction::triggered, this, &TrainingView::newProgram);
    connect(m_edit, &QAction::triggered, this, &TrainingView::editProgram);
    connect(m_remove, &QAction::triggered, this, &TrainingView::removeProgram);

    m_programs->setObjectName(u"trainingTable"_s);
    m_programs->setHorizontalHeaderLabels(
            {tr("Program"), tr("Topic"), tr("Dates"), tr("Hours"), tr("Cost"), tr("Attended")});
    m_programs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_programs->verticalHeader()->hide();
    m_programs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_programs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_programs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_programs, &QTableWidget::itemSelectionChanged, this, &TrainingView::showEffect);
    connect(m_programs, &QTableWidget::itemDoubleClicked, this, &TrainingView::editProgram);

    m_effect->setObjectName(u"trainingEffectTable"_s);
    m_effect->setHorizontalHeaderLabels(
            {tr("Who"), tr("Closed before"), tr("Closed after"), tr("Win rate before"),
             tr("Win rate after"), tr("Revenue before"), tr("Revenue after"),
             tr("Activities/week before"), tr("Activities/week after")});
    m_effect->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_effect->horizontalHeader()->setStretchLastSection(false);
    m_effect->verticalHeader()->hide();
    m_effect->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_effectTitle->setWordWrap(true);
    m_effectNote->setWordWrap(true);
    m_effectNote->setObjectName(u"trainingEffectNote"_s);
    m_days->setRange(7, 730);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    m_days->setObjectName(u"trainingDaysSpin"_s);
    connect(m_days, &QSpinBox::valueChanged, this, &TrainingView::showEffect);

    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_new, m_edit, m_remove}) {
        bar->addWidget(actionButton(a));
    }
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Compare windows of")));
    bar->addWidget(m_days);

    auto *effect = new QWidget;
    auto *effectLayout = new QVBoxLayout(effect);
    effectLayout->setContentsMargins(0, 0, 0, 0);
    effectLayout->addWidget(m_effectTitle);
    effectLayout->addWidget(m_effect, 1);
    effectLayout->addWidget(m_effectNote);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_programs);
    split->addWidget(effect);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    auto *loader = new LoadWhenShown(this, [this] { reload(); });
    connect(&book.training(), &TrainingService::trainingChanged, loader, &LoadWhenShown::request);
    connect(&book, &Book::reloaded, loader, &LoadWhenShown::request);
}

QList<QAction *> TrainingView::actions() const
{
    return {m_new, m_edit, m_remove};
}

qint64 TrainingView::currentProgramId() const
{
    const auto rows = m_programs->selectionModel()->selectedRows();
    return rows.isEmpty()
                   ? 0
                   : m_programs->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void TrainingView::selectProgram(qint64 id)
{
    for (int row = 0; row < m_programs->rowCount(); ++row) {
        if (m_programs->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_programs->selectRow(row);
            return;
        }
    }
}

void TrainingView::reload()
{
    const qint64 keep = currentProgramId();
    const QString home = m_book.currencies().home();
    m_programs->setRowCount(0);
    for (const TrainingProgram &p : m_book.training().programs()) {
        const int row = m_programs->rowCount();
        m_programs->insertRow(row);
        auto *name = readOnlyCell(p.displayTitle());
        name->setData(Qt::UserRole, p.id);
        m_programs->setItem(row, 0, name);
        m_programs->setItem(row, 1, readOnlyCell(TrainingText::name(p.topic)));
        m_programs->setItem(row, 2,
                            readOnlyCell(p.startsOn == p.endsOn
                                                 ? dateText(p.startsOn)
                                                 : tr("%1 – %2").arg(dateText(p.startsOn),
                                                                     dateText(p.endsOn))));
        m_programs->setItem(row, 3, figureCell(QLocale().toString(p.hours, 'f', 1)));
        m_programs->setItem(row, 4, figureCell(Money(p.costMinor, home).format()));
        int attended = 0;
        for (const auto &person : p.participants) {
            attended += person.attended ? 1 : 0;
        }
        m_programs->setItem(row, 5,
                            figureCell(tr("%1 of %2").arg(attended).arg(p.participants.size())));
    }
    m_programs->resizeColumnsToContents();
    m_programs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (keep) {
        selectProgram(keep);
    }
    if (m_programs->selectionModel()->selectedRows().isEmpty() && m_programs->rowCount() > 0) {
        m_programs->selectRow(0);
    }
    showEffect();
}

void TrainingView::showEffect()
{
    const qint64 id = currentProgramId();
    m_edit->setEnabled(id != 0);
    m_remove->setEnabled(id != 0);
    m_effect->setRowCount(0);
    if (!id) {
        m_effectTitle->setText(m_programs->rowCount() == 0
                                       ? tr("No training programs yet. Add one with New Training "
                                            "Program; enroll the reps who take part, and their "
                                            "figures before and after it are compared here.")
                                       : QString());
        m_effectNote->clear();
        return;
    }
    const TrainingProgram *p = m_book.training().program(id);
    auto e = m_book.training().effect(id, m_days->value(), m_book.clock().today());
    if (!e) {
        m_effectTitle->setText(e.message());
        m_effectNote->clear();
        return;
    }
    m_effectTitle->setText(tr("“%1”: the %2 days before it (%3 – %4) against the %2 days after it "
                              "(%5 – %6)%7.")
                                   .arg(p->displayTitle())
                                   .arg(e->days)
                                   .arg(dateText(e->beforeFrom), dateText(e->beforeTo),
                                        dateText(e->afterFrom), dateText(e->afterTo),
                                        e->afterComplete ? QString() : tr(", still running")));
    const QString home = m_book.currencies().home();
    const QLocale locale;
    const auto rate = [&](const TrainingFigures &f) -> QString {
        if (f.tooFew()) {
            return tr("too few to tell");
        }
        return f.winRate ? locale.toString(*f.winRate * 100, 'f', 1) + u" %"_s : tr("–");
    };
    const auto row = [&](const QString &who, const TrainingSide &s, bool group) {
        const int r = m_effect->rowCount();
        m_effect->insertRow(r);
        auto *name = readOnlyCell(who);
        if (group) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_effect->setItem(r, 0, name);
        m_effect->setItem(r, 1,
                          figureCell(tr("%1 won, %2 lost").arg(s.before.won).arg(s.before.lost)));
        m_effect->setItem(r, 2,
                          figureCell(tr("%1 won, %2 lost").arg(s.after.won).arg(s.after.lost)));
        m_effect->setItem(r, 3, figureCell(rate(s.before)));
        m_effect->setItem(r, 4, figureCell(rate(s.after)));
        m_effect->setItem(r, 5, figureCell(currency::formatWhole(s.before.revenueMinor, home)));
        m_effect->setItem(r, 6, figureCell(currency::formatWhole(s.after.revenueMinor, home)));
        m_effect->setItem(r, 7, figureCell(locale.toString(s.before.activitiesPerWeek, 'f', 1)));
        m_effect->setItem(r, 8, figureCell(locale.toString(s.after.activitiesPerWeek, 'f', 1)));
    };
    for (const auto &[rep, side] : e->participants) {
        row(m_book.team().repName(rep), side, false);
    }
    row(tr("Attendees (%n reps)", nullptr, e->attendees.before.reps), e->attendees, true);
    row(tr("The others (%n reps)", nullptr, e->others.before.reps), e->others, true);
    QStringList notes;
    const auto points = [&locale](double from, double to) -> QString {
        const double d = (to - from) * 100;
        return (d >= 0 ? u"+"_s : QString()) + locale.toString(d, 'f', 1);
    };
    if (e->winRateDifference) {
        notes.append(tr("Win rate: attendees %1 points, the others %2 points, a difference of %3.")
                             .arg(points(*e->attendees.before.winRate, *e->attendees.after.winRate),
                                  points(*e->others.before.winRate, *e->others.after.winRate),
                                  locale.toString(*e->winRateDifference * 100, 'f', 1)));
    }
    if (e->revenueDifference) {
        const auto change = [&](const TrainingSide &side) -> QString {
            const double before = double(side.before.revenueMinor) / side.before.reps;
            const double after = double(side.after.revenueMinor) / side.after.reps;
            const double pct = (after - before) / before * 100;
            return (pct >= 0 ? u"+"_s : QString()) + locale.toString(pct, 'f', 0) + u" %"_s;
        };
        notes.append(tr("Revenue per rep: attendees %1, the others %2.")
                             .arg(change(e->attendees), change(e->others)));
    }
    if (notes.isEmpty()) {
        notes.append(tr("Fewer than 5 closed deals on a side: too few to tell a difference."));
    }
    notes.append(tr("A comparison of figures, not a proof that the training caused them."));
    m_effectNote->setText(notes.join(u' '));
}

void TrainingView::newProgram()
{
    TrainingProgram blank;
    blank.startsOn = m_book.clock().today();
    TrainingDialog dialog(m_book, blank, this);
    dialog.setCommand(
            m_undo, [&]() -> Result<std::unique_ptr<SwapCommand<std::optional<TrainingProgram>>>> {
                auto p = dialog.program();
                if (!p) {
                    return p.error();
                }
                return TeamCommands::saveProgram(m_book.training(), *p);
            });
    dialog.exec();
}

void TrainingView::editProgram()
{
    const TrainingProgram *p = m_book.training().program(currentProgramId());
    if (!p) {
        return;
    }
    TrainingDialog dialog(m_book, *p, this);
    dialog.setCommand(
            m_undo, [&]() -> Result<std::unique_ptr<SwapCommand<std::optional<TrainingProgram>>>> {
                auto changed = dialog.program();
                if (!changed) {
                    return changed.error();
                }
                return TeamCommands::saveProgram(m_book.training(), *changed);
            });
    dialog.exec();
}

void TrainingView::removeProgram()
{
    const TrainingProgram *p = m_book.training().program(currentProgramId());
    if (!p) {
        return;
    }
    auto command = TeamCommands::removeProgram(m_book.training(), p->id);
    if (!command) {
        QMessageBox::warning(this, tr("Training"), command.message());
        return;
    }
    m_undo->push(command->release());
}

} // namespace salesdesk::ui
