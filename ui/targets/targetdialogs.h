#pragma once

#include "core/targets/targetservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// Shows the five SMART letters with a tick or a warning and a plain-language hint each.
class SmartCheckView : public QWidget
{
    Q_OBJECT

public:
    explicit SmartCheckView(QWidget *parent = nullptr);
    void show(const TargetService::SmartCheck &check);

private:
    QList<QLabel *> m_rows;
};

// Reads a value typed in a metric's unit: an amount for money, a count, or a rate in percent.
Result<qint64> parseTargetValue(Metric metric, const QString &text, const QString &currency);
QString targetValueText(Metric metric, qint64 value, const QString &currency);

// New Target: metric, scope, period and value, with the SMART check as you type.
class NewTargetDialog : public QDialog
{
    Q_OBJECT

public:
    NewTargetDialog(Book &book, QWidget *parent = nullptr);
    Target target() const;

private:
    void updatePeriodFields();
    void updateScopeFields();
    void refresh();
    Period period() const;

    Book &m_book;
    TargetService &m_targets;
    QComboBox *m_metric;
    QComboBox *m_scopeKind;
    QComboBox *m_rep;
    QLineEdit *m_scopeText;
    QComboBox *m_periodKind;
    QSpinBox *m_year;
    QSpinBox *m_part;
    QLabel *m_periodDates;
    QLineEdit *m_value;
    QLabel *m_unit;
    QLineEdit *m_name;
    QComboBox *m_objective;
    QPlainTextEdit *m_description;
    SmartCheckView *m_smart;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_nameEdited = false;
};

// Split: into what, by which method, with a preview of the parts before anything is saved.
class SplitTargetDialog : public QDialog
{
    Q_OBJECT

public:
    SplitTargetDialog(TargetService &targets, const Target &target, const QString &currency,
                      QWidget *parent = nullptr);
    const std::optional<TargetService::SplitPlan> &plan() const { return m_plan; }

private:
    void refresh();

    TargetService &m_targets;
    Target m_target;
    QString m_currency;
    QComboBox *m_into;
    QComboBox *m_method;
    QLineEdit *m_numbers;
    QTableWidget *m_preview;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    std::optional<TargetService::SplitPlan> m_plan;
};

// Adjust: a new value and the reason for it, kept in the target's history.
class AdjustTargetDialog : public QDialog
{
    Q_OBJECT

public:
    // `today` decides which parts have ended (they keep their figures, as locked ones do).
    AdjustTargetDialog(const TargetService &targets, const Target &target, const QString &currency,
                       bool hasChildren, const QDate &today, QWidget *parent = nullptr);
    qint64 value() const { return m_parsed; }
    QString reason() const;
    bool respread() const;
    bool rebalance() const;

private:
    void validate();
    void updatePreview();

    const TargetService &m_targets;
    Target m_target;
    QDate m_today;
    QTableWidget *m_preview;
    QLabel *m_note;
    QString m_currency;
    QLineEdit *m_value;
    QLineEdit *m_reason;
    QCheckBox *m_respread;
    QCheckBox *m_rebalance;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    qint64 m_parsed = 0;
};

} // namespace salesdesk::ui
