#include "core/exchange/sheetcells.h"

#include <QDate>
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

bool isDateFormat(const QString &code)
{
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
                return true;
            }
            if (end < 0) {
                return false;
            }
            i = end;
        } else if (c == u';') {
            return false; // the first section decides
        } else {
            const QChar l = c.toLower();
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's' || l == u'e'
                || c == u'年' || c == u'月' || c == u'日') {
                return true;
            }
            if (l == u'g' && code.mid(i, 7).compare(u"General"_s, Qt::CaseInsensitive) == 0) {
                i += 6;
            }
        }
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
           || (id >= 50 && id <= 58);
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

QString serialText(double serial, bool date1904)
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
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // 1900 system: day 1 is 1 January 1900, and day 60 the 29 February 1900 Lotus believed
        // in; from day 61 on, days count from 30 December 1899.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    if (seconds == 0) {
        return date.toString(Qt::ISODate);
    }
    return date.toString(Qt::ISODate) + u'T'
           + QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
}

} // namespace salesdesk::sheetcells
