#include "core/exchange/calendar.h"

#include "core/book/book.h"
#include "core/common/privatefile.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <libical/ical.h>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

icaltimetype localTime(const QDateTime &when)
{
    // A floating time: "10:00" stays 10:00 in whatever zone the calendar is read.
    icaltimetype t = icaltime_null_time();
    t.year = when.date().year();
    t.month = when.date().month();
    t.day = when.date().day();
    t.hour = when.time().hour();
    t.minute = when.time().minute();
    t.second = 0;
    t.is_date = 0;
    return t;
}

icaltimetype day(const QDate &d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

icaltimetype utc(const QDateTime &when)
{
    const QDateTime u = when.toUTC();
    icaltimetype t = localTime(u);
    t.second = u.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty()) {
        icalcomponent_add_property(event, make(text.toUtf8().constData()));
    }
}

// The part after "@" in every UID: the company, so that two companies' events never clash.
QString uidDomain(const QString &companyName)
{
    static const QRegularExpression notWord(u"[^\\w]+"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString slug = companyName.toLower().replace(notWord, u"-"_s);
    slug.remove(QRegularExpression(u"^-+|-+$"_s));
    return (slug.isEmpty() ? u"company"_s : slug) + u".salesdesk"_s;
}

// The days `date` falls on from `from` to `to`: once for a one-off date, every year for a
// yearly one.
QList<QDate> occurrences(const KeyDate &date, const QDate &from, const QDate &to)
{
    QList<QDate> days;
    for (QDate next = date.nextOccurrence(from); next.isValid() && next <= to;
         next = date.yearly ? date.nextOccurrence(next.addDays(1)) : QDate()) {
        days.append(next);
    }
    return days;
}

} // namespace

Result<CalendarExport> CalendarExport::build(Book &book, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error::user(tr("The calendar's range must end on or after the day it starts."));
    }
    auto activities = book.activities().openDue(from, to);
    if (!activities) {
        return activities.error();
    }
    auto keyDates = book.customers().keyDates();
    if (!keyDates) {
        return keyDates.error();
    }
    auto archived = book.customers().archivedIds();
    if (!archived) {
        return archived.error();
    }
    const QString domain = u"@"_s + uidDomain(book.companyName());
    const icaltimetype stamp = utc(book.clock().nowUtc());
    std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//SalesDesk//SalesDesk//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    CalendarExport out;

    const CustomerService &customers = book.customers();
    const PipelineService &pipeline = book.pipeline();
    for (const Activity &a : *activities) {
        // openDue gave the open ones of the range.
        if (archived->contains(a.customerId)) {
            continue;
        }
        icalcomponent *event = icalcomponent_new_vevent();
        addText(event, icalproperty_new_uid, u"activity-%1"_s.arg(a.id) + domain);
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(localTime(a.dueAt)));
        icalcomponent_add_property(event,
                                   icalproperty_new_duration(icaldurationtype_from_int(30 * 60)));
        addText(event, icalproperty_new_summary,
                tr("%1: %2").arg(PipelineText::name(a.kind), a.subject));
        QStringList about;
        if (a.dealId) {
            if (auto deal = pipeline.dealSummary(a.dealId)) {
                about.append(tr("Deal: %1").arg(deal->title));
            }
        }
        if (a.customerId) {
            about.append(tr("Customer: %1").arg(customers.customerName(a.customerId)));
        }
        if (a.repId) {
            about.append(tr("Sales rep: %1").arg(book.team().repName(a.repId)));
        }
        addText(event, icalproperty_new_description, about.join(u'\n'));
        addText(event, icalproperty_new_categories, PipelineText::name(a.kind));
        icalcomponent_add_component(calendar.get(), event);
        ++out.activities;
    }

    for (const KeyDate &k : *keyDates) {
        if (archived->contains(k.customerId)) {
            continue;
        }
        const QString name = customers.customerName(k.customerId);
        for (const QDate &d : occurrences(k, from, to)) {
            icalcomponent *event = icalcomponent_new_vevent();
            addText(event, icalproperty_new_uid,
                    u"keydate-%1-%2"_s.arg(k.id).arg(d.year()) + domain);
            icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
            icalcomponent_add_property(event, icalproperty_new_dtstart(day(d)));
            icalcomponent_add_property(event, icalproperty_new_dtend(day(d.addDays(1))));
            addText(event, icalproperty_new_summary,
                    tr("%1: %2").arg(KeyDateText::name(k.kind), name));
            addText(event, icalproperty_new_description, k.note);
            // All-day: it does not make the day busy.
            icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
            if (k.remindDays > 0) {
                icalcomponent *alarm = icalcomponent_new_valarm();
                icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
                icaltriggertype trigger;
                trigger.time = icaltime_null_time();
                trigger.duration = icaldurationtype_from_int(-k.remindDays * 24 * 60 * 60);
                icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
                addText(alarm, icalproperty_new_description,
                        tr("%1: %2").arg(KeyDateText::name(k.kind), name));
                icalcomponent_add_component(event, alarm);
            }
            icalcomponent_add_component(calendar.get(), event);
            ++out.keyDates;
        }
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    out.ics = QByteArray(text);
    icalmemory_free_buffer(text);
    return out;
}

Status CalendarExport::write(const QString &path) const
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !makePrivateIfNew(file, existed)
        || file.write(ics) != ics.size() || !file.commit()) {
        return cannotWrite(path, file, ics.size());
    }
    return {};
}

} // namespace salesdesk
