#include "core/exchange/sheetcells.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QTime>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::sheetcells {

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

std::pair<int, int> cellReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (column > MaxColumns) {
            return {-1, -1};
        }
    }
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || row > MaxRows) {
        return {-1, -1};
    }
    return {column - 1, row};
}

DateFormat dateFormatOf(const QString &code)
{
    bool date = false;
    bool time = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as it is, or is padding
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty() && (inside[0] == u'h' || inside[0] == u'm' || inside[0] == u's')
                && inside.count(inside[0]) == inside.size()) {
                time = true; // elapsed [h], [mm], [ss]
            }
            if (end < 0) {
                break;
            }
            i = end;
        } else if (c == u';') {
            break; // the first section decides
        } else {
            const QChar l = c.toLower();
            if (l == u'h' || l == u's') {
                time = true;
            } else if (l == u'd' || l == u'm' || l == u'y' || l == u'e' || c == u'年' || c == u'月'
                       || c == u'日') {
                date = true;
            } else if (l == u'g'
                       && code.mid(i, 7).compare(u"General"_s, Qt::CaseInsensitive) == 0) {
                i += 6;
            }
        }
    }
    return time ? DateFormat::DateTime : date ? DateFormat::Date : DateFormat::None;
}

DateFormat builtInDateFormat(int id)
{
    if ((id >= 18 && id <= 22) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47)) {
        return DateFormat::DateTime; // times, and 22: m/d/yy h:mm
    }
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58)) {
        return DateFormat::Date;
    }
    return DateFormat::None;
}

QString numberText(double value)
{
    if (!std::isfinite(value)) {
        return {};
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    QString text = QString::number(value, 'f', 10);
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

QString serialText(double serial, bool date1904, bool withTime)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.99999) {
        return numberText(serial);
    }
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    if (days == 0 && seconds > 0) {
        // A time of day alone (Excel shows day 0 as "1900-01-00"): as FreeXL and OpenDocument
        // give it.
        return QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // 1900 system: day 1 is 1 January 1900, and day 60 the 29 February 1900 Lotus believed
        // in; from day 61 on, days count from 30 December 1899.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    return dateTimeText(date, int(seconds), withTime);
}

QString dateTimeText(const QDate &date, int secondsIntoDay, bool withTime)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999 || secondsIntoDay < 0 || secondsIntoDay >= 86400) {
        return date.toString(Qt::ISODate); // (not from a sheet's serials)
    }
    // Written digit by digit: a sheet of 100,000 deals has 300,000 of these.
    const bool time = secondsIntoDay != 0 || withTime;
    QString text(time ? 19 : 10, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        out += width;
    };
    put(year, 4);
    *out++ = u'-';
    put(month, 2);
    *out++ = u'-';
    put(day, 2);
    if (time) {
        *out++ = u'T';
        put(secondsIntoDay / 3600, 2);
        *out++ = u':';
        put(secondsIntoDay / 60 % 60, 2);
        *out++ = u':';
        put(secondsIntoDay % 60, 2);
    }
    return text;
}

QString SheetBuilder::tooManyCells()
{
    return WorkbookReader::tr("the sheet holds more than %1 cells, more than an import can take")
            .arg(QLocale().toString(MaxCells));
}

bool SheetBuilder::addRow(int number, QStringList row)
{
    while (!row.isEmpty() && row.last().isEmpty()) {
        row.removeLast();
    }
    if (row.isEmpty()) {
        return true; // nothing in it: left out
    }
    m_width = std::max<qint64>(m_width, row.size());
    if ((m_table.rows.size() + 1) * m_width > MaxCells) {
        return false;
    }
    if (m_table.header.isEmpty()) {
        m_table.header = std::move(row);
        m_rowAt.insert(number, -1);
    } else {
        m_rowAt.insert(number, int(m_table.rows.size()));
        m_table.rows.append(std::move(row));
        m_table.lines.append(number);
    }
    return true;
}

void SheetBuilder::addMerge(int firstColumn, int firstRow, int lastColumn, int lastRow)
{
    m_merges.append({firstColumn, firstRow, lastColumn, lastRow});
}

Result<CsvTable> SheetBuilder::finish(const QString &fileName, const QString &sheetName)
{
    CsvTable &table = m_table;
    table.sheet = sheetName;
    if (table.header.isEmpty()) {
        return std::move(table);
    }
    // A merged range shows its first cell's value over all of it: so it reads on each row.
    for (const Merge &m : std::as_const(m_merges)) {
        if (table.rows.size() * qint64(m.lastColumn + 1) > MaxCells) {
            return Error::data(WorkbookReader::tr("“%1” is refused: the sheet “%2” merges "
                                                  "cells over more than %3 cells.")
                                       .arg(fileName, sheetName, QLocale().toString(MaxCells)));
        }
        const auto first = m_rowAt.constFind(m.firstRow);
        if (first == m_rowAt.cend()) {
            continue;
        }
        const QStringList &from = *first < 0 ? table.header : table.rows[*first];
        const QString value = m.firstColumn < from.size() ? from[m.firstColumn] : QString();
        if (value.isEmpty()) {
            continue;
        }
        for (int r = m.firstRow; r <= m.lastRow; ++r) {
            const auto at = m_rowAt.constFind(r);
            if (at == m_rowAt.cend() || *at < 0) {
                continue;
            }
            QStringList &to = table.rows[*at];
            for (int c = m.firstColumn; c <= std::min(m.lastColumn, MaxColumns - 1); ++c) {
                if (to.size() <= c) {
                    to.resize(c + 1);
                }
                if (to[c].isEmpty()) {
                    to[c] = value;
                }
            }
        }
    }

    // Every row as long as the header; a column with values but no heading is named by its
    // letter.
    qsizetype width = table.header.size();
    for (const QStringList &r : std::as_const(table.rows)) {
        width = std::max(width, r.size());
    }
    for (qsizetype c = 0; c < width; ++c) {
        if (c >= table.header.size()) {
            table.header.append(QString());
        }
        table.header[c] = table.header[c].trimmed();
        if (table.header[c].isEmpty()) {
            table.header[c] = columnName(int(c));
        }
    }
    for (QStringList &r : table.rows) {
        r.resize(width);
    }
    return std::move(table);
}

Result<CsvTable> readChosenSheet(const QList<SheetInfo> &sheets, const QString &wanted,
                                 const QString &fileName,
                                 const std::function<Result<CsvTable>(qsizetype)> &read)
{
    if (wanted.isEmpty()) {
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            if (sheets[i].hidden) {
                continue;
            }
            auto table = read(i);
            if (!table || !table->header.isEmpty()) {
                return table;
            }
        }
        return Error::data(
                WorkbookReader::tr("“%1” has no sheet with a header row.").arg(fileName));
    }
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (sheets[i].name.compare(wanted, Qt::CaseInsensitive) == 0) {
            chosen = i;
        }
    }
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (chosen < 0 && isNumber) {
        int visible = 0;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            if (!sheets[i].hidden && ++visible == number) {
                chosen = i;
                break;
            }
        }
    }
    if (chosen < 0) {
        QStringList names;
        for (const SheetInfo &s : sheets) {
            if (!s.hidden) {
                names.append(u"“%1”"_s.arg(s.name));
            }
        }
        return Error::user(WorkbookReader::tr("“%1” has no sheet “%2”; its sheets: %3.")
                                   .arg(fileName, wanted, names.join(u", "_s)));
    }
    auto table = read(chosen);
    if (table && table->header.isEmpty()) {
        return Error::data(WorkbookReader::tr("The sheet “%1” of “%2” is empty: it has no "
                                              "header row.")
                                   .arg(sheets[chosen].name, fileName));
    }
    return table;
}

} // namespace salesdesk::sheetcells
