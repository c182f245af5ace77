#include "core/exchange/importer.h"

#include "core/book/book.h"
#include "core/common/privatefile.h"
#include "core/exchange/importrows.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

using namespace importing;

bool ImportJournal::isEmpty() const
{
    return reps.isEmpty() && customers.isEmpty() && contacts.isEmpty() && deals.isEmpty()
           && activities.isEmpty() && customersBefore.isEmpty() && contactsBefore.isEmpty()
           && dealsBefore.isEmpty() && activitiesBefore.isEmpty() && !ratesBefore;
}

QString ImportReport::missingRatesMessage() const
{
    if (missingRates.isEmpty()) {
        return {};
    }
    QStringList parts;
    for (auto it = missingRates.cbegin(); it != missingRates.cend(); ++it) {
        QStringList lines;
        for (int line : it.value().mid(0, 5)) {
            lines.append(QString::number(line));
        }
        if (it.value().size() > 5) {
            lines.append(u"…"_s);
        }
        parts.append(Importer::tr("%1 (%n row(s): line %2)", nullptr, int(it.value().size()))
                             .arg(it.key(), lines.join(u", "_s)));
    }
    return Importer::tr("The file has deals in %1, and the book has no exchange rate from it to "
                        "%2, its home currency; nothing was imported.")
            .arg(parts.join(u"; "_s), homeCurrency);
}

Importer::Importer(Book &book, ImportOptions options)
    : m_book(book)
    , m_options(std::move(options))
{ }

Importer::~Importer() = default;

Result<ImportReport> Importer::dryRun(const CsvTable &table, const Progress &progress)
{
    return process(table, false, nullptr, progress);
}

Result<ImportReport> Importer::run(const CsvTable &table, ImportJournal *journal,
                                   const Progress &progress)
{
    return process(table, true, journal, progress);
}
Result<ImportReport> Importer::process(const CsvTable &table, bool write, ImportJournal *journal,
                                       const Progress &progress)
{
    ImportReport report;
    const ImportSource source = m_options.source == ImportSource::Auto
                                        ? ImportColumns::detect(table.header)
                                        : m_options.source;
    report.source = ImportColumns::code(source);
    const auto mapping = m_options.mapping.isEmpty()
                                 ? ImportColumns::map(table.header, m_options.entity, source)
                                 : m_options.mapping;
    QHash<Field, qsizetype> column;
    for (qsizetype i = 0; i < mapping.size() && i < table.header.size(); ++i) {
        if (mapping[i] && !column.contains(*mapping[i])) {
            column.insert(*mapping[i], i);
        }
    }
    for (Field f : ImportColumns::required(m_options.entity)) {
        const bool nameParts
                = f == Field::ContactName
                  && (column.contains(Field::FirstName) || column.contains(Field::LastName));
        if (!column.contains(f) && !nameParts) {
            return Error::data(tr("No column holds the %1; map one to import %2.")
                                       .arg(ImportColumns::name(f),
                                            ImportColumns::name(m_options.entity).toLower()));
        }
    }

    // The date order of each date column, decided from the whole column.
    QHash<Field, DateOrder> dateOrder;
    for (Field f : {Field::CreatedAt, Field::ExpectedClose, Field::ClosedAt, Field::DueAt,
                    Field::DoneAt, Field::DealCreatedAt}) {
        if (!column.contains(f)) {
            continue;
        }
        DateOrder order = m_options.dateOrder;
        if (order == DateOrder::Auto || order == DateOrder::Ambiguous) {
            QStringList values;
            values.reserve(table.rows.size());
            for (const auto &row : table.rows) {
                values.append(row[column[f]]);
            }
            order = ImportValues::detectOrder(values);
            if (order == DateOrder::Ambiguous) {
                report.ambiguousDateColumns.append(table.header[column[f]]);
            }
        }
        dateOrder.insert(f, order);
    }

    if (const QStringList p = m_book.currencies().problems(m_options.rates); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    report.homeCurrency = m_book.currencies().home();
    report.homeChangeable = m_book.currencies().homeChangeable(); // before anything is written
    QSqlDatabase db = m_book.database().connection();
    ImportJournal local;
    ImportJournal &j = journal ? *journal : local;
    j = {};
    State st(db, m_options, write, j, m_book.currencies(), m_book.clock().nowUtc());
    if (auto loaded = st.load(); !loaded) {
        return loaded.error();
    }
    std::optional<Transaction> transaction;
    if (write) {
        transaction.emplace(db);
        if (!transaction->active()) {
            return transaction->beginStatus().error();
        }
        // The rates the import brings go in with it, and out with its undo.
        if (!m_options.rates.isEmpty()) {
            ExchangeRateRepository rates(db);
            j.ratesBefore = m_book.currencies().rates();
            for (const ExchangeRate &r : std::as_const(m_options.rates)) {
                if (auto saved = rates.upsert(r); !saved) {
                    j = {};
                    return saved.error();
                }
            }
        }
    }
    const auto importRow = [&](Row &row) -> Result<Outcome> {
        switch (m_options.entity) {
        case ImportEntity::Customers:
            return importCustomer(st, row);
        case ImportEntity::Contacts:
            return importContact(st, row);
        case ImportEntity::Deals:
            return importDeal(st, row);
        case ImportEntity::Activities:
            return importActivity(st, row);
        }
        return Error::internal(u"unknown kind of import"_s);
    };

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (progress && r % 500 == 0 && !progress(int(r), int(table.rows.size()))) {
            report.cancelled = true;
            j = {};
            return report; // the transaction rolls back
        }
        ++report.read;
        Row row(table, r, column, dateOrder);
        const auto outcome = row.textIsClean() ? importRow(row) : Outcome::Rejected;
        if (!outcome) {
            j = {};
            return outcome.error();
        }
        if (*outcome == Outcome::Rejected || !row.problems().isEmpty()) {
            ++report.rejected;
            report.rejectedRows.append(int(r));
            report.errors.append(row.problems());
        } else if (*outcome == Outcome::Imported) {
            ++report.imported;
        } else if (*outcome == Outcome::Updated) {
            ++report.updated;
        } else {
            ++report.skipped;
        }
    }
    report.unknownStages = st.unknownStages;
    report.missingRates = st.missingRates;
    if (progress) {
        progress(int(table.rows.size()), int(table.rows.size()));
    }
    if (!write || (report.rejected > 0 && !m_options.skipInvalid) || !st.missingRates.isEmpty()) {
        j = {};
        return report; // nothing written: the transaction rolls back
    }
    if (auto flushed = st.flush(); !flushed) {
        j = {};
        return flushed.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        j = {};
        return committed.error();
    }
    report.written = true;
    return report;
}

Status Importer::undo(Book &book, const ImportJournal &j)
{
    QSqlDatabase db = book.database().connection();
    Transaction transaction(db);
    if (!transaction.active()) {
        return transaction.beginStatus();
    }
    CustomerRepository customers(db);
    TeamRepository team(db);
    DealRepository deals(db);
    ActivityRepository activities(db);
    ContactRepository contacts(db);
    for (auto it = j.activities.crbegin(); it != j.activities.crend(); ++it) {
        if (auto s = activities.remove(*it); !s) {
            return s;
        }
    }
    for (const Activity &a : j.activitiesBefore) {
        if (auto s = activities.update(a); !s) {
            return s;
        }
    }
    for (auto it = j.deals.crbegin(); it != j.deals.crend(); ++it) {
        if (auto s = deals.remove(*it); !s) {
            return s;
        }
    }
    for (qsizetype i = 0; i < j.dealsBefore.size(); ++i) {
        Deal before = j.dealsBefore[i];
        before.version.number = 0; // put back as it was, over the import's own change
        if (auto s = deals.update(before); !s) {
            return s;
        }
        if (auto s = deals.replaceHistory(j.dealsBefore[i].id, j.dealHistoriesBefore[i]); !s) {
            return s;
        }
    }
    for (auto it = j.contacts.crbegin(); it != j.contacts.crend(); ++it) {
        if (auto s = contacts.remove(*it); !s) {
            return s;
        }
    }
    for (const Contact &c : j.contactsBefore) {
        if (auto s = contacts.update(c); !s) {
            return s;
        }
    }
    for (Customer c : j.customersBefore) {
        c.version.number = 0; // put back as it was, over the import's own change
        if (auto s = customers.update(c); !s) {
            return s;
        }
    }
    for (auto it = j.customers.crbegin(); it != j.customers.crend(); ++it) {
        if (auto s = customers.remove(*it); !s) {
            return s;
        }
    }
    for (auto it = j.reps.crbegin(); it != j.reps.crend(); ++it) {
        if (auto s = team.removeRep(*it); !s) {
            return s;
        }
    }
    if (j.ratesBefore) {
        if (auto s = ExchangeRateRepository(db).replace(*j.ratesBefore); !s) {
            return s;
        }
    }
    return transaction.commit();
}

Status Importer::writeRejects(const QString &path, const CsvTable &table,
                              const ImportReport &report)
{
    QHash<int, QStringList> reasons;
    for (const ImportProblem &p : report.errors) {
        reasons[p.line].append(p.column.isEmpty() ? p.message
                                                  : u"%1: %2"_s.arg(p.column, p.message));
    }
    QString out;
    const QChar d = table.delimiter.isNull() ? u',' : table.delimiter;
    const auto writeRow = [&](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields) {
            cells.append(csvField(f, d)); // neutralised, like an export
        }
        out += cells.join(d) + u"\r\n"_s;
    };
    writeRow(table.header + QStringList {tr("Rejected because")});
    for (int r : report.rejectedRows) {
        const int line = table.lines.value(r);
        writeRow(table.rows[r] + QStringList {reasons.value(line).join(u"; "_s)});
    }
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !makePrivateIfNew(file, existed)) {
        return cannotWrite(path, file);
    }
    const QByteArray bytes = "\xEF\xBB\xBF" + out.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return cannotWrite(path, file, bytes.size());
    }
    return {};
}

} // namespace salesdesk
