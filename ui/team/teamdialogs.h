#pragma once

#include "core/common/result.h"
#include "core/team/career.h"
#include "core/team/commission.h"
#include "core/team/reassignment.h"
#include "core/team/rep.h"

#include <QDialog>
#include <QUndoStack>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QVBoxLayout;

namespace salesdesk {
class Book;
class TeamService;
} // namespace salesdesk

namespace salesdesk::ui {

// A form whose OK saves through `save` (set by the page, which pushes the undo command): a
// refused save says why under the form and keeps what was typed.
class SaveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveDialog(QWidget *parent = nullptr);
    void setSave(std::function<Status()> save) { m_save = std::move(save); }
    // OK performs the edit `perform` returns the undo command of (or why it was refused) and
    // pushes that command.
    template<typename Perform>
    void setCommand(QUndoStack *undo, Perform perform)
    {
        setSave([undo, perform]() -> Status {
            auto command = perform();
            if (!command) {
                return command.error();
            }
            undo->push(command->release());
            return {};
        });
    }
    void accept() override;

protected:
    QVBoxLayout *body() const { return m_body; }
    QFormLayout *addForm();
    // A form label whose mnemonic focuses `buddy` (for a row that holds a layout of fields).
    static QLabel *label(const QString &text, QWidget *buddy);
    void showProblem(const QString &text);

private:
    QVBoxLayout *m_body;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::function<Status()> m_save;
};

// A rep's profile: name, role, team, manager, region, contact, hire date, level, and whether
// (and since when) they have left.
class RepDialog : public SaveDialog
{
    Q_OBJECT

public:
    RepDialog(Book &book, const Rep &rep, QWidget *parent = nullptr);
    Rep rep() const;

private:
    Rep m_rep;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_team;
    QComboBox *m_manager;
    QLineEdit *m_region;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QCheckBox *m_hiredKnown;
    QDateEdit *m_hired;
    QComboBox *m_level;
    QCheckBox *m_left;
    QDateEdit *m_leftOn;
};

// A team: its name, the team it belongs to and its lead.
class TeamDialog : public SaveDialog
{
    Q_OBJECT

public:
    TeamDialog(Book &book, const Team &team, QWidget *parent = nullptr);
    Team team() const;

private:
    Team m_team;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QComboBox *m_lead;
};

// Hands a rep's open deals, customers and planned activities over: to one rep, or customer by
// customer.
class ReassignDialog : public SaveDialog
{
    Q_OBJECT

public:
    ReassignDialog(Book &book, qint64 fromRepId, QWidget *parent = nullptr);
    ReassignRequest request() const;

private:
    void fill();

    Book &m_book;
    QComboBox *m_from;
    QComboBox *m_to;
    QTableWidget *m_customers;
    QLabel *m_summary;
};

// A won deal cancelled or refunded: the day and why.
class ReverseDealDialog : public SaveDialog
{
    Q_OBJECT

public:
    ReverseDealDialog(Book &book, qint64 dealId, QWidget *parent = nullptr);
    QDate day() const;
    QString reason() const;

private:
    QDateEdit *m_day;
    QLineEdit *m_reason;
};

// Who is credited with a won deal, and with what share (adding up to 100 %).
class SplitCreditDialog : public SaveDialog
{
    Q_OBJECT

public:
    SplitCreditDialog(Book &book, qint64 dealId, QWidget *parent = nullptr);
    // The shares given, in millionths; empty when only the owner is credited.
    Result<QList<CreditSplit>> splits() const;

private:
    void updateTotal();

    QTableWidget *m_shares;
    QLabel *m_total;
};

// An award for a rep, or a promotion to a level: a title or level, the day, why.
class CareerStepDialog : public SaveDialog
{
    Q_OBJECT

public:
    enum class Kind { Award, Promotion };
    CareerStepDialog(Book &book, Kind kind, qint64 repId, QWidget *parent = nullptr);
    QString title() const;
    QDate day() const;
    QString reason() const;

private:
    QComboBox *m_title;
    QDateEdit *m_day;
    QLineEdit *m_reason;
};

// The career ladder, lowest level first, with what each asks.
class LadderDialog : public SaveDialog
{
    Q_OBJECT

public:
    LadderDialog(const QList<CareerLevel> &levels, QWidget *parent = nullptr);
    Result<QList<CareerLevel>> levels() const;

private:
    QTableWidget *m_levels;
};

// Fills a combo with "(none)" (data 0) and the active reps, plus `keep` even if they left.
void fillReps(QComboBox *combo, const TeamService &team, qint64 keep = 0, bool withNone = true);

} // namespace salesdesk::ui
