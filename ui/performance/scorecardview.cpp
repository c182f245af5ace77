#include "ui/performance/scorecardview.h"

#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/currency/currencyservice.h"
#include "core/team/teamservice.h"
#include "ui/team/teamwidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

// A table of figures whose lines are one line high.
QTableWidget *cardTable(const QStringList &headers, const QString &name)
{
    QTableWidget *t = figureTable(name, headers);
    t->setWordWrap(false);
    return t;
}

QString number(std::optional<double> v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : u"–"_s;
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0) + u" %"_s;
}

QString signedNumber(double v)
{
    return (v > 0.05 ? u"+"_s : QString()) + QLocale().toString(v, 'f', 1);
}

QColor gradeColor(const QString &grade)
{
    if (grade == u"A"_s) {
        return QColor(0x1b, 0x7f, 0x3b);
    }
    if (grade == u"B"_s) {
        return QColor(0x2a, 0x6f, 0xb5);
    }
    if (grade == u"C"_s) {
        return QColor(0xb2, 0x6b, 0x00);
    }
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace

ScorecardView::ScorecardView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_board(cardTable({tr("Rank"), tr("Sales rep"), tr("Score"), tr("Grade"),
                         tr("Change on last period"), tr("State")},
                        u"leaderboardTable"_s))
    , m_teams(cardTable({tr("Team"), tr("Score"), tr("Grade")}, u"teamScorecardTable"_s))
    , m_grades(new QChartView)
    , m_title(new QLabel)
    , m_state(new QLabel)
    , m_formula(new QLabel)
    , m_kpis(cardTable({tr("KPI"), tr("Actual"), tr("Target"), tr("Better when"), tr("Score"),
                        tr("Weight"), tr("Counts"), tr("Points")},
                       u"scorecardKpiTable"_s))
    , m_criteria(cardTable({tr("Criterion"), tr("Rating"), tr("Comment"), tr("Weight"),
                            tr("Counts"), tr("Points")},
                           u"scorecardCriteriaTable"_s))
    , m_notes(new QLabel)
    , m_rate(new QAction(tr("&Rate…"), this))
    , m_finalize(new QAction(tr("&Finalise"), this))
    , m_finalizeAll(new QAction(tr("Finalise &All"), this))
    , m_reopen(new QAction(tr("Re&open…"), this))
    , m_measure(new QAction(tr("New Improvement &Measure…"), this))
{
    m_rate->setObjectName(u"rateAction"_s);
    m_rate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_rate->setToolTip(tr("Rate the selected rep on each criterion, with their figures beside"));
    m_finalize->setObjectName(u"finalizeAction"_s);
    m_finalize->setToolTip(tr("Keep the selected rep's scorecard as it is now; it never changes "
                              "afterwards"));
    m_finalizeAll->setObjectName(u"finalizeAllAction"_s);
    m_finalizeAll->setToolTip(tr("Keep every draft scorecard of the period as it is now"));
    m_reopen->setObjectName(u"reopenAction"_s);
    m_reopen->setToolTip(tr("Open a finalised evaluation again, saying why (the old one is kept)"));
    m_measure->setObjectName(u"measureFromScorecardAction"_s);
    m_measure->setToolTip(tr("An improvement measure for the selected rep and KPI"));
    connect(m_rate, &QAction::triggered, this, &ScorecardView::rate);
    connect(m_finalize, &QAction::triggered, this, &ScorecardView::finalizeRep);
    connect(m_finalizeAll, &QAction::triggered, this, &ScorecardView::finalizeAll);
    connect(m_reopen, &QAction::triggered, this, &ScorecardView::reopen);
    connect(m_measure, &QAction::triggered, this, &ScorecardView::newMeasure);

    m_board->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_board, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_board->selectionModel()->selectedRows().isEmpty()) {
            const QSignalBlocker quiet(m_teams);
            m_teams->clearSelection();
        }
        showCard();
        emit repSelected(currentRepId());
    });
    m_teams->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teams->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_teams->setMaximumHeight(150);
    connect(m_teams, &QTableWidget::itemSelectionChanged, this, [this] {
        if (currentTeamRow() >= 0) {
            const QSignalBlocker quiet(m_board);
            m_board->clearSelection();
        }
        showCard();
    });
    m_grades->setObjectName(u"gradeChart"_s);
    m_grades->setRenderHint(QPainter::Antialiasing);
    m_grades->setMinimumHeight(180);
    m_grades->setMaximumHeight(240);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_board, 1);
    leftLayout->addWidget(m_teams);
    leftLayout->addWidget(m_grades);

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"scorecardTitle"_s);
    for (QLabel *l : {m_state, m_formula, m_notes}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_state->setObjectName(u"scorecardState"_s);
    m_formula->setObjectName(u"scorecardFormula"_s);
    m_notes->setObjectName(u"scorecardNotes"_s);
    connect(m_kpis, &QTableWidget::itemDoubleClicked, this, &ScorecardView::newMeasure);
    connect(m_criteria, &QTableWidget::itemDoubleClicked, this, &ScorecardView::rate);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_rate, m_finalize, m_reopen, m_measure}) {
        buttons->addWidget(actionButton(a));
    }
    buttons->addStretch(1);
    buttons->addWidget(actionButton(m_finalizeAll));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_formula);
    rightLayout->addWidget(
            new QLabel(tr("Figures (double-click a KPI for a measure to move it):")));
    rightLayout->addWidget(m_kpis, 3);
    rightLayout->addWidget(new QLabel(tr("Judgement (double-click to rate):")));
    rightLayout->addWidget(m_criteria, 2);
    rightLayout->addWidget(m_notes);
    rightLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 840});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    // Nothing to rate or finalise until the first scorecards are in.
    for (QAction *a : {m_rate, m_finalize, m_reopen, m_measure, m_finalizeAll}) {
        a->setEnabled(false);
    }
}

QList<QAction *> ScorecardView::actions() const
{
    return {m_rate, m_finalize, m_finalizeAll, m_reopen, m_measure};
}

qint64 ScorecardView::currentRepId() const
{
    const auto rows = m_board->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_board->item(rows.first().row(), 1)->data(Qt::UserRole).toLongLong();
}

void ScorecardView::selectRep(qint64 repId)
{
    for (int row = 0; row < m_board->rowCount(); ++row) {
        if (m_board->item(row, 1)->data(Qt::UserRole).toLongLong() == repId) {
            m_board->selectRow(row);
            return;
        }
    }
}

int ScorecardView::currentTeamRow() const
{
    const auto rows = m_teams->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

const Evaluation *ScorecardView::current() const
{
    if (const int team = currentTeamRow(); team >= 0 && team < m_teamCards.size()) {
        return &m_teamCards[team];
    }
    const qint64 id = currentRepId();
    for (const LeaderboardRow &row : m_rows) {
        if (row.evaluation.card.repId == id) {
            return &row.evaluation;
        }
    }
    return nullptr;
}

void ScorecardView::show(const Period &period, const EvaluationTemplate &t,
                         const QList<LeaderboardRow> &rows, const QList<Scorecard> &teams)
{
    const qint64 keep = currentRepId();
    const int keepTeam = currentTeamRow();
    m_teamCards.clear();
    {
        const QSignalBlocker quiet(m_teams);
        m_teams->setRowCount(0);
        for (const Scorecard &card : teams) {
            Evaluation e;
            e.card = card;
            m_teamCards.append(e);
            const int row = m_teams->rowCount();
            m_teams->insertRow(row);
            m_teams->setItem(row, 0, readOnlyCell(card.rep));
            m_teams->setItem(row, 1, figureCell(number(card.score)));
            auto *grade = readOnlyCell(card.grade.isEmpty() ? u"–"_s : card.grade, Qt::AlignCenter);
            if (!card.grade.isEmpty()) {
                grade->setForeground(gradeColor(card.grade));
            }
            m_teams->setItem(row, 2, grade);
        }
        if (keepTeam >= 0 && keepTeam < m_teams->rowCount()) {
            m_teams->selectRow(keepTeam);
        }
    }
    m_period = period;
    m_template = t;
    m_rows = rows;
    const QSignalBlocker quiet(m_board);
    m_board->setRowCount(0);
    QList<Evaluation> all;
    for (const LeaderboardRow &r : rows) {
        const Scorecard &card = r.evaluation.card;
        all.append(r.evaluation);
        const int row = m_board->rowCount();
        m_board->insertRow(row);
        m_board->setItem(row, 0, figureCell(card.rank ? QString::number(card.rank) : u"–"_s));
        auto *name = readOnlyCell(card.rep);
        name->setData(Qt::UserRole, card.repId);
        m_board->setItem(row, 1, name);
        m_board->setItem(row, 2, figureCell(number(card.score)));
        auto *grade = readOnlyCell(card.grade.isEmpty() ? u"–"_s : card.grade, Qt::AlignCenter);
        if (!card.grade.isEmpty()) {
            QFont bold = grade->font();
            bold.setBold(true);
            grade->setFont(bold);
            grade->setForeground(gradeColor(card.grade));
        }
        m_board->setItem(row, 3, grade);
        QString change = tr("new");
        if (r.change) {
            change = r.previousRank && card.rank
                             ? tr("%1 (was %2)").arg(signedNumber(*r.change)).arg(r.previousRank)
                             : signedNumber(*r.change);
        } else if (!card.score) {
            change = u"–"_s;
        }
        auto *changeCell = figureCell(change);
        if (r.change && std::abs(*r.change) >= 0.05) {
            changeCell->setForeground(*r.change > 0 ? QColor(0x1b, 0x7f, 0x3b)
                                                    : QColor(0xb3, 0x26, 0x1e));
        }
        m_board->setItem(row, 4, changeCell);
        const QString state = !r.evaluation.finalized ? tr("Draft")
                              : r.evaluation.live     ? tr("Final, book changed since")
                                                      : tr("Final");
        m_board->setItem(row, 5, readOnlyCell(state));
    }
    // The grade distribution of the period.
    auto *chart = new QChart;
    chart->setTitle(tr("Grades in %1").arg(period.label()));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *set = new QBarSet(tr("Reps"));
    QStringList grades;
    const QMap<QString, int> counts = gradeCounts(all);
    int most = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        grades.append(it.key());
        set->append(it.value());
        most = std::max(most, it.value());
    }
    set->setColor(QColor(0x2a, 0x6f, 0xb5));
    set->setLabelColor(Qt::black);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(grades);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // The counts stand on the bars; the axis only sets the height.
    auto *y = new QValueAxis;
    y->setRange(0, most * 1.25);
    y->setVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_grades->chart();
    m_grades->setChart(chart);
    delete old;

    m_finalizeAll->setEnabled(std::any_of(rows.cbegin(), rows.cend(), [](const LeaderboardRow &r) {
        return !r.evaluation.finalized;
    }));
    if (currentTeamRow() < 0) {
        if (keep) {
            selectRep(keep);
        }
        if (m_board->selectionModel()->selectedRows().isEmpty() && m_board->rowCount() > 0) {
            m_board->selectRow(0);
        }
    }
    showCard();
}

void ScorecardView::showCard()
{
    const Evaluation *e = current();
    m_kpis->setRowCount(0);
    m_criteria->setRowCount(0);
    for (QAction *a : {m_rate, m_finalize, m_reopen, m_measure}) {
        a->setEnabled(e != nullptr);
    }
    if (!e) {
        m_title->setText(m_rows.isEmpty() ? tr("No rep was on staff in %1.").arg(m_period.label())
                                          : QString());
        m_state->clear();
        m_formula->clear();
        m_notes->clear();
        return;
    }
    const bool team = currentTeamRow() >= 0;
    m_rate->setEnabled(!team && !e->finalized);
    m_finalize->setEnabled(!team && !e->finalized);
    m_reopen->setEnabled(!team && e->finalized);
    const Scorecard &card = e->card;
    const QString home = m_book.currencies().home();
    m_title->setText(
            card.score ? tr("%1 · %2 · grade %3").arg(card.rep, number(card.score), card.grade)
                       : tr("%1 · no score yet").arg(card.rep));
    QString state;
    if (team) {
        state = tr("%1, scored with “%2” against its own targets; it follows the book.")
                        .arg(m_period.label(), ScorecardText::shown(card.templateName));
    } else if (!e->finalized) {
        state = tr("Draft of %1 with “%2”: it follows the book until it is finalised.")
                        .arg(m_period.label(), ScorecardText::shown(card.templateName));
    } else {
        state = tr("Final since %1, with “%2”.")
                        .arg(dateTimeText(e->finalizedAt.toLocalTime()),
                             ScorecardText::shown(card.templateName));
        if (e->live) {
            QStringList changes;
            for (qsizetype i = 0; i < card.kpis.size() && i < e->live->kpis.size(); ++i) {
                const KpiLine &was = card.kpis[i];
                const KpiLine &now = e->live->kpis[i];
                const QString a = ScorecardText::value(was.kpi, was.actual, home);
                const QString b = ScorecardText::value(now.kpi, now.actual, home);
                const QString ta = ScorecardText::value(was.kpi, was.target, home);
                const QString tb = ScorecardText::value(now.kpi, now.target, home);
                if (a != b) {
                    changes.append(tr("%1 %2 → %3").arg(ScorecardText::name(was.kpi), a, b));
                } else if (ta != tb) {
                    changes.append(
                            tr("target of %1 %2 → %3").arg(ScorecardText::name(was.kpi), ta, tb));
                }
            }
            state += u" "_s
                     + tr("Changed since finalised: the book now gives %1 (%2)%3.")
                               .arg(number(e->live->score),
                                    e->live->score && card.score
                                            ? signedNumber(*e->live->score - *card.score)
                                            : u"–"_s,
                                    changes.isEmpty() ? QString()
                                                      : u": "_s + changes.join(u"; "_s));
        }
    }
    m_state->setText(state);
    m_state->setStyleSheet(e->live ? u"color: #b26b00;"_s : QString());
    if (card.score && card.quantitative && card.qualitative) {
        m_formula->setText(tr("Score = %1 × %2 (figures) + %3 × %4 (judgement) = %5")
                                   .arg(percent(card.quantitativeShare), number(card.quantitative),
                                        percent(1 - card.quantitativeShare),
                                        number(card.qualitative), number(card.score)));
    } else if (card.score) {
        m_formula->setText(tr("Score = %1 (%2 alone)")
                                   .arg(number(card.score),
                                        card.quantitative ? tr("figures") : tr("judgement")));
    } else {
        m_formula->setText(tr("No KPI has a figure and a target, and no criterion is rated."));
    }
    for (const KpiLine &k : card.kpis) {
        const int row = m_kpis->rowCount();
        m_kpis->insertRow(row);
        auto *name = readOnlyCell(ScorecardText::name(k.kpi));
        name->setData(Qt::UserRole, int(k.kpi));
        m_kpis->setItem(row, 0, name);
        m_kpis->setItem(row, 1, figureCell(ScorecardText::value(k.kpi, k.actual, home)));
        m_kpis->setItem(row, 2, figureCell(ScorecardText::value(k.kpi, k.target, home)));
        // The direction is the template's where the line is its KPI (a scorecard finalised
        // with another template: the KPI's usual one).
        const bool higher = row < m_template.kpis.size() && m_template.kpis[row].kpi == k.kpi
                                    ? m_template.kpis[row].higherIsBetter
                                    : ScorecardText::higherIsBetter(k.kpi);
        m_kpis->setItem(row, 3, readOnlyCell(higher ? tr("higher") : tr("lower")));
        m_kpis->setItem(row, 4, figureCell(number(k.score)));
        m_kpis->setItem(row, 5, figureCell(percent(k.weight)));
        m_kpis->setItem(row, 6, figureCell(k.score ? percent(k.effectiveWeight) : tr("left out")));
        m_kpis->setItem(row, 7, figureCell(k.score ? number(card.points(k)) : u"–"_s));
        if (!k.score) {
            for (int c = 0; c < m_kpis->columnCount(); ++c) {
                m_kpis->item(row, c)->setForeground(palette().color(QPalette::PlaceholderText));
                m_kpis->item(row, c)->setToolTip(k.leftOut);
            }
        }
    }
    for (const CriterionLine &c : card.criteria) {
        const int row = m_criteria->rowCount();
        m_criteria->insertRow(row);
        m_criteria->setItem(row, 0, readOnlyCell(ScorecardText::shown(c.name)));
        m_criteria->setItem(row, 1,
                            figureCell(c.rating ? tr("%1 of 5").arg(*c.rating) : tr("not rated")));
        auto *comment = readOnlyCell(c.comment);
        comment->setToolTip(c.comment);
        m_criteria->setItem(row, 2, comment);
        m_criteria->setItem(row, 3, figureCell(percent(c.weight)));
        m_criteria->setItem(row, 4, figureCell(c.rating ? percent(c.effectiveWeight) : u"–"_s));
        m_criteria->setItem(row, 5, figureCell(c.rating ? number(card.points(c)) : u"–"_s));
    }
    for (QTableWidget *t : {m_kpis, m_criteria}) {
        t->resizeColumnsToContents();
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_criteria->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_notes->setText(card.notes.join(u' '));
}

} // namespace salesdesk::ui
