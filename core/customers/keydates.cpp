#include "core/customers/keydates.h"

#include "core/pipeline/pipelinetypes.h"

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr auto Columns = "customer_id, kind, on_date, yearly, remind_days, note"_L1;

QDate inYear(const QDate &date, int year)
{
    // 29 February in a year without one: the 28th.
    const int day = std::min(date.day(), QDate(year, date.month(), 1).daysInMonth());
    return QDate(year, date.month(), day);
}

KeyDate readKeyDate(SqlQuery &q)
{
    KeyDate d;
    d.id = q.value(0).toLongLong();
    d.customerId = q.value(1).toLongLong();
    d.kind = KeyDateText::kind(q.value(2).toString());
    d.date = fromStoredDate(q.value(3).toString());
    d.yearly = q.value(4).toBool();
    d.remindDays = q.value(5).toInt();
    d.note = q.value(6).toString();
    return d;
}

SqlQuery &bindKeyDate(SqlQuery &q, const KeyDate &d)
{
    return q.bind(d.customerId)
            .bind(KeyDateText::code(d.kind))
            .bind(toStoredDate(d.date))
            .bind(d.yearly ? 1 : 0)
            .bind(d.remindDays)
            .bindText(d.note);
}

} // namespace

QDate KeyDate::nextOccurrence(const QDate &asOf) const
{
    if (!date.isValid()) {
        return {};
    }
    if (!yearly) {
        return date >= asOf ? date : QDate();
    }
    QDate next = inYear(date, asOf.year());
    if (next < asOf) {
        next = inYear(date, asOf.year() + 1);
    }
    return next;
}

bool KeyDate::remindOn(const QDate &asOf) const
{
    const QDate next = nextOccurrence(asOf);
    return next.isValid() && asOf.daysTo(next) <= remindDays;
}

QString KeyDateText::code(KeyDate::Kind kind)
{
    switch (kind) {
    case KeyDate::Kind::Renewal:
        return u"renewal"_s;
    case KeyDate::Kind::Birthday:
        return u"birthday"_s;
    case KeyDate::Kind::Anniversary:
        return u"anniversary"_s;
    case KeyDate::Kind::Other:
        return u"other"_s;
    }
    return {};
}

KeyDate::Kind KeyDateText::kind(const QString &code)
{
    for (auto k : kinds()) {
        if (KeyDateText::code(k) == code) {
            return k;
        }
    }
    return KeyDate::Kind::Other;
}

QString KeyDateText::name(KeyDate::Kind kind)
{
    switch (kind) {
    case KeyDate::Kind::Renewal:
        return tr("Contract renewal");
    case KeyDate::Kind::Birthday:
        return tr("Birthday");
    case KeyDate::Kind::Anniversary:
        return tr("Anniversary");
    case KeyDate::Kind::Other:
        return tr("Other date");
    }
    return {};
}

QList<KeyDate::Kind> KeyDateText::kinds()
{
    return {KeyDate::Kind::Renewal, KeyDate::Kind::Birthday, KeyDate::Kind::Anniversary,
            KeyDate::Kind::Other};
}

SqlStatement KeyDateRepository::keyDatesStatement(qint64 customerId)
{
    const QString select = u"SELECT id, "_s + Columns + u" FROM customer_dates "_s;
    if (customerId > 0) {
        return {select + u"WHERE customer_id = ? ORDER BY on_date, id"_s, {customerId}};
    }
    return {select + u"ORDER BY on_date, id"_s, {}};
}

Result<QList<KeyDate>> KeyDateRepository::keyDates(qint64 customerId) const
{
    SqlQuery q(m_statements, keyDatesStatement(customerId));
    return q.all(readKeyDate);
}

Result<QList<std::pair<QDate, KeyDate>>> KeyDateRepository::comingUp(const QDate &asOf) const
{
    // Read as they come and only the few that remind kept: a book may hold a date for each of
    // 100,000 customers, and the reminders ask every minute.
    SqlQuery q(m_statements, u"SELECT id, "_s + Columns + u" FROM customer_dates"_s);
    QList<std::pair<QDate, KeyDate>> coming;
    auto st = q.each([&](SqlQuery &row) {
        // Whether it reminds, asked of the date alone before the rest is read.
        KeyDate when;
        when.date = fromStoredDate(row.utf8(3));
        when.yearly = row.integer(4) != 0;
        when.remindDays = int(row.integer(5));
        if (when.remindOn(asOf)) {
            coming.append({when.nextOccurrence(asOf), readKeyDate(row)});
        }
    });
    if (!st) {
        return st.error();
    }
    // Soonest first; the same day by the date's own day, then as entered.
    std::sort(coming.begin(), coming.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first, a.second.date, a.second.id)
               < std::tie(b.first, b.second.date, b.second.id);
    });
    return coming;
}

Result<qint64> KeyDateRepository::insert(const KeyDate &d, bool keepId)
{
    SqlQuery q(m_statements, insertStatement(u"customer_dates"_s, Columns, keepId));
    bindKeyDate(q, d);
    if (keepId) {
        q.bind(d.id);
    }
    return q.insert(keepId ? d.id : 0);
}

Status KeyDateRepository::update(const KeyDate &d)
{
    SqlQuery q(m_statements,
               u"UPDATE customer_dates SET "_s + updateAssignments(Columns) + u" WHERE id = ?"_s);
    bindKeyDate(q, d).bind(d.id);
    return q.exec();
}

Status KeyDateRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM customer_dates WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

} // namespace salesdesk
