#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace salesdesk {

// How the bytes of a spreadsheet export are encoded. Auto: a BOM decides (UTF-8, UTF-16 LE/BE);
// without one, text that is valid UTF-8 is UTF-8 and anything else is GB18030 (the superset of
// GBK that Excel on Chinese Windows writes).
enum class TextEncoding { Auto, Utf8, Gb18030, Utf16 };

// A CSV or TSV file as rows of text: the first row is the header.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // every row as long as the header (short rows padded with "")
    QList<int> lines; // the file line each row starts on (1 = the header's line)
    QString encoding; // what was read: "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE"…
    QChar delimiter; // ',', ';' or '\t'
    QString sheet; // a workbook's: the sheet read; empty for a text file

    qsizetype columnOf(const QString &name) const; // -1 when absent (case-insensitive)
};

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvText)

public:
    static std::optional<TextEncoding> encoding(const QString &code); // auto, utf-8, gb18030…
    static QString code(TextEncoding encoding);
};

// Decodes `bytes` to UTF-8 (see TextEncoding), detects the delimiter from the header line and
// splits the records with libcsv (RFC 4180: quoted commas, doubled quotes, newlines in quotes).
// A row with more fields than the header is an error naming its line; empty lines are skipped.
Result<CsvTable> parseCsv(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto);
Result<CsvTable> readCsvFile(const QString &path, TextEncoding encoding = TextEncoding::Auto);

// One field of CSV output: quoted when it holds the delimiter, a quote or a line break.
// With `neutralise`, a value a spreadsheet would run as a formula (starting with = + - @, tab or
// CR) gets a leading apostrophe, unless it is a plain number such as "-12.5".
QString csvField(const QString &value, QChar delimiter = u',', bool neutralise = true);

} // namespace salesdesk
