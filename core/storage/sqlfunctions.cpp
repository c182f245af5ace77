#include "core/storage/sqlfunctions.h"

#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

namespace salesdesk {
namespace {

QByteArrayView bytesOf(sqlite3_value *value)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return data ? QByteArrayView(data, sqlite3_value_bytes(value)) : QByteArrayView();
}

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// An ASCII needle in UTF-8 text: the bytes of other characters never equal an ASCII byte, so
// the text is searched as it is stored, without a conversion for each row.
bool containsAscii(QByteArrayView text, QByteArrayView needle)
{
    const qsizetype last = text.size() - needle.size();
    for (qsizetype at = 0; at <= last; ++at) {
        qsizetype i = 0;
        while (i < needle.size() && lowerAscii(text[at + i]) == lowerAscii(needle[i])) {
            ++i;
        }
        if (i == needle.size()) {
            return true;
        }
    }
    return false;
}

void containsText(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    const QByteArrayView text = bytesOf(args[0]);
    const QByteArrayView needle = bytesOf(args[1]);
    if (needle.isEmpty()) {
        sqlite3_result_int(context, 1);
        return;
    }
    const bool found = isAscii(needle) ? containsAscii(text, needle)
                                       : QString::fromUtf8(text).contains(QString::fromUtf8(needle),
                                                                          Qt::CaseInsensitive);
    sqlite3_result_int(context, found ? 1 : 0);
}

} // namespace

void registerSqlFunctions(sqlite3 *handle)
{
    sqlite3_create_function_v2(handle, "contains_text", 2,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               containsText, nullptr, nullptr, nullptr);
}

} // namespace salesdesk
