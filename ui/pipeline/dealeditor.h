#pragma once

#include "core/customers/customer.h"
#include "core/pipeline/pipelinetypes.h"

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

// Creates or edits one deal. Validation is inline: the broken field is marked, the reason is
// written under the form and OK stays disabled until the deal is valid.
class DealEditor : public QDialog
{
    Q_OBJECT

public:
    DealEditor(Book &book, const Deal &deal, QWidget *parent = nullptr);

    // The deal as entered; customer and owner are resolved (and created) by name on accept.
    Deal deal() const;
    QString customerName() const;
    QString ownerName() const;
    // The contact details typed for the customer (contact person, phone, email).
    Customer customerDetails() const;

    void accept() override;
    // The user chose Reverse Won Deal… (or Split Credit…): the edits are saved as with OK, then
    // the page opens that dialog.
    enum class Then { Nothing, Reverse, SplitCredit };
    Then then() const { return m_then; }

private:
    void validate();
    void showHomeValue(const Deal &deal, bool valueOk);
    Deal collect() const;
    void updateStatusFields();
    void fillCustomerDetails();

    Book &m_book;
    Deal m_original;
    Then m_then = Then::Nothing;
    QLineEdit *m_title;
    QLineEdit *m_customer;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_owner;
    QLineEdit *m_value;
    QComboBox *m_currency;
    QDateEdit *m_expectedClose;
    QCheckBox *m_hasExpectedClose;
    QComboBox *m_stage;
    QCheckBox *m_overrideProbability;
    QSpinBox *m_probability;
    QComboBox *m_source;
    QLineEdit *m_product;
    QLineEdit *m_competitor;
    QLineEdit *m_nextStep;
    QCheckBox *m_hasNextStepDate;
    QDateEdit *m_nextStepDate;
    QPlainTextEdit *m_notes;
    QComboBox *m_lostReason;
    QLineEdit *m_lostNote;
    QComboBox *m_serviceStatus;
    QComboBox *m_category;
    QLabel *m_categoryLabel;
    QLabel *m_lostReasonLabel;
    QLabel *m_lostNoteLabel;
    QLabel *m_serviceLabel;
    QLabel *m_problems;
    QLabel *m_homeValue;
    QDialogButtonBox *m_buttons;
};

} // namespace salesdesk::ui
