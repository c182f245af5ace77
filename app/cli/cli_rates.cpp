#include "app/cli/clicommon.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

int set(const QStringList &arguments)
{
    Command cmd(u"rates set"_s,
                Cli::tr("Sets the exchange rate of a currency to the book's home currency, "
                        "from a day on: how many units of the home currency one unit is worth."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"currency"_s, Cli::tr("The currency, e.g. USD."), u"CODE"_s});
    cmd.addOption(
            {u"rate"_s, Cli::tr("Units of the home currency per unit, e.g. 7.10."), u"RATE"_s});
    cmd.addOption({u"from"_s, Cli::tr("The first day it is valid (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"currency"_s) || !cmd.isSet(u"rate"_s)) {
        return usage(Cli::tr("rates set needs --currency CODE and --rate RATE."));
    }
    const QString code = cmd.value(u"currency"_s).trimmed().toUpper();
    if (!currency::isValidCode(code)) {
        return usage(Cli::tr("--currency “%1” is not a currency code (three letters such as "
                             "USD).")
                             .arg(cmd.value(u"currency"_s)));
    }
    auto rate = ExchangeRate::parseRate(cmd.value(u"rate"_s));
    if (!rate) {
        return fail(rate.error());
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    const auto from = cmd.date(u"from"_s, (*book)->clock().today());
    if (!from) {
        return fail(from.error());
    }
    const ExchangeRate r {code, *from, *rate};
    if (auto st = (*book)->currencies().setRate(r); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"currency"_s, code},
                   {u"valid_from"_s, toStoredDate(*from)},
                   {u"rate"_s, r.rateText().toDouble()},
                   {u"home"_s, (*book)->currencies().home()}});
    } else {
        printLine(Cli::tr("1 %1 = %2 %3 from %4")
                          .arg(code, r.rateText(), (*book)->currencies().home(),
                               toStoredDate(*from)));
    }
    return Ok;
}

int list(const QStringList &arguments)
{
    Command cmd(u"rates list"_s, Cli::tr("Lists the book's exchange rates to its home currency."));
    cmd.addDbOption();
    cmd.addJsonOption();
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const CurrencyService &currencies = (*book)->currencies();
    QJsonArray rows;
    TextTable table({{Cli::tr("currency")},
                     {Cli::tr("valid from")},
                     {Cli::tr("%1 per unit").arg(currencies.home()), TextTable::Right}});
    for (const auto &r : currencies.rates()) {
        if (cmd.json()) {
            rows.append(QJsonObject {{u"currency"_s, r.currency},
                                     {u"valid_from"_s, toStoredDate(r.validFrom)},
                                     {u"rate"_s, r.rateText().toDouble()},
                                     {u"rate_text"_s, r.rateText()}});
        } else {
            table.addRow({r.currency, toStoredDate(r.validFrom), r.rateText()});
        }
    }
    if (cmd.json()) {
        printJson({{u"currency"_s, currencies.home()}, {u"rates"_s, rows}});
    } else if (currencies.rates().isEmpty()) {
        printLine(Cli::tr("No exchange rates: every deal is in %1.").arg(currencies.home()));
    } else {
        printTable(table);
    }
    return Ok;
}

} // namespace

int runRates(const QStringList &arguments)
{
    return runSubCommand(
            u"rates"_s,
            {{u"set"_s, &set, QT_TRANSLATE_NOOP("Cli", "Set a currency's rate from a day on")},
             {u"list"_s, &list, QT_TRANSLATE_NOOP("Cli", "List the exchange rates")}},
            arguments);
}

} // namespace salesdesk::cli
