#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QUtf8StringView>

#include <string>

namespace salesdesk {

// One JSON object written field by field exactly as QJsonDocument::Indented prints the
// QJsonObject of the same fields — without building one. A list of 400,000 customers spent
// half its time making QJsonObjects and their documents only to print them.
//
// Fields are added in the order QJsonObject keeps its keys (ascending); the object is written
// `indent` levels (of four spaces) in, its last line without a newline.
class JsonFields
{
public:
    explicit JsonFields(int indent = 0);

    JsonFields &add(QLatin1StringView key, qint64 value);
    JsonFields &add(QLatin1StringView key, int value) { return add(key, qint64(value)); }
    JsonFields &add(QLatin1StringView key, double value);
    JsonFields &add(QLatin1StringView key, bool value);
    JsonFields &add(QLatin1StringView key, const QString &value);
    // Text already in UTF-8 (as SQLite holds it): the same as its QString, made only when it
    // needs escaping.
    JsonFields &add(QLatin1StringView key, QUtf8StringView value);
    JsonFields &addNull(QLatin1StringView key);

    // "{" … "}": the object's text.
    QByteArray text() const;
    // The same text added to the end of `out`.
    void appendTo(std::string &out) const;

private:
    std::string &next(QLatin1StringView key);
    // `value` as a JSON string literal, quotes included, as QJsonDocument writes it.
    static void appendString(std::string &out, const QString &value);

    std::string m_fields;
    int m_indent;
    QLatin1StringView m_lastKey;
};

} // namespace salesdesk
