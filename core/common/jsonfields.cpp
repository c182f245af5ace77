#include "core/common/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringEncoder>

#include <charconv>
#include <cmath>

namespace salesdesk {

JsonFields::JsonFields(int indent)
    : m_indent(indent)
{
    m_fields.reserve(512);
}

std::string &JsonFields::next(QLatin1StringView key)
{
    Q_ASSERT_X(m_lastKey.isNull() || m_lastKey < key, "JsonFields::add",
               "keys in ascending order, as QJsonObject keeps them");
    m_lastKey = key;
    if (!m_fields.empty()) {
        m_fields += ",\n";
    }
    m_fields.append(size_t(4 * (m_indent + 1)), ' ');
    m_fields += '"';
    m_fields.append(key.data(), size_t(key.size()));
    m_fields += "\": ";
    return m_fields;
}

JsonFields &JsonFields::add(QLatin1StringView key, qint64 value)
{
    std::string &out = next(key);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
    return *this;
}

JsonFields &JsonFields::add(QLatin1StringView key, double value)
{
    // What QJsonDocument writes for a QJsonValue made of a double: a whole number that a double
    // holds exactly (up to 2^53) as an integer ("6000000", not "6e+06"), others in their
    // shortest form, infinities and NaN as null.
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (!std::isfinite(value)) {
        next(key) += "null";
    } else if (std::trunc(value) == value && std::abs(value) <= Exact) {
        return add(key, qint64(value));
    } else {
        next(key) += QByteArray::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
    }
    return *this;
}

JsonFields &JsonFields::add(QLatin1StringView key, bool value)
{
    next(key) += value ? "true" : "false";
    return *this;
}

JsonFields &JsonFields::add(QLatin1StringView key, const QString &value)
{
    appendString(next(key), value);
    return *this;
}

JsonFields &JsonFields::add(QLatin1StringView key, QUtf8StringView value)
{
    // Written as it is when it is well-formed UTF-8 of one- to three-byte characters with no
    // quote, backslash or control character; anything else (a four-byte character, which is a
    // surrogate pair in UTF-16, or bytes that are no UTF-8) as its QString is written.
    const auto *bytes = reinterpret_cast<const uchar *>(value.data());
    const qsizetype size = value.size();
    const auto continuation = [&](qsizetype at, uchar low = 0x80, uchar high = 0xBF) {
        return at < size && bytes[at] >= low && bytes[at] <= high;
    };
    for (qsizetype i = 0; i < size;) {
        const uchar c = bytes[i];
        bool plain = false;
        if (c < 0x80) {
            plain = c >= 0x20 && c != '"' && c != '\\';
            i += 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            plain = continuation(i + 1);
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            // No overlong form (after E0) and no surrogate (after ED).
            plain = continuation(i + 1, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF)
                    && continuation(i + 2);
            i += 3;
        }
        if (!plain) {
            return add(key, value.toString());
        }
    }
    std::string &out = next(key);
    out += '"';
    out.append(value.data(), size_t(size));
    out += '"';
    return *this;
}

JsonFields &JsonFields::addNull(QLatin1StringView key)
{
    next(key) += "null";
    return *this;
}

void JsonFields::appendTo(std::string &out) const
{
    out += m_fields.empty() ? "{" : "{\n";
    out += m_fields;
    out += '\n';
    out.append(size_t(4 * m_indent), ' ');
    out += '}';
}

QByteArray JsonFields::text() const
{
    std::string out;
    appendTo(out);
    return QByteArray::fromStdString(out);
}

void JsonFields::appendString(std::string &out, const QString &value)
{
    // Names and dates need no escaping: written as their UTF-8. Anything with a quote, a
    // backslash, a control character or a surrogate (an emoji, or one alone) is written by Qt.
    bool plain = true;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate()) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        const size_t at = out.size();
        QStringEncoder utf8(QStringEncoder::Utf8);
        out.resize(at + size_t(utf8.requiredSpace(value.size())));
        char *end = utf8.appendToBuffer(out.data() + at, value);
        out.resize(size_t(end - out.data()));
        out += '"';
        return;
    }
    const QByteArray doc = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    out.append(doc.constData() + 1, size_t(doc.size() - 2)); // inside "[" … "]"
}

} // namespace salesdesk
