#pragma once

#include "core/team/commissionservice.h"
#include "ui/commands/teamcommands.h"
#include "ui/team/teamdialogs.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// An incentive plan: the rate table and how it pays, the quota, cap, clawback window, bonus,
// SPIFFs, and the reps it pays.
class PlanDialog : public SaveDialog
{
    Q_OBJECT

public:
    PlanDialog(Book &book, const CommissionPlan &plan, QWidget *parent = nullptr);
    Result<TeamCommands::PlanState> plan() const;

private:
    Result<std::optional<qint64>> amount(QLineEdit *edit) const;
    void addTierRow(const QString &from, const QString &rate);
    void addPoolRow(const CommissionPool &pool);

    Book &m_book;
    CommissionPlan m_plan;
    QLineEdit *m_name;
    QComboBox *m_mode;
    QTableWidget *m_tiers;
    QComboBox *m_quotaKind;
    QLineEdit *m_quota;
    QLineEdit *m_cap;
    QSpinBox *m_clawback;
    QLineEdit *m_bonus;
    QLineEdit *m_bonusAt;
    QTableWidget *m_spiffs;
    QTableWidget *m_pools;
    QListWidget *m_reps;
};

// 激励机制: the plans, and the commission statements of a period with their lines; settle a
// period once it is over, export the statements.
class CommissionView : public QWidget
{
    Q_OBJECT

public:
    CommissionView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const;
    void reload();
    Period period() const;
    void setPeriod(const Period &period);
    const QList<CommissionStatement> &statements() const { return m_statements; }

    void newPlan();
    void editPlan();
    void settle();
    void exportStatements();

protected:
    // Statements follow the deals: computed again whenever the view is shown.
    void showEvent(QShowEvent *event) override;

private:
    void reloadPlans();
    void reloadStatements();
    void showLines();
    qint64 currentPlanId() const;

    Book &m_book;
    bool m_shownBefore = false;
    QUndoStack *m_undo;
    QTableWidget *m_plans;
    QComboBox *m_period;
    QTableWidget *m_table;
    QTableWidget *m_lines;
    QLabel *m_linesTitle;
    QList<CommissionStatement> m_statements;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_settle;
    QAction *m_export;
};

} // namespace salesdesk::ui
