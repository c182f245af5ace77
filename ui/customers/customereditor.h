#pragma once

#include "core/customers/customerservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// A customer in full: profile, contacts, key dates, and the communication plan (cadence and a
// manual segment with its reason). Reads and returns a CustomerRecord; the caller saves it.
class CustomerEditor : public QDialog
{
    Q_OBJECT

public:
    CustomerEditor(Book &book, const CustomerRecord &record, int segmentCadence,
                   QWidget *parent = nullptr);
    CustomerRecord record() const;
    QTabWidget *tabs() const { return m_tabs; }

    void addContact();
    void addKeyDate();

private:
    void validate();
    void addContactRow(const Contact &contact);
    void addKeyDateRow(const KeyDate &date);

    Book &m_book;
    CustomerService &m_customers;
    CustomerRecord m_original;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_industry;
    QLineEdit *m_region;
    QLineEdit *m_address;
    QLineEdit *m_source;
    QLineEdit *m_tags;
    QComboBox *m_owner;
    QPlainTextEdit *m_notes;
    QTableWidget *m_contacts;
    QTableWidget *m_dates;
    QSpinBox *m_cadence;
    QComboBox *m_segment;
    QLineEdit *m_reason;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace salesdesk::ui
