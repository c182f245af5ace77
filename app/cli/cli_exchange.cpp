#include "app/cli/clicommon.h"
#include "core/exchange/exporter.h"
#include "core/exchange/importer.h"
#include "core/exchange/workbookreader.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runImport(const QStringList &arguments)
{
    Command cmd(u"import"_s,
                Cli::tr("Imports customers, contacts, deals or activities from a CSV or TSV "
                        "export of a spreadsheet or another CRM, or from a workbook (Excel "
                        ".xlsx or .xls, OpenDocument .ods), in one step that writes everything "
                        "or nothing."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addPositional(u"what"_s, Cli::tr("customers, contacts, deals or activities"));
    cmd.addPositional(u"file"_s, Cli::tr("The CSV or TSV file, or the workbook."));
    cmd.addOption({u"sheet"_s,
                   Cli::tr("The workbook's sheet to read, by name or number (default: the "
                           "first with a header row)."),
                   u"NAME|N"_s});
    cmd.addOption({u"source"_s,
                   Cli::tr("Which program wrote the file: auto, salesdesk, pipedrive, hubspot, "
                           "zoho, odoo or other."),
                   u"NAME"_s, u"auto"_s});
    cmd.addOption(
            {u"encoding"_s, Cli::tr("auto, utf-8, gb18030 or utf-16."), u"NAME"_s, u"auto"_s});
    cmd.addOption({u"dates"_s,
                   Cli::tr("How numeric dates are written when the file does not show it: "
                           "dmy or mdy."),
                   u"ORDER"_s});
    cmd.addOption({u"duplicates"_s,
                   Cli::tr("What to do with a row that matches a record of the book: skip, "
                           "update or create."),
                   u"WHAT"_s, u"skip"_s});
    cmd.addOption({u"dry-run"_s, Cli::tr("Check every row and say what would happen; write "
                                         "nothing.")});
    cmd.addOption({u"skip-invalid"_s,
                   Cli::tr("Import the valid rows and leave out the invalid ones (written to "
                           "--rejects).")});
    cmd.addOption({u"rejects"_s, Cli::tr("Where to write the rejected rows with the reason."),
                   u"FILE"_s});
    cmd.addOption({u"rate"_s,
                   Cli::tr("The exchange rate of a currency of the file to the book's home "
                           "currency, valid from today, saved with the import: CODE=RATE, e.g. "
                           "USD=7.10 (repeat for each currency)."),
                   u"CODE=RATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 2) {
        return usage(Cli::tr("Name what to import and the file: salesdesk import deals "
                             "FILE.csv"));
    }
    ImportOptions options;
    const auto entity = ImportColumns::entity(positional[0]);
    if (!entity) {
        return usage(Cli::tr("“%1” cannot be imported; choose customers, contacts, deals or "
                             "activities.")
                             .arg(positional[0]));
    }
    options.entity = *entity;
    const auto source = ImportColumns::source(cmd.value(u"source"_s));
    if (!source) {
        return usage(Cli::tr("Unknown --source “%1”.").arg(cmd.value(u"source"_s)));
    }
    options.source = *source;
    const auto encoding = CsvText::encoding(cmd.value(u"encoding"_s));
    if (!encoding) {
        return usage(Cli::tr("Unknown --encoding “%1”.").arg(cmd.value(u"encoding"_s)));
    }
    if (cmd.isSet(u"dates"_s)) {
        const QString order = cmd.value(u"dates"_s).toLower();
        if (order == "dmy"_L1) {
            options.dateOrder = DateOrder::DayFirst;
        } else if (order == "mdy"_L1) {
            options.dateOrder = DateOrder::MonthFirst;
        } else {
            return usage(Cli::tr("--dates is dmy or mdy."));
        }
    }
    const QString duplicates = cmd.value(u"duplicates"_s).toLower();
    if (duplicates == "skip"_L1) {
        options.duplicates = DuplicatePolicy::Skip;
    } else if (duplicates == "update"_L1) {
        options.duplicates = DuplicatePolicy::Update;
    } else if (duplicates == "create"_L1) {
        options.duplicates = DuplicatePolicy::Create;
    } else {
        return usage(Cli::tr("--duplicates is skip, update or create."));
    }
    options.skipInvalid = cmd.isSet(u"skip-invalid"_s);
    if (cmd.isSet(u"rejects"_s) && !options.skipInvalid && !cmd.isSet(u"dry-run"_s)) {
        return usage(Cli::tr("--rejects goes with --skip-invalid."));
    }

    auto table = readTableFile(positional[1], *encoding, cmd.value(u"sheet"_s));
    if (!table) {
        return fail(table.error());
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    for (const QString &given : cmd.parser().values(u"rate"_s)) {
        const qsizetype eq = given.indexOf(u'=');
        auto rate = ExchangeRate::parseRate(eq > 0 ? given.mid(eq + 1) : QString());
        if (eq != 3 || !rate) {
            return usage(Cli::tr("--rate is CODE=RATE, e.g. USD=7.10, not “%1”.").arg(given));
        }
        options.rates.append({given.left(3).toUpper(), (*book)->clock().today(), *rate});
    }
    Importer importer(**book, options);
    QElapsedTimer clock;
    clock.start();
    std::optional<ProgressLine> progressLine;
    progressLine.emplace();
    const QLocale locale = cliLocale();
    const auto progress = [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        progressLine->show(Cli::tr("%1 % of %2 rows").arg(percent).arg(locale.toString(total)));
        return true;
    };
    auto report = cmd.isSet(u"dry-run"_s) ? importer.dryRun(*table, progress)
                                          : importer.run(*table, nullptr, progress);
    progressLine.reset();
    if (!report) {
        return fail(report.error());
    }
    if (!report->missingRates.isEmpty()) {
        if (cmd.json()) {
            QJsonObject missing;
            for (auto it = report->missingRates.cbegin(); it != report->missingRates.cend(); ++it) {
                QJsonArray lines;
                for (int line : it.value()) {
                    lines.append(line);
                }
                missing.insert(it.key(), lines);
            }
            printJson({{u"read"_s, report->read},
                       {u"written"_s, false},
                       {u"missing_rates"_s, missing}});
        }
        // What to do next: the rates, or (an empty book of one foreign currency) a home currency.
        const QString first = report->missingRates.firstKey();
        QString next = Cli::tr("Give the rates with the import (--rate %1=RATE) or set them first "
                               "(salesdesk rates set).")
                               .arg(first);
        if (report->homeChangeable && report->missingRates.size() == 1) {
            next += u' '
                    + Cli::tr("If the book's figures are all in %1, make it the home currency "
                              "instead: salesdesk settings --db FILE --set company.currency=%1")
                              .arg(first);
        }
        printError(u"salesdesk: "_s + report->missingRatesMessage() + u' ' + next);
        return DataError;
    }
    if (cmd.isSet(u"rejects"_s) && report->rejected > 0) {
        if (auto st = Importer::writeRejects(cmd.value(u"rejects"_s), *table, *report); !st) {
            return fail(st.error());
        }
    }
    const bool aborted = report->rejected > 0 && !options.skipInvalid;
    if (cmd.json()) {
        QJsonArray errors;
        for (const auto &e : std::as_const(report->errors)) {
            errors.append(QJsonObject {
                    {u"line"_s, e.line}, {u"column"_s, e.column}, {u"message"_s, e.message}});
        }
        printJson({{u"read"_s, report->read},
                   {u"imported"_s, report->imported},
                   {u"updated"_s, report->updated},
                   {u"skipped"_s, report->skipped},
                   {u"rejected"_s, report->rejected},
                   {u"written"_s, report->written},
                   {u"source"_s, report->source},
                   {u"encoding"_s, table->encoding},
                   {u"errors"_s, errors}});
    } else {
        for (const auto &e : std::as_const(report->errors)) {
            printError(e.column.isEmpty()
                               ? Cli::tr("Line %1: %2").arg(e.line).arg(e.message)
                               : Cli::tr("Line %1, %2: %3").arg(e.line).arg(e.column, e.message));
        }
        printLine(Cli::tr("%1 rows read (%2, %3): %4 new, %5 updated, %6 skipped, %7 rejected.")
                          .arg(report->read)
                          .arg(ImportColumns::name(*ImportColumns::source(report->source)),
                               table->encoding)
                          .arg(report->imported)
                          .arg(report->updated)
                          .arg(report->skipped)
                          .arg(report->rejected));
        if (cmd.isSet(u"dry-run"_s)) {
            printLine(Cli::tr("Dry run: nothing was written."));
        } else if (aborted) {
            printLine(Cli::tr("Nothing was written: fix the rows above, or import the valid "
                              "ones with --skip-invalid."));
        } else {
            printLine(
                    Cli::tr("Imported in %1 s.").arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2));
        }
    }
    return aborted ? DataError : Ok;
}

int runExport(const QStringList &arguments)
{
    Command cmd(u"export"_s, Cli::tr("Exports customers, contacts, deals or activities to CSV "
                                     "(UTF-8 with BOM, or GB18030) or XLSX."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addPositional(u"what"_s, Cli::tr("customers, contacts, deals or activities"));
    cmd.addOption({u"out"_s, Cli::tr("The file to write: .csv or .xlsx."), u"FILE"_s});
    cmd.addOption({u"encoding"_s, Cli::tr("For CSV: utf-8 (with BOM, the default) or gb18030."),
                   u"NAME"_s, u"utf-8"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = cmd.parser().positionalArguments();
    const auto entity
            = positional.size() == 1 ? ImportColumns::entity(positional[0]) : std::nullopt;
    if (!entity) {
        return usage(Cli::tr("Name what to export: customers, contacts, deals or activities."));
    }
    if (!cmd.isSet(u"out"_s)) {
        return usage(Cli::tr("Name the file to write with --out."));
    }
    const auto encoding = CsvText::encoding(cmd.value(u"encoding"_s));
    if (!encoding || *encoding == TextEncoding::Auto || *encoding == TextEncoding::Utf16) {
        return usage(Cli::tr("--encoding is utf-8 or gb18030."));
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto table = Exporter::table((*book)->database(), *entity);
    if (!table) {
        return fail(table.error());
    }
    if (auto st = Exporter::write(*table, cmd.value(u"out"_s),
                                  *encoding == TextEncoding::Gb18030 ? Exporter::Encoding::Gb18030
                                                                     : Exporter::Encoding::Utf8Bom);
        !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"rows"_s, int(table->rows.size())}, {u"file"_s, cmd.value(u"out"_s)}});
    } else {
        printLine(
                Cli::tr("%1 rows written to %2.").arg(table->rows.size()).arg(cmd.value(u"out"_s)));
    }
    return Ok;
}

} // namespace salesdesk::cli
