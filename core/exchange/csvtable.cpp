#include "core/exchange/csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <csv.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// libcsv's parser states between records and inside a field (ROW_NOT_BEGUN, FIELD_BEGUN in
// libcsv.c).
constexpr int RowNotBegun = 0;
constexpr int FieldBegun = 2;

struct Decoded
{
    QByteArray utf8;
    QString name;
};

Result<Decoded> toUtf8(const QByteArray &bytes, TextEncoding encoding)
{
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool utf16LeBom = bytes.startsWith("\xFF\xFE");
    const bool utf16BeBom = bytes.startsWith("\xFE\xFF");
    if (encoding == TextEncoding::Auto) {
        if (utf8Bom) {
            encoding = TextEncoding::Utf8;
        } else if (utf16LeBom || utf16BeBom) {
            encoding = TextEncoding::Utf16;
        } else {
            QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString probe = strict.decode(bytes); // decoding happens on conversion
            Q_UNUSED(probe);
            encoding = strict.hasError() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
        }
    }
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString probe = strict.decode(bytes);
        Q_UNUSED(probe);
        if (strict.hasError()) {
            return Error::data(CsvText::tr("The file is not valid UTF-8; try GB18030."));
        }
        return Decoded {utf8Bom ? bytes.mid(3) : bytes,
                        utf8Bom ? CsvText::tr("UTF-8 with BOM") : u"UTF-8"_s};
    }
    case TextEncoding::Gb18030: {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (!gb.isValid()) {
            return Error::internal(CsvText::tr("This system cannot decode GB18030."));
        }
        const QString text = gb.decode(bytes);
        if (gb.hasError()) {
            return Error::data(CsvText::tr("The file is neither UTF-8 nor GB18030 text."));
        }
        return Decoded {text.toUtf8(), u"GB18030"_s};
    }
    case TextEncoding::Utf16: {
        const bool be = utf16BeBom;
        QStringDecoder d(be ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
                         QStringDecoder::Flag::Stateless);
        const QString text = d.decode(utf16LeBom || utf16BeBom ? bytes.mid(2) : bytes);
        if (d.hasError()) {
            return Error::data(CsvText::tr("The file is not valid UTF-16 text."));
        }
        return Decoded {text.toUtf8(), be ? u"UTF-16BE"_s : u"UTF-16LE"_s};
    }
    }
    return Error::internal(u"unknown encoding"_s);
}

// The delimiter that splits the header line into the most fields, outside quotes.
char detectDelimiter(const QByteArray &utf8)
{
    int counts[3] = {0, 0, 0};
    constexpr char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (char c : utf8) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            for (int i = 0; i < 3; ++i) {
                counts[i] += c == candidates[i] ? 1 : 0;
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    return candidates[best];
}

struct ParseState
{
    CsvTable *table = nullptr;
    QStringList current;
    int recordLine = 0;
    bool tooWide = false;
    int tooWideLine = 0;
    qsizetype tooWideFields = 0;
    bool headerDone = false;
};

void onField(void *data, size_t length, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    QString value = QString::fromUtf8(static_cast<const char *>(data), qsizetype(length));
    if (value.contains(u'\r')) {
        value.replace(u"\r\n"_s, u"\n"_s);
    }
    // libcsv drops the blanks around unquoted fields; quoted ones lose them here, once.
    if (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace())) {
        value = value.trimmed();
    }
    // The apostrophe csvField() puts before what a spreadsheet would run as a formula (and
    // Excel's own text marker) is not part of the value: an export or a rejects file reads
    // back as it was.
    if (value.size() >= 2 && value.front() == u'\''
        && QStringView(u"=+-@\t\r").contains(value.at(1))) {
        value.remove(0, 1);
    }
    s->current.append(std::move(value));
}

void onRecordEnd(int, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    QStringList record = std::move(s->current);
    s->current = {};
    if (!s->headerDone) {
        for (QString &name : record) {
            name = name.trimmed();
        }
        s->table->header = std::move(record);
        s->headerDone = true;
        return;
    }
    const qsizetype width = s->table->header.size();
    if (record.size() == 1 && record.first().isEmpty()) {
        return; // a line with only a delimiter-less blank
    }
    if (record.size() > width) {
        // Trailing empty fields beyond the header are what some exporters write; others are not.
        while (record.size() > width && record.last().isEmpty()) {
            record.removeLast();
        }
        if (record.size() > width && !s->tooWide) {
            s->tooWide = true;
            s->tooWideLine = s->recordLine;
            s->tooWideFields = record.size();
        }
    }
    while (record.size() < width) {
        record.append(QString());
    }
    s->table->rows.append(std::move(record));
    s->table->lines.append(s->recordLine);
}

} // namespace

qsizetype CsvTable::columnOf(const QString &name) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i].compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

std::optional<TextEncoding> CsvText::encoding(const QString &code)
{
    const QString c = code.toLower().remove(u'-').remove(u'_');
    if (c == "auto"_L1) {
        return TextEncoding::Auto;
    }
    if (c == "utf8"_L1) {
        return TextEncoding::Utf8;
    }
    if (c == "gb18030"_L1 || c == "gbk"_L1 || c == "gb2312"_L1) {
        return TextEncoding::Gb18030;
    }
    if (c == "utf16"_L1) {
        return TextEncoding::Utf16;
    }
    return std::nullopt;
}

QString CsvText::code(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return u"auto"_s;
    case TextEncoding::Utf8:
        return u"utf-8"_s;
    case TextEncoding::Gb18030:
        return u"gb18030"_s;
    case TextEncoding::Utf16:
        return u"utf-16"_s;
    }
    return {};
}

Result<CsvTable> parseCsv(const QByteArray &bytes, TextEncoding encoding)
{
    auto decoded = toUtf8(bytes, encoding);
    if (!decoded) {
        return decoded.error();
    }
    CsvTable table;
    table.encoding = decoded->name;
    const QByteArray &utf8 = decoded->utf8;
    const char delimiter = detectDelimiter(utf8);
    table.delimiter = QChar::fromLatin1(delimiter);

    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        return Error::internal(CsvText::tr("Out of memory reading the file."));
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    ParseState state;
    state.table = &table;
    // Fed a line at a time, so the line a record starts on is known.
    qsizetype from = 0;
    int line = 0;
    while (from < utf8.size()) {
        qsizetype to = utf8.indexOf('\n', from);
        to = to < 0 ? utf8.size() : to + 1;
        ++line;
        if (parser.pstate == RowNotBegun) {
            state.recordLine = line;
        }
        const auto length = size_t(to - from);
        if (csv_parse(&parser, utf8.constData() + from, length, onField, onRecordEnd, &state)
            != length) {
            const QString reason = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return Error::data(CsvText::tr("Line %1 cannot be read: %2").arg(line).arg(reason));
        }
        from = to;
    }
    // A quote left open swallows the rest of the file into one field: say where it opened.
    // (libcsv says so itself only in strict mode, which also refuses the stray quotes of
    // `5" screen` that spreadsheets write unquoted.)
    if (parser.pstate == FieldBegun && parser.quoted) {
        csv_free(&parser);
        return Error::data(CsvText::tr("The record starting on line %1 opens a quote (\") that "
                                       "is never closed.")
                                   .arg(state.recordLine));
    }
    csv_fini(&parser, onField, onRecordEnd, &state);
    csv_free(&parser);
    if (table.header.isEmpty() || (table.header.size() == 1 && table.header.first().isEmpty())) {
        return Error::data(CsvText::tr("The file is empty: it has no header row."));
    }
    if (state.tooWide) {
        return Error::data(CsvText::tr("Line %1 has %2 fields but the header has %3; is the "
                                       "delimiter right?")
                                   .arg(state.tooWideLine)
                                   .arg(state.tooWideFields)
                                   .arg(table.header.size()));
    }
    return table;
}

Result<CsvTable> readCsvFile(const QString &path, TextEncoding encoding)
{
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        return Error::data(
                CsvText::tr("“%1” is not a file but a folder, a pipe or a device.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::data(CsvText::tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    }
    auto table = parseCsv(file.readAll(), encoding);
    if (!table) {
        return Error::data(u"%1: %2"_s.arg(path, table.message()));
    }
    return table;
}

QString csvField(const QString &value, QChar delimiter, bool neutralise)
{
    QString v = value;
    if (neutralise && !v.isEmpty()) {
        static const QRegularExpression number(u"^[-+]?[0-9]+([.,][0-9]+)?$"_s);
        const QChar first = v.front();
        if ((first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
             || first == u'\r')
            && !number.match(v).hasMatch()) {
            v.prepend(u'\'');
        }
    }
    if (v.contains(delimiter) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}

} // namespace salesdesk
