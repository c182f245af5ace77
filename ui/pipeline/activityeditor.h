#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// Creates or edits one activity: type, subject, due date and time, rep, done and outcome.
// The deal and customer it belongs to are given by where it was created.
class ActivityEditor : public QDialog
{
    Q_OBJECT

public:
    ActivityEditor(Book &book, const Activity &activity, QWidget *parent = nullptr);
    Activity activity() const;

private:
    void validate();

    Book &m_book;
    Activity m_original;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QDateTimeEdit *m_due;
    QComboBox *m_rep;
    QCheckBox *m_done;
    QLineEdit *m_outcome;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace salesdesk::ui
