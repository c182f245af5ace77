#include "app/cli/clicommon.h"
#include "core/common/language.h"
#include "core/exchange/reportworkbook.h"
#include "core/report/reportbuilder.h"
#include "core/targets/targetservice.h"
#include "ui/report/reportpainter.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runReport(const QStringList &arguments)
{
    Command cmd(u"report"_s,
                Cli::tr("The quarterly report, as a PDF or an Excel workbook, with the figures of "
                        "the KPI engine (the same as salesdesk kpi and the dashboard)."));
    cmd.addDbOption();
    cmd.addOption({u"period"_s,
                   Cli::tr("The quarter (2026Q3, FY2026Q3); default: the last one "
                           "finished."),
                   u"P"_s});
    cmd.addOption({u"out"_s, Cli::tr("The file to write: .pdf or .xlsx."), u"FILE"_s});
    cmd.addOption(
            {u"language"_s, Cli::tr("en or zh_CN (default: the command line's)."), u"LANG"_s});
    cmd.addOption({u"sections"_s,
                   Cli::tr("Which sections, comma-separated (default: all): %1.")
                           .arg(u"summary,kpis,targets,pipeline,customers,reps,incentives,"
                                "market,evaluation,outlook"_s),
                   u"LIST"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QString out = cmd.value(u"out"_s);
    if (out.isEmpty()) {
        return usage(Cli::tr("report needs --out FILE.pdf or --out FILE.xlsx."));
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"xlsx") {
        return usage(Cli::tr("The report is written as .pdf or .xlsx, not “%1”.").arg(out));
    }
    QString language = cmd.value(u"language"_s);
    if (language.isEmpty()) {
        language = cliLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    }
    if (language != u"en" && language != u"zh_CN") {
        return usage(Cli::tr("--language is en or zh_CN, not “%1”.").arg(language));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const int startMonth = (*book)->targets().yearStartMonth();
    Period period = ReportBuilder::lastFinishedQuarter(*asOf, startMonth);
    if (cmd.isSet(u"period"_s)) {
        const auto asked = Period::parse(cmd.value(u"period"_s), startMonth);
        if (!asked) {
            return notAPeriod(cmd.value(u"period"_s));
        }
        if (asked->kind() != Period::Kind::Quarter) {
            return usage(Cli::tr("The report is a quarter's: --period 2026Q3, not “%1”.")
                                 .arg(cmd.value(u"period"_s)));
        }
        period = *asked;
    }
    ReportBuilder builder(**book);
    ReportRequest request;
    request.period = period;
    request.language = language;
    request.asOf = *asOf;
    if (cmd.isSet(u"sections"_s)) {
        request.sections = cmd.value(u"sections"_s).split(u',', Qt::SkipEmptyParts);
        for (QString &s : request.sections) {
            s = s.trimmed();
        }
        if (const QStringList bad = builder.unknown(request.sections); !bad.isEmpty()) {
            return usage(Cli::tr("There is no report section %1; the sections are %2.")
                                 .arg(bad.join(u", "_s), builder.codes().join(u", "_s)));
        }
    }
    ProgressLine progress;
    auto doc = builder.build(request, [&progress](int done, int total) {
        progress.show(Cli::tr("Figures: section %1 of %2").arg(done).arg(total));
        return true;
    });
    if (!doc) {
        return fail(doc.error());
    }
    Status written = suffix == u"pdf"
                             ? ui::writeReportPdf(*doc, out,
                                                  [&progress](int page) {
                                                      progress.show(Cli::tr("Page %1").arg(page));
                                                      return true;
                                                  })
                             : writeReportWorkbook(*doc, out);
    if (!written) {
        return fail(Error::data(written.error().message));
    }
    printLine(QFileInfo(out).absoluteFilePath());
    return Ok;
}

} // namespace salesdesk::cli
