#include "ui/performance/performancedialogs.h"

#include "core/book/book.h"
#include "core/team/teamservice.h"
#include "core/team/training.h"
#include "ui/common/dialogs.h"
#include "ui/team/teamwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

// A table of editable rows whose widgets sit in the cells.
QTableWidget *editTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QDoubleSpinBox *percentBox(double fraction)
{
    auto *b = new QDoubleSpinBox;
    b->setRange(0, 100);
    b->setDecimals(1);
    b->setSuffix(u" %"_s);
    b->setValue(fraction * 100);
    return b;
}

} // namespace

// ---- the rating form ----

RatingDialog::RatingDialog(const Scorecard &card, const QString &currency, QWidget *parent)
    : SaveDialog(parent)
{
    setObjectName(u"ratingDialog"_s);
    setWindowTitle(tr("Rate %1 for %2").arg(card.rep, card.period.label()));
    auto *columns = new QHBoxLayout;
    auto *ratingBox = new QGroupBox(tr("Judgement (1 poor – 5 excellent)"));
    auto *form = new QGridLayout(ratingBox);
    const QStringList levels {tr("not rated"),
                              tr("1 – poor"),
                              tr("2 – below expectations"),
                              tr("3 – meets expectations"),
                              tr("4 – above expectations"),
                              tr("5 – excellent")};
    int row = 0;
    for (const CriterionLine &c : card.criteria) {
        auto *rating = new QComboBox;
        rating->addItems(levels);
        rating->setCurrentIndex(c.rating.value_or(0));
        rating->setObjectName(u"ratingCombo"_s + QString::number(row));
        auto *comment = new QLineEdit(c.comment);
        comment->setPlaceholderText(tr("What you saw (kept with the rating)"));
        auto *name = new QLabel(ScorecardText::shown(c.name) + u":"_s);
        name->setBuddy(rating);
        form->addWidget(name, row * 2, 0);
        form->addWidget(rating, row * 2, 1);
        form->addWidget(comment, row * 2 + 1, 1);
        m_names.append(c.name);
        m_ratings.append(rating);
        m_comments.append(comment);
        ++row;
    }
    form->setRowStretch(row * 2, 1);
    columns->addWidget(ratingBox, 3);

    auto *figuresBox = new QGroupBox(tr("%1's figures").arg(card.rep));
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    auto *figures = new QTableWidget(0, 3);
    figures->setObjectName(u"ratingFiguresTable"_s);
    figures->setHorizontalHeaderLabels({tr("KPI"), tr("Actual"), tr("Target")});
    figures->verticalHeader()->hide();
    figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const KpiLine &k : card.kpis) {
        const int r = figures->rowCount();
        figures->insertRow(r);
        figures->setItem(r, 0, readOnlyCell(ScorecardText::name(k.kpi)));
        figures->setItem(r, 1, figureCell(ScorecardText::value(k.kpi, k.actual, currency)));
        figures->setItem(r, 2, figureCell(ScorecardText::value(k.kpi, k.target, currency)));
    }
    figures->resizeColumnsToContents();
    figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    figuresLayout->addWidget(figures);
    columns->addWidget(figuresBox, 2);
    body()->addLayout(columns, 1);
    resize(860, 420);
}

QList<CriterionRating> RatingDialog::ratings() const
{
    QList<CriterionRating> out;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (const int rating = m_ratings[i]->currentIndex(); rating > 0) {
            out.append({m_names[i], rating, m_comments[i]->text().trimmed()});
        }
    }
    return out;
}

// ---- an improvement measure ----

MeasureDialog::MeasureDialog(Book &book, const ImprovementMeasure &measure, QWidget *parent)
    : SaveDialog(parent)
    , m_measure(measure)
    , m_title(new QLineEdit(measure.title))
    , m_scope(new QComboBox)
    , m_rep(new QComboBox)
    , m_team(new QComboBox)
    , m_kpi(new QComboBox)
    , m_kind(new QComboBox)
    , m_training(new QComboBox)
    , m_owner(new QComboBox)
    , m_start(new QDateEdit)
    , m_due(new QDateEdit)
    , m_status(new QComboBox)
    , m_notes(new QPlainTextEdit(measure.notes))
{
    setObjectName(u"measureDialog"_s);
    setWindowTitle(measure.id ? tr("Improvement Measure %1").arg(titleName(measure.title))
                              : tr("New Improvement Measure"));
    m_title->setObjectName(u"measureTitleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Weekly deal reviews with Wang Fang"));
    m_scope->setObjectName(u"measureScopeCombo"_s);
    m_scope->addItem(tr("A sales rep"), int(MeasureScope::Rep));
    m_scope->addItem(tr("A team"), int(MeasureScope::Team));
    m_scope->addItem(tr("The whole company"), int(MeasureScope::Company));
    m_scope->setCurrentIndex(m_scope->findData(int(measure.scope)));
    m_rep->setObjectName(u"measureRepCombo"_s);
    m_owner->addItem(tr("The owner of the business"), 0);
    for (const Rep &r : book.team().reps()) {
        if (r.active || r.id == measure.repId) {
            m_rep->addItem(r.name, r.id);
        }
        if (r.active || r.id == measure.ownerId) {
            m_owner->addItem(r.name, r.id);
        }
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(measure.repId)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(measure.ownerId)));
    for (const Team &t : book.team().teams()) {
        m_team->addItem(t.name, t.id);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(measure.teamId)));
    m_kpi->setObjectName(u"measureKpiCombo"_s);
    for (ScoreKpi k : ScorecardText::kpis()) {
        m_kpi->addItem(ScorecardText::name(k), int(k));
    }
    m_kpi->setCurrentIndex(m_kpi->findData(int(measure.kpi)));
    m_kind->setObjectName(u"measureKindCombo"_s);
    for (MeasureKind k : {MeasureKind::Training, MeasureKind::Incentive, MeasureKind::Process,
                          MeasureKind::Coaching, MeasureKind::Other}) {
        m_kind->addItem(MeasureText::name(k), int(k));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(measure.kind)));
    m_training->addItem(tr("(none)"), 0);
    for (const TrainingProgram &p : book.training().programs()) {
        m_training->addItem(p.displayTitle(), p.id);
    }
    m_training->setCurrentIndex(std::max(0, m_training->findData(measure.trainingId)));
    const QDate today = book.clock().today();
    for (QDateEdit *d : {m_start, m_due}) {
        useDateFormat(d);
        d->setCalendarPopup(true);
    }
    m_start->setDate(measure.startsOn.isValid() ? measure.startsOn : today);
    m_due->setDate(measure.dueOn.isValid() ? measure.dueOn : m_start->date().addDays(90));
    m_status->setObjectName(u"measureStatusCombo"_s);
    for (MeasureStatus s : {MeasureStatus::Planned, MeasureStatus::Running, MeasureStatus::Done,
                            MeasureStatus::Dropped}) {
        m_status->addItem(MeasureText::name(s), int(s));
    }
    m_status->setCurrentIndex(m_status->findData(int(measure.status)));
    m_notes->setMaximumHeight(80);

    QFormLayout *form = addForm();
    form->addRow(tr("&Measure:"), m_title);
    auto *who = new QHBoxLayout;
    who->addWidget(m_scope);
    who->addWidget(m_rep, 1);
    who->addWidget(m_team, 1);
    form->addRow(label(tr("&For:"), m_scope), who);
    form->addRow(tr("&KPI it should move:"), m_kpi);
    form->addRow(tr("K&ind:"), m_kind);
    form->addRow(tr("T&raining program:"), m_training);
    form->addRow(tr("&Owner:"), m_owner);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(tr("due")));
    dates->addWidget(m_due, 1);
    form->addRow(label(tr("&Starts:"), m_start), dates);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &MeasureDialog::updateFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeasureDialog::updateFields);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_due->date() < d) {
            m_due->setDate(d);
        }
    });
    updateFields();
    resize(520, 0);
}

void MeasureDialog::updateFields()
{
    const auto scope = MeasureScope(m_scope->currentData().toInt());
    m_rep->setVisible(scope == MeasureScope::Rep);
    m_team->setVisible(scope == MeasureScope::Team);
    m_training->setEnabled(MeasureKind(m_kind->currentData().toInt()) == MeasureKind::Training);
}

ImprovementMeasure MeasureDialog::measure() const
{
    ImprovementMeasure m = m_measure;
    m.title = m_title->text().trimmed();
    m.scope = MeasureScope(m_scope->currentData().toInt());
    m.repId = m.scope == MeasureScope::Rep ? m_rep->currentData().toLongLong() : 0;
    m.teamId = m.scope == MeasureScope::Team ? m_team->currentData().toLongLong() : 0;
    m.kpi = ScoreKpi(m_kpi->currentData().toInt());
    m.kind = MeasureKind(m_kind->currentData().toInt());
    m.trainingId = m.kind == MeasureKind::Training ? m_training->currentData().toLongLong() : 0;
    m.ownerId = m_owner->currentData().toLongLong();
    m.startsOn = m_start->date();
    m.dueOn = m_due->date();
    m.status = MeasureStatus(m_status->currentData().toInt());
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

// ---- a scorecard template ----

TemplateDialog::TemplateDialog(const EvaluationTemplate &t, const QString &currency,
                               QWidget *parent)
    : SaveDialog(parent)
    , m_currency(currency)
    , m_name(new QLineEdit(ScorecardText::shown(t.name)))
    , m_split(percentBox(t.quantitativeWeight))
    , m_kpis(editTable(
              {tr("KPI"), tr("Weight"), tr("Target (rates in %)"), tr("Better when"), tr("Cap")}))
    , m_criteria(editTable({tr("Criterion"), tr("Weight")}))
    , m_gradeA(new QDoubleSpinBox)
    , m_gradeB(new QDoubleSpinBox)
    , m_gradeC(new QDoubleSpinBox)
    , m_sums(new QLabel)
{
    setObjectName(u"templateDialog"_s);
    setWindowTitle(tr("Scorecard Template %1").arg(titleName(ScorecardText::shown(t.name))));
    m_name->setObjectName(u"templateNameEdit"_s);
    m_split->setObjectName(u"templateSplitSpin"_s);
    m_kpis->setObjectName(u"templateKpiTable"_s);
    m_criteria->setObjectName(u"templateCriteriaTable"_s);
    m_sums->setObjectName(u"templateSumsLabel"_s);
    m_sums->setWordWrap(true);
    QFormLayout *form = addForm();
    form->addRow(tr("&Name:"), m_name);
    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(m_split);
    splitRow->addWidget(new QLabel(tr("figures (KPIs), the rest judgement (criteria)")), 1);
    form->addRow(label(tr("&Split:"), m_split), splitRow);
    auto *grades = new QHBoxLayout;
    for (auto [box, grade, value] :
         {std::tuple {m_gradeA, u"A"_s, t.gradeA}, std::tuple {m_gradeB, u"B"_s, t.gradeB},
          std::tuple {m_gradeC, u"C"_s, t.gradeC}}) {
        box->setRange(0, 200);
        box->setDecimals(1);
        box->setValue(value);
        box->setPrefix(tr("%1 from ").arg(grade));
        grades->addWidget(box);
    }
    grades->addWidget(new QLabel(tr("D below")), 1);
    form->addRow(label(tr("&Grades:"), m_gradeA), grades);

    const auto buttons = [this](QTableWidget *table, const std::function<void()> &add) {
        auto *row = new QHBoxLayout;
        auto *plus = new QPushButton(tr("Add"));
        auto *minus = new QPushButton(tr("Remove"));
        connect(plus, &QPushButton::clicked, this, add);
        connect(minus, &QPushButton::clicked, this, [this, table] {
            const int r = table->currentRow();
            if (r >= 0) {
                table->removeRow(r);
                updateSums();
            }
        });
        row->addWidget(plus);
        row->addWidget(minus);
        row->addStretch(1);
        return row;
    };
    body()->addWidget(new QLabel(tr("KPIs (a target left empty is the rep's own target of the "
                                    "period):")));
    body()->addWidget(m_kpis, 1);
    body()->addLayout(buttons(m_kpis, [this] { addKpiRow({ScoreKpi::WonDeals, 0, 10.0}); }));
    body()->addWidget(new QLabel(tr("Criteria rated 1–5:")));
    body()->addWidget(m_criteria, 1);
    body()->addLayout(buttons(m_criteria, [this] { addCriterionRow({tr("New criterion"), 0}); }));
    body()->addWidget(m_sums);
    for (const TemplateKpi &k : t.kpis) {
        addKpiRow(k);
    }
    for (const TemplateCriterion &c : t.criteria) {
        addCriterionRow(c);
    }
    updateSums();
    resize(760, 720);
}

void TemplateDialog::addKpiRow(const TemplateKpi &k)
{
    const int r = m_kpis->rowCount();
    m_kpis->insertRow(r);
    auto *kpi = new QComboBox;
    for (ScoreKpi each : ScorecardText::kpis()) {
        kpi->addItem(ScorecardText::name(each), int(each));
    }
    kpi->setCurrentIndex(kpi->findData(int(k.kpi)));
    auto *weight = percentBox(k.weight);
    auto *target = new QLineEdit;
    const auto shownTarget = [](ScoreKpi which, std::optional<double> v) -> QString {
        if (!v) {
            return {};
        }
        return QLocale().toString(ScorecardText::isFraction(which) ? *v * 100 : *v, 'g', 10);
    };
    target->setText(shownTarget(k.kpi, k.target));
    auto *direction = new QComboBox;
    direction->addItem(tr("higher"), true);
    direction->addItem(tr("lower"), false);
    direction->setCurrentIndex(k.higherIsBetter ? 0 : 1);
    auto *cap = new QDoubleSpinBox;
    cap->setRange(0, 1000);
    cap->setDecimals(0);
    cap->setValue(k.cap);
    const auto placeholder = [this, kpi, target] {
        const auto which = ScoreKpi(kpi->currentData().toInt());
        target->setPlaceholderText(ScorecardText::hasQuota(which)     ? tr("the rep's target")
                                   : ScorecardText::isFraction(which) ? tr("per cent")
                                   : ScorecardText::isMoney(which)    ? m_currency
                                                                      : tr("a number"));
    };
    placeholder();
    connect(kpi, &QComboBox::currentIndexChanged, this, [kpi, direction, placeholder] {
        direction->setCurrentIndex(
                ScorecardText::higherIsBetter(ScoreKpi(kpi->currentData().toInt())) ? 0 : 1);
        placeholder();
    });
    connect(weight, &QDoubleSpinBox::valueChanged, this, &TemplateDialog::updateSums);
    m_kpis->setCellWidget(r, 0, kpi);
    m_kpis->setCellWidget(r, 1, weight);
    m_kpis->setCellWidget(r, 2, target);
    m_kpis->setCellWidget(r, 3, direction);
    m_kpis->setCellWidget(r, 4, cap);
    updateSums();
}

void TemplateDialog::addCriterionRow(const TemplateCriterion &c)
{
    const int r = m_criteria->rowCount();
    m_criteria->insertRow(r);
    auto *weight = percentBox(c.weight);
    connect(weight, &QDoubleSpinBox::valueChanged, this, &TemplateDialog::updateSums);
    m_criteria->setCellWidget(r, 0, new QLineEdit(ScorecardText::shown(c.name)));
    m_criteria->setCellWidget(r, 1, weight);
    updateSums();
}

void TemplateDialog::updateSums()
{
    const auto sum = [](QTableWidget *table) {
        double s = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            s += qobject_cast<QDoubleSpinBox *>(table->cellWidget(r, 1))->value();
        }
        return s;
    };
    const double kpis = sum(m_kpis);
    const double criteria = sum(m_criteria);
    const QLocale locale;
    const auto shown = [&locale](double v) -> QString {
        return locale.toString(v, 'f', 1) + u" %"_s;
    };
    const bool kpisOk = m_kpis->rowCount() == 0 || std::abs(kpis - 100) < 0.05;
    const bool criteriaOk = m_criteria->rowCount() == 0 || std::abs(criteria - 100) < 0.05;
    m_sums->setText(tr("The KPIs' weights add up to %1, the criteria's to %2; each part must "
                       "make 100 %.")
                            .arg(shown(kpis), shown(criteria)));
    m_sums->setStyleSheet(kpisOk && criteriaOk ? QString() : u"color: #b3261e;"_s);
}

EvaluationTemplate TemplateDialog::evaluationTemplate() const
{
    EvaluationTemplate t;
    t.name = ScorecardText::stored(m_name->text().trimmed());
    t.quantitativeWeight = m_split->value() / 100;
    const QLocale locale;
    for (int r = 0; r < m_kpis->rowCount(); ++r) {
        TemplateKpi k;
        k.kpi = ScoreKpi(
                qobject_cast<QComboBox *>(m_kpis->cellWidget(r, 0))->currentData().toInt());
        k.weight = qobject_cast<QDoubleSpinBox *>(m_kpis->cellWidget(r, 1))->value() / 100;
        const QString target
                = qobject_cast<QLineEdit *>(m_kpis->cellWidget(r, 2))->text().trimmed();
        if (!target.isEmpty()) {
            bool ok = false;
            double v = locale.toDouble(target, &ok);
            if (!ok) {
                v = target.toDouble(&ok);
            }
            // A target that is not a number is kept as NaN for validate() to refuse by name.
            k.target = ok ? (ScorecardText::isFraction(k.kpi) ? v / 100 : v) : std::nan("");
        }
        k.higherIsBetter
                = qobject_cast<QComboBox *>(m_kpis->cellWidget(r, 3))->currentData().toBool();
        k.cap = qobject_cast<QDoubleSpinBox *>(m_kpis->cellWidget(r, 4))->value();
        t.kpis.append(k);
    }
    for (int r = 0; r < m_criteria->rowCount(); ++r) {
        TemplateCriterion c;
        c.name = ScorecardText::stored(
                qobject_cast<QLineEdit *>(m_criteria->cellWidget(r, 0))->text().trimmed());
        c.weight = qobject_cast<QDoubleSpinBox *>(m_criteria->cellWidget(r, 1))->value() / 100;
        t.criteria.append(c);
    }
    t.gradeA = m_gradeA->value();
    t.gradeB = m_gradeB->value();
    t.gradeC = m_gradeC->value();
    return t;
}

} // namespace salesdesk::ui
