#include "core/currency/currencyservice.h"

#include "core/book/settings.h"
#include "core/common/money.h"
#include "core/pipeline/pipelinetypes.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr qint64 Nano = 1'000'000'000;
// Amount × rate × 10^decimals does not fit 64 bits for large amounts; GCC and Clang have 128.
__extension__ typedef __int128 Wide;

} // namespace

QString ExchangeRate::rateText() const
{
    QString fraction = QString::number(rateNano % Nano).rightJustified(9, u'0');
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    const QString whole = QString::number(rateNano / Nano);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

Result<qint64> ExchangeRate::parseRate(const QString &input)
{
    const QString text = input.trimmed().replace(u',', u'.');
    const auto bad = [&] {
        return Error::user(QCoreApplication::translate("CurrencyService",
                                                       "“%1” is not a rate; write it as a "
                                                       "positive number such as 7.10.")
                                   .arg(input));
    };
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const auto digits = [](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digits(whole) || !digits(fraction)
        || whole.size() > 9) {
        return bad();
    }
    if (fraction.size() > 9) {
        return Error::user(QCoreApplication::translate("CurrencyService",
                                                       "A rate has at most nine decimals, not "
                                                       "“%1”.")
                                   .arg(input));
    }
    const qint64 rate = (whole.isEmpty() ? 0 : whole.toLongLong()) * Nano
                        + (fraction.isEmpty() ? 0 : fraction.leftJustified(9, u'0').toLongLong());
    if (rate <= 0) {
        return bad();
    }
    return rate;
}

// ---- ExchangeRateRepository ---------------------------------------------------------------

SqlStatement ExchangeRateRepository::ratesStatement()
{
    return {u"SELECT currency, valid_from, rate_nano FROM exchange_rates "
            "ORDER BY currency, valid_from"_s,
            {}};
}

Result<QList<ExchangeRate>> ExchangeRateRepository::rates() const
{
    SqlQuery q(m_statements, ratesStatement());
    return q.all([](SqlQuery &row) {
        return ExchangeRate {row.value(0).toString(), fromStoredDate(row.value(1).toString()),
                             row.value(2).toLongLong()};
    });
}

Status ExchangeRateRepository::upsert(const ExchangeRate &r)
{
    SqlQuery q(m_statements, u"INSERT INTO exchange_rates (currency, valid_from, rate_nano) "
                             "VALUES (?, ?, ?) ON CONFLICT (currency, valid_from) DO UPDATE "
                             "SET rate_nano = excluded.rate_nano"_s);
    q.bind(r.currency).bind(toStoredDate(r.validFrom)).bind(r.rateNano);
    return q.exec();
}

Status ExchangeRateRepository::replace(const QList<ExchangeRate> &rates)
{
    SqlQuery clear(m_statements, u"DELETE FROM exchange_rates"_s);
    if (auto st = clear.exec(); !st) {
        return st;
    }
    for (const auto &r : rates) {
        if (auto st = upsert(r); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<std::pair<QString, int>>>
ExchangeRateRepository::dealCurrencies(const QString &except) const
{
    // Two ranges of the (currency) index around the one left out.
    SqlQuery q(m_statements,
               u"SELECT currency, count(*) FROM deals WHERE currency < ? GROUP BY currency "
               "UNION ALL SELECT currency, count(*) FROM deals WHERE currency > ? GROUP BY "
               "currency ORDER BY 1"_s);
    const QString around = except.isNull() ? u""_s : except; // '' is before every code
    q.bind(around).bind(around);
    return q.all([](SqlQuery &row) {
        return std::pair {row.value(0).toString(), int(row.value(1).toLongLong())};
    });
}

// ---- CurrencyService ----------------------------------------------------------------------

CurrencyService::CurrencyService(Database &db, BookSettings &settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_repo(db.connection())
{
    settings.declare(
            {{homeKey(), SettingSpec::Kind::Text, u"CNY"_s, 0, 0,
              QT_TRANSLATE_NOOP("BookSettings",
                                "The home currency: every total is in it (ISO 4217 code).")}},
            [this](const QHash<QString, QString> &changes, const BookSettings::Lookup &after) {
                QStringList problems;
                if (!changes.contains(homeKey())) {
                    return problems;
                }
                const QString code = after(homeKey()).toUpper();
                if (!currency::isValidCode(code)) {
                    problems.append(tr("“%1” is not an ISO 4217 currency code "
                                       "(such as CNY, USD or EUR).")
                                            .arg(after(homeKey())));
                    return problems;
                }
                if (code == m_home) {
                    return problems;
                }
                if (const int deals = dealCount(); deals > 0) {
                    problems.append(tr("The home currency can change only while the book has "
                                       "no deals and no exchange rates; this one has %n "
                                       "deal(s).",
                                       nullptr, deals));
                } else if (!m_rates.isEmpty()) {
                    problems.append(tr("The home currency can change only while the book has "
                                       "no deals and no exchange rates; remove its rates "
                                       "first (Edit › Preferences › Exchange rates)."));
                }
                return problems;
            });
    connect(&settings, &BookSettings::changed, this, [this](const QStringList &keys) {
        if (keys.contains(homeKey())) {
            m_home = m_settings.value(homeKey()).toUpper();
            emit ratesChanged();
        }
    });
}

int CurrencyService::dealCount() const
{
    auto used = m_repo.dealCurrencies();
    return used ? std::accumulate(used->cbegin(), used->cend(), 0,
                                  [](int n, const auto &p) { return n + p.second; })
                : 0;
}

bool CurrencyService::homeChangeable() const
{
    return m_rates.isEmpty() && dealCount() == 0;
}

QString CurrencyService::homeKey()
{
    return u"company.currency"_s;
}

Status CurrencyService::load()
{
    m_home = m_settings.value(homeKey()).toUpper();
    auto rates = m_repo.rates();
    if (!rates) {
        return rates.error();
    }
    m_rates = std::move(rates).value();
    m_byCurrency.clear();
    for (const auto &r : std::as_const(m_rates)) {
        m_byCurrency[r.currency].append({r.validFrom, r.rateNano});
    }
    return {};
}

bool CurrencyService::canConvert(const QString &currency) const
{
    return currency == m_home || m_byCurrency.contains(currency);
}

qint64 CurrencyService::rateOn(const QString &currency, const QDate &on) const
{
    if (currency == m_home) {
        return Nano;
    }
    const auto it = m_byCurrency.constFind(currency);
    if (it == m_byCurrency.cend() || it->isEmpty()) {
        return 0;
    }
    // The last rate valid on or before the day; before the first, the first.
    const auto after = std::upper_bound(it->cbegin(), it->cend(), on,
                                        [](const QDate &d, const auto &r) { return d < r.first; });
    return after == it->cbegin() ? it->first().second : std::prev(after)->second;
}

qint64 CurrencyService::toHome(qint64 minor, const QString &currency, const QDate &on) const
{
    if (currency == m_home) {
        return minor;
    }
    const qint64 rate = rateOn(currency, on);
    if (rate == 0) {
        return 0;
    }
    // minor × rate × 10^(home decimals) / (10^9 × 10^(its decimals)), exactly, then rounded.
    const Wide numerator = Wide(minor) * rate * currency::minorPerMajor(m_home);
    const Wide denominator = Wide(Nano) * currency::minorPerMajor(currency);
    const Wide half = denominator / 2;
    const Wide rounded = numerator >= 0 ? (numerator + half) / denominator
                                        : -((-numerator + half) / denominator);
    return qint64(rounded);
}

QStringList CurrencyService::missing(const QStringList &currencies) const
{
    QStringList out;
    for (const QString &c : currencies) {
        if (!canConvert(c) && !out.contains(c)) {
            out.append(c);
        }
    }
    return out;
}

Result<QList<std::pair<QString, int>>> CurrencyService::unconvertible() const
{
    auto used = m_repo.dealCurrencies(m_home); // the home currency always converts
    if (!used) {
        return used.error();
    }
    QList<std::pair<QString, int>> out;
    for (const auto &p : std::as_const(*used)) {
        if (!canConvert(p.first)) {
            out.append(p);
        }
    }
    return out;
}

QStringList CurrencyService::problems(const QList<ExchangeRate> &rates) const
{
    QStringList problems;
    QSet<std::pair<QString, QDate>> seen;
    for (const auto &r : rates) {
        if (!currency::isValidCode(r.currency)) {
            problems.append(tr("“%1” is not an ISO 4217 currency code (such as CNY, USD "
                               "or EUR).")
                                    .arg(r.currency));
        } else if (r.currency == m_home) {
            problems.append(tr("%1 is the home currency; it needs no rate.").arg(r.currency));
        }
        if (!r.validFrom.isValid()) {
            problems.append(tr("A rate needs the day it is valid from."));
        }
        if (r.rateNano <= 0) {
            problems.append(tr("A rate is a positive number."));
        }
        if (seen.contains({r.currency, r.validFrom})) {
            problems.append(
                    tr("%1 has two rates from %2.").arg(r.currency, toStoredDate(r.validFrom)));
        }
        seen.insert({r.currency, r.validFrom});
    }
    problems.removeDuplicates();
    return problems;
}

Status CurrencyService::setRate(const ExchangeRate &rate)
{
    if (const QStringList p = problems({rate}); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    if (auto st = m_repo.upsert(rate); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit ratesChanged();
    return {};
}

Status CurrencyService::setRates(const QList<ExchangeRate> &rates)
{
    if (const QStringList p = problems(rates); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    // A currency that deals are written in keeps at least one rate.
    auto used = m_repo.dealCurrencies();
    if (!used) {
        return used.error();
    }
    for (const auto &[code, deals] : std::as_const(*used)) {
        const bool kept = code == m_home
                          || std::any_of(rates.cbegin(), rates.cend(),
                                         [&code = code](const ExchangeRate &r) {
                                             return r.currency == code;
                                         });
        const bool had = m_byCurrency.contains(code);
        if (!kept && had) {
            return Error::user(
                    tr("%1 is the currency of %n deal(s): keep at least one rate for it.", nullptr,
                       deals)
                            .arg(code));
        }
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.replace(rates); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit ratesChanged();
    return {};
}

} // namespace salesdesk
