#pragma once

#include "core/evaluation/evaluationservice.h"
#include "core/evaluation/measures.h"
#include "ui/team/teamdialogs.h"

class QDoubleSpinBox;
class QPlainTextEdit;
class QTableWidget;

namespace salesdesk::ui {

// The rating form: each criterion of the rep's scorecard rated 1–5 with a comment, the rep's
// figures of the period beside it.
class RatingDialog : public SaveDialog
{
    Q_OBJECT

public:
    RatingDialog(const Scorecard &card, const QString &currency, QWidget *parent = nullptr);
    QList<CriterionRating> ratings() const;

private:
    QList<QComboBox *> m_ratings;
    QList<QLineEdit *> m_comments;
    QStringList m_names;
};

// An improvement measure: what, for whom, the KPI it should move, its kind (a training links a
// program), owner, dates, status and notes.
class MeasureDialog : public SaveDialog
{
    Q_OBJECT

public:
    MeasureDialog(Book &book, const ImprovementMeasure &measure, QWidget *parent = nullptr);
    ImprovementMeasure measure() const;

private:
    void updateFields();

    ImprovementMeasure m_measure;
    QLineEdit *m_title;
    QComboBox *m_scope;
    QComboBox *m_rep;
    QComboBox *m_team;
    QComboBox *m_kpi;
    QComboBox *m_kind;
    QComboBox *m_training;
    QComboBox *m_owner;
    QDateEdit *m_start;
    QDateEdit *m_due;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
};

// A scorecard template: its name, the split between figures and judgement, the KPIs (weight,
// target, direction, cap), the criteria (weight) and the grade bands. The sums are shown as
// they are typed; a template whose weights do not add up is refused on OK.
class TemplateDialog : public SaveDialog
{
    Q_OBJECT

public:
    TemplateDialog(const EvaluationTemplate &t, const QString &currency, QWidget *parent = nullptr);
    EvaluationTemplate evaluationTemplate() const;

private:
    void addKpiRow(const TemplateKpi &k);
    void addCriterionRow(const TemplateCriterion &c);
    void updateSums();

    QString m_currency;
    QLineEdit *m_name;
    QDoubleSpinBox *m_split;
    QTableWidget *m_kpis;
    QTableWidget *m_criteria;
    QDoubleSpinBox *m_gradeA;
    QDoubleSpinBox *m_gradeB;
    QDoubleSpinBox *m_gradeC;
    QLabel *m_sums;
};

} // namespace salesdesk::ui
