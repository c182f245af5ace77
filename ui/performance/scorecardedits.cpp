// The scorecard view's edits: rating, finalising, reopening and a measure from a KPI.
#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/evaluationcommands.h"
#include "ui/performance/performancedialogs.h"
#include "ui/performance/scorecardview.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

void ScorecardView::rate()
{
    const Evaluation *e = current();
    if (!e) {
        return;
    }
    if (e->finalized) {
        QMessageBox::information(this, tr("Rate"),
                                 tr("The evaluation of %1 for %2 is final: reopen it to rate "
                                    "again.")
                                         .arg(e->card.rep, m_period.label()));
        return;
    }
    RatingDialog dialog(e->card, m_book.currencies().home(), this);
    const qint64 rep = e->card.repId;
    const Period period = m_period;
    dialog.setCommand(m_undo, [&]() {
        return EvaluationCommands::rate(m_book.evaluation(), period, rep, dialog.ratings());
    });
    dialog.exec();
}

void ScorecardView::finalizeRep()
{
    const Evaluation *e = current();
    if (!e || e->finalized) {
        return;
    }
    auto command = EvaluationCommands::finalize(m_book.evaluation(), m_period, m_template,
                                                e->card.repId, m_book.clock().today());
    if (!command) {
        QMessageBox::warning(this, tr("Finalise"), command.message());
        return;
    }
    m_undo->push(command->release());
}

void ScorecardView::finalizeAll()
{
    int drafts = 0;
    for (const LeaderboardRow &r : std::as_const(m_rows)) {
        drafts += r.evaluation.finalized ? 0 : 1;
    }
    if (drafts == 0) {
        return;
    }
    if (QMessageBox::question(this, tr("Finalise All"),
                              tr("Finalise the %n draft scorecard(s) of %1 as they are now? "
                                 "They will not change with the book afterwards (Undo takes "
                                 "this back; later, reopen one with a reason).",
                                 nullptr, drafts)
                                      .arg(m_period.label()))
        != QMessageBox::Yes) {
        return;
    }
    auto command = EvaluationCommands::finalize(m_book.evaluation(), m_period, m_template, 0,
                                                m_book.clock().today());
    if (!command) {
        QMessageBox::warning(this, tr("Finalise All"), command.message());
        return;
    }
    m_undo->push(command->release());
}

void ScorecardView::reopen()
{
    const Evaluation *e = current();
    if (!e || !e->finalized) {
        return;
    }
    const qint64 rep = e->card.repId;
    const QString name = e->card.rep;
    QString reason;
    while (true) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reopen the Evaluation of %1").arg(name),
                                       tr("Why is it reopened? (kept with the old evaluation)"),
                                       QLineEdit::Normal, reason, &ok)
                         .trimmed();
        if (!ok) {
            return;
        }
        if (!reason.isEmpty()) {
            break;
        }
    }
    auto command = EvaluationCommands::reopen(m_book.evaluation(), m_period, rep, reason);
    if (!command) {
        QMessageBox::warning(this, tr("Reopen"), command.message());
        return;
    }
    m_undo->push(command->release());
}

void ScorecardView::newMeasure()
{
    const Evaluation *e = current();
    if (!e) {
        return;
    }
    ImprovementMeasure m;
    m.scope = MeasureScope::Rep;
    m.repId = e->card.repId;
    // A team's row is its team's measure; the last row, the company's.
    if (const int team = currentTeamRow(); team >= 0) {
        const QList<Team> &teams = m_book.team().teams();
        m.repId = 0;
        m.scope = team < teams.size() ? MeasureScope::Team : MeasureScope::Company;
        m.teamId = team < teams.size() ? teams[team].id : 0;
    }
    m.startsOn = m_book.clock().today();
    m.dueOn = m.startsOn.addDays(90);
    const QString home = m_book.currencies().home();
    const int row = m_kpis->currentRow();
    if (row >= 0 && row < e->card.kpis.size()) {
        const KpiLine &k = e->card.kpis[row];
        m.kpi = k.kpi;
        m.title = tr("%1: %2 %3 → %4")
                          .arg(e->card.rep, ScorecardText::name(k.kpi),
                               ScorecardText::value(k.kpi, k.actual, home),
                               ScorecardText::value(k.kpi, k.target, home));
    } else {
        // The KPI that scored lowest.
        const KpiLine *worst = nullptr;
        for (const KpiLine &k : e->card.kpis) {
            if (k.score && (!worst || *k.score < *worst->score)) {
                worst = &k;
            }
        }
        if (worst) {
            m.kpi = worst->kpi;
            m.title = tr("%1: %2 %3 → %4")
                              .arg(e->card.rep, ScorecardText::name(worst->kpi),
                                   ScorecardText::value(worst->kpi, worst->actual, home),
                                   ScorecardText::value(worst->kpi, worst->target, home));
        }
    }
    emit measureRequested(m);
}

} // namespace salesdesk::ui
