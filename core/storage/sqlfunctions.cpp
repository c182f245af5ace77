#include "core/storage/sqlfunctions.h"

#include <QCollator>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <sqlite3.h>

namespace salesdesk {
namespace {

QStringView textOf(sqlite3_value *value)
{
    const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QStringView(data, bytes / 2) : QStringView();
}

void containsText(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    const QStringView needle = textOf(args[1]);
    if (needle.isEmpty()) {
        sqlite3_result_int(context, 1);
        return;
    }
    sqlite3_result_int(context, textOf(args[0]).contains(needle, Qt::CaseInsensitive) ? 1 : 0);
}

int compareLocale(void *, int leftBytes, const void *left, int rightBytes, const void *right)
{
    // One collator per thread (the dashboard reads the book on a thread of its own), made
    // again when the language changes.
    thread_local QCollator collator;
    if (collator.locale() != QLocale()) {
        collator = QCollator();
    }
    return collator.compare(QStringView(static_cast<const char16_t *>(left), leftBytes / 2),
                            QStringView(static_cast<const char16_t *>(right), rightBytes / 2));
}

} // namespace

void registerSqlFunctions(sqlite3 *handle)
{
    sqlite3_create_function_v2(handle, "contains_text", 2,
                               SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               containsText, nullptr, nullptr, nullptr);
    sqlite3_create_collation_v2(handle, "locale", SQLITE_UTF16_ALIGNED, nullptr, compareLocale,
                                nullptr);
}

} // namespace salesdesk
