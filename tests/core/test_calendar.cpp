#include "core/book/reminders.h"
#include "core/exchange/calendar.h"
#include "tests/support/testbook.h"

#include <QFile>

#include <libical/ical.h>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 customerWithDates(TestBook &book, const QString &name, const QList<KeyDate> &dates)
{
    const qint64 id = *book->customers().ensureCustomer(name);
    auto record = book->customers().record(id);
    REQUIRE(record.ok());
    record->keyDates = dates;
    REQUIRE(book->customers().save(*record).ok());
    return id;
}

KeyDate keyDate(KeyDate::Kind kind, const QDate &date, bool yearly, int remindDays,
                const QString &note = {})
{
    KeyDate k;
    k.kind = kind;
    k.date = date;
    k.yearly = yearly;
    k.remindDays = remindDays;
    k.note = note;
    return k;
}

qint64 activity(TestBook &book, qint64 customerId, const QString &subject, const QDateTime &due,
                bool done = false)
{
    Activity a;
    a.kind = ActivityKind::Call;
    a.subject = subject;
    a.customerId = customerId;
    a.dueAt = due;
    a.done = done;
    if (done) {
        a.doneAt = due.toUTC();
    }
    auto id = book->activities().addActivity(a);
    REQUIRE(id.ok());
    return *id;
}

struct Event
{
    QString uid, summary, description;
    icaltimetype start;
    int durationSeconds = 0;
    QList<int> alarmSeconds;
};

// The file read back by libical, as a reader of it would: its events by UID.
QMap<QString, Event> parse(const QByteArray &ics)
{
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    REQUIRE(calendar);
    CHECK(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    CHECK(icalcomponent_count_errors(calendar) == 0);
    QMap<QString, Event> events;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Event event;
        event.uid = QString::fromUtf8(icalcomponent_get_uid(e));
        event.summary = QString::fromUtf8(icalcomponent_get_summary(e));
        if (const char *d = icalcomponent_get_description(e)) {
            event.description = QString::fromUtf8(d);
        }
        event.start = icalcomponent_get_dtstart(e);
        if (icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
            event.durationSeconds = icaldurationtype_as_int(icalcomponent_get_duration(e));
        }
        for (icalcomponent *a = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT); a;
             a = icalcomponent_get_next_component(e, ICAL_VALARM_COMPONENT)) {
            icalproperty *trigger = icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY);
            REQUIRE(trigger);
            event.alarmSeconds.append(
                    icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration));
        }
        events.insert(event.uid, event);
    }
    icalcomponent_free(calendar);
    return events;
}

} // namespace

TEST_CASE("The calendar holds the open activities and key dates of the range, and libical reads "
          "it back")
{
    TestBook book; // Monday 18 May 2026, company "Test"
    const qint64 acme
            = customerWithDates(book, u"Acme"_s,
                                {keyDate(KeyDate::Kind::Renewal, QDate(2026, 6, 1), false, 14,
                                         u"Three-year contract"_s),
                                 // Born on 29 February: in 2027 the day falls on the 28th.
                                 keyDate(KeyDate::Kind::Birthday, QDate(1980, 2, 29), true, 0)});
    const qint64 gone
            = customerWithDates(book, u"Archived Co"_s,
                                {keyDate(KeyDate::Kind::Renewal, QDate(2026, 6, 10), false, 7)});
    const qint64 call = activity(book, acme, u"Call about the renewal"_s,
                                 QDateTime(QDate(2026, 5, 19), QTime(10, 0)));
    activity(book, acme, u"Done already"_s, QDateTime(QDate(2026, 5, 19), QTime(11, 0)), true);
    activity(book, acme, u"After the range"_s, QDateTime(QDate(2027, 5, 18), QTime(9, 0)));
    activity(book, gone, u"With an archived customer"_s,
             QDateTime(QDate(2026, 5, 20), QTime(9, 0)));
    REQUIRE(book->customers().setArchived({gone}, book->clock().nowUtc()).ok());

    auto calendar = CalendarExport::build(*book, QDate(2026, 5, 18), QDate(2027, 5, 17));
    REQUIRE(calendar.ok());
    CHECK(calendar->activities == 1);
    CHECK(calendar->keyDates == 2);
    CHECK(calendar->ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const auto events = parse(calendar->ics);
    REQUIRE(events.size() == 3);

    const Event &c = events.value(u"activity-%1@test.salesdesk"_s.arg(call));
    CHECK(c.summary == u"Call: Call about the renewal"_s);
    CHECK(c.description == u"Customer: Acme"_s);
    // Floating local time: 10:00 wherever the calendar is opened.
    CHECK(c.start.year == 2026);
    CHECK(c.start.month == 5);
    CHECK(c.start.day == 19);
    CHECK(c.start.hour == 10);
    CHECK(c.start.minute == 0);
    CHECK_FALSE(c.start.is_date);
    CHECK(c.start.zone == nullptr);
    CHECK(c.durationSeconds == 30 * 60);

    QList<Event> dated;
    for (const Event &e : events) {
        if (e.uid.startsWith(u"keydate-"_s)) {
            dated.append(e);
        }
    }
    REQUIRE(dated.size() == 2);
    std::sort(dated.begin(), dated.end(),
              [](const Event &a, const Event &b) { return a.start.year < b.start.year; });
    CHECK(dated[0].summary == u"Contract renewal: Acme"_s);
    CHECK(dated[0].description == u"Three-year contract"_s);
    CHECK(dated[0].start.is_date);
    CHECK((dated[0].start.year == 2026 && dated[0].start.month == 6 && dated[0].start.day == 1));
    CHECK(dated[0].alarmSeconds == QList<int> {-14 * 24 * 3600});
    CHECK(dated[1].summary == u"Birthday: Acme"_s);
    CHECK((dated[1].start.year == 2027 && dated[1].start.month == 2 && dated[1].start.day == 28));
    CHECK(dated[1].alarmSeconds.isEmpty()); // no warning asked for
    CHECK(dated[1].uid.endsWith(u"-2027@test.salesdesk"_s));

    // Two years: the yearly birthday twice, with a UID per year.
    auto two = CalendarExport::build(*book, QDate(2026, 5, 18), QDate(2028, 5, 17));
    REQUIRE(two.ok());
    CHECK(two->keyDates == 3);
    // Written whole; a range backwards is refused.
    const QString path = book.dir.file(u"dates.ics"_s);
    REQUIRE(calendar->write(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == calendar->ics);
    CHECK_FALSE(CalendarExport::build(*book, QDate(2026, 6, 1), QDate(2026, 5, 1)).ok());
}

TEST_CASE("An archived customer leaves the follow-ups and comes back as it was — figures keep it")
{
    TestBook book(QDate(2026, 1, 5));
    CustomerService &customers = book->customers();
    const qint64 due = *customers.ensureCustomer(u"Due today"_s);
    REQUIRE(customers.setContactCadence(due, 133).ok()); // 5 Jan + 133 days = 18 May
    const qint64 other = *customers.ensureCustomer(u"Other"_s);
    REQUIRE(customers.setContactCadence(other, 133).ok());
    Deal won;
    won.title = u"Order"_s;
    won.customerId = due;
    won.valueMinor = 500000;
    const qint64 deal = *book->pipeline().addDeal(won);
    REQUIRE(book->pipeline().moveDeal(deal, {0, DealStatus::Won, 0, {}}).ok());
    book.setToday(QDate(2026, 5, 18));
    REQUIRE(book->segments().recompute(QDate(2026, 5, 18)).ok());
    const auto dueToday = [&] {
        auto plan = customers.followUpPlan(QDate(2026, 5, 18));
        REQUIRE(plan.ok());
        QList<qint64> ids;
        for (const auto &f : plan->dueToday) {
            ids.append(f.customerId);
        }
        return ids;
    };
    CHECK(dueToday() == QList<qint64> {due, other});

    const QDateTime at(QDate(2026, 5, 18), QTime(8, 0), Qt::UTC);
    REQUIRE(customers.setArchived({due}, at).ok());
    CHECK(customers.customer(due)->archivedAt == at);
    CHECK(dueToday() == QList<qint64> {other});
    // The won deal still counts: the customer and its history stay.
    auto summary = book->pipeline().dealSummary(deal);
    REQUIRE(summary.ok());
    CHECK(summary->customerId == due);
    // Reopened, the archive date is read back from the file.
    const QString path = book.path();
    book.book.reset();
    auto reopened = Book::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->customers().customer(due)->archivedAt == at);
    // Brought back as it was before (undo); an unknown customer is refused and changes nothing.
    REQUIRE((*reopened)->customers().restoreArchived({{due, QDateTime()}}).ok());
    CHECK_FALSE((*reopened)->customers().customer(due)->archived());
    CHECK_FALSE((*reopened)->customers().setArchived({other, 9999}, at).ok());
    CHECK_FALSE((*reopened)->customers().customer(other)->archived());
}

TEST_CASE("Reminders: activities falling due today and key dates in their warning, once each")
{
    TestBook book; // Monday 18 May 2026, noon
    const qint64 acme = customerWithDates(
            book, u"Acme"_s,
            {keyDate(KeyDate::Kind::Renewal, QDate(2026, 5, 25), false, 7, u"Call Li Ming"_s),
             keyDate(KeyDate::Kind::Birthday, QDate(1990, 6, 30), true, 7)});
    const qint64 gone
            = customerWithDates(book, u"Archived Co"_s,
                                {keyDate(KeyDate::Kind::Renewal, QDate(2026, 5, 20), false, 7)});
    const QDate today(2026, 5, 18);
    const qint64 soon
            = activity(book, acme, u"Confirm the order"_s, QDateTime(today, QTime(12, 10)));
    activity(book, acme, u"Later today"_s, QDateTime(today, QTime(12, 30)));
    const qint64 missed = activity(book, acme, u"Send the quote"_s, QDateTime(today, QTime(9, 0)));
    activity(book, acme, u"Done this morning"_s, QDateTime(today, QTime(8, 0)), true);
    activity(book, acme, u"Yesterday's"_s, QDateTime(today.addDays(-1), QTime(16, 0)));
    activity(book, gone, u"Archived customer's"_s, QDateTime(today, QTime(12, 5)));
    REQUIRE(book->customers().setArchived({gone}, book->clock().nowUtc()).ok());

    auto due = Reminders::due(*book, book->clock().nowUtc(), 15);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 3);
    // Soonest first: the one missed this morning, the one in ten minutes, then the key date.
    CHECK(due->at(0).key == u"activity-%1-2026-05-18T09:00:00"_s.arg(missed));
    CHECK(due->at(0).title.startsWith(u"Call was due at"_s));
    CHECK(due->at(0).text == u"Send the quote (Acme)"_s);
    CHECK(due->at(1).key == u"activity-%1-2026-05-18T12:10:00"_s.arg(soon));
    CHECK(due->at(1).title.startsWith(u"Call at"_s));
    CHECK(due->at(2).title == u"Contract renewal: Acme"_s);
    CHECK(due->at(2).text.contains(u"in 7 day"_s)); // "days" with the English plurals loaded
    CHECK(due->at(2).text.endsWith(u"Call Li Ming"_s));
    // Half an hour ahead, the 12:30 call comes in too.
    auto wider = Reminders::due(*book, book->clock().nowUtc(), 30);
    REQUIRE(wider.ok());
    CHECK(wider->size() == 4);
}
