#pragma once

#include "core/currency/currencyservice.h"
#include "core/customers/contacts.h"
#include "core/customers/customer.h"
#include "core/exchange/columns.h"
#include "core/exchange/csvtable.h"
#include "core/exchange/values.h"
#include "core/pipeline/pipelinetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <functional>
#include <memory>

namespace salesdesk {

class Book;

// What to do with a row that matches a record already in the book (customers by name, email or
// phone; contacts by customer and name, email or phone; deals by customer and title; activities
// by subject, due day and customer).
enum class DuplicatePolicy { Skip, Update, Create };

struct ImportOptions
{
    ImportEntity entity = ImportEntity::Deals;
    ImportSource source = ImportSource::Auto;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    // Off (the default): one bad row and nothing is written. On: the good rows are written and
    // the bad ones reported (and written to a rejects file by the caller).
    bool skipInvalid = false;
    // For numeric dates that could be read both ways; Auto decides per column and rejects the
    // rows of a column that never shows which way it is written.
    DateOrder dateOrder = DateOrder::Auto;
    // The field of each file column; empty: ImportColumns::map for the source.
    QList<std::optional<Field>> mapping;
    // Stage texts of the file (lower case) → the book's stage id, or -1 for won, -2 for lost.
    QHash<QString, qint64> stageMap;
    // Exchange rates for currencies of the file the book has none for, saved with the import.
    QList<ExchangeRate> rates;
};

struct ImportProblem
{
    int line = 0; // in the file, the header being line 1
    QString column; // the file's column name, empty when the row as a whole is wrong
    QString message;
};

struct ImportReport
{
    int read = 0;
    int imported = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
    bool cancelled = false;
    bool written = false; // false after a dry run, a cancel or an all-or-nothing abort
    QList<ImportProblem> errors;
    QList<int> rejectedRows; // indexes into CsvTable::rows
    QStringList unknownStages; // stage texts the book has no stage for
    QStringList ambiguousDateColumns; // columns whose dates read both as d/m and m/d
    QString source; // the program the file was recognised as (ImportColumns::code)
    // Currencies of the file the book has no exchange rate for, with the lines that use them:
    // nothing is imported until rates are given (ImportOptions::rates).
    QMap<QString, QList<int>> missingRates;
    QString homeCurrency; // the book's
    // The book had no deals and no rates: its home currency could still become the file's.
    bool homeChangeable = false;
    // The sentence that says so, naming the currencies and their lines; empty when none.
    QString missingRatesMessage() const;
};

// Everything an import wrote, so that undo can take it back exactly.
struct ImportJournal
{
    QList<qint64> reps, customers, contacts, deals, activities; // rows created
    QList<Customer> customersBefore; // rows updated, as they were
    QList<Contact> contactsBefore;
    QList<Deal> dealsBefore;
    QList<QList<StageChange>> dealHistoriesBefore;
    QList<Activity> activitiesBefore;
    std::optional<QList<ExchangeRate>> ratesBefore; // the whole table, when the import set rates
    bool isEmpty() const;
};

// Imports the rows of a spreadsheet export as customers, contacts, deals or activities, in one
// transaction. Finds or creates the customers and reps the rows name.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(Book &book, ImportOptions options);
    ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    // Called every few hundred rows with (rows done, rows in all); returning false cancels.
    using Progress = std::function<bool(int, int)>;

    // Checks every row against the book and reports what an import would do; writes nothing.
    Result<ImportReport> dryRun(const CsvTable &table, const Progress &progress = {});
    // Imports; on success with rows written, `journal` (when given) holds what undo needs.
    Result<ImportReport> run(const CsvTable &table, ImportJournal *journal = nullptr,
                             const Progress &progress = {});

    // Takes an import back in one transaction. The book's services are read again afterwards
    // by the caller (Book::reload).
    static Status undo(Book &book, const ImportJournal &journal);
    // The rejected rows as CSV (UTF-8 with BOM) with a last column saying why.
    static Status writeRejects(const QString &path, const CsvTable &table,
                               const ImportReport &report);

private:
    Result<ImportReport> process(const CsvTable &table, bool write, ImportJournal *journal,
                                 const Progress &progress);

    Book &m_book;
    ImportOptions m_options;
};

} // namespace salesdesk
