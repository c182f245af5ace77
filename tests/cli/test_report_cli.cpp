#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

// What a poppler tool prints for a file (the tests' window on a PDF, as a reader's would be).
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Without a display and without QT_QPA_PLATFORM: the command sets up what it needs itself.
void headless(QProcessEnvironment &env)
{
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
}

} // namespace

TEST_CASE(
        "report writes a PDF with the KPIs' figures and every font embedded and charts as vectors")
{
    TempDir dir;
    const QString db = dir.file(u"q.salesdesk"_s);
    makeQuarterBook(db);
    const Run kpi = salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--as-of"_s,
                               u"2026-10-15"_s, u"--json"_s});
    REQUIRE(kpi.code == 0);
    REQUIRE(kpi.json().value(u"kpis"_s).toObject().value(u"revenue_minor"_s).toInteger()
            == 1000000);

    for (const auto &[language, titles] :
         {std::pair {u"en"_s,
                     QStringList {u"Executive summary"_s, u"Key figures"_s, u"Sales targets"_s,
                                  u"Sales process"_s, u"Customer relationships"_s, u"Sales team"_s,
                                  u"Outlook"_s, u"Contents"_s}},
          std::pair {u"zh_CN"_s, QStringList {u"执行摘要"_s, u"销售目标"_s, u"销售过程"_s,
                                              u"客户关系"_s, u"销售团队"_s, u"目录"_s}}}) {
        INFO(language.toStdString());
        const QString pdf = dir.file(u"q3-%1.pdf"_s.arg(language));
        const Run run
                = salesdesk({u"report"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--out"_s,
                             pdf, u"--language"_s, language, u"--as-of"_s, u"2026-10-15"_s},
                            {}, headless);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        CHECK(QString::fromUtf8(run.out).trimmed() == pdf);
        const QString text = poppler(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        for (const QString &title : titles) {
            CHECK(text.contains(title));
        }
        // The KPI engine's figures: revenue ¥10,000 of the ¥50,000 target (20 %), a win rate
        // of 50 %, the lost deal's ¥5,000 among the losses.
        CHECK(text.contains(u"¥10,000"_s));
        CHECK(text.contains(u"¥50,000"_s));
        CHECK(text.contains(u"20 %"_s));
        CHECK(text.contains(u"50 %"_s));
        CHECK(text.contains(u"¥5,000"_s));

        const QStringList fonts = poppler(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(fonts.size() > 2); // two header lines, then a font a line
        for (const QString &font : fonts.mid(2)) {
            // name, type…, then "emb sub uni": every font embedded.
            CHECK(font.contains(
                    QRegularExpression(u"\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s)));
        }
        if (language == u"zh_CN"_s) {
            const QString all = fonts.join(u'\n'); // a Chinese font, embedded like the rest
            CHECK((all.contains(u"WenQuanYi"_s) || all.contains(u"CJK"_s)));
        }
        // No picture in the file: the charts are drawn, not pasted.
        CHECK(poppler(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts).size()
              == 2);
    }
}

TEST_CASE("report writes an Excel workbook — bad periods or sections or paths leave no file")
{
    TempDir dir;
    const QString db = dir.file(u"q.salesdesk"_s);
    makeQuarterBook(db);
    const QString xlsx = dir.file(u"q3.xlsx"_s);
    const Run ok = salesdesk({u"report"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--out"_s,
                              xlsx, u"--as-of"_s, u"2026-10-15"_s},
                             {}, headless);
    REQUIRE(ok.code == 0);
    CHECK(QString::fromUtf8(ok.out).trimmed() == xlsx);
    CHECK(bytesOf(xlsx).startsWith("PK"));
    CHECK_FALSE(QFile::exists(xlsx + u".part"_s));

    // A period that is not a quarter, or not one at all: wrong usage, nothing written.
    const QString pdf = dir.file(u"q.pdf"_s);
    for (const QString &period : {u"2026Q5"_s, u"2026-07"_s}) {
        const Run bad = salesdesk(
                {u"report"_s, u"--db"_s, db, u"--period"_s, period, u"--out"_s, pdf}, {}, headless);
        CHECK(bad.code == 1);
        CHECK(bad.err.contains(period));
        CHECK_FALSE(QFile::exists(pdf));
    }
    // An unknown section names the ones there are.
    const Run section = salesdesk({u"report"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                                   u"--sections"_s, u"summary,forecast"_s, u"--out"_s, xlsx},
                                  {}, headless);
    CHECK(section.code == 1);
    CHECK(section.err.contains(u"forecast"_s));
    CHECK(section.err.contains(u"pipeline"_s));
    // The earlier workbook is still there, whole.
    CHECK(bytesOf(xlsx).startsWith("PK"));
    // A folder that does not exist: a bad file, exit 2, no file.
    const QString nowhere = dir.file(u"no/such/folder/q3.pdf"_s);
    const Run unwritable = salesdesk(
            {u"report"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--out"_s, nowhere}, {},
            headless);
    CHECK(unwritable.code == 2);
    CHECK(unwritable.err.contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
    // Neither .pdf nor .xlsx.
    const Run csv = salesdesk({u"report"_s, u"--db"_s, db, u"--out"_s, dir.file(u"q3.csv"_s)}, {},
                              headless);
    CHECK(csv.code == 1);
    // Chosen sections only.
    const QString two = dir.file(u"two.pdf"_s);
    REQUIRE(salesdesk({u"report"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--sections"_s,
                       u"summary,pipeline"_s, u"--out"_s, two, u"--as-of"_s, u"2026-10-15"_s},
                      {}, headless)
                    .code
            == 0);
    const QString text = poppler(u"pdftotext"_s, {two, u"-"_s});
    CHECK(text.contains(u"Sales process"_s));
    CHECK_FALSE(text.contains(u"Sales targets"_s));
}
