#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <catch2/catch.hpp>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

// The server's databases that stood for a test case's books go with it (see ServerBooks).
struct DropServerBooks : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        ServerBooks::instance().clear();
        TestEventListenerBase::testCaseEnded(stats);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(DropServerBooks)

// Columns a line takes in a terminal: the CJK characters of the Chinese help take two.
int columns(const QString &line)
{
    int n = 0;
    for (const char32_t c : line.toUcs4()) {
        n += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                             || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                             || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                             || (c >= 0xFFE0 && c <= 0xFFE6)
                     ? 2
                     : 1;
    }
    return n;
}

TEST_CASE("Sub-commands, typos and a missing display are answered in words, never by a window")
{
    const Run deals = salesdesk({u"deals"_s, u"--help"_s});
    CHECK(deals.code == 0);
    CHECK(deals.out.contains("Usage: salesdesk deals SUB-COMMAND"));
    for (const char *sub : {"list", "add", "move"}) {
        CHECK(deals.out.contains(QByteArray(QByteArray("\n  ") + sub)));
    }
    CHECK(salesdesk({u"targets"_s, u"-h"_s}).out.contains("  progress"));
    CHECK(salesdesk({u"rates"_s, u"help"_s}).code == 0);
    const Run none = salesdesk({u"deals"_s});
    CHECK(none.code == 1);
    CHECK(none.err.contains(u"deals needs a sub-command"_s));
    const Run typo = salesdesk({u"deals"_s, u"lst"_s});
    CHECK(typo.code == 1);
    CHECK(typo.err.contains(u"did you mean “deals list”?"_s));
    CHECK(salesdesk({u"deals"_s, u"add"_s, u"--help"_s})
                  .out.startsWith("Usage: salesdesk deals add [OPTIONS]"));
    CHECK(salesdesk({u"new"_s, u"--help"_s}).out.startsWith("Usage: salesdesk new [OPTIONS] FILE"));

    // Help wraps between words within 79 columns, in Chinese too; only a word longer than the
    // space beside the option names (the default file's path) may stand out, whole.
    // A home of its own: the default file is the one the window last opened on this computer.
    TempDir home;
    for (const char *lang : {"C.UTF-8", "zh_CN.UTF-8"}) {
        CAPTURE(lang);
        const Run help
                = salesdesk({u"import"_s, u"--help"_s}, home.path(), [&](QProcessEnvironment &env) {
                      env.insert(u"LANG"_s, QString::fromLatin1(lang));
                      env.insert(u"LC_ALL"_s, QString::fromLatin1(lang));
                  });
        REQUIRE(help.code == 0);
        const QString text = QString::fromUtf8(help.out);
        CHECK(text.contains(u"company.salesdesk"_s)); // the path, unbroken
        for (const QString &line : text.split(u'\n')) {
            CAPTURE(line);
            CHECK((columns(line) <= 79 || !line.trimmed().contains(u' ')));
        }
    }

    const Run misspelt = salesdesk({u"segmnets"_s});
    CHECK(misspelt.code == 1);
    CHECK(misspelt.err.contains(u"unknown command “segmnets”; did you mean “segments”?"_s));
    const Run word = salesdesk({u"quarterly"_s});
    CHECK(word.code == 1);
    CHECK(word.err.contains(u"unknown command “quarterly”"_s));
    const Run missing = salesdesk({u"no/such/company.salesdesk"_s});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(u"there is no file"_s));
    // Without a display the window is not attempted (Qt would abort the process).
    const Run headless = salesdesk({}, {}, [](QProcessEnvironment &env) {
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    });
    CHECK(headless.code == 1);
    CHECK(headless.err.contains(u"no display"_s));
}

TEST_CASE("Exit codes keep --help's promise: 1 wrong usage, 2 a missing file or record")
{
    TempDir dir;
    const QString db = dir.file(u"codes.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    CHECK(salesdesk({u"deals"_s, u"list"_s, u"--db"_s, dir.file(u"none.salesdesk"_s)}).code == 2);
    CHECK(salesdesk({u"import"_s, u"deals"_s, dir.file(u"none.csv"_s), u"--db"_s, db}).code == 2);
    CHECK(salesdesk({u"targets"_s, u"adjust"_s, u"--db"_s, db, u"--id"_s, u"42"_s, u"--value"_s,
                     u"5"_s, u"--reason"_s, u"x"_s})
                  .code
          == 2);
    // A backup never replaces a file unasked.
    const QString copy = dir.file(u"copy.salesdesk"_s);
    REQUIRE(salesdesk({u"backup"_s, u"--db"_s, db, u"--out"_s, copy}).code == 0);
    const Run again = salesdesk({u"backup"_s, u"--db"_s, db, u"--out"_s, copy});
    CHECK(again.code == 1);
    CHECK(again.err.contains(u"--force"_s));
    CHECK(salesdesk({u"backup"_s, u"--db"_s, db, u"--out"_s, copy, u"--force"_s}).code == 0);
    // An export writes what its name says, or nothing.
    const Run pdf = salesdesk(
            {u"export"_s, u"deals"_s, u"--db"_s, db, u"--out"_s, dir.file(u"deals.pdf"_s)});
    CHECK(pdf.code == 1);
    CHECK(pdf.err.contains(u".csv or .xlsx"_s));
    CHECK_FALSE(QFile::exists(dir.file(u"deals.pdf"_s)));
    // A home currency is one of ISO 4217.
    const Run xyz = salesdesk({u"new"_s, dir.file(u"xyz.salesdesk"_s), u"--currency"_s, u"XYZ"_s});
    CHECK(xyz.code == 1);
    CHECK(xyz.err.contains(u"“XYZ”"_s));
    CHECK_FALSE(QFile::exists(dir.file(u"xyz.salesdesk"_s)));
    CHECK(salesdesk({u"new"_s, dir.file(u"eur.salesdesk"_s), u"--currency"_s, u"eur"_s}).code == 0);
}

TEST_CASE("import reads a workbook's sheet and refuses a hostile workbook with exit 2")
{
    TempDir dir;
    const QString db = dir.file(u"sheets.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    const QString workbook = QStringLiteral(SALESDESK_TEST_DATA "/import_two_sheets.xlsx");
    const Run imported = salesdesk({u"import"_s, u"deals"_s, workbook, u"--sheet"_s, u"Deals"_s,
                                    u"--db"_s, db, u"--json"_s});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().value(u"imported"_s).toInt() == 3);
    CHECK(imported.json().value(u"encoding"_s).toString() == u"Excel workbook, sheet “Deals”"_s);
    const Run unknown = salesdesk(
            {u"import"_s, u"deals"_s, workbook, u"--sheet"_s, u"Prices"_s, u"--db"_s, db});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(u"its sheets: “Summary”, “Deals”"_s));
    // A zip whose parts are not a workbook: refused, the book unchanged.
    const QString hostile = dir.file(u"hostile.xlsx"_s);
    {
        QFile file(hostile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 and then nothing of a zip");
    }
    const Run refused = salesdesk({u"import"_s, u"deals"_s, hostile, u"--db"_s, db});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"not a workbook"_s));
    // A damaged .xls: refused too.
    const QString badXls = dir.file(u"hostile.xls"_s);
    {
        QFile file(badXls);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, 'x'));
    }
    const Run refusedXls = salesdesk({u"import"_s, u"deals"_s, badXls, u"--db"_s, db});
    CHECK(refusedXls.code == 2);
    CHECK(refusedXls.err.contains(u"not an Excel workbook"_s));
    const Run listed = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(listed.code == 0);
    CHECK(listed.json().value(u"deals"_s).toArray().size() == 3);

    // The same deals from an .xls and an .ods, each into a book of its own, dry run first.
    for (const char *name : {"import_hubspot_deals.xls", "import_hubspot_deals.ods"}) {
        INFO(name);
        const QString book = dir.file(QString::fromUtf8(name) + u".salesdesk"_s);
        REQUIRE(salesdesk({u"new"_s, book, u"--currency"_s, u"CNY"_s}).code == 0);
        const QString file = QStringLiteral(SALESDESK_TEST_DATA "/") + QString::fromUtf8(name);
        const Run dry = salesdesk(
                {u"import"_s, u"deals"_s, file, u"--dry-run"_s, u"--db"_s, book, u"--json"_s});
        INFO(dry.err.toStdString());
        REQUIRE(dry.code == 0);
        CHECK(dry.json().value(u"imported"_s).toInt() == 3);
        const Run run = salesdesk({u"import"_s, u"deals"_s, file, u"--db"_s, book, u"--json"_s});
        REQUIRE(run.code == 0);
        CHECK(run.json().value(u"imported"_s).toInt() == 3);
        const Run deals = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, book, u"--json"_s});
        REQUIRE(deals.code == 0);
        CHECK(deals.json().value(u"deals"_s).toArray().size() == 3);
    }
}

TEST_CASE("Tables have a header row and line up in Chinese — amounts carry separators")
{
    TempDir dir;
    const QString db = dir.file(u"zh.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"40"_s, u"--as-of"_s,
                       u"2026-11-27"_s, u"--language"_s, u"zh_CN"_s})
                    .code
            == 0);
    const auto chinese = [](QProcessEnvironment &env) {
        env.insert(u"LANG"_s, u"zh_CN.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
    };
    // deals list: the value column is right-aligned, so every amount ends in the same terminal
    // column as the header "金额" — counting each Chinese character as two.
    const Run deals = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db}, {}, chinese);
    REQUIRE(deals.code == 0);
    QStringList lines = QString::fromUtf8(deals.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 40);
    const QString header = lines.takeFirst();
    CHECK(header.startsWith(u"编号"_s));
    const int valueEnd = columns(header.left(header.indexOf(u"金额"_s) + 2));
    static const QRegularExpression amount(u"¥[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}"_s);
    int rows = 0;
    for (const QString &line : std::as_const(lines)) {
        const auto m = amount.match(line);
        if (!m.hasMatch()) {
            continue; // the count at the end
        }
        CAPTURE(line);
        CHECK(columns(line.left(m.capturedEnd())) == valueEnd);
        ++rows;
    }
    CHECK(rows == 40);
    CHECK(lines.last() == u"40 个商机"_s);
    // targets progress: one header row, then a row per target with the status last.
    const Run progress
            = salesdesk({u"targets"_s, u"progress"_s, u"--db"_s, db, u"--as-of"_s, u"2026-11-27"_s},
                        {}, chinese);
    REQUIRE(progress.code == 0);
    const QStringList rowsOut = QString::fromUtf8(progress.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rowsOut.size() > 1);
    CHECK(rowsOut.first().startsWith(u"编号"_s));
    const int statusColumn = columns(rowsOut.first().left(rowsOut.first().indexOf(u"状态"_s)));
    for (qsizetype i = 1; i < rowsOut.size(); ++i) {
        CAPTURE(rowsOut[i]);
        // The status starts where its header does.
        const QString line = rowsOut[i];
        qsizetype at = line.size();
        while (at > 0 && line[at - 1] != u' ') {
            --at;
        }
        CHECK(columns(line.left(at)) == statusColumn);
    }
}

TEST_CASE("Progress into a file or pipe is a line every few seconds, not one per thousand deals")
{
    TempDir dir;
    QElapsedTimer clock;
    clock.start();
    const Run demo = salesdesk({u"demo"_s, u"--out"_s, dir.file(u"big.salesdesk"_s), u"--deals"_s,
                                u"20000"_s, u"--as-of"_s, u"2026-11-27"_s});
    const double seconds = double(clock.elapsed()) / 1000.0;
    REQUIRE(demo.code == 0);
    // stderr is a pipe here: the first line after a second, then one every five at most (it was
    // one per 1,000 deals: 20 lines).
    const qsizetype lines = demo.err.count(u'\n');
    CAPTURE(seconds, demo.err);
    CHECK(lines <= 1 + qsizetype(seconds / 5.0));
    CHECK_FALSE(demo.err.contains(u'\r'));
}

TEST_CASE("The version and help options answer without a display")
{
    const Run version = salesdesk({u"--version"_s});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith("salesdesk 0."));
    const Run help = salesdesk({u"--help"_s});
    CHECK(help.code == 0);
    CHECK(help.out.contains("deals"));
    CHECK(help.out.contains("funnel"));
    const Run sub = salesdesk({u"deals"_s, u"add"_s, u"--help"_s});
    CHECK(sub.code == 0);
    CHECK(sub.out.contains("--customer"));
}

TEST_CASE("Wrong usage exits 1 with a sentence on stderr")
{
    TempDir dir;
    const QString db = dir.file(u"u.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db}).code == 0);
    CHECK(salesdesk({u"deals"_s}).code == 1);
    CHECK(salesdesk({u"deals"_s, u"frobnicate"_s}).code == 1);
    const Run missing = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"x"_s});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(u"--customer"_s));
    const Run stage = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db, u"--stage"_s, u"Nowhere"_s});
    CHECK(stage.code == 1);
    CHECK(stage.err.contains(u"Lead"_s));
    CHECK(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"x"_s, u"--customer"_s,
                     u"c"_s, u"--value"_s, u"ten"_s})
                  .code
          == 1);
    CHECK(salesdesk({u"funnel"_s, u"--db"_s, db, u"--from"_s, u"2026-13-01"_s}).code == 1);
    // new refuses to overwrite
    const Run again = salesdesk({u"new"_s, db});
    CHECK(again.code == 1);
    CHECK(again.err.contains(ServerBooks::on() ? u"already holds tables"_s : u"already exists"_s));
}

TEST_CASE("Bad files exit 2 and stay unchanged")
{
    TempDir dir;
    const QString junk = dir.file(u"junk.salesdesk"_s);
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileHash(junk);
    const Run check = salesdesk({u"check"_s, u"--db"_s, junk, u"--json"_s});
    CHECK(check.code == 2);
    CHECK(check.err.contains(u"not a SalesDesk data file"_s));
    CHECK(salesdesk({u"deals"_s, u"list"_s, u"--db"_s, junk}).code == 2);
    CHECK(fileHash(junk) == before);
    CHECK(salesdesk({u"check"_s, u"--db"_s, dir.file(u"nothing.salesdesk"_s)}).code == 2);
}

TEST_CASE("deals add, list and move speak JSON with money in minor units")
{
    TempDir dir;
    const QString db = dir.file(u"d.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--name"_s, u"CLI Co"_s, u"--currency"_s, u"CNY"_s}).code
            == 0);
    const Run add
            = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--json"_s, u"--title"_s,
                         u"ERP licence"_s, u"--customer"_s, u"Ningbo Jinda"_s, u"--value"_s,
                         u"120000.50"_s, u"--owner"_s, u"Li Na"_s, u"--close"_s, u"2026-12-31"_s,
                         u"--stage"_s, u"Needs analysis"_s, u"--created"_s, u"2026-11-02"_s});
    REQUIRE(add.code == 0);
    CHECK(add.json().value(u"id"_s).toInt() == 1);
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"Second"_s,
                       u"--customer"_s, u"Ningbo Jinda"_s, u"--value"_s, u"100"_s})
                    .code
            == 0);

    const Run list = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(list.code == 0);
    const QJsonObject doc = list.json();
    CHECK(doc.value(u"currency"_s).toString() == u"CNY"_s);
    const QJsonArray deals = doc.value(u"deals"_s).toArray();
    REQUIRE(deals.size() == 2);
    const QJsonObject first = deals.at(0).toObject();
    CHECK(first.value(u"id"_s).toInt() == 1);
    CHECK(first.value(u"title"_s).toString() == u"ERP licence"_s);
    CHECK(first.value(u"customer"_s).toString() == u"Ningbo Jinda"_s);
    CHECK(first.value(u"owner"_s).toString() == u"Li Na"_s);
    CHECK(first.value(u"stage"_s).toString() == u"Needs analysis"_s);
    CHECK(first.value(u"status"_s).toString() == u"open"_s);
    CHECK(first.value(u"value_minor"_s).toDouble() == 12000050.0);
    CHECK(first.value(u"probability"_s).toDouble() == Approx(0.4));
    CHECK(first.value(u"expected_close"_s).toString() == u"2026-12-31"_s);
    CHECK(deals.at(1).toObject().value(u"stage"_s).toString() == u"Lead"_s);

    const Run move
            = salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, u"1"_s, u"--stage"_s,
                         u"lost"_s, u"--reason"_s, u"price"_s, u"--date"_s, u"2026-11-20"_s});
    CHECK(move.code == 0);
    const Run lost = salesdesk(
            {u"deals"_s, u"list"_s, u"--db"_s, db, u"--json"_s, u"--status"_s, u"lost"_s});
    REQUIRE(lost.code == 0);
    REQUIRE(lost.json().value(u"deals"_s).toArray().size() == 1);
    CHECK(lost.json()
                  .value(u"deals"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"probability"_s)
                  .toDouble()
          == 0.0);
    // A move dated before the deal's last change is refused.
    const Run early = salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, u"1"_s,
                                 u"--stage"_s, u"Lead"_s, u"--date"_s, u"2026-11-01"_s});
    CHECK(early.code == 1);
    CHECK(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, u"99"_s, u"--stage"_s,
                     u"won"_s})
                  .code
          == 2); // no such deal: bad data, not wrong usage
    const Run check = salesdesk({u"check"_s, u"--db"_s, db, u"--json"_s});
    CHECK(check.code == 0);
    CHECK(check.json().value(u"ok"_s).toBool());
    CHECK(check.json().value(u"problems"_s).toArray().isEmpty());
}

TEST_CASE("funnel prints the hand-computed example")
{
    // Same example as the core test, entered through the CLI with back-dated history.
    TempDir dir;
    const QString db = dir.file(u"f.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db}).code == 0);
    auto add = [&](const QString &title, const QString &stage, const QString &created) {
        REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, title,
                           u"--customer"_s, u"C"_s, u"--value"_s, u"1"_s, u"--stage"_s, stage,
                           u"--created"_s, created})
                        .code
                == 0);
    };
    auto move = [&](int id, const QString &stage, const QString &date) {
        REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, QString::number(id),
                           u"--stage"_s, stage, u"--date"_s, date})
                        .code
                == 0);
    };
    add(u"D1"_s, u"Lead"_s, u"2026-01-01"_s);
    move(1, u"Initial contact"_s, u"2026-01-03"_s);
    move(1, u"Needs analysis"_s, u"2026-01-06"_s);
    move(1, u"won"_s, u"2026-01-10"_s);
    add(u"D2"_s, u"Lead"_s, u"2026-01-01"_s);
    move(2, u"Initial contact"_s, u"2026-01-05"_s);
    move(2, u"lost"_s, u"2026-01-06"_s);
    add(u"D3"_s, u"Lead"_s, u"2026-01-01"_s);
    move(3, u"lost"_s, u"2026-01-02"_s);
    add(u"D4"_s, u"Lead"_s, u"2026-01-01"_s);
    add(u"D5"_s, u"Initial contact"_s, u"2026-01-01"_s);
    move(5, u"Needs analysis"_s, u"2026-01-04"_s);

    const Run funnel = salesdesk({u"funnel"_s, u"--db"_s, db, u"--json"_s, u"--from"_s,
                                  u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s});
    REQUIRE(funnel.code == 0);
    const QJsonObject doc = funnel.json();
    const QJsonArray stages = doc.value(u"stages"_s).toArray();
    REQUIRE(stages.size() == 5);
    const auto stage = [&](int i) {
        return stages.at(i).toObject();
    };
    CHECK(stage(0).value(u"name"_s).toString() == u"Lead"_s);
    CHECK(stage(0).value(u"entered"_s).toInt() == 5);
    CHECK(stage(0).value(u"advanced"_s).toInt() == 3);
    CHECK(stage(0).value(u"conversion"_s).toDouble() == Approx(0.6));
    CHECK(stage(0).value(u"avg_days"_s).toDouble() == Approx(7.0 / 3.0));
    CHECK(stage(1).value(u"entered"_s).toInt() == 3);
    CHECK(stage(1).value(u"advanced"_s).toInt() == 2);
    CHECK(stage(1).value(u"avg_days"_s).toDouble() == Approx(7.0 / 3.0));
    CHECK(stage(2).value(u"entered"_s).toInt() == 2);
    CHECK(stage(2).value(u"advanced"_s).toInt() == 1);
    CHECK(stage(2).value(u"avg_days"_s).toDouble() == Approx(4.0));
    // D1 was won straight from Needs analysis, so it counts as having passed the later stages.
    CHECK(stage(3).value(u"entered"_s).toInt() == 1);
    CHECK(stage(4).value(u"advanced"_s).toInt() == 1);
    CHECK(doc.value(u"win_rate"_s).toDouble() == Approx(1.0 / 3.0));
    CHECK(doc.value(u"bottleneck"_s).toString() == u"Needs analysis"_s);
}

TEST_CASE("demo, check and backup")
{
    TempDir dir;
    const QString db = dir.file(u"demo.salesdesk"_s);
    const Run demo = salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"500"_s, u"--seed"_s,
                                u"3"_s, u"--as-of"_s, u"2026-11-27"_s, u"--json"_s});
    REQUIRE(demo.code == 0);
    CHECK(demo.json().value(u"deals"_s).toInt() == 500);
    CHECK(demo.json().value(u"customers"_s).toInt() == 200);
    const int reps = demo.json().value(u"reps"_s).toInt();
    CHECK((reps >= 5 && reps <= 8));
    CHECK(salesdesk({u"demo"_s, u"--out"_s, db}).code == 1); // exists

    const Run check = salesdesk({u"check"_s, u"--db"_s, db, u"--json"_s});
    CHECK(check.code == 0);
    CHECK(check.json().value(u"ok"_s).toBool());

    const QString copy = dir.file(u"copy.salesdesk"_s);
    CHECK(salesdesk({u"backup"_s, u"--db"_s, db, u"--out"_s, copy}).code == 0);
    const Run copied = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, copy, u"--json"_s});
    REQUIRE(copied.code == 0);
    CHECK(copied.json().value(u"deals"_s).toArray().size() == 500);
}

TEST_CASE("calendar writes an .ics of the range's activities and key dates, or says why not")
{
    TempDir dir;
    const QString db = dir.file(u"cal.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"200"_s, u"--seed"_s, u"3"_s,
                       u"--as-of"_s, u"2026-06-30"_s})
                    .code
            == 0);
    const QString out = dir.file(u"dates.ics"_s);
    const Run run = salesdesk({u"calendar"_s, u"--db"_s, db, u"--out"_s, out, u"--from"_s,
                               u"2026-06-30"_s, u"--to"_s, u"2026-09-30"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QJsonObject json = run.json();
    CHECK(json.value(u"from"_s).toString() == u"2026-06-30"_s);
    CHECK(json.value(u"to"_s).toString() == u"2026-09-30"_s);
    const int activities = json.value(u"activities"_s).toInt();
    const int keyDates = json.value(u"key_dates"_s).toInt();
    CHECK(activities > 0);
    CHECK(keyDates > 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") == activities + keyDates);
    CHECK(ics.count("UID:activity-") == activities);
    CHECK(ics.count("UID:keydate-") == keyDates);
    // What it refuses: no --out, another kind of file, a range that ends before it starts.
    CHECK(salesdesk({u"calendar"_s, u"--db"_s, db}).code == 1);
    const Run pdf = salesdesk({u"calendar"_s, u"--db"_s, db, u"--out"_s, dir.file(u"d.pdf"_s)});
    CHECK(pdf.code == 1);
    CHECK(pdf.err.contains(u".ics"_s));
    CHECK(salesdesk({u"calendar"_s, u"--db"_s, db, u"--out"_s, out, u"--from"_s, u"2026-07-01"_s,
                     u"--to"_s, u"2026-06-01"_s})
                  .code
          == 1);
    CHECK(salesdesk({u"calendar"_s, u"--db"_s, dir.file(u"none.salesdesk"_s), u"--out"_s, out}).code
          == 2);
}

TEST_CASE("customers list, archive and restore — an archived customer leaves the follow-ups")
{
    TempDir dir;
    const QString db = dir.file(u"customers.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"50"_s, u"--seed"_s, u"2"_s,
                       u"--as-of"_s, u"2026-06-30"_s})
                    .code
            == 0);
    const auto listed = [&](bool archivedToo) {
        QStringList args {u"customers"_s, u"list"_s, u"--db"_s, db, u"--json"_s};
        if (archivedToo) {
            args.append(u"--archived"_s);
        }
        const Run run = salesdesk(args);
        REQUIRE(run.code == 0);
        return run.json().value(u"customers"_s).toArray();
    };
    const QJsonArray all = listed(false);
    REQUIRE(all.size() == 20); // 40 customers per 100 deals
    // The follow-ups of 30 June 2026 name some customers; archive the first of them.
    const auto due = [&] {
        const Run run = salesdesk(
                {u"followups"_s, u"--db"_s, db, u"--as-of"_s, u"2026-06-30"_s, u"--json"_s});
        REQUIRE(run.code == 0);
        QList<qint64> ids;
        for (const auto &f : run.json().value(u"due"_s).toArray()) {
            ids.append(f.toObject().value(u"customer_id"_s).toInteger());
        }
        return ids;
    };
    const QList<qint64> before = due();
    REQUIRE_FALSE(before.isEmpty());
    const QString first = QString::number(before.first());
    // All or none: an unknown id archives nobody.
    CHECK(salesdesk({u"customers"_s, u"archive"_s, u"--db"_s, db, first, u"99999"_s}).code == 2);
    CHECK(listed(false).size() == 20);
    CHECK(salesdesk({u"customers"_s, u"archive"_s, u"--db"_s, db, u"x"_s}).code == 1);
    REQUIRE(salesdesk({u"customers"_s, u"archive"_s, u"--db"_s, db, first}).code == 0);
    CHECK(listed(false).size() == 19);
    const QJsonArray withArchived = listed(true);
    CHECK(withArchived.size() == 20);
    int archived = 0;
    for (const auto &c : withArchived) {
        if (c.toObject().value(u"archived"_s).toBool()) {
            ++archived;
            CHECK(c.toObject().value(u"id"_s).toInteger() == before.first());
        }
    }
    CHECK(archived == 1);
    CHECK_FALSE(due().contains(before.first()));
    REQUIRE(salesdesk({u"customers"_s, u"restore"_s, u"--db"_s, db, first}).code == 0);
    CHECK(due() == before);
}

TEST_CASE("kpi prints the hand-computed figures of a period and the one before, nulls for none")
{
    TempDir dir;
    const QString db = dir.file(u"kpi.salesdesk"_s);
    makeQuarterBook(db);
    const Run run = salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--compare"_s,
                               u"previous"_s, u"--as-of"_s, u"2026-10-15"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QJsonObject json = run.json();
    CHECK(json.value(u"period"_s).toString() == u"2026Q3"_s);
    CHECK(json.value(u"from"_s).toString() == u"2026-07-01"_s);
    CHECK(json.value(u"to"_s).toString() == u"2026-09-30"_s);
    CHECK(json.value(u"currency"_s).toString() == u"CNY"_s);
    CHECK(json.value(u"scope"_s).toString() == u"company"_s);
    const QJsonObject k = json.value(u"kpis"_s).toObject();
    CHECK(k.value(u"revenue_minor"_s).toInteger() == 1000000);
    CHECK(k.value(u"won_deals"_s).toInt() == 1);
    CHECK(k.value(u"lost_deals"_s).toInt() == 1);
    CHECK(k.value(u"win_rate"_s).toDouble() == 0.5);
    CHECK(k.value(u"avg_deal_minor"_s).toInteger() == 1000000);
    CHECK(k.value(u"avg_cycle_days"_s).toDouble() == 20.0);
    CHECK(k.value(u"new_deals"_s).toInt() == 1);
    CHECK(k.value(u"new_customers"_s).toInt() == 1);
    CHECK(k.value(u"pipeline_open_minor"_s).toInteger() == 0);
    CHECK(k.value(u"target_minor"_s).toInteger() == 5000000);
    CHECK(k.value(u"attainment"_s).toDouble() == 0.2);
    CHECK(k.value(u"csat"_s).isNull()); // no feedback: null, not 0
    CHECK(k.value(u"nps"_s).isNull());
    const QJsonObject before = json.value(u"compare"_s).toObject();
    CHECK(before.value(u"period"_s).toString() == u"2026Q2"_s);
    const QJsonObject q2 = before.value(u"kpis"_s).toObject();
    CHECK(q2.value(u"revenue_minor"_s).toInteger() == 0);
    CHECK(q2.value(u"win_rate"_s).isNull());
    CHECK(q2.value(u"avg_deal_minor"_s).isNull());
    CHECK(q2.value(u"new_deals"_s).toInt() == 1);
    CHECK(q2.value(u"pipeline_open_minor"_s).toInteger() == 1000000); // a lead at 30 June
    CHECK(q2.value(u"pipeline_weighted_minor"_s).toInteger() == 100000); // at 10 %
    CHECK(q2.value(u"target_minor"_s).isNull());
    // Wrong usage: no period, a bad period or comparison, a scope it does not count.
    CHECK(salesdesk({u"kpi"_s, u"--db"_s, db}).code == 1);
    CHECK(salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026Q5"_s}).code == 1);
    CHECK(salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026"_s, u"--compare"_s,
                     u"yesterday"_s})
                  .code
          == 1);
    // A product no deal has: its figures are all zero, satisfaction none (the company's only).
    const Run pumps = salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026"_s, u"--scope"_s,
                                 u"product:Pumps"_s, u"--as-of"_s, u"2026-10-15"_s, u"--json"_s});
    REQUIRE(pumps.code == 0);
    CHECK(pumps.json().value(u"scope"_s).toString() == u"product:Pumps"_s);
    const QJsonObject p = pumps.json().value(u"kpis"_s).toObject();
    CHECK(p.value(u"revenue_minor"_s).toInteger() == 0);
    CHECK(p.value(u"won_deals"_s).toInt() == 0);
    CHECK(p.value(u"win_rate"_s).isNull());
    CHECK(p.value(u"csat"_s).isNull());
    CHECK(salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026"_s, u"--scope"_s,
                     u"region:North"_s})
                  .code
          == 1);
}

TEST_CASE("targets follow the company's year when it starts in another month")
{
    TempDir dir;
    const QString db = dir.file(u"fy.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    REQUIRE(salesdesk({u"settings"_s, u"--db"_s, db, u"--set"_s, u"company.year_start_month=4"_s})
                    .code
            == 0);
    CHECK(salesdesk({u"settings"_s, u"--db"_s, db, u"--set"_s, u"company.year_start_month=13"_s})
                  .code
          == 1);
    const Run added
            = salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"revenue"_s,
                         u"--period"_s, u"FY2026"_s, u"--value"_s, u"120000"_s, u"--json"_s});
    REQUIRE(added.code == 0);
    const Run listed = salesdesk({u"targets"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(listed.code == 0);
    const QJsonObject target = listed.json().value(u"targets"_s).toArray().first().toObject();
    CHECK(target.value(u"period"_s).toString() == u"FY2026-04"_s);
    CHECK(target.value(u"name"_s).toString().endsWith(u"FY2026/27"_s));
    const Run split = salesdesk({u"targets"_s, u"split"_s, u"--db"_s, db, u"--id"_s,
                                 QString::number(added.json().value(u"id"_s).toInt()), u"--into"_s,
                                 u"quarters"_s});
    CHECK(split.code == 0);
    const Run progress = salesdesk({u"targets"_s, u"progress"_s, u"--db"_s, db, u"--period"_s,
                                    u"FY2026Q4"_s, u"--as-of"_s, u"2027-01-15"_s, u"--json"_s});
    REQUIRE(progress.code == 0);
    const QJsonArray rows = progress.json().value(u"targets"_s).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(u"period"_s).toString() == u"FY2026-04Q4"_s);
}

TEST_CASE("targets add, split, adjust, list and progress with exact numbers")
{
    TempDir dir;
    const QString db = dir.file(u"targets.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    // Won in Q1 2026: ¥3,000 on 20 January and ¥2,000 on 10 February.
    const QList<std::pair<QString, QString>> won
            = {{u"3000"_s, u"2026-01-20"_s}, {u"2000"_s, u"2026-02-10"_s}};
    int id = 0;
    for (const auto &[value, date] : won) {
        ++id;
        REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"Deal"_s,
                           u"--customer"_s, u"C"_s, u"--value"_s, value, u"--created"_s,
                           u"2026-01-05"_s})
                        .code
                == 0);
        REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, QString::number(id),
                           u"--stage"_s, u"won"_s, u"--date"_s, date})
                        .code
                == 0);
    }

    const Run add = salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--json"_s, u"--metric"_s,
                               u"revenue"_s, u"--period"_s, u"2026Q1"_s, u"--value"_s, u"9000"_s,
                               u"--name"_s, u"Q1 revenue"_s});
    REQUIRE(add.code == 0);
    CHECK(add.json().value(u"id"_s).toInt() == 1);

    // 28 February: 59 of 90 days → ¥5,900 expected, ¥5,000 done (84.7 %) → at risk.
    const Run progress = salesdesk({u"targets"_s, u"progress"_s, u"--db"_s, db, u"--json"_s,
                                    u"--period"_s, u"2026Q1"_s, u"--as-of"_s, u"2026-02-28"_s});
    REQUIRE(progress.code == 0);
    const QJsonObject q1 = progress.json().value(u"targets"_s).toArray().at(0).toObject();
    CHECK(q1.value(u"name"_s).toString() == u"Q1 revenue"_s);
    CHECK(q1.value(u"target"_s).toDouble() == 900000.0);
    CHECK(q1.value(u"actual"_s).toDouble() == 500000.0);
    CHECK(q1.value(u"attainment"_s).toDouble() == Approx(5.0 / 9.0));
    CHECK(q1.value(u"expected_to_date"_s).toDouble() == 590000.0);
    CHECK(q1.value(u"projected"_s).toDouble() == 500000.0);
    CHECK(q1.value(u"status"_s).toString() == u"at_risk"_s);

    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"won_deals"_s,
                       u"--period"_s, u"2026"_s, u"--value"_s, u"100"_s})
                    .code
            == 0);
    const Run split = salesdesk({u"targets"_s, u"split"_s, u"--db"_s, db, u"--json"_s, u"--id"_s,
                                 u"2"_s, u"--into"_s, u"quarters"_s, u"--method"_s, u"weights"_s,
                                 u"--weights"_s, u"1,2,3,4"_s});
    REQUIRE(split.code == 0);
    const QJsonArray children = split.json().value(u"children"_s).toArray();
    REQUIRE(children.size() == 4);
    CHECK(children.at(0).toInt() == 3);
    CHECK(split.json().value(u"method"_s).toString() == u"weights"_s);

    CHECK(salesdesk({u"targets"_s, u"adjust"_s, u"--db"_s, db, u"--id"_s, u"2"_s, u"--value"_s,
                     u"120"_s})
                  .code
          == 1); // no reason
    // Adjusted before the year starts (--as-of): no quarter has ended, so all four follow.
    REQUIRE(salesdesk({u"targets"_s, u"adjust"_s, u"--db"_s, db, u"--id"_s, u"2"_s, u"--value"_s,
                       u"120"_s, u"--reason"_s, u"Second distributor"_s, u"--respread"_s,
                       u"--as-of"_s, u"2025-12-31"_s})
                    .code
            == 0);
    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"win_rate"_s,
                       u"--period"_s, u"2026"_s, u"--value"_s, u"25%"_s})
                    .code
            == 0);

    const Run list = salesdesk({u"targets"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(list.code == 0);
    const QJsonArray targets = list.json().value(u"targets"_s).toArray();
    REQUIRE(targets.size() == 7);
    QMap<int, QJsonObject> byId;
    for (const auto &t : targets) {
        byId.insert(t.toObject().value(u"id"_s).toInt(), t.toObject());
    }
    CHECK(byId[2].value(u"target"_s).toDouble() == 120.0);
    CHECK(byId[2].value(u"original"_s).toDouble() == 100.0);
    CHECK(byId[2].value(u"scope"_s).toString() == u"company"_s);
    // 120 spread 1:2:3:4 → 12, 24, 36, 48; each quarter keeps its original.
    CHECK(byId[3].value(u"target"_s).toDouble() == 12.0);
    CHECK(byId[3].value(u"original"_s).toDouble() == 10.0);
    CHECK(byId[4].value(u"target"_s).toDouble() == 24.0);
    CHECK(byId[5].value(u"target"_s).toDouble() == 36.0);
    CHECK(byId[6].value(u"target"_s).toDouble() == 48.0);
    CHECK(byId[6].value(u"parent_id"_s).toInt() == 2);
    CHECK(byId[6].value(u"period"_s).toString() == u"2026Q4"_s);
    CHECK(byId[7].value(u"target"_s).toDouble() == Approx(0.25));

    CHECK(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"profit"_s,
                     u"--period"_s, u"2026"_s, u"--value"_s, u"1"_s})
                  .code
          == 1);
    CHECK(salesdesk({u"targets"_s, u"split"_s, u"--db"_s, db, u"--id"_s, u"1"_s, u"--into"_s,
                     u"weeks"_s})
                  .code
          == 1); // a quarter does not split into weeks
}

TEST_CASE("segments computes and reports each customer's segment")
{
    TempDir dir;
    const QString db = dir.file(u"seg.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db}).code == 0);
    const QList<std::tuple<QString, QString, QString>> won
            = {{u"Big"_s, u"5000"_s, u"2026-01-10"_s},
               {u"Big"_s, u"7000"_s, u"2026-04-10"_s},
               {u"Small"_s, u"100"_s, u"2025-02-01"_s}};
    int id = 0;
    for (const auto &[customer, value, date] : won) {
        ++id;
        REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"D"_s,
                           u"--customer"_s, customer, u"--value"_s, value, u"--created"_s,
                           QDate::fromString(date, Qt::ISODate).addDays(-5).toString(Qt::ISODate)})
                        .code
                == 0);
        REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, QString::number(id),
                           u"--stage"_s, u"won"_s, u"--date"_s, date})
                        .code
                == 0);
    }
    const Run run
            = salesdesk({u"segments"_s, u"--db"_s, db, u"--json"_s, u"--as-of"_s, u"2026-06-30"_s});
    REQUIRE(run.code == 0);
    const QJsonArray segments = run.json().value(u"segments"_s).toArray();
    REQUIRE(segments.size() == 3);
    CHECK(segments.at(0).toObject().value(u"name"_s).toString() == u"high_value"_s);
    CHECK(segments.at(0).toObject().value(u"count"_s).toInt() == 1);
    CHECK(segments.at(0).toObject().value(u"value_minor"_s).toDouble() == 1200000.0);
    CHECK(segments.at(2).toObject().value(u"count"_s).toInt() == 1);
    const QJsonArray customers = run.json().value(u"customers"_s).toArray();
    REQUIRE(customers.size() == 2);
    CHECK(customers.at(0).toObject().value(u"name"_s).toString() == u"Big"_s);
    CHECK(customers.at(0).toObject().value(u"segment"_s).toString() == u"high_value"_s);
    CHECK(customers.at(1).toObject().value(u"segment"_s).toString() == u"general"_s);
    CHECK(customers.at(1).toObject().value(u"recency_days"_s).toInt() == 514);
}

TEST_CASE("followups lists the customers due for a contact")
{
    TempDir dir;
    const QString db = dir.file(u"follow.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db}).code == 0);
    // A customer brought in by a deal entered as of 2 March 2026 and never contacted: a general
    // customer is due 90 days later, on Sunday 31 May.
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"D"_s, u"--customer"_s,
                       u"Quiet Ltd"_s, u"--value"_s, u"1"_s, u"--created"_s, u"2026-03-02"_s})
                    .code
            == 0);
    const auto due = [&](const char *asOf) {
        const Run run = salesdesk({u"followups"_s, u"--db"_s, db, u"--json"_s, u"--as-of"_s,
                                   QString::fromLatin1(asOf)});
        REQUIRE(run.code == 0);
        CHECK(run.json().value(u"key_dates"_s).toArray().isEmpty());
        return run.json().value(u"due"_s).toArray();
    };
    // The week before: nothing; the Monday of its week: due later this week; 5 June: 5 late.
    CHECK(due("2026-05-24").isEmpty());
    const QJsonArray thisWeek = due("2026-05-25");
    REQUIRE(thisWeek.size() == 1);
    CHECK(thisWeek.at(0).toObject().value(u"group"_s).toString() == u"this_week"_s);
    CHECK(thisWeek.at(0).toObject().value(u"overdue_days"_s).toInt() == 0);
    const QJsonArray late = due("2026-06-05");
    REQUIRE(late.size() == 1);
    const QJsonObject quiet = late.at(0).toObject();
    CHECK(quiet.value(u"customer"_s).toString() == u"Quiet Ltd"_s);
    CHECK(quiet.value(u"group"_s).toString() == u"overdue"_s);
    CHECK(quiet.value(u"due_date"_s).toString() == u"2026-05-31"_s);
    CHECK(quiet.value(u"overdue_days"_s).toInt() == 5);
    CHECK(quiet.value(u"segment"_s).toString() == u"general"_s);
    CHECK(quiet.value(u"cadence_days"_s).toInt() == 90);
    CHECK(quiet.value(u"last_contact"_s).isNull());
}

TEST_CASE("followups lists the key dates coming up within their days of warning")
{
    TempDir dir;
    const QString db = dir.file(u"dates.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"400"_s, u"--as-of"_s,
                       u"2026-11-27"_s})
                    .code
            == 0);
    const Run run = salesdesk(
            {u"followups"_s, u"--db"_s, db, u"--json"_s, u"--as-of"_s, u"2026-11-27"_s});
    REQUIRE(run.code == 0);
    const QJsonArray dates = run.json().value(u"key_dates"_s).toArray();
    REQUIRE_FALSE(dates.isEmpty());
    QString previous;
    for (const auto &value : dates) {
        const QJsonObject d = value.toObject();
        const QDate on = QDate::fromString(d.value(u"date"_s).toString(), Qt::ISODate);
        const QString kind = d.value(u"kind"_s).toString();
        INFO(kind.toStdString() << " " << d.value(u"date"_s).toString().toStdString());
        CHECK(on >= QDate(2026, 11, 27));
        // The demo warns 30 days ahead of a renewal, 7 of a birthday.
        CHECK(on <= QDate(2026, 11, 27).addDays(kind == u"renewal"_s ? 30 : 7));
        CHECK((kind == u"renewal"_s || kind == u"birthday"_s));
        CHECK_FALSE(d.value(u"customer"_s).toString().isEmpty());
        CHECK(d.value(u"date"_s).toString() >= previous); // soonest first
        previous = d.value(u"date"_s).toString();
    }
}

TEST_CASE("import exits 2 and writes nothing when rows are rejected — export reads back")
{
    TempDir dir;
    const QString db = dir.file(u"i.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    const QString bad = QStringLiteral(SALESDESK_TEST_DATA "/import_bad_rows.csv");
    const Run rejected = salesdesk({u"import"_s, u"deals"_s, bad, u"--db"_s, db, u"--json"_s});
    CHECK(rejected.code == 2);
    const QJsonObject report = rejected.json();
    CHECK(report.value(u"read"_s).toInt() == 6);
    CHECK(report.value(u"imported"_s).toInt() == 2);
    CHECK(report.value(u"rejected"_s).toInt() == 4);
    CHECK(report.value(u"written"_s).toBool() == false);
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].toObject().value(u"line"_s).toInt() == 4);
    CHECK(errors[0].toObject().value(u"column"_s).toString() == u"Title"_s);
    CHECK(errors[1].toObject().value(u"message"_s).toString() == u"“12abc” is not an amount"_s);
    const Run none = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    CHECK(none.json().value(u"deals"_s).toArray().isEmpty());

    const QString rejects = dir.file(u"rejects.csv"_s);
    const Run some = salesdesk({u"import"_s, u"deals"_s, bad, u"--db"_s, db, u"--json"_s,
                                u"--skip-invalid"_s, u"--rejects"_s, rejects});
    CHECK(some.code == 0);
    CHECK(some.json().value(u"imported"_s).toInt() == 2);
    QFile file(rejects);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines[0]
          == "\xEF\xBB\xBFTitle,Customer,Value,Stage,Expected close,Notes,Rejected because\r");
    CHECK(lines.size() == 6); // header, four rejected rows, the empty end

    const QString out = dir.file(u"deals.xlsx"_s);
    const Run exported
            = salesdesk({u"export"_s, u"deals"_s, u"--db"_s, db, u"--out"_s, out, u"--json"_s});
    CHECK(exported.code == 0);
    CHECK(exported.json().value(u"rows"_s).toInt() == 2);
    CHECK(QFile(out).size() > 0);
    CHECK(salesdesk({u"export"_s, u"deals"_s, u"--db"_s, db}).code == 1); // no --out
    CHECK(salesdesk({u"import"_s, u"widgets"_s, bad, u"--db"_s, db}).code == 1);
}

TEST_CASE("rates set and list — a deal in another currency needs a rate and counts converted")
{
    TempDir dir;
    const QString db = dir.file(u"fx.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    const auto addDeal = [&](const QString &title, const QString &value, const QString &currency) {
        return salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, title, u"--customer"_s,
                          u"Pacific Imports"_s, u"--value"_s, value, u"--currency"_s, currency,
                          u"--created"_s, u"2026-08-01"_s, u"--json"_s});
    };
    // No rate for USD yet: refused with exit 2, and nothing is written (not even the customer).
    const Run refused = addDeal(u"Dollar order"_s, u"1000"_s, u"USD"_s);
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"USD"_s));
    CHECK(salesdesk({u"segments"_s, u"--db"_s, db, u"--json"_s, u"--as-of"_s, u"2026-09-30"_s})
                  .json()
                  .value(u"customers"_s)
                  .toArray()
                  .isEmpty());
    // Bad rates are usage errors.
    CHECK(salesdesk({u"rates"_s, u"set"_s, u"--db"_s, db, u"--currency"_s, u"US"_s, u"--rate"_s,
                     u"7"_s})
                  .code
          == 1);
    CHECK(salesdesk({u"rates"_s, u"set"_s, u"--db"_s, db, u"--currency"_s, u"USD"_s, u"--rate"_s,
                     u"0"_s})
                  .code
          == 1);
    CHECK(salesdesk({u"rates"_s, u"set"_s, u"--db"_s, db, u"--currency"_s, u"CNY"_s, u"--rate"_s,
                     u"1"_s})
                  .code
          == 1);
    const Run set = salesdesk({u"rates"_s, u"set"_s, u"--db"_s, db, u"--currency"_s, u"usd"_s,
                               u"--rate"_s, u"7.10"_s, u"--from"_s, u"2026-01-01"_s, u"--json"_s});
    REQUIRE(set.code == 0);
    CHECK(set.json().value(u"rate"_s).toDouble() == Approx(7.1));
    const QJsonObject listed
            = salesdesk({u"rates"_s, u"list"_s, u"--db"_s, db, u"--json"_s}).json();
    CHECK(listed.value(u"currency"_s).toString() == u"CNY"_s);
    const QJsonArray rates = listed.value(u"rates"_s).toArray();
    REQUIRE(rates.size() == 1);
    CHECK(rates[0].toObject().value(u"currency"_s).toString() == u"USD"_s);
    CHECK(rates[0].toObject().value(u"valid_from"_s).toString() == u"2026-01-01"_s);
    CHECK(rates[0].toObject().value(u"rate_text"_s).toString() == u"7.1"_s);

    // $1,000.00 at 7.10 and ¥2,000.00, both won in 2026Q3: ¥9,100.00 in every total.
    const Run dollar = addDeal(u"Dollar order"_s, u"1000"_s, u"USD"_s);
    REQUIRE(dollar.code == 0);
    const Run yuan = addDeal(u"Yuan order"_s, u"2000"_s, u"CNY"_s);
    REQUIRE(yuan.code == 0);
    for (const Run &deal : {dollar, yuan}) {
        REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s,
                           QString::number(deal.json().value(u"id"_s).toInt()), u"--stage"_s,
                           u"won"_s, u"--date"_s, u"2026-08-20T10:00:00Z"_s})
                        .code
                == 0);
    }
    const QJsonArray deals = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db, u"--json"_s})
                                     .json()
                                     .value(u"deals"_s)
                                     .toArray();
    REQUIRE(deals.size() == 2);
    CHECK(deals[0].toObject().value(u"value_minor"_s).toInt() == 100000);
    CHECK(deals[0].toObject().value(u"currency"_s).toString() == u"USD"_s);
    CHECK(deals[0].toObject().value(u"value_home_minor"_s).toInt() == 710000);
    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"revenue"_s,
                       u"--period"_s, u"2026Q3"_s, u"--value"_s, u"20000"_s})
                    .code
            == 0);
    const QJsonArray progress = salesdesk({u"targets"_s, u"progress"_s, u"--db"_s, db, u"--as-of"_s,
                                           u"2026-09-30"_s, u"--json"_s})
                                        .json()
                                        .value(u"targets"_s)
                                        .toArray();
    REQUIRE(progress.size() == 1);
    CHECK(progress[0].toObject().value(u"actual"_s).toInt() == 910000);
    const QJsonObject segments
            = salesdesk({u"segments"_s, u"--db"_s, db, u"--json"_s, u"--as-of"_s, u"2026-09-30"_s})
                      .json();
    const QJsonArray customers = segments.value(u"customers"_s).toArray();
    REQUIRE(customers.size() == 1);
    CHECK(customers[0].toObject().value(u"monetary_minor"_s).toInt() == 910000);
    CHECK(segments.value(u"currency"_s).toString() == u"CNY"_s);
    // The funnel's value of the deals that reached the first stage.
    const QJsonObject funnel = salesdesk({u"funnel"_s, u"--db"_s, db, u"--json"_s}).json();
    CHECK(funnel.value(u"stages"_s).toArray()[0].toObject().value(u"value_minor"_s).toInt()
          == 910000);
    CHECK(salesdesk({u"check"_s, u"--db"_s, db}).code == 0);
}

TEST_CASE("import refuses a file in a currency without a rate, or takes the rate with it")
{
    TempDir dir;
    const QString db = dir.file(u"fx-import.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    const QString file = QStringLiteral(SALESDESK_TEST_DATA "/import_pipedrive_deals.csv");
    const Run refused = salesdesk({u"import"_s, u"deals"_s, file, u"--db"_s, db});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(u"USD"_s));
    CHECK(refused.err.contains(u"line 2, 3, 4"_s));
    CHECK(refused.err.contains(u"--rate USD=RATE"_s));
    // An empty book could take USD as its home currency instead, and is told so.
    CHECK(refused.err.contains(u"--set company.currency=USD"_s));
    CHECK(salesdesk({u"deals"_s, u"list"_s, u"--db"_s, db, u"--json"_s})
                  .json()
                  .value(u"deals"_s)
                  .toArray()
                  .isEmpty());
    CHECK(salesdesk({u"import"_s, u"deals"_s, file, u"--db"_s, db, u"--rate"_s, u"USD"_s}).code
          == 1);
    const Run taken = salesdesk({u"import"_s, u"deals"_s, file, u"--db"_s, db, u"--rate"_s,
                                 u"USD=7.10"_s, u"--json"_s});
    CHECK(taken.code == 0);
    CHECK(taken.json().value(u"imported"_s).toInt() == 3);
    const QJsonArray rates = salesdesk({u"rates"_s, u"list"_s, u"--db"_s, db, u"--json"_s})
                                     .json()
                                     .value(u"rates"_s)
                                     .toArray();
    REQUIRE(rates.size() == 1);
    CHECK(rates[0].toObject().value(u"currency"_s).toString() == u"USD"_s);
    // A book with deals cannot change its home currency: the advice is the rates alone.
    const QString euros = dir.file(u"euros.csv"_s);
    {
        QFile f(euros);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Title,Customer,Value,Currency,Stage\nMilan order,Rossi SpA,900.00,EUR,Lead\n");
    }
    const Run again = salesdesk({u"import"_s, u"deals"_s, euros, u"--db"_s, db});
    CHECK(again.code == 2);
    CHECK(again.err.contains(u"EUR"_s));
    CHECK_FALSE(again.err.contains(u"company.currency"_s));

    // The advice, taken: an empty book made a USD book takes the file as it is.
    const QString usd = dir.file(u"usd-import.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, usd, u"--currency"_s, u"CNY"_s}).code == 0);
    REQUIRE(salesdesk({u"settings"_s, u"--db"_s, usd, u"--set"_s, u"company.currency=USD"_s}).code
            == 0);
    const Run direct = salesdesk({u"import"_s, u"deals"_s, file, u"--db"_s, usd, u"--json"_s});
    CHECK(direct.code == 0);
    CHECK(direct.json().value(u"imported"_s).toInt() == 3);
}

TEST_CASE("settings lists the book's settings and changes them all or nothing")
{
    TempDir dir;
    const QString db = dir.file(u"settings.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--name"_s, u"Bright Star"_s, u"--currency"_s, u"CNY"_s}).code
            == 0);
    const auto settings = [&] {
        QMap<QString, QJsonValue> values;
        for (const auto &v : salesdesk({u"settings"_s, u"--db"_s, db, u"--json"_s})
                                     .json()
                                     .value(u"settings"_s)
                                     .toArray()) {
            values.insert(v.toObject().value(u"key"_s).toString(), v.toObject().value(u"value"_s));
        }
        return values;
    };
    auto before = settings();
    CHECK(before.value(u"company.name"_s).toString() == u"Bright Star"_s);
    CHECK(before.value(u"company.currency"_s).toString() == u"CNY"_s);
    CHECK(before.value(u"targets.on_track_percent"_s).toInt() == 95);
    CHECK(before.value(u"targets.at_risk_percent"_s).toInt() == 80);
    CHECK(before.value(u"segments.look_back_months"_s).toInt() == 24);
    CHECK(before.value(u"cadence.general_days"_s).toInt() == 90);

    // A bad key, a value out of range, or thresholds the wrong way round: exit 1, no change.
    for (const QStringList &bad :
         {QStringList {u"no.such.key=1"_s}, QStringList {u"targets.on_track_percent=101"_s},
          QStringList {u"targets.on_track_percent=seventy"_s},
          QStringList {u"targets.at_risk_percent=96"_s},
          QStringList {u"cadence.general_days=30"_s, u"segments.look_back_months=0"_s}}) {
        QStringList args = {u"settings"_s, u"--db"_s, db};
        for (const QString &change : bad) {
            args += {u"--set"_s, change};
        }
        const Run run = salesdesk(args);
        CHECK(run.code == 1);
        CHECK(run.err.contains(u"Nothing was changed"_s));
    }
    CHECK(settings() == before);

    // A ¥10,000 quarter target with ¥3,000 won by 16 November: 58.7 % of the expected pace,
    // behind under the defaults and at risk from 50 %.
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"Order"_s,
                       u"--customer"_s, u"Buyer"_s, u"--value"_s, u"3000"_s, u"--created"_s,
                       u"2026-10-05"_s, u"--json"_s})
                    .code
            == 0);
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, u"1"_s, u"--stage"_s,
                       u"won"_s, u"--date"_s, u"2026-11-02"_s})
                    .code
            == 0);
    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"revenue"_s,
                       u"--period"_s, u"2026Q4"_s, u"--value"_s, u"10000"_s})
                    .code
            == 0);
    const auto status = [&] {
        return salesdesk({u"targets"_s, u"progress"_s, u"--db"_s, db, u"--as-of"_s, u"2026-11-16"_s,
                          u"--json"_s})
                .json()
                .value(u"targets"_s)
                .toArray()[0]
                .toObject()
                .value(u"status"_s)
                .toString();
    };
    CHECK(status() == u"behind"_s);
    const Run changed = salesdesk({u"settings"_s, u"--db"_s, db, u"--set"_s,
                                   u"targets.at_risk_percent=50"_s, u"--json"_s});
    REQUIRE(changed.code == 0);
    CHECK(changed.json().value(u"settings"_s).toArray().size() == 1);
    CHECK(settings().value(u"targets.at_risk_percent"_s).toInt() == 50);
    CHECK(status() == u"at_risk"_s);
    // The home currency stays while the book has deals.
    const Run currency
            = salesdesk({u"settings"_s, u"--db"_s, db, u"--set"_s, u"company.currency=USD"_s});
    CHECK(currency.code == 1);
    CHECK(currency.err.contains(u"no deals"_s));
}

TEST_CASE("A demo stopped half-way leaves nothing under the name asked for")
{
    TempDir dir;
    const QString out = dir.file(u"demo.salesdesk"_s);
    QProcess p;
    p.start(QStringLiteral(SALESDESK_BINARY),
            {u"demo"_s, u"--out"_s, out, u"--deals"_s, u"20000"_s, u"--as-of"_s, u"2026-06-30"_s});
    REQUIRE(p.waitForStarted());
    // Killed once the book is being filled: its temporary file is there, the name is not.
    QElapsedTimer clock;
    clock.start();
    bool building = false;
    while (!building && clock.elapsed() < 20000 && p.state() == QProcess::Running) {
        building = !QDir(dir.path())
                            .entryList({u".demo.salesdesk.*.part"_s}, QDir::Files | QDir::Hidden)
                            .isEmpty();
        QThread::msleep(5);
    }
    REQUIRE(building);
    p.kill();
    REQUIRE(p.waitForFinished());
    CHECK_FALSE(QFile::exists(out));
    // Finished, the book is under its name and nothing else is left beside it.
    const Run made = salesdesk(
            {u"demo"_s, u"--out"_s, out, u"--deals"_s, u"200"_s, u"--as-of"_s, u"2026-06-30"_s});
    REQUIRE(made.code == 0);
    CHECK(QFile::exists(out));
    CHECK(salesdesk({u"check"_s, u"--db"_s, out}).code == 0);
    const QStringList beside
            = QDir(dir.path()).entryList({u"demo.salesdesk*"_s}, QDir::Files | QDir::Hidden);
    CHECK(beside == QStringList {u"demo.salesdesk"_s});
    // And it never overwrites a file.
    CHECK(salesdesk({u"demo"_s, u"--out"_s, out, u"--deals"_s, u"10"_s}).code == 1);
}

TEST_CASE("deals add is one change: a deal refused leaves no new customer or rep behind")
{
    TempDir dir;
    const QString db = dir.file(u"one.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    // Refused by the deal's own checks, after the customer and the rep were named.
    const Run refused
            = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"X"_s, u"--customer"_s,
                         u"NewCo"_s, u"--owner"_s, u"New Rep"_s, u"--value"_s, u"5"_s,
                         u"--created"_s, u"2026-06-01"_s, u"--close"_s, u"2026-01-01"_s});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"expected close"_s));
    const Run customers = salesdesk({u"customers"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(customers.code == 0);
    CHECK_FALSE(customers.out.contains("NewCo"));
    const QStringList career {u"team"_s, u"career"_s, u"--db"_s, db, u"--rep"_s, u"New Rep"_s};
    CHECK(salesdesk(career).code == 1); // no such rep
    // Accepted, all three are there.
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"X"_s, u"--customer"_s,
                       u"NewCo"_s, u"--owner"_s, u"New Rep"_s, u"--value"_s, u"5"_s})
                    .code
            == 0);
    CHECK(salesdesk({u"customers"_s, u"list"_s, u"--db"_s, db, u"--json"_s}).out.contains("NewCo"));
    CHECK(salesdesk(career).code == 0);
}

TEST_CASE("A book damaged inside, past its header, is refused with exit 2 and left as it is",
          "[file]")
{
    TempDir dir;
    const QString db = dir.file(u"inside.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"400"_s, u"--as-of"_s,
                       u"2026-06-30"_s})
                    .code
            == 0);
    // Every fourth page past the first ten overwritten: the header and the schema are sound.
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const int page = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
    for (qsizetype p = 10; p < bytes.size() / page; p += 4) {
        bytes.replace(p * page + 100, 200, QByteArray(200, char(0xde)));
    }
    f.seek(0);
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    const QByteArray before = bytes;
    for (const QStringList &command : {QStringList {u"deals"_s, u"list"_s, u"--db"_s, db},
                                       QStringList {u"check"_s, u"--db"_s, db}}) {
        const Run r = salesdesk(command);
        INFO(r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(u"damaged"_s));
    }
    QFile after(db);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE("segments and followups of thousands of customers print the JSON a document would")
{
    // 2,400 customers: more than the book reads one by one before it reads every name at once,
    // and a list written item by item rather than held in a document.
    TempDir dir;
    const QString db = dir.file(u"many.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"6000"_s, u"--as-of"_s,
                       u"2026-06-30"_s})
                    .code
            == 0);
    const Run list = salesdesk({u"customers"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    REQUIRE(list.code == 0);
    QHash<qint64, QString> names;
    for (const auto &c : list.json().value(u"customers"_s).toArray()) {
        names.insert(c.toObject().value(u"id"_s).toInteger(),
                     c.toObject().value(u"name"_s).toString());
    }
    REQUIRE(names.size() == 2400);
    const auto check = [&](const QStringList &args, const QString &listKey, const QString &idKey,
                           const QString &nameKey, qsizetype atLeast) {
        CAPTURE(args);
        const Run run = salesdesk(args);
        REQUIRE(run.code == 0);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(run.out, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        // Byte for byte what QJsonDocument prints.
        CHECK(run.out == parsed.toJson(QJsonDocument::Indented));
        const QJsonArray items = parsed.object().value(listKey).toArray();
        CHECK(items.size() >= atLeast);
        int wrong = 0;
        for (const auto &item : items) {
            const QJsonObject o = item.toObject();
            wrong += o.value(nameKey).toString() != names.value(o.value(idKey).toInteger());
        }
        CHECK(wrong == 0);
    };
    check({u"followups"_s, u"--db"_s, db, u"--as-of"_s, u"2026-06-30"_s, u"--json"_s}, u"due"_s,
          u"customer_id"_s, u"customer"_s, 1000);
    check({u"segments"_s, u"--db"_s, db, u"--as-of"_s, u"2026-06-30"_s, u"--json"_s},
          u"customers"_s, u"id"_s, u"name"_s, 2400);
}
