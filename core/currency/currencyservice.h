#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QObject>

namespace salesdesk {

class BookSettings;
class Database;

// How many units of the home currency one unit of `currency` is worth from `validFrom` on.
struct ExchangeRate
{
    QString currency;
    QDate validFrom;
    qint64 rateNano = 0; // in billionths: 7.10 is 7'100'000'000

    // "7.1", "0.0478": the rate with as many decimals as it needs (up to nine).
    QString rateText() const;
    // Parses "7.10" or "7,10" into billionths; more than nine decimals are refused.
    static Result<qint64> parseRate(const QString &text);

    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

class ExchangeRateRepository
{
public:
    explicit ExchangeRateRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QList<ExchangeRate>> rates() const; // by currency, then date
    static SqlStatement ratesStatement(); // what rates() runs
    // Replaces every rate with `rates` (undo and redo of an edit of the table).
    Status replace(const QList<ExchangeRate> &rates);
    Status upsert(const ExchangeRate &rate);
    // The currencies deals are written in, with how many deals each; all but `except` when one
    // is given (found from the index: a book of a million deals in the home currency is not
    // read to find none in others).
    Result<QList<std::pair<QString, int>>> dealCurrencies(const QString &except = {}) const;

private:
    mutable StatementCache m_statements;
};

// 本位币 and 汇率: the book's home currency and the rates that turn other currencies into it.
// Every total is in the home currency: a deal in another currency counts at the rate valid on
// its close date (an open deal: on the day asked), or, before the first rate of its currency,
// at that first rate. Amounts are converted one deal at a time, rounded half away from zero to
// the home currency's minor unit, and then added.
class CurrencyService : public QObject
{
    Q_OBJECT

public:
    CurrencyService(Database &db, BookSettings &settings, QObject *parent = nullptr);

    // The setting that holds the home currency.
    static QString homeKey();

    Status load();
    // What load() reads, for reading it ahead (ReadAhead).
    static QList<SqlStatement> loadReads() { return {ExchangeRateRepository::ratesStatement()}; }
    const QString &home() const { return m_home; }
    // The home currency can change only while nothing is in it: no deals and no rates.
    bool homeChangeable() const;

    const QList<ExchangeRate> &rates() const { return m_rates; }
    bool canConvert(const QString &currency) const;
    // The rate in billionths on a day (1'000'000'000 for the home currency); 0 when the currency
    // has no rate at all.
    qint64 rateOn(const QString &currency, const QDate &on) const;
    // The currencies that have at least one rate.
    QStringList ratedCurrencies() const { return m_byCurrency.keys(); }
    // `minor` units of `currency` in minor units of the home currency on a day; 0 when the
    // currency has no rate (`salesdesk check` and the window name such deals).
    qint64 toHome(qint64 minor, const QString &currency, const QDate &on) const;
    // Those of `currencies` the book cannot convert, without repeats, in order.
    QStringList missing(const QStringList &currencies) const;
    // The currencies deals are written in but have no rate, each with how many deals.
    Result<QList<std::pair<QString, int>>> unconvertible() const;

    // What is wrong with a rate or a set of rates, in sentences.
    QStringList problems(const QList<ExchangeRate> &rates) const;
    // Sets the rate of a currency from a day on (replacing one of the same day).
    Status setRate(const ExchangeRate &rate);
    // The whole table at once (the Preferences dialog, undo and redo).
    Status setRates(const QList<ExchangeRate> &rates);

signals:
    void ratesChanged();

private:
    int dealCount() const;

    Database &m_db;
    BookSettings &m_settings;
    ExchangeRateRepository m_repo;
    QString m_home;
    QList<ExchangeRate> m_rates;
    QHash<QString, QList<std::pair<QDate, qint64>>> m_byCurrency; // by date
};

} // namespace salesdesk
