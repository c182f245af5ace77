#include "ui/performance/measuresview.h"

#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/currency/currencyservice.h"
#include "core/evaluation/evaluationservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/evaluationcommands.h"
#include "ui/common/loadwhenshown.h"
#include "ui/performance/performancedialogs.h"
#include "ui/team/teamwidgets.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

enum Column { TitleColumn, ForColumn, KpiColumn, KindColumn, OwnerColumn, StartColumn, DueColumn };

const QColor overdueColor(0xb3, 0x26, 0x1e);
const QColor soonColor(0xb2, 0x6b, 0x00);

} // namespace

MeasuresView::MeasuresView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_board(new QTreeWidget)
    , m_closed(new QCheckBox(tr("Show &done and dropped")))
    , m_effectTitle(new QLabel)
    , m_effect(new QTableWidget(0, 4))
    , m_effectNote(new QLabel)
    , m_days(new QSpinBox)
    , m_new(new QAction(tr("&New Improvement Measure…"), this))
    , m_edit(new QAction(tr("&Edit Measure…"), this))
    , m_remove(new QAction(tr("&Remove Measure"), this))
    , m_start(new QAction(tr("&Start"), this))
    , m_done(new QAction(tr("Mark &Done"), this))
    , m_drop(new QAction(tr("Dro&p"), this))
{
    m_new->setObjectName(u"newMeasureAction"_s);
    m_edit->setObjectName(u"editMeasureAction"_s);
    m_remove->setObjectName(u"removeMeasureAction"_s);
    m_start->setObjectName(u"startMeasureAction"_s);
    m_done->setObjectName(u"doneMeasureAction"_s);
    m_drop->setObjectName(u"dropMeasureAction"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_remove);
    connect(m_new, &QAction::triggered, this, &MeasuresView::newMeasure);
    connect(m_edit, &QAction::triggered, this, &MeasuresView::editCurrent);
    connect(m_remove, &QAction::triggered, this, &MeasuresView::removeCurrent);
    connect(m_start, &QAction::triggered, this, [this] { setStatus(MeasureStatus::Running); });
    connect(m_done, &QAction::triggered, this, [this] { setStatus(MeasureStatus::Done); });
    connect(m_drop, &QAction::triggered, this, [this] { setStatus(MeasureStatus::Dropped); });

    m_board->setObjectName(u"measuresBoard"_s);
    m_board->setHeaderLabels(
            {tr("Measure"), tr("For"), tr("KPI"), tr("Kind"), tr("Owner"), tr("Start"), tr("Due")});
    m_board->setRootIsDecorated(true);
    m_board->setUniformRowHeights(true);
    m_board->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_board->header()->setStretchLastSection(false);
    connect(m_board, &QTreeWidget::itemSelectionChanged, this, &MeasuresView::showEffect);
    connect(m_board, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).toLongLong() > 0) {
            editCurrent();
        }
    });
    m_closed->setObjectName(u"showClosedMeasures"_s);
    connect(m_closed, &QCheckBox::toggled, this, &MeasuresView::reload);

    m_effect->setObjectName(u"measureEffectTable"_s);
    m_effect->setHorizontalHeaderLabels({tr("Who"), tr("Window"), tr("Value"), tr("Closed deals")});
    m_effect->verticalHeader()->hide();
    m_effect->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_effect->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_effect->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_effectTitle->setWordWrap(true);
    m_effectNote->setWordWrap(true);
    m_effectNote->setObjectName(u"measureEffectNote"_s);
    m_days->setObjectName(u"measureDaysSpin"_s);
    m_days->setRange(7, 366);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    connect(m_days, &QSpinBox::valueChanged, this, &MeasuresView::showEffect);

    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_new, m_edit, m_remove}) {
        bar->addWidget(actionButton(a));
    }
    bar->addSpacing(12);
    for (QAction *a : {m_start, m_done, m_drop}) {
        bar->addWidget(actionButton(a));
    }
    bar->addStretch(1);
    bar->addWidget(m_closed);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Compare windows of")));
    bar->addWidget(m_days);

    auto *effect = new QWidget;
    auto *effectLayout = new QVBoxLayout(effect);
    effectLayout->setContentsMargins(0, 0, 0, 0);
    effectLayout->addWidget(m_effectTitle);
    effectLayout->addWidget(m_effect, 1);
    effectLayout->addWidget(m_effectNote);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_board);
    split->addWidget(effect);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    auto *loader = new LoadWhenShown(this, [this] { reload(); });
    connect(&book.evaluation(), &EvaluationService::evaluationChanged, loader,
            &LoadWhenShown::request);
    connect(&book, &Book::reloaded, loader, &LoadWhenShown::request);
}

QList<QAction *> MeasuresView::actions() const
{
    return {m_new, m_edit, m_remove, m_start, m_done, m_drop};
}

qint64 MeasuresView::currentMeasureId() const
{
    const QList<QTreeWidgetItem *> items = m_board->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

const ImprovementMeasure *MeasuresView::current() const
{
    const qint64 id = currentMeasureId();
    for (const ImprovementMeasure &m : m_all) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

void MeasuresView::selectMeasure(qint64 id)
{
    for (int g = 0; g < m_board->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_board->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, Qt::UserRole).toLongLong() == id) {
                m_board->setCurrentItem(group->child(i));
                return;
            }
        }
    }
}

QString MeasuresView::forWhom(const ImprovementMeasure &m) const
{
    switch (m.scope) {
    case MeasureScope::Rep:
        return m_book.team().repName(m.repId);
    case MeasureScope::Team:
        return tr("team %1").arg(m_book.team().teamName(m.teamId));
    case MeasureScope::Company:
        break;
    }
    return tr("the company");
}

void MeasuresView::reload()
{
    const qint64 keep = currentMeasureId();
    auto all = m_book.evaluation().measures();
    m_all = all ? *all : QList<ImprovementMeasure>();
    const QSignalBlocker quiet(m_board);
    m_board->clear();
    const QDate today = m_book.clock().today();
    QList<MeasureStatus> shown {MeasureStatus::Running, MeasureStatus::Planned};
    if (m_closed->isChecked()) {
        shown.append({MeasureStatus::Done, MeasureStatus::Dropped});
    }
    for (MeasureStatus status : std::as_const(shown)) {
        auto *group = new QTreeWidgetItem(m_board);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        int count = 0;
        for (const ImprovementMeasure &m : std::as_const(m_all)) {
            if (m.status != status) {
                continue;
            }
            ++count;
            auto *item = new QTreeWidgetItem(group);
            item->setData(0, Qt::UserRole, m.id);
            item->setText(TitleColumn, m.title);
            item->setToolTip(TitleColumn, m.notes);
            item->setText(ForColumn, forWhom(m));
            item->setText(KpiColumn, ScorecardText::name(m.kpi));
            item->setText(KindColumn, MeasureText::name(m.kind));
            item->setText(OwnerColumn,
                          m.ownerId ? m_book.team().repName(m.ownerId) : tr("the owner"));
            item->setText(StartColumn, dateText(m.startsOn));
            QString due = dateText(m.dueOn);
            if (m.isOverdue(today)) {
                due = tr("%1 — overdue").arg(due);
                item->setForeground(DueColumn, overdueColor);
            } else if (m.isDueSoon(today)) {
                due = tr("%1 — due soon").arg(due);
                item->setForeground(DueColumn, soonColor);
            }
            item->setText(DueColumn, due);
        }
        group->setText(0, tr("%1 (%2)").arg(MeasureText::name(status)).arg(count));
        group->setExpanded(true);
    }
    selectMeasure(keep);
    if (m_board->selectedItems().isEmpty()) {
        // The first measure on the board, so that its effect is in sight.
        for (int g = 0; g < m_board->topLevelItemCount(); ++g) {
            if (m_board->topLevelItem(g)->childCount() > 0) {
                m_board->setCurrentItem(m_board->topLevelItem(g)->child(0));
                break;
            }
        }
    }
    showEffect();
}

void MeasuresView::showEffect()
{
    const ImprovementMeasure *m = current();
    for (QAction *a : {m_edit, m_remove}) {
        a->setEnabled(m != nullptr);
    }
    m_start->setEnabled(m && m->status == MeasureStatus::Planned);
    m_done->setEnabled(
            m && (m->status == MeasureStatus::Planned || m->status == MeasureStatus::Running));
    m_drop->setEnabled(
            m && (m->status == MeasureStatus::Planned || m->status == MeasureStatus::Running));
    m_effect->setRowCount(0);
    if (!m) {
        m_effectTitle->setText(
                m_all.isEmpty() ? tr("No improvement measures yet. Add one with New Improvement "
                                     "Measure, or from a scorecard's KPI on the Scorecards view; "
                                     "its KPI before and after is compared here.")
                                : tr("Select a measure to see its KPI before and after."));
        m_effectNote->clear();
        return;
    }
    auto e = m_book.evaluation().effect(*m, m_days->value(), m_book.clock().today());
    if (!e) {
        m_effectTitle->setText(e.message());
        m_effectNote->clear();
        return;
    }
    m_effectTitle->setText(tr("“%1”: %2 over the %3 days before its start and after its due day.")
                                   .arg(m->title, ScorecardText::name(m->kpi))
                                   .arg(e->days));
    const QString home = m_book.currencies().home();
    const auto row = [&](const QString &who, const std::optional<MeasureWindow> &w,
                         const QString &missing) {
        const int r = m_effect->rowCount();
        m_effect->insertRow(r);
        m_effect->setItem(r, 0, readOnlyCell(who));
        if (!w) {
            m_effect->setItem(r, 1, readOnlyCell(missing));
            m_effect->setSpan(r, 1, 1, 3);
            return;
        }
        m_effect->setItem(r, 1,
                          readOnlyCell(tr("%1 – %2%3")
                                               .arg(dateText(w->from), dateText(w->to),
                                                    w->complete ? QString() : tr(" (so far)"))));
        m_effect->setItem(r, 2, figureCell(ScorecardText::value(m->kpi, w->value, home)));
        m_effect->setItem(r, 3, figureCell(QString::number(w->deals)));
    };
    const QString subject = forWhom(*m);
    const QString notYet = tr("after the due day (%1)").arg(dateText(m->dueOn));
    row(tr("%1, before").arg(subject), e->before, QString());
    row(tr("%1, after").arg(subject), e->after, notYet);
    if (m->scope != MeasureScope::Company) {
        row(tr("The other reps, before (per rep)"), e->othersBefore, QString());
        row(tr("The other reps, after (per rep)"), e->othersAfter, notYet);
    }
    QStringList notes;
    if (e->difference) {
        const QLocale locale;
        const double d = ScorecardText::isFraction(m->kpi) ? *e->difference * 100 : *e->difference;
        notes.append(
                tr("Change against the other reps' change: %1%2.")
                        .arg(d > 0 ? u"+"_s : QString(),
                             ScorecardText::isMoney(m->kpi)
                                     ? ScorecardText::value(m->kpi, d, home)
                                     : locale.toString(d, 'f', 1)
                                               + (ScorecardText::isFraction(m->kpi) ? tr(" points")
                                                                                    : QString())));
    }
    if (!e->note.isEmpty()) {
        notes.append(e->note);
    }
    notes.append(tr("A comparison of figures, not a proof that the measure caused them."));
    m_effectNote->setText(notes.join(u' '));
}

void MeasuresView::editMeasure(const ImprovementMeasure &draft)
{
    MeasureDialog dialog(m_book, draft, this);
    qint64 saved = 0;
    dialog.setCommand(m_undo, [&]() {
        auto command = EvaluationCommands::saveMeasure(m_book.evaluation(), dialog.measure());
        if (command && (*command)->after()) {
            saved = (*command)->after()->id;
        }
        return command;
    });
    if (dialog.exec() != QDialog::Accepted || !saved) {
        return;
    }
    // A measure saved done or dropped stays in sight.
    for (const ImprovementMeasure &m : std::as_const(m_all)) {
        if (m.id == saved
            && (m.status == MeasureStatus::Done || m.status == MeasureStatus::Dropped)) {
            m_closed->setChecked(true);
        }
    }
    selectMeasure(saved);
}

void MeasuresView::newMeasure()
{
    ImprovementMeasure blank;
    blank.startsOn = m_book.clock().today();
    blank.dueOn = blank.startsOn.addDays(90);
    if (!m_book.team().reps().isEmpty()) {
        blank.repId = m_book.team().reps().first().id;
    }
    editMeasure(blank);
}

void MeasuresView::editCurrent()
{
    if (const ImprovementMeasure *m = current()) {
        editMeasure(*m);
    }
}

void MeasuresView::removeCurrent()
{
    const ImprovementMeasure *m = current();
    if (!m) {
        return;
    }
    auto command = EvaluationCommands::removeMeasure(m_book.evaluation(), m->id);
    if (!command) {
        QMessageBox::warning(this, tr("Remove Measure"), command.message());
        return;
    }
    m_undo->push(command->release());
}

void MeasuresView::setStatus(MeasureStatus status)
{
    const ImprovementMeasure *m = current();
    if (!m || m->status == status) {
        return;
    }
    ImprovementMeasure changed = *m;
    changed.status = status;
    auto command = EvaluationCommands::saveMeasure(m_book.evaluation(), changed);
    if (!command) {
        QMessageBox::warning(this, tr("Improvement Measure"), command.message());
        return;
    }
    if (status == MeasureStatus::Done || status == MeasureStatus::Dropped) {
        m_closed->setChecked(true);
    }
    m_undo->push(command->release());
    selectMeasure(changed.id);
}

} // namespace salesdesk::ui
