#pragma once

#include "core/customers/feedback.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// 客户反馈: what a customer said, how satisfied (1–5) and how likely to recommend (0–10), and
// the follow-up action with who does it and whether it is done.
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackDialog(Book &book, const Feedback &feedback, QWidget *parent = nullptr);
    Feedback feedback() const;

private:
    void validate();

    Feedback m_original;
    QDateEdit *m_date;
    QLineEdit *m_contact;
    QComboBox *m_channel;
    QComboBox *m_category;
    QComboBox *m_score;
    QSpinBox *m_nps;
    QPlainTextEdit *m_text;
    QLineEdit *m_action;
    QComboBox *m_owner;
    QCheckBox *m_done;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace salesdesk::ui
