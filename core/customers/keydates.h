#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace salesdesk {

// A date to remember about a customer (contract renewal, a birthday, the day the business
// opened), with how many days ahead to be reminded. Yearly dates come round every year.
struct KeyDate
{
    enum class Kind { Renewal, Birthday, Anniversary, Other };

    qint64 id = 0;
    qint64 customerId = 0;
    Kind kind = Kind::Renewal;
    QDate date;
    bool yearly = false;
    int remindDays = 7;
    QString note;

    // The next time the date falls on or after `asOf` (a yearly 29 February falls on the 28th
    // in other years); invalid when a one-off date has passed.
    QDate nextOccurrence(const QDate &asOf) const;
    // Whether it is to be shown on `asOf`: from `remindDays` before the occurrence to the day.
    bool remindOn(const QDate &asOf) const;

    friend bool operator==(const KeyDate &, const KeyDate &) = default;
};

class KeyDateText
{
    Q_DECLARE_TR_FUNCTIONS(KeyDateText)

public:
    static QString code(KeyDate::Kind kind);
    static KeyDate::Kind kind(const QString &code);
    static QString name(KeyDate::Kind kind);
    static QList<KeyDate::Kind> kinds();
};

class KeyDateRepository
{
public:
    explicit KeyDateRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    // Of one customer, or of everyone when 0; by date.
    Result<QList<KeyDate>> keyDates(qint64 customerId = 0) const;
    // What keyDates() runs, for reading it ahead (ReadAhead).
    static SqlStatement keyDatesStatement(qint64 customerId);
    // The key dates to be reminded of on `asOf` (KeyDate::remindOn), with the day each falls
    // on, soonest first.
    Result<QList<std::pair<QDate, KeyDate>>> comingUp(const QDate &asOf) const;
    Result<qint64> insert(const KeyDate &date, bool keepId = false);
    Status update(const KeyDate &date);
    Status remove(qint64 id);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
