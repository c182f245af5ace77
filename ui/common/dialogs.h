#pragma once

#include "core/common/dates.h"
#include "core/currency/currencyservice.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

class QDateTimeEdit;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// A name for a window title, quoted and cut to `max` characters: “ERP licence – Zhongke”.
QString titleName(const QString &name, int max = 40);
// A menu text as words in a sentence or a list: "&New Deal…" reads "New Deal", a translation's
// "新建商机(&N)…" reads "新建商机".
QString plainActionText(QString text);

// After a save refused because someone else saved the same record meanwhile (a team server):
// apply the user's changes on top of theirs, reload the record and start again, or leave it.
// `text` says who changed what, `advice` what each choice does.
enum class ClashChoice { ApplyOnTop, Reload, Cancel };
ClashChoice askAboutClash(QWidget *parent, const QString &title, const QString &text,
                          const QString &advice);

// Asks for the password of `user` on a team server; `remember` (in and out): whether to keep it
// in the desktop's keychain. Nothing when the user cancels.
std::optional<QString> askServerPassword(QWidget *parent, const QString &user, const QString &host,
                                         bool *remember);

// Days are written by core's dateText() (core/common/dates.h): four-digit years everywhere.
// A date or date-and-time field showing dateFormat().
void useDateFormat(QDateTimeEdit *edit);

// File › Properties: the company's name and the book's home currency (which can change only
// while the book has no deals).
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(const QString &companyName, const QString &currency, bool currencyFixed,
                     QWidget *parent = nullptr);
    QString companyName() const;
    QString currency() const;

private:
    QLineEdit *m_name;
    QComboBox *m_currency;
};

// Edit › Preferences. This computer's own: the interface language (applies after a restart).
// With a book open, the settings of that company, kept in its file so every computer and the
// command line agree: when a target counts as on track or at risk, the segment rules and
// contact cadences, and the exchange rates to the home currency.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Book *book, QWidget *parent = nullptr);
    void accept() override;

    // The book's settings the user changed (key → new value), empty when none.
    QHash<QString, QString> settingsChanges() const;
    // The exchange rates as the dialog left them, and whether they differ from the book's.
    QList<ExchangeRate> rates() const;
    bool ratesChanged() const;

    // "" follows the system; otherwise a locale name such as "en" or "zh_CN".
    static QString language();
    static void setLanguage(const QString &name);
    // The target statuses this computer used before they were kept in the book (version 5 and
    // earlier), when they were ever changed from the defaults.
    static std::optional<std::pair<int, int>> legacyThresholds();

private:
    QWidget *bookPage();
    QWidget *ratesPage();
    void addRateRow(const ExchangeRate &rate);
    QStringList problems() const;

    Book *m_book;
    QComboBox *m_language;
    QHash<QString, QSpinBox *> m_settingBoxes; // book setting key → its box
    QTableWidget *m_rates = nullptr;
};

} // namespace salesdesk::ui
