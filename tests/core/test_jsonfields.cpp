#include "core/common/jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace salesdesk;

TEST_CASE("An object written field by field is the text QJsonDocument prints for it")
{
    // Strings that need escaping, non-ASCII text, a lone surrogate, numbers of every size.
    const QString lone = u"x"_s + QChar(0xd800) + u"y"_s;
    const QStringList strings = {u""_s,
                                 u"Shaoxing Tianhe Technology Co., Ltd."_s,
                                 u"明星贸易有限公司（12）"_s,
                                 u"say \"hi\" \\ back"_s,
                                 u"tab\there\nnew line\r\x01\x1f"_s,
                                 u"emoji 😀 and \u00e9"_s,
                                 lone,
                                 u"</script>'&"_s};
    const QList<double> doubles = {0.0,
                                   -0.0,
                                   1.0,
                                   0.1,
                                   362050000.0,
                                   6000000.0,
                                   -6e9,
                                   9007199254740992.0,
                                   9007199254740994.0,
                                   -9007199254740992.0,
                                   1.5,
                                   -173550000.0,
                                   123456789012345678.0,
                                   1e21,
                                   2.5e-7,
                                   std::numeric_limits<double>::quiet_NaN()};
    const QList<qint64> integers
            = {0, -1, 42, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    for (const QString &s : strings) {
        for (const double d : doubles) {
            for (const qint64 i : integers) {
                CAPTURE(s, d, i);
                QJsonObject o {{u"a_bool"_s, true}, {u"b_false"_s, false},     {u"count"_s, i},
                               {u"name"_s, s},      {u"none"_s, QJsonValue()}, {u"small"_s, 7},
                               {u"value"_s, d}};
                const QByteArray fields = JsonFields()
                                                  .add("a_bool"_L1, true)
                                                  .add("b_false"_L1, false)
                                                  .add("count"_L1, i)
                                                  .add("name"_L1, s)
                                                  .addNull("none"_L1)
                                                  .add("small"_L1, 7)
                                                  .add("value"_L1, d)
                                                  .text();
                CHECK(fields + '\n' == QJsonDocument(o).toJson(QJsonDocument::Indented));
            }
        }
    }
}

TEST_CASE("An object written two levels in has every line indented as in its parent's document")
{
    const QByteArray item = JsonFields(2).add("id"_L1, 3).add("name"_L1, u"A"_s).text();
    CHECK(item == "{\n            \"id\": 3,\n            \"name\": \"A\"\n        }");
    CHECK(JsonFields().text() + '\n' == QJsonDocument(QJsonObject()).toJson());
}

TEST_CASE("Text given as UTF-8 is written as the same text given as a string")
{
    // Plain names as they are; anything to escape, four-byte characters and bytes that are no
    // UTF-8 (a lone continuation byte, an overlong form, a surrogate, a sequence cut short) as
    // their QString is written.
    const QList<QByteArray> texts = {"",
                                     "Shaoxing Tianhe Technology Co., Ltd.",
                                     u"明星贸易有限公司（12）"_s.toUtf8(),
                                     u"caf\u00e9"_s.toUtf8(),
                                     "say \"hi\" \\ back",
                                     "tab\there\x01",
                                     u"emoji 😀"_s.toUtf8(),
                                     "lone \x80 byte",
                                     "overlong \xc0\xaf and \xe0\x80\xaf",
                                     "surrogate \xed\xa0\x80",
                                     "cut short \xe6\x98",
                                     "\xf8\x88\x80\x80\x80"};
    for (const QByteArray &utf8 : texts) {
        CAPTURE(utf8.toHex().toStdString());
        CHECK(JsonFields().add("name"_L1, QUtf8StringView(utf8)).text()
              == JsonFields().add("name"_L1, QString::fromUtf8(utf8)).text());
    }
}
