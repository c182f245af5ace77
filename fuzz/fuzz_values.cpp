// libFuzzer target: any text through the parsers of amounts, dates, yes/no, periods and money,
// a line at a time (the first byte of the input picks the decimals and the date order).

#include "core/common/money.h"
#include "core/common/period.h"
#include "core/exchange/values.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace salesdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const int decimals = data[0] % 4;
    const auto order = static_cast<DateOrder>(data[0] / 4 % 5);
    const QString text
            = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const QString &line : text.split(u'\n')) {
        (void)ImportValues::amount(line, decimals);
        (void)ImportValues::currencyOf(line);
        (void)ImportValues::date(line, order);
        (void)ImportValues::flag(line);
        (void)Period::parse(line, 1 + data[0] % 12);
        (void)Money::parse(line, QStringLiteral("CNY"));
    }
    (void)ImportValues::detectOrder(text.split(u'\n'));
    return 0;
}
