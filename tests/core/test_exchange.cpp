// Import and export: CSV reading in every encoding, values, header recognition for each CRM,
// all-or-nothing imports, rejects, duplicates, undo, and export → import round trips (CSV and
// XLSX, the XLSX read back from the sheet XML inside the zip).

#include "core/customers/customerrepository.h"
#include "core/demo/demogenerator.h"
#include "core/exchange/columns.h"
#include "core/exchange/csvtable.h"
#include "core/exchange/exporter.h"
#include "core/exchange/importer.h"
#include "core/exchange/values.h"
#include "core/exchange/workbookfile.h"
#include "core/exchange/workbookreader.h"
#include "core/storage/database.h"
#include "tests/support/testbook.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <minizip/unzip.h>
#include <sys/stat.h>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SALESDESK_TEST_DATA "/") + QString::fromUtf8(name);
}

// A book with direct looks at its tables, to check what an import wrote.
struct Fixture : TestBook
{
    using TestBook::TestBook;
    Database *db = &book->database();

    int count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"SELECT count(*) FROM "_s + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    QList<Deal> deals() const
    {
        DealRepository repo(db->connection());
        auto summaries = repo.summaries();
        REQUIRE(summaries.ok());
        QList<Deal> all;
        for (const auto &s : std::as_const(*summaries)) {
            all.append(*repo.deal(s.id));
        }
        return all;
    }
    // One text column of one row, by id ("" when there is no such row).
    QString textOf(const QString &sql, qint64 id) const
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        q.addBindValue(id);
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QString();
    }
    QString customerName(qint64 id) const
    {
        return textOf(u"SELECT name FROM customers WHERE id = ?"_s, id);
    }
    QString repName(qint64 id) const { return textOf(u"SELECT name FROM reps WHERE id = ?"_s, id); }
    QString stageCode(qint64 id) const
    {
        return textOf(u"SELECT code FROM stages WHERE id = ?"_s, id);
    }
    ImportReport import(const char *file, ImportEntity entity, ImportOptions options = {},
                        ImportJournal *journal = nullptr)
    {
        auto table = readCsvFile(fixture(file));
        INFO(table.message().toStdString());
        REQUIRE(table.ok());
        options.entity = entity;
        Importer importer(*book, options);
        auto report = importer.run(*table, journal);
        INFO(report.message().toStdString());
        REQUIRE(report.ok());
        return *report;
    }
};

QList<QStringList> texts(const ExportTable &table)
{
    QList<QStringList> rows;
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const auto &v : row) {
            cells.append(Exporter::text(v));
        }
        rows.append(cells);
    }
    return rows;
}

QDateTime noon(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0)).toUTC();
}

QByteArray unzipEntry(const QString &zip, const char *entry)
{
    unzFile f = unzOpen(QFile::encodeName(zip).constData());
    REQUIRE(f != nullptr);
    REQUIRE(unzLocateFile(f, entry, 0) == UNZ_OK);
    REQUIRE(unzOpenCurrentFile(f) == UNZ_OK);
    QByteArray data;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(f, buffer, sizeof buffer)) > 0) {
        data.append(buffer, n);
    }
    unzCloseCurrentFile(f);
    unzClose(f);
    return data;
}

// The cells of sheet1.xml as text, row by row: inline strings as written, numbers as written,
// booleans as 0/1, dates as Excel serial numbers.
QList<QStringList> sheetRows(const QByteArray &xml)
{
    QList<QStringList> rows;
    static const QRegularExpression row(u"<row[^>]*>(.*?)</row>"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(u"<c r=\"([A-Z]+)\\d+\"[^>]*?(?:/>|>(.*?)</c>)"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression text(u"<t[^>]*>(.*?)</t>|<v>(.*?)</v>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    const QString s = QString::fromUtf8(xml);
    for (auto r = row.globalMatch(s); r.hasNext();) {
        QStringList cells;
        const QString content = r.next().captured(1);
        for (auto c = cell.globalMatch(content); c.hasNext();) {
            const auto m = c.next();
            int column = 0;
            for (QChar ch : m.captured(1)) {
                column = column * 26 + (ch.unicode() - 'A' + 1);
            }
            while (cells.size() < column - 1) {
                cells.append(QString());
            }
            const auto t = text.match(m.captured(2));
            QString value = t.captured(1).isEmpty() ? t.captured(2) : t.captured(1);
            value.replace(u"&lt;"_s, u"<"_s)
                    .replace(u"&gt;"_s, u">"_s)
                    .replace(u"&quot;"_s, u"\""_s)
                    .replace(u"&amp;"_s, u"&"_s);
            cells.append(value);
        }
        rows.append(cells);
    }
    return rows;
}

} // namespace

TEST_CASE("CSV is read in every encoding Excel and CRMs write, with RFC 4180 quoting")
{
    SECTION("UTF-8 without BOM, commas, quoted commas and doubled quotes")
    {
        auto t = readCsvFile(fixture("import_pipedrive_deals.csv"));
        REQUIRE(t.ok());
        CHECK(t->encoding == u"UTF-8"_s);
        CHECK(t->delimiter == u',');
        REQUIRE(t->header.size() == 15);
        REQUIRE(t->rows.size() == 3);
        CHECK(t->rows[0][1] == u"Warehouse racks, phase 2"_s);
        CHECK(t->rows[1][1] == u"The \"big\" order"_s);
        CHECK(t->lines == QList<int> {2, 3, 4});
    }
    SECTION("UTF-8 with BOM: the BOM is not part of the first column's name")
    {
        auto t = readCsvFile(fixture("import_hubspot_deals.csv"));
        REQUIRE(t.ok());
        CHECK(t->encoding == u"UTF-8 with BOM"_s);
        CHECK(t->header.first() == u"Record ID"_s);
    }
    SECTION("GB18030 is recognised and a quoted newline stays in its field")
    {
        auto t = readCsvFile(fixture("import_zoho_deals_gb18030.csv"));
        REQUIRE(t.ok());
        CHECK(t->encoding == u"GB18030"_s);
        REQUIRE(t->rows.size() == 3);
        CHECK(t->rows[0][0] == u"年度维保合同"_s);
        CHECK(t->rows[0][4] == u"¥1,234.50"_s);
        CHECK(t->rows[0][7] == u"第一行\n第二行，含逗号"_s);
        // the quoted newline makes the second record start on line 4
        CHECK(t->lines == QList<int> {2, 4, 5});
    }
    SECTION("UTF-16 LE with BOM and tabs")
    {
        auto t = readCsvFile(fixture("import_customers_utf16.tsv"));
        REQUIRE(t.ok());
        CHECK(t->encoding == u"UTF-16LE"_s);
        CHECK(t->delimiter == u'\t');
        CHECK(t->header.first() == u"客户名称"_s);
        CHECK(t->rows[0][9] == u"重点；华东"_s);
    }
    SECTION("semicolons")
    {
        auto t = readCsvFile(fixture("import_odoo_deals_semicolon.csv"));
        REQUIRE(t.ok());
        CHECK(t->delimiter == u';');
        CHECK(t->rows[0][2] == u"1.234,50"_s);
    }
    SECTION("forcing UTF-8 on GB18030 bytes is refused with a hint")
    {
        auto t = readCsvFile(fixture("import_zoho_deals_gb18030.csv"), TextEncoding::Utf8);
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(u"GB18030"_s));
    }
    SECTION("a row wider than the header names its line")
    {
        auto t = parseCsv("a,b\n1,2\n3,4,5\n");
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(u"Line 3"_s));
    }
    SECTION("a quote never closed names the line of its record, not a later symptom")
    {
        auto t = parseCsv("Title,Customer\nA,B\n\"two\nlines\",C\nD,\"E\nF,G\n");
        REQUIRE_FALSE(t.ok());
        CHECK(t.message()
              == u"The record starting on line 5 opens a quote (\") that is never closed."_s);
    }
    SECTION("a stray quote inside an unquoted field is text")
    {
        auto t = parseCsv("Title,Customer\n27\" monitor,B\n");
        REQUIRE(t.ok());
        CHECK(t->rows[0][0] == u"27\" monitor"_s);
    }
    SECTION("empty file")
    {
        CHECK_FALSE(parseCsv("").ok());
    }
}

TEST_CASE("Amounts, dates and yes/no values as spreadsheets write them")
{
    const auto amount = [](const char *text, int decimals = 2) {
        auto a = ImportValues::amount(QString::fromUtf8(text), decimals);
        INFO(text << " " << a.message().toStdString());
        REQUIRE(a.ok());
        return *a;
    };
    CHECK(amount("$12,400.00") == 1240000);
    CHECK(amount("¥1,234.50") == 123450);
    CHECK(amount("1.234,50") == 123450);
    CHECK(amount("1 234,5 €") == 123450);
    CHECK(amount("12,400") == 1240000);
    CHECK(amount("1,250,000.50") == 125000050);
    CHECK(amount("42000.5") == 4200050);
    CHECK(amount("(300)") == -30000);
    CHECK(amount("-12.5") == -1250);
    CHECK(amount("0.125") == 13); // half away from zero
    CHECK(amount("USD 99") == 9900);
    CHECK(amount("1,234", 0) == 1234);
    CHECK_FALSE(ImportValues::amount(u"12abc"_s, 2).ok());
    CHECK_FALSE(ImportValues::amount(u"abc"_s, 2).ok());
    CHECK_FALSE(ImportValues::amount(u""_s, 2).ok());
    // Never reinterpreted on a guess: a minus in brackets, a dot before three digits, groups
    // that are not of three.
    const auto refused = [](const char *text) {
        auto a = ImportValues::amount(QString::fromUtf8(text), 2);
        INFO(text);
        CHECK_FALSE(a.ok());
        return a.message();
    };
    CHECK(refused("(\u2212"
                  "5)")
                  .contains(u"brackets"_s));
    CHECK(refused("(-5)").contains(u"brackets"_s));
    const QString ambiguous = refused("12.400");
    CHECK(ambiguous.contains(u"12.40"_s));
    CHECK(ambiguous.contains(u"12400"_s));
    CHECK(refused("1.2.3").contains(u"not an amount"_s));
    CHECK(refused("1,23,4").contains(u"not an amount"_s));
    CHECK(amount("(5)") == -500);
    CHECK(amount("\u2212"
                 "5")
          == -500);
    CHECK(amount("1.234.567") == 123456700);
    CHECK(amount("12.400,00") == 1240000);

    CHECK(ImportValues::currencyOf(u"¥1,234.50"_s) == u"CNY"_s);
    CHECK(ImportValues::currencyOf(u"€3"_s) == u"EUR"_s);
    CHECK(ImportValues::currencyOf(u"12 USD"_s) == u"USD"_s);
    CHECK_FALSE(ImportValues::currencyOf(u"12"_s).has_value());

    const auto date = [](const char *text, DateOrder order = DateOrder::YearFirst) {
        auto d = ImportValues::date(QString::fromUtf8(text), order);
        INFO(text << " " << d.message().toStdString());
        REQUIRE(d.ok());
        return *d;
    };
    CHECK(date("2026-09-12") == QDate(2026, 9, 12));
    CHECK(date("2026-09-12 14:30:00") == QDate(2026, 9, 12));
    CHECK(date("2026/9/12") == QDate(2026, 9, 12));
    CHECK(date("12/09/2026", DateOrder::DayFirst) == QDate(2026, 9, 12));
    CHECK(date("09/12/2026", DateOrder::MonthFirst) == QDate(2026, 9, 12));
    CHECK(date("12.9.26", DateOrder::DayFirst) == QDate(2026, 9, 12));
    CHECK(date("Sep 12, 2026") == QDate(2026, 9, 12));
    CHECK(date("September 12 2026") == QDate(2026, 9, 12));
    CHECK(date("12 Sep 2026") == QDate(2026, 9, 12));
    CHECK(date("2026年9月12日") == QDate(2026, 9, 12));
    CHECK_FALSE(ImportValues::date(u"03/04/2026"_s, DateOrder::Ambiguous).ok());
    CHECK_FALSE(ImportValues::date(u"2026-02-30"_s, DateOrder::YearFirst).ok());
    CHECK_FALSE(ImportValues::date(u"soon"_s, DateOrder::YearFirst).ok());

    CHECK(ImportValues::detectOrder({u"03/04/2026"_s, u"25/04/2026"_s}) == DateOrder::DayFirst);
    CHECK(ImportValues::detectOrder({u"03/04/2026"_s, u"04/25/2026"_s}) == DateOrder::MonthFirst);
    CHECK(ImportValues::detectOrder({u"03/04/2026"_s, u"05/06/2026"_s}) == DateOrder::Ambiguous);
    CHECK(ImportValues::detectOrder({u"2026-03-04"_s, u""_s}) == DateOrder::YearFirst);

    CHECK(ImportValues::flag(u"Yes"_s) == true);
    CHECK(ImportValues::flag(u"是"_s) == true);
    CHECK(ImportValues::flag(u""_s) == false);
    CHECK_FALSE(ImportValues::flag(u"maybe"_s).has_value());
}

TEST_CASE("Each CRM's export is recognised by its header")
{
    const auto detect = [](const char *file) {
        auto t = readCsvFile(fixture(file));
        REQUIRE(t.ok());
        return ImportColumns::detect(t->header);
    };
    CHECK(detect("import_pipedrive_deals.csv") == ImportSource::Pipedrive);
    CHECK(detect("import_hubspot_deals.csv") == ImportSource::HubSpot);
    CHECK(detect("import_zoho_deals_gb18030.csv") == ImportSource::Zoho);
    CHECK(detect("import_odoo_deals_semicolon.csv") == ImportSource::Odoo);
    CHECK(detect("import_customers_utf16.tsv") == ImportSource::Other);

    const auto map = ImportColumns::map({u"deal name"_s, u"ACCOUNT NAME"_s, u"Whatever"_s},
                                        ImportEntity::Deals, ImportSource::Auto);
    CHECK(map[0] == Field::Title);
    CHECK(map[1] == Field::CustomerName);
    CHECK_FALSE(map[2].has_value());
}

TEST_CASE("What a file holds is told from its header")
{
    const auto guess = [](const char *file) {
        auto t = readCsvFile(fixture(file));
        REQUIRE(t.ok());
        return ImportColumns::guessEntity(t->header);
    };
    CHECK(guess("import_pipedrive_deals.csv") == ImportEntity::Deals);
    CHECK(guess("import_hubspot_deals.csv") == ImportEntity::Deals);
    CHECK(guess("import_zoho_deals_gb18030.csv") == ImportEntity::Deals);
    CHECK(guess("import_odoo_deals_semicolon.csv") == ImportEntity::Deals);
    CHECK(guess("import_customers_utf16.tsv") == ImportEntity::Customers);
    // SalesDesk's own four exports.
    Fixture book;
    for (auto e : {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Deals,
                   ImportEntity::Activities}) {
        auto table = Exporter::table(*book.db, e);
        REQUIRE(table.ok());
        INFO(ImportColumns::code(e).toStdString());
        CHECK(ImportColumns::guessEntity(table->header) == e);
    }
    // Other programs' activities and contacts, and a file that fits nothing (deals, to map).
    CHECK(ImportColumns::guessEntity({u"Subject"_s, u"Due date"_s, u"Company"_s, u"Type"_s})
          == ImportEntity::Activities);
    CHECK(ImportColumns::guessEntity(
                  {u"First Name"_s, u"Last Name"_s, u"Company Name"_s, u"Email"_s, u"Job Title"_s})
          == ImportEntity::Contacts);
    CHECK(ImportColumns::guessEntity({u"Foo"_s, u"Bar"_s}) == ImportEntity::Deals);
}

TEST_CASE("A currency column may say RMB or 人民币 — a code that is no currency is a rejected row")
{
    Fixture book; // a CNY book
    const QByteArray file = "Title,Customer,Value,Currency\n"
                            "Racks,Yida,500,RMB\n"
                            "Shelves,Yida,700,人民币\n"
                            "Bins,Yida,90,XYZ\n";
    auto table = parseCsv(file);
    REQUIRE(table.ok());
    ImportOptions o;
    o.entity = ImportEntity::Deals;
    o.skipInvalid = true;
    auto report = Importer(*book.book, o).run(*table);
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    CHECK(report->rejected == 1);
    REQUIRE(report->errors.size() == 1);
    CHECK(report->errors.first().message.contains(u"“XYZ” is not a currency code"_s));
    for (const Deal &d : book.deals()) {
        CHECK(d.currency == u"CNY"_s);
    }
}

TEST_CASE("Deals in a currency the book has no rate for are refused, naming it and the rows")
{
    Fixture book; // a CNY book; the Pipedrive export is in USD
    const auto refused = book.import("import_pipedrive_deals.csv", ImportEntity::Deals);
    CHECK_FALSE(refused.written);
    CHECK(refused.missingRates == QMap<QString, QList<int>> {{u"USD"_s, {2, 3, 4}}});
    CHECK(refused.missingRatesMessage().contains(u"USD (3 row(s): line 2, 3, 4)"_s));
    CHECK(book.count(u"deals"_s) == 0);
    CHECK(book.count(u"customers"_s) == 0);
    CHECK(book.count(u"exchange_rates"_s) == 0);

    // The rate given with the import goes in with it, and its undo takes it out again.
    ImportOptions withRate;
    withRate.rates = {{u"USD"_s, QDate(2026, 5, 18), 7'100'000'000}};
    ImportJournal journal;
    const auto report
            = book.import("import_pipedrive_deals.csv", ImportEntity::Deals, withRate, &journal);
    CHECK(report.written);
    CHECK(report.imported == 3);
    CHECK(book.count(u"exchange_rates"_s) == 1);
    REQUIRE(book->reload().ok());
    CHECK(book->currencies().rateOn(u"USD"_s, QDate(2026, 1, 1)) == 7'100'000'000);
    REQUIRE(Importer::undo(*book.book, journal).ok());
    CHECK(book.count(u"deals"_s) == 0);
    CHECK(book.count(u"exchange_rates"_s) == 0);
}

TEST_CASE("Pipedrive deals are imported field by field")
{
    Fixture book(TestBook::defaultToday(), u"USD"_s);
    const auto report = book.import("import_pipedrive_deals.csv", ImportEntity::Deals);
    CHECK(report.source == u"pipedrive"_s);
    CHECK(report.imported == 3);
    CHECK(report.rejected == 0);
    CHECK(report.written);
    const auto deals = book.deals();
    REQUIRE(deals.size() == 3);
    CHECK(deals[0].title == u"Warehouse racks, phase 2"_s);
    CHECK(book.customerName(deals[0].customerId) == u"Acme Storage, Inc."_s);
    CHECK(deals[0].valueMinor == 1240000);
    CHECK(deals[0].currency == u"USD"_s);
    CHECK(book.stageCode(deals[0].stageId) == u"proposal"_s);
    CHECK(deals[0].status == DealStatus::Open);
    CHECK(book.repName(deals[0].ownerId) == u"Alex Wong"_s);
    CHECK(deals[0].expectedClose == QDate(2026, 9, 30));
    CHECK(deals[0].createdAt == noon(2026, 6, 1));

    CHECK(deals[1].title == u"The \"big\" order"_s);
    CHECK(deals[1].valueMinor == 125000050);
    CHECK(deals[1].status == DealStatus::Won);
    CHECK(deals[1].closedAt == noon(2026, 7, 10));
    CHECK(deals[1].serviceStatus == ServiceStatus::Onboarding);
    CHECK(book.stageCode(deals[1].stageId) == u"negotiation"_s);

    CHECK(deals[2].status == DealStatus::Lost);
    CHECK(deals[2].lostNote == u"Price too high"_s); // not one of the book's reasons: kept as typed
    CHECK(book.repName(deals[2].ownerId) == u"Sara Ng"_s);
    // Two deals, one customer: "Acme Storage, Inc." was created once, with Mia Chen as contact.
    CHECK(book.count(u"customers"_s) == 2);
    CHECK(book.count(u"reps"_s) == 2);
    ContactRepository contacts(book.db->connection());
    auto acme = contacts.contacts(deals[0].customerId);
    REQUIRE(acme.ok());
    REQUIRE(acme->size() == 1);
    CHECK(acme->first().name == u"Mia Chen"_s);
    CHECK(acme->first().email == u"mia@acme.example"_s);
    CHECK(acme->first().primary);
    // History: lead-in → lost on the created date; a won deal has open then won.
    DealRepository repo(book.db->connection());
    auto history = repo.history(deals[1].id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).status == DealStatus::Open);
    CHECK(history->at(1).status == DealStatus::Won);
    CHECK(history->at(1).enteredAt == noon(2026, 7, 10));
    REQUIRE(book->reload().ok());
    auto problems = book->pipeline().checkInvariants();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("HubSpot, Zoho (GB18030) and Odoo (semicolons, European amounts) deals")
{
    SECTION("HubSpot: internal stage names, closedwon")
    {
        Fixture book;
        const auto report = book.import("import_hubspot_deals.csv", ImportEntity::Deals);
        CHECK(report.imported == 3);
        const auto deals = book.deals();
        REQUIRE(deals.size() == 3);
        CHECK(book.stageCode(deals[0].stageId) == u"negotiation"_s);
        CHECK(deals[0].valueMinor == 1500000);
        CHECK(deals[0].expectedClose == QDate(2026, 10, 31));
        CHECK(deals[1].status == DealStatus::Won);
        CHECK(deals[1].valueMinor == 4200050);
        CHECK(deals[1].closedAt == noon(2026, 9, 5)); // no close time: the close date
        CHECK(book.stageCode(deals[2].stageId) == u"lead"_s);
        CHECK(deals[2].valueMinor == 0);
        CHECK(book.repName(deals[2].ownerId) == u"Casey Park"_s);
    }
    SECTION("Zoho: month-first dates, yuan amounts, a note on two lines")
    {
        Fixture book;
        const auto report = book.import("import_zoho_deals_gb18030.csv", ImportEntity::Deals);
        CHECK(report.imported == 3);
        const auto deals = book.deals();
        REQUIRE(deals.size() == 3);
        CHECK(deals[0].title == u"年度维保合同"_s);
        CHECK(book.customerName(deals[0].customerId) == u"杭州恒达机械有限公司"_s);
        CHECK(deals[0].valueMinor == 123450);
        CHECK(deals[0].currency == u"CNY"_s);
        CHECK(deals[0].expectedClose == QDate(2026, 9, 25));
        CHECK(deals[0].notes == u"第一行\n第二行，含逗号"_s);
        CHECK(book.stageCode(deals[0].stageId) == u"negotiation"_s);
        CHECK(book.stageCode(deals[1].stageId) == u"lead"_s); // Qualification
        CHECK(deals[1].expectedClose == QDate(2026, 10, 2));
        CHECK(deals[2].status == DealStatus::Won);
        CHECK(book.repName(deals[2].ownerId) == u"王芳"_s);
        CHECK(book.count(u"customers"_s) == 2);
    }
    SECTION("Odoo: day-first dates decided by the 25th, 1.234,50")
    {
        Fixture book;
        const auto report = book.import("import_odoo_deals_semicolon.csv", ImportEntity::Deals);
        CHECK(report.imported == 3);
        const auto deals = book.deals();
        REQUIRE(deals.size() == 3);
        CHECK(deals[0].valueMinor == 123450);
        CHECK(deals[0].expectedClose == QDate(2026, 9, 25));
        CHECK(deals[0].probability == 60);
        CHECK(deals[1].valueMinor == 1200000);
        CHECK(deals[1].expectedClose == QDate(2026, 10, 3));
        CHECK(book.stageCode(deals[1].stageId) == u"initial_contact"_s);
        CHECK(deals[2].status == DealStatus::Won);
        CHECK(book.customerName(deals[2].customerId) == u"Müller GmbH"_s);
    }
}

TEST_CASE("Customers from a UTF-16 file with Chinese headers, contacts and duplicates")
{
    Fixture book;
    auto report = book.import("import_customers_utf16.tsv", ImportEntity::Customers);
    CHECK(report.imported == 2);
    CustomerRepository parties(book.db->connection());
    auto customers = parties.customers();
    REQUIRE(customers.ok());
    REQUIRE(customers->size() == 2);
    const Customer &hengda = customers->at(0);
    CHECK(hengda.name == u"杭州恒达机械有限公司"_s);
    CHECK(hengda.kind == CustomerKind::Company);
    CHECK(hengda.industry == u"机械制造"_s);
    CHECK(hengda.region == u"浙江杭州"_s);
    CHECK(hengda.tags == QStringList {u"重点"_s, u"华东"_s});
    CHECK(book.repName(hengda.ownerId) == u"王芳"_s);
    CHECK(hengda.contactPerson == u"李明"_s);
    CHECK(hengda.phone == u"138 0571 0001"_s);
    ContactRepository contacts(book.db->connection());
    auto people = contacts.contacts(hengda.id);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 1);
    CHECK(people->first().role == u"采购经理"_s);
    CHECK(people->first().wechat == u"liming_hd"_s);
    CHECK(customers->at(1).kind == CustomerKind::Individual);

    SECTION("skip: the same file again changes nothing")
    {
        report = book.import("import_customers_utf16.tsv", ImportEntity::Customers);
        CHECK(report.skipped == 2);
        CHECK(report.imported == 0);
        CHECK(book.count(u"customers"_s) == 2);
    }
    SECTION("create: every row becomes a new customer")
    {
        ImportOptions o;
        o.duplicates = DuplicatePolicy::Create;
        report = book.import("import_customers_utf16.tsv", ImportEntity::Customers, o);
        CHECK(report.imported == 2);
        CHECK(book.count(u"customers"_s) == 4);
    }
    SECTION("update: matched by phone when the name differs, given fields replace")
    {
        auto table = parseCsv("Name,Phone,Industry\n恒达机械,+86 138 0571 0001,机床\n");
        REQUIRE(table.ok());
        ImportOptions o;
        o.entity = ImportEntity::Customers;
        o.duplicates = DuplicatePolicy::Update;
        ImportJournal journal;
        auto r = Importer(*book.book, o).run(*table, &journal);
        REQUIRE(r.ok());
        CHECK(r->updated == 1);
        auto after = parties.customers();
        REQUIRE(after.ok());
        CHECK(after->at(0).name == u"杭州恒达机械有限公司"_s); // the name is the match, kept
        CHECK(after->at(0).industry == u"机床"_s);
        CHECK(after->at(0).region == u"浙江杭州"_s);
        REQUIRE(Importer::undo(*book.book, journal).ok());
        CHECK(parties.customers()->at(0) == hengda);
    }
}

TEST_CASE("A forecast category column reads SalesDesk's, Salesforce's and HubSpot's words")
{
    Fixture book;
    CsvTable table;
    table.header = {u"Title"_s, u"Customer"_s, u"Value"_s, u"Stage"_s, u"Forecast category"_s};
    const QStringList words {u"commit"_s, u"Best Case"_s, u"Omitted"_s, u"Not forecasted"_s,
                             u"承诺"_s,   u""_s,          u"Maybe"_s};
    for (int i = 0; i < words.size(); ++i) {
        table.rows.append({u"Deal %1"_s.arg(i + 1), u"Acme"_s, u"1000"_s, u"Proposal"_s, words[i]});
        table.lines.append(i + 2);
    }
    ImportOptions o;
    o.entity = ImportEntity::Deals;
    auto dry = Importer(*book.book, o).dryRun(table);
    REQUIRE(dry.ok());
    REQUIRE(dry->errors.size() == 1); // "Maybe" is no category
    CHECK(dry->errors[0].line == 8);
    CHECK(dry->errors[0].column == u"Forecast category"_s);

    table.rows.removeLast();
    table.lines.removeLast();
    auto done = Importer(*book.book, o).run(table);
    REQUIRE(done.ok());
    REQUIRE(done->imported == 6);
    const auto deals = book.deals();
    REQUIRE(deals.size() == 6);
    CHECK(deals[0].forecastCategory == ForecastCategory::Commit);
    CHECK(deals[1].forecastCategory == ForecastCategory::BestCase);
    CHECK(deals[2].forecastCategory == ForecastCategory::Omitted);
    CHECK(deals[3].forecastCategory == ForecastCategory::Omitted);
    CHECK(deals[4].forecastCategory == ForecastCategory::Commit);
    CHECK(deals[5].forecastCategory == ForecastCategory::Pipeline);
}

TEST_CASE("One bad row and nothing is written — with skip-invalid the rest is, and rejects say why")
{
    Fixture book;
    auto table = readCsvFile(fixture("import_bad_rows.csv"));
    REQUIRE(table.ok());
    ImportOptions o;
    o.entity = ImportEntity::Deals;

    auto dry = Importer(*book.book, o).dryRun(*table);
    REQUIRE(dry.ok());
    CHECK(dry->read == 6);
    CHECK(dry->imported == 2);
    CHECK(dry->rejected == 4);
    CHECK_FALSE(dry->written);
    REQUIRE(dry->errors.size() == 4);
    // the first row spans lines 2–3, so the row without a title is on line 4
    CHECK(dry->errors[0].line == 4);
    CHECK(dry->errors[0].column == u"Title"_s);
    CHECK(dry->errors[1].line == 5);
    CHECK(dry->errors[1].column == u"Value"_s);
    CHECK(dry->errors[2].line == 6);
    CHECK(dry->errors[2].message.contains(u"Waiting for Godot"_s));
    CHECK(dry->unknownStages == QStringList {u"Waiting for Godot"_s});
    CHECK(dry->errors[3].line == 7);
    CHECK(dry->errors[3].column == u"Expected close"_s);
    CHECK(book.count(u"deals"_s) == 0);
    CHECK(book.count(u"customers"_s) == 0);

    auto all = Importer(*book.book, o).run(*table);
    REQUIRE(all.ok());
    CHECK_FALSE(all->written);
    CHECK(book.count(u"deals"_s) == 0);
    CHECK(book.count(u"customers"_s) == 0);

    SECTION("skip invalid rows")
    {
        o.skipInvalid = true;
        auto some = Importer(*book.book, o).run(*table);
        REQUIRE(some.ok());
        CHECK(some->written);
        CHECK(some->imported == 2);
        CHECK(book.count(u"deals"_s) == 2);
        CHECK(book.deals()[0].notes == u"two\nlines"_s);
        const QString rejects = book.dir.file(u"rejects.csv"_s);
        REQUIRE(Importer::writeRejects(rejects, *table, *some).ok());
        auto back = readCsvFile(rejects);
        REQUIRE(back.ok());
        CHECK(back->header.last() == u"Rejected because"_s);
        REQUIRE(back->rows.size() == 4);
        CHECK(back->rows[1][2] == u"12abc"_s);
        CHECK(back->rows[1].last() == u"Value: “12abc” is not an amount"_s);
    }
    SECTION("mapping the unknown stage lets the row in")
    {
        o.stageMap.insert(u"waiting for godot"_s, 4); // the fourth built-in stage
        auto d = Importer(*book.book, o).dryRun(*table);
        REQUIRE(d.ok());
        CHECK(d->rejected == 3);
    }
    SECTION("a cancelled import writes nothing")
    {
        o.skipInvalid = true;
        auto cancelled
                = Importer(*book.book, o).run(*table, nullptr, [](int, int) { return false; });
        REQUIRE(cancelled.ok());
        CHECK(cancelled->cancelled);
        CHECK(book.count(u"deals"_s) == 0);
    }
}

TEST_CASE("A NUL or another control character in a field is a rejected row, never stored")
{
    Fixture book;
    static const char text[] = "Customer,Contact name,Email,Ignored\n"
                               "Acme,Li Lei,li@acme.example,\x01\n"
                               "Acme,Wang\x00 Fang,w@acme.example,\n"
                               "Beta,Zhao\x07Min,z@beta.example,\n"
                               "Beta,\"Chen\tJing\",c@beta.example,\n";
    auto table = parseCsv(QByteArray(text, sizeof(text) - 1));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 4);
    ImportOptions o;
    o.entity = ImportEntity::Contacts;
    o.skipInvalid = true;
    auto report = Importer(*book.book, o).run(*table);
    REQUIRE(report.ok());
    CHECK(report->imported == 2); // the control character of a column not read is no harm
    REQUIRE(report->errors.size() == 2);
    CHECK(report->errors[0].line == 3);
    CHECK(report->errors[0].column == u"Contact name"_s);
    CHECK(report->errors[0].message.contains(u"U+0000"_s));
    CHECK(report->errors[1].line == 4);
    CHECK(report->errors[1].message.contains(u"U+0007"_s));
    CHECK(book.count(u"contacts"_s) == 2);
}

TEST_CASE("Ambiguous dates are refused unless the order is given")
{
    Fixture book;
    auto table = readCsvFile(fixture("import_ambiguous_dates.csv"));
    REQUIRE(table.ok());
    ImportOptions o;
    o.entity = ImportEntity::Deals;
    auto r = Importer(*book.book, o).run(*table);
    REQUIRE(r.ok());
    CHECK(r->ambiguousDateColumns == QStringList {u"Close date"_s});
    CHECK(r->rejected == 2);
    CHECK(book.count(u"deals"_s) == 0);
    o.dateOrder = DateOrder::DayFirst;
    r = Importer(*book.book, o).run(*table);
    REQUIRE(r.ok());
    CHECK(r->imported == 2);
    CHECK(book.deals()[0].expectedClose == QDate(2026, 4, 3));
    CHECK(book.deals()[1].expectedClose == QDate(2026, 6, 5));
}

TEST_CASE("Deals of the same title for one customer are different deals — a re-import finds each")
{
    Fixture book;
    // Hengda renews "Annual maintenance" every year: three deals of one title, created on
    // different days; and one more customer with a plain title.
    const QByteArray file = "Title,Customer,Value,Status,Created at\n"
                            "Annual maintenance,Hengda,1000,won,2024-03-01\n"
                            "Annual maintenance,Hengda,1100,won,2025-03-01\n"
                            "Annual maintenance,Hengda,1200,open,2026-03-01\n"
                            "Racks,Yida,500,open,2026-05-10\n";
    const auto run = [&](const QByteArray &bytes, DuplicatePolicy policy) {
        auto table = parseCsv(bytes);
        REQUIRE(table.ok());
        ImportOptions o;
        o.entity = ImportEntity::Deals;
        o.duplicates = policy;
        auto report = Importer(*book.book, o).run(*table);
        INFO(report.message().toStdString());
        REQUIRE(report.ok());
        return *report;
    };
    const auto values = [&] {
        QList<qint64> v;
        for (const Deal &d : book.deals()) {
            v.append(d.valueMinor);
        }
        std::sort(v.begin(), v.end());
        return v;
    };
    // The default (skip) into an empty book: all four, none taken for another.
    auto first = run(file, DuplicatePolicy::Skip);
    CHECK(first.imported == 4);
    CHECK(first.skipped == 0);
    CHECK(values() == QList<qint64> {50000, 100000, 110000, 120000});
    // The same file again: each row finds its own deal.
    auto again = run(file, DuplicatePolicy::Skip);
    CHECK(again.imported == 0);
    CHECK(again.skipped == 4);
    CHECK(book.count(u"deals"_s) == 4);
    // Next year's export has a fourth renewal and new amounts: with update, each row changes
    // the deal created on its day and the new one is added.
    const QByteArray next = "Title,Customer,Value,Status,Created at\n"
                            "Annual maintenance,Hengda,1000,won,2024-03-01\n"
                            "Annual maintenance,Hengda,1100,won,2025-03-01\n"
                            "Annual maintenance,Hengda,1250,won,2026-03-01\n"
                            "Annual maintenance,Hengda,1300,open,2027-03-01\n";
    auto updated = run(next, DuplicatePolicy::Update);
    CHECK(updated.updated == 3);
    CHECK(updated.imported == 1);
    CHECK(values() == QList<qint64> {50000, 100000, 110000, 125000, 130000});
    // Without a creation date, rows take the book's deals of that title oldest first: two rows
    // find two of Hengda's four.
    const QByteArray undated = "Title,Customer,Value\n"
                               "Annual maintenance,Hengda,1\n"
                               "Annual maintenance,Hengda,1\n";
    auto matched = run(undated, DuplicatePolicy::Skip);
    CHECK(matched.skipped == 2);
    CHECK(matched.imported == 0);

    // A call due in June 2025 about "Annual maintenance" goes with the renewal of March 2025
    // (¥1,100), the last of that title made by then; one in 2023, before any, with the first.
    auto calls = parseCsv("Subject,Kind,Due at,Done,Customer,Deal\n"
                          "Renewal call,call,2025-06-01 10:00,yes,Hengda,Annual maintenance\n"
                          "First call,call,2023-12-01 10:00,yes,Hengda,Annual maintenance\n");
    REQUIRE(calls.ok());
    ImportOptions o;
    o.entity = ImportEntity::Activities;
    auto linked = Importer(*book.book, o).run(*calls);
    REQUIRE(linked.ok());
    CHECK(linked->imported == 2);
    QSqlQuery q(book.db->connection());
    REQUIRE(q.exec(u"SELECT a.subject, d.value_minor FROM activities a JOIN deals d "
                   "ON d.id = a.deal_id ORDER BY a.subject"_s));
    QStringList links;
    while (q.next()) {
        links.append(q.value(0).toString() + u' ' + q.value(1).toString());
    }
    CHECK(links == QStringList {u"First call 100000"_s, u"Renewal call 110000"_s});
}

TEST_CASE("Contacts and activities: each row finds at most one of the book's, never another row")
{
    Fixture book;
    const auto run = [&](ImportEntity entity, const QByteArray &bytes) {
        auto table = parseCsv(bytes);
        REQUIRE(table.ok());
        ImportOptions o;
        o.entity = entity;
        auto report = Importer(*book.book, o).run(*table);
        INFO(report.message().toStdString());
        REQUIRE(report.ok());
        return *report;
    };
    run(ImportEntity::Customers, "Customer,Primary contact,Phone\nHengda,林涛,160 1078 2112\n");
    CHECK(book.count(u"contacts"_s) == 1);
    // Two people called 林涛: the one whose phone is the primary contact's is that contact; the
    // other, with a phone of his own, is someone else. 王芳 is new.
    const QByteArray people = "Customer,Name,Role,Phone,Email,Primary\n"
                              "Hengda,林涛,财务经理,156 5516 9572,,no\n"
                              "Hengda,林涛,,+86 160 1078 2112,tao@hengda.cn,yes\n"
                              "Hengda,王芳,采购,,,no\n";
    auto contacts = run(ImportEntity::Contacts, people);
    CHECK(contacts.imported == 2);
    CHECK(contacts.skipped == 1);
    CHECK(book.count(u"contacts"_s) == 3);
    CHECK(run(ImportEntity::Contacts, people).skipped == 3);
    CHECK(book.count(u"contacts"_s) == 3);

    // Two follow-up calls with Hengda on one day are two activities; again, both are found.
    const QByteArray calls = "Subject,Kind,Due at,Done,Customer\n"
                             "Follow-up call,call,2026-05-06 10:00,yes,Hengda\n"
                             "Follow-up call,call,2026-05-06 16:00,no,Hengda\n";
    auto first = run(ImportEntity::Activities, calls);
    CHECK(first.imported == 2);
    CHECK(book.count(u"activities"_s) == 2);
    auto again = run(ImportEntity::Activities, calls);
    CHECK(again.skipped == 2);
    CHECK(again.imported == 0);
    CHECK(book.count(u"activities"_s) == 2);
}

TEST_CASE("Undo takes an import back exactly")
{
    Fixture book(TestBook::defaultToday(), u"USD"_s);
    book.import("import_pipedrive_deals.csv", ImportEntity::Deals);
    auto before = Exporter::table(*book.db, ImportEntity::Deals);
    REQUIRE(before.ok());
    ImportJournal journal;
    auto r = book.import("import_hubspot_deals.csv", ImportEntity::Deals, {}, &journal);
    CHECK(r.imported == 3);
    CHECK(journal.deals.size() == 3);
    CHECK(journal.customers.size() == 2);
    CHECK(journal.reps.size() == 2);
    CHECK(book.count(u"deals"_s) == 6);
    REQUIRE(Importer::undo(*book.book, journal).ok());
    CHECK(book.count(u"deals"_s) == 3);
    CHECK(book.count(u"customers"_s) == 2);
    CHECK(book.count(u"reps"_s) == 2);
    CHECK(book.count(u"deal_stage_history"_s) == 3 + 1 + 1);
    auto after = Exporter::table(*book.db, ImportEntity::Deals);
    REQUIRE(after.ok());
    CHECK(texts(*after) == texts(*before));
}

TEST_CASE("Export neutralises formulas and writes what Excel reads")
{
    CHECK(csvField(u"=SUM(A1:A9)"_s) == u"'=SUM(A1:A9)"_s);
    CHECK(csvField(u"+86 138"_s) == u"'+86 138"_s);
    CHECK(csvField(u"@cmd"_s) == u"'@cmd"_s);
    CHECK(csvField(u"-12.5"_s) == u"-12.5"_s);
    CHECK(csvField(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(csvField(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(csvField(u"two\nlines"_s) == u"\"two\nlines\""_s);

    TempDir dir;
    ExportTable t;
    t.header = {u"Name"_s, u"Value"_s};
    t.rows = {{u"客户"_s, QVariant::fromValue(ExportTable::Amount {123450, 2})}};
    const QString utf8 = dir.file(u"a.csv"_s), gb = dir.file(u"b.csv"_s);
    REQUIRE(Exporter::writeCsv(t, utf8, Exporter::Encoding::Utf8Bom).ok());
    REQUIRE(Exporter::writeCsv(t, gb, Exporter::Encoding::Gb18030).ok());
    QFile a(utf8), b(gb);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(a.readAll()
          == QByteArray("\xEF\xBB\xBFName,Value\r\n\xE5\xAE\xA2\xE6\x88\xB7,1234.50\r\n"));
    CHECK(b.readAll() == QByteArray("Name,Value\r\n\xBF\xCD\xBB\xA7,1234.50\r\n"));
}

TEST_CASE("Export then import into a new book reproduces the same data (CSV and XLSX)")
{
    TempDir dir;
    DemoGenerator::Options demo;
    demo.deals = 150;
    demo.asOf = QDate(2026, 9, 30);
    demo.language = u"zh_CN"_s;
    const QString source = dir.file(u"demo.salesdesk"_s);
    REQUIRE(DemoGenerator::generate(source, demo).ok());
    auto fromBook = Book::open(source);
    REQUIRE(fromBook.ok());
    auto toBook = Book::create(dir.file(u"copy.salesdesk"_s), {u"Copy"_s, u"CNY"_s, {}});
    REQUIRE(toBook.ok());
    Database *from = &(*fromBook)->database();
    Database *to = &(*toBook)->database();
    {
        // A rep's call on an open deal, to travel with it.
        PipelineService &pipeline = (*fromBook)->pipeline();
        auto open = pipeline.dealSummaries(DealStatus::Open);
        REQUIRE(open.ok());
        REQUIRE_FALSE(open->isEmpty());
        auto deal = pipeline.deal(open->first().id);
        REQUIRE(deal.ok());
        deal->forecastCategory = ForecastCategory::Commit;
        REQUIRE(pipeline.updateDeal(*deal, deal->updatedAt).ok());
    }

    const ImportEntity order[] = {ImportEntity::Customers, ImportEntity::Contacts,
                                  ImportEntity::Deals, ImportEntity::Activities};
    QHash<ImportEntity, ExportTable> original;
    QHash<ImportEntity, CsvTable> files;
    // Through CSV files, and through workbooks (times as Excel's, read back as local times).
    const QString suffix = GENERATE(u".csv"_s, u".xlsx"_s);
    INFO(suffix.toStdString());
    for (ImportEntity e : order) {
        auto table = Exporter::table(*from, e);
        REQUIRE(table.ok());
        REQUIRE_FALSE(table->rows.isEmpty());
        original.insert(e, *table);
        const QString file = dir.file(ImportColumns::code(e) + suffix);
        REQUIRE(Exporter::write(*table, file).ok());
        auto read = readTableFile(file);
        REQUIRE(read.ok());
        CHECK(read->encoding
              == (suffix == u".csv"_s
                          ? u"UTF-8 with BOM"_s
                          : u"Excel workbook, sheet “%1”"_s.arg(ImportColumns::code(e))));
        files.insert(e, *read);
        // The default options: rows already in the book are skipped (each primary contact came
        // in with its customer), and the demo's repeated deal titles and same-day activities
        // of one customer are each their own.
        ImportOptions o;
        o.entity = e;
        auto r = Importer(**toBook, o).run(*read);
        INFO(ImportColumns::code(e).toStdString() << " " << r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r->rejected == 0);
        CHECK(r->source == u"salesdesk"_s);
        CHECK(r->imported + r->skipped == original[e].rows.size());
    }
    // Every activity is linked to the same deal as before, even where a customer has several
    // deals of one title (the export names the deal's creation time too).
    const auto links = [](Database &db) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"SELECT a.subject, a.due_at, c.name, d.title, d.created_at "
                       "FROM activities a JOIN customers c ON c.id = a.customer_id "
                       "LEFT JOIN deals d ON d.id = a.deal_id ORDER BY 1, 2, 3, 4, 5"_s));
        QStringList all;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 5; ++i) {
                fields.append(q.value(i).toString());
            }
            all.append(fields.join(u'|'));
        }
        return all;
    };
    // The demo's forecast categories travel too (an open deal without one says "pipeline").
    const auto &dealTable = original[ImportEntity::Deals];
    const auto categoryColumn = dealTable.header.indexOf(u"Forecast category"_s);
    REQUIRE(categoryColumn >= 0);
    QSet<QString> categories;
    for (const auto &row : dealTable.rows) {
        categories.insert(row[categoryColumn].toString());
    }
    INFO(QStringList(categories.begin(), categories.end()).join(u',').toStdString());
    CHECK(categories.contains(u"commit"_s));
    CHECK(categories.contains(u"pipeline"_s));
    const QStringList linkedBefore = links(*from);
    CHECK_FALSE(linkedBefore.isEmpty());
    CHECK(links(*to) == linkedBefore);
    // Importing the same files again finds every row in the book and writes nothing.
    for (ImportEntity e : order) {
        ImportOptions o;
        o.entity = e;
        auto r = Importer(**toBook, o).run(files[e]);
        INFO(ImportColumns::code(e).toStdString() << " " << r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r->imported == 0);
        CHECK(r->skipped == original[e].rows.size());
    }
    for (ImportEntity e : order) {
        auto again = Exporter::table(*to, e);
        REQUIRE(again.ok());
        INFO(ImportColumns::code(e).toStdString());
        CHECK(again->header == original[e].header);
        REQUIRE(again->rows.size() == original[e].rows.size());
        const auto a = texts(*again), b = texts(original[e]);
        for (qsizetype r = 0; r < a.size(); ++r) {
            REQUIRE(a[r] == b[r]);
        }
    }

    SECTION("XLSX: typed cells, frozen header, same values")
    {
        const auto &deals = original[ImportEntity::Deals];
        const QString xlsx = dir.file(u"deals.xlsx"_s);
        REQUIRE(Exporter::write(deals, xlsx).ok());
        CHECK_FALSE(QFile::exists(xlsx + u".part"_s));
        const QByteArray sheet = unzipEntry(xlsx, "xl/worksheets/sheet1.xml");
        CHECK(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                             "state=\"frozen\"/>"));
        const auto rows = sheetRows(sheet);
        REQUIRE(rows.size() == deals.rows.size() + 1);
        CHECK(rows[0] == deals.header);
        for (qsizetype r = 0; r < deals.rows.size(); ++r) {
            const auto &row = deals.rows[r];
            const QStringList &cells = rows[r + 1];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &v = row[c];
                const QString cell = cells.value(c);
                if (v.metaType() == QMetaType::fromType<ExportTable::Amount>()) {
                    REQUIRE(cell.toDouble() == Approx(Exporter::text(v).toDouble()));
                } else if (v.typeId() == QMetaType::QDate) {
                    // Excel serial day: days since 1899-12-30
                    REQUIRE(QDate(1899, 12, 30).addDays(cell.toLongLong()) == v.toDate());
                } else if (v.metaType() == QMetaType::fromType<ExportTable::Moment>()) {
                    // Created and closed: the local day and time as a serial date-time.
                    const QDateTime local = v.value<ExportTable::Moment>().local;
                    const double serial = cell.toDouble();
                    const auto days = qint64(serial);
                    const auto seconds = qRound64((serial - double(days)) * 86400);
                    // (compared as UTC: wall times, no clocks changing between)
                    REQUIRE(QDateTime(QDate(1899, 12, 30).addDays(days), QTime(0, 0), Qt::UTC)
                                    .addSecs(seconds)
                            == QDateTime(local.date(), local.time(), Qt::UTC));
                } else if (v.typeId() == QMetaType::Int) {
                    REQUIRE(cell.toInt() == v.toInt());
                } else {
                    REQUIRE(cell == v.toString());
                }
            }
        }
    }
}

TEST_CASE("Exports are whole or refused: an over-long XLSX cell, a workbook cut short")
{
    TempDir dir;
    ExportTable table;
    table.header = {u"Title"_s, u"Notes"_s};
    table.rows.append({u"Short"_s, u"fine"_s});
    table.rows.append({u"Long"_s, QString(40000, u'x')});
    const QString xlsx = dir.file(u"long.xlsx"_s);
    const Status refused = Exporter::write(table, xlsx);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"Row 3"_s));
    CHECK(refused.message().contains(u"Notes"_s));
    CHECK(refused.message().contains(u"40000"_s));
    CHECK_FALSE(QFile::exists(xlsx));
    CHECK_FALSE(QFile::exists(xlsx + u".part"_s));
    // The same table as CSV keeps the long text whole.
    const QString csv = dir.file(u"long.csv"_s);
    REQUIRE(Exporter::write(table, csv).ok());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains(QByteArray(40000, 'x')));

    // A workbook is checked as a whole zip before it replaces anything.
    table.rows.removeLast();
    const QString good = dir.file(u"good.xlsx"_s);
    REQUIRE(Exporter::write(table, good).ok());
    QFile g(good);
    REQUIRE(g.open(QIODevice::ReadOnly));
    const QByteArray zip = g.readAll();
    CHECK(isCompleteZip(zip));
    CHECK_FALSE(isCompleteZip(zip.left(zip.size() - 1)));
    CHECK_FALSE(isCompleteZip(zip.left(zip.size() / 2)));
    CHECK_FALSE(isCompleteZip(QByteArray("PK\x05\x06", 4)));
}

TEST_CASE("Exports and backups are private to their owner and a file kept keeps its mode")
{
    TempDir dir;
    TestBook book;
    const mode_t before = ::umask(022);
    ExportTable table;
    table.header = {u"Title"_s};
    table.rows.append({u"One"_s});
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ReadUser | QFileDevice::WriteUser;
    for (const QString &name : {u"new.csv"_s, u"new.xlsx"_s}) {
        REQUIRE(Exporter::write(table, dir.file(name)).ok());
        CHECK(QFile::permissions(dir.file(name)) == owner);
    }
    const QString backup = dir.file(u"copy.salesdesk"_s);
    REQUIRE(book->database().backupTo(backup).ok());
    CHECK(QFile::permissions(backup) == owner);
    // A file the owner shared keeps its mode when written again.
    const QString shared = dir.file(u"shared.csv"_s);
    REQUIRE(Exporter::write(table, shared).ok());
    REQUIRE(QFile::setPermissions(shared, owner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    REQUIRE(Exporter::write(table, shared).ok());
    CHECK(QFile::permissions(shared).testFlag(QFileDevice::ReadOther));
    ::umask(before);
}

TEST_CASE("A rejects file is neutralised like an export, and both read back as they were")
{
    Fixture book;
    // A hostile title and an amount that is no amount: the row is rejected.
    auto table = parseCsv("Title,Customer,Value\n"
                          "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",Acme,12abc\n"
                          "+cmd|' /C calc'!A0,Acme,100\n"
                          "@SUM(A1),Acme,5\n");
    REQUIRE(table.ok());
    ImportOptions o;
    o.entity = ImportEntity::Deals;
    o.skipInvalid = true;
    auto result = Importer(*book.book, o).run(*table);
    REQUIRE(result.ok());
    REQUIRE(result->rejected >= 1);
    const QString rejects = book.dir.file(u"rejects.csv"_s);
    REQUIRE(Importer::writeRejects(rejects, *table, *result).ok());
    QFile f(rejects);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    // No cell starts with what a spreadsheet would run.
    CHECK(raw.contains("\"'=HYPERLINK("));
    CHECK_FALSE(raw.contains("\n="));
    CHECK_FALSE(raw.contains(",="));
    auto back = readCsvFile(rejects);
    REQUIRE(back.ok());
    CHECK(back->rows[0][0] == u"=HYPERLINK(\"http://evil\",\"x\")"_s);

    // The accepted ones keep their titles, and an export of them reads back the same.
    const QString csv = book.dir.file(u"deals.csv"_s);
    auto exported = Exporter::table(*book.db, ImportEntity::Deals);
    REQUIRE(exported.ok());
    REQUIRE(Exporter::write(*exported, csv).ok());
    QFile e(csv);
    REQUIRE(e.open(QIODevice::ReadOnly));
    const QByteArray bytes = e.readAll();
    CHECK(bytes.contains("'+cmd|"));
    CHECK(bytes.contains("'@SUM(A1)"));
    auto reread = readCsvFile(csv);
    REQUIRE(reread.ok());
    QStringList titles;
    for (const QStringList &row : std::as_const(reread->rows)) {
        titles.append(row.value(reread->header.indexOf(u"Title"_s)));
    }
    CHECK(titles.contains(u"+cmd|' /C calc'!A0"_s));
    CHECK(titles.contains(u"@SUM(A1)"_s));
}

TEST_CASE("A deal closed before it was created is a rejected row, not a date mended in silence")
{
    Fixture book;
    auto table = parseCsv("Title,Customer,Value,Status,Created at,Closed at\n"
                          "Backwards,Acme,100,won,2026-05-10,2026-05-01\n"
                          "Forwards,Acme,100,won,2026-05-01,2026-05-10\n");
    REQUIRE(table.ok());
    ImportOptions o;
    o.entity = ImportEntity::Deals;
    auto dry = Importer(*book.book, o).dryRun(*table);
    REQUIRE(dry.ok());
    CHECK(dry->rejected == 1);
    REQUIRE(dry->errors.size() == 1);
    CHECK(dry->errors[0].line == 2);
    CHECK(dry->errors[0].column == u"Closed at"_s);
    CHECK(dry->errors[0].message.contains(u"before it was created"_s));
}
