#pragma once

#include "core/common/dates.h"

// The parts of an import the Importer runs row by row: a Row of the file, the State of the book
// as the rows need it (importstate.cpp), and one function per kind of file (importrows.cpp;
// activities in importactivities.cpp). Internal to core/exchange.

#include "core/customers/contacts.h"
#include "core/customers/customerrepository.h"
#include "core/exchange/importer.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/team/teamrepository.h"

#include <QSet>

namespace salesdesk::importing {

// Names compared without regard to case.
QString key(const QString &text);
// How deals and activities already in the book (or earlier in the file) are recognised.
QString dealKey(qint64 customerId, const QString &title);
QString activityKey(const QString &subject, const QDate &due, qint64 customerId);
// A plain date as a point in time: noon that day, in UTC.
QDateTime noonUtc(const QDate &date);
// A phone number as its last 11 digits, so different spellings of one number compare equal.
QString phoneKey(const QString &phone);

// What became of a row. A rejected row has said why through Row::problem.
enum class Outcome { Imported, Updated, Skipped, Rejected };

// One row of the file being imported: its fields by what they hold, and what is wrong with it.
class Row
{
public:
    Row(const CsvTable &table, qsizetype index, const QHash<Field, qsizetype> &column,
        const QHash<Field, DateOrder> &dateOrder)
        : m_table(table)
        , m_row(table.rows[index])
        , m_line(table.lines.value(index))
        , m_column(column)
        , m_dateOrder(dateOrder)
    { }

    bool has(Field f) const { return m_column.contains(f); }
    // The field's text (trimmed when the file was read), empty when the file has no such column.
    QString text(Field f) const { return has(f) ? m_row[m_column.value(f)] : QString(); }
    // Puts the field's text into `target` when the row has some: an update keeps what the row
    // leaves empty.
    void fill(Field f, QString &target) const
    {
        if (const QString t = text(f); !t.isEmpty()) {
            target = t;
        }
    }
    void problem(Field f, const QString &message)
    {
        m_problems.append(
                {m_line, has(f) ? m_table.header[m_column.value(f)] : QString(), message});
    }
    const QList<ImportProblem> &problems() const { return m_problems; }
    int line() const { return m_line; }
    // False, with a problem per field, when a field the import reads holds a NUL or another
    // control character (tabs and line breaks are text): never stored, never guessed away.
    bool textIsClean();
    // A failure of the book itself (not of the row), named by the row's line.
    Error fail(const Error &e) const
    {
        return {e.kind, Importer::tr("Line %1: %2").arg(m_line).arg(e.message)};
    }

    std::optional<QDate> date(Field f)
    {
        const QString t = text(f);
        if (t.isEmpty()) {
            return std::nullopt;
        }
        auto d = ImportValues::date(t, m_dateOrder.value(f));
        if (!d) {
            problem(f, d.message());
            return std::nullopt;
        }
        return *d;
    }
    // A date column as a point in time: an ISO timestamp keeps its time ("…T08:30:00Z", as
    // SalesDesk exports), a plain date means noon that day.
    std::optional<QDateTime> when(Field f)
    {
        const QString t = text(f);
        if (t.size() > 10 && t[4] == u'-' && t[10] == u'T') {
            // The two forms met by the hundred thousand read directly: "…T08:30:00Z" (a CSV
            // export's) and a local "…T08:30:00" (a workbook's); anything else by Qt's parser.
            if (t.size() == 20) {
                if (const QDateTime utc = fromStoredTime(t); utc.isValid()) {
                    return utc;
                }
            } else if (t.size() == 19) {
                const QDate day = QDate::fromString(QStringView(t).left(10), Qt::ISODate);
                const QTime clock = QTime::fromString(QStringView(t).mid(11), Qt::ISODate);
                if (day.isValid() && clock.isValid()) {
                    return utcOfLocal(day, clock);
                }
            }
            const QDateTime exact = QDateTime::fromString(t, Qt::ISODate);
            if (exact.isValid()) {
                return exact.toUTC();
            }
        }
        const auto d = date(f);
        return d ? std::optional<QDateTime>(noonUtc(*d)) : std::nullopt;
    }
    // The contact's name, from one column or from first and last name ("王" + "芳" → "王芳",
    // "Mia" + "Chen" → "Mia Chen").
    QString contactName() const
    {
        QString name = text(Field::ContactName);
        if (name.isEmpty()) {
            const QString first = text(Field::FirstName), last = text(Field::LastName);
            const bool cjk = !last.isEmpty() && last.front().script() == QChar::Script_Han;
            name = cjk ? last + first : QStringList {first, last}.join(u' ').trimmed();
        }
        return name;
    }

private:
    const CsvTable &m_table;
    const QStringList &m_row;
    int m_line;
    const QHash<Field, qsizetype> &m_column;
    const QHash<Field, DateOrder> &m_dateOrder;
    QList<ImportProblem> m_problems;
};

// The book as far as the rows need it, kept current while rows are processed (so a dry run
// sees the customers that earlier rows would create).
struct State
{
    State(QSqlDatabase db, const ImportOptions &options, bool write, ImportJournal &journal,
          const CurrencyService &currencies, const QDateTime &now)
        : options(options)
        , write(write)
        , journal(journal)
        , now(now)
        , currencies(currencies)
        , stagesRepo(db)
        , customersRepo(db)
        , team(db)
        , deals(db)
        , activities(db)
        , contacts(db)
    { }

    const ImportOptions &options;
    const bool write; // false in a dry run: nothing is written, ids are pretended
    ImportJournal &journal;
    const QDateTime now;
    QStringList unknownStages;

    const CurrencyService &currencies;
    StageRepository stagesRepo;
    CustomerRepository customersRepo;
    TeamRepository team;
    DealRepository deals;
    ActivityRepository activities;
    ContactRepository contacts;

    QString currency; // the home currency
    // Whether deals in a currency can be added up: the home currency, one the book has a rate
    // for, or one the import brings a rate for. The others are gathered with their lines.
    bool canConvert(const QString &code) const
    {
        return currencies.canConvert(code)
               || std::any_of(options.rates.cbegin(), options.rates.cend(),
                              [&](const ExchangeRate &r) { return r.currency == code; });
    }
    QMap<QString, QList<int>> missingRates;
    QList<Stage> stages; // open stages by position
    QHash<QString, qint64> stageByName;
    QHash<QString, qint64> lostReasonByName;
    qint64 otherLostReason = 0;

    QHash<qint64, Customer> customers;
    QHash<QString, qint64> customerByName, customerByEmail, customerByPhone;
    QHash<QString, qint64> customerByExactName; // the name as written: no case folding needed
    qint64 findCustomer(const QString &name) const
    {
        if (qint64 id = customerByExactName.value(name)) {
            return id;
        }
        return customerByName.value(key(name));
    }
    QHash<QString, qint64> repByName;
    // A customer's contacts, with those no row has taken yet found by email, phone and name:
    // matching a row costs the same for the thousandth contact of a customer as for the first.
    struct CustomerContacts
    {
        QList<Contact> people;
        QHash<qint64, qsizetype> at; // index in people, by id
        QMultiHash<QString, qsizetype> byEmail, byPhone, byName; // unclaimed ones only
        int primaries = 0;
    };
    QHash<qint64, CustomerContacts> contactsOf;
    // The deals the book held before the import, by dealKey(), read a customer at a time. A row
    // that stands for one of them takes it, so a file with two deals of the same title for one
    // customer matches two deals of the book, not one twice; rows never match each other.
    struct BookDeal
    {
        qint64 id;
        QDateTime createdAt; // UTC
    };
    QHash<QString, QList<BookDeal>> bookDeals;
    QSet<qint64> dealsLoaded; // customers whose deals are in bookDeals
    // The activities the book held before the import, by activityKey(), read for an activities
    // file; a row that stands for one takes it, as with deals.
    QHash<QString, QList<qint64>> activityByKey;
    // Contacts a row of this import has made or stands for: no other row matches them.
    QSet<qint64> claimedContacts;
    qint64 nextFakeId = -1000; // ids of rows a dry run pretends to create
    // New deals and their history, written a few hundred at a time.
    qint64 nextDealId = 0;
    QList<Deal> pendingDeals;
    QList<StageChange> pendingHistory;
    Status flush()
    {
        if (auto st = deals.insertMany(pendingDeals); !st) {
            return st;
        }
        if (auto st = deals.appendHistoryMany(pendingHistory); !st) {
            return st;
        }
        pendingDeals.clear();
        pendingHistory.clear();
        return {};
    }

    Status load();
    Status loadDeals(qint64 customerId);
    void rememberCustomer(const Customer &c);
    // Keeps a contact of the book or of this import; `claim`: a row has made it or stands for
    // it, so no other row matches it.
    void rememberContact(const Contact &c, bool claim = false);
    void claimContact(qint64 customerId, qint64 contactId);
    // Writes a record a row made: an update (keeping how it was, for undo) or an insert (keeping
    // its id); in a dry run a new record gets a pretend id.
    template<typename Record, typename Repository>
    Status keep(Repository &repository, Record &record, bool update, const Record &before,
                QList<Record> &updated, QList<qint64> &created)
    {
        if (!write) {
            if (!update) {
                record.id = nextFakeId--;
            }
            return {};
        }
        if (update) {
            if (auto st = repository.update(record); !st) {
                return st;
            }
            updated.append(before);
            return {};
        }
        auto made = repository.insert(record);
        if (!made) {
            return made.error();
        }
        record.id = *made;
        created.append(record.id);
        return {};
    }
    // The deal of the book a row of a deals file stands for (0 when none): the customer's, of
    // the same title and, when the row says when it was created, created that day (UTC); taken,
    // so no later row finds it again.
    Result<qint64> claimDeal(qint64 customerId, const QString &title,
                             const std::optional<QDateTime> &created);
    // The customer's deal of that title an activity due on `due` belongs to (0 when none): of
    // several, the one created at `created` when the file says (SalesDesk's export does), else
    // the last created by the due day (a yearly renewal's call goes with that year's).
    Result<qint64> dealOf(qint64 customerId, const QString &title, const QDate &due,
                          const std::optional<QDateTime> &created);
    // The rep named in the row's Owner column (0 for none), created when the book has no such rep.
    Result<qint64> owner(const Row &row);
    // The customer of that name (0 when there is none and not `create`), created with the row's
    // contact as its primary contact.
    Result<qint64> customer(const Row &row, const QString &name, bool create);
};

Result<Outcome> importCustomer(State &st, Row &row);
Result<Outcome> importContact(State &st, Row &row);
Result<Outcome> importDeal(State &st, Row &row);
Result<Outcome> importActivity(State &st, Row &row);

} // namespace salesdesk::importing
