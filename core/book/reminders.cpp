#include "core/book/reminders.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

Result<QList<Reminder>> Reminders::due(Book &book, const QDateTime &now, int leadMinutes)
{
    const QDateTime localNow = now.toLocalTime();
    const QDate today = localNow.date();
    const QDateTime until = localNow.addSecs(qint64(leadMinutes) * 60);
    const CustomerService &customers = book.customers();
    const QLocale locale;
    QList<Reminder> out;
    auto activities = book.activities().openDue(today, today);
    if (!activities) {
        return activities.error();
    }
    auto coming = customers.keyDatesComingUp(today);
    if (!coming) {
        return coming.error();
    }
    // The customers named, read together: there may be 400,000 customers and thousands of
    // activities due today.
    QList<qint64> named;
    for (const Activity &a : std::as_const(*activities)) {
        if (a.customerId) {
            named.append(a.customerId);
        }
    }
    for (const auto &[on, k] : std::as_const(*coming)) {
        named.append(k.customerId);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    const Result<QList<Customer>> read = named.isEmpty()
                                                 ? Result<QList<Customer>>(QList<Customer>())
                                                 : customers.customersIn(named);
    if (!read) {
        return read.error();
    }
    QHash<qint64, const Customer *> customerOf;
    for (const Customer &c : std::as_const(*read)) {
        customerOf.insert(c.id, &c);
    }
    const auto nameOf = [&customerOf](qint64 id) {
        const Customer *c = customerOf.value(id);
        return c ? c->name : QString();
    };

    for (const Activity &a : *activities) {
        // Activities hold local wall time: compared as such, whatever the zone.
        const QDateTime due(a.dueAt.date(), a.dueAt.time());
        // openDue gave today's open ones.
        if (const Customer *c = customerOf.value(a.customerId);
            due > until || (c && c->archived())) {
            continue;
        }
        QStringList about;
        if (a.customerId) {
            about.append(nameOf(a.customerId));
        }
        if (a.dealId) {
            if (auto deal = book.pipeline().dealSummary(a.dealId)) {
                about.append(deal->title);
            }
        }
        Reminder r;
        r.key = u"activity-%1-%2"_s.arg(a.id).arg(a.dueAt.toString(Qt::ISODate));
        r.due = due;
        r.title = due < localNow ? tr("%1 was due at %2")
                                           .arg(PipelineText::name(a.kind),
                                                locale.toString(due.time(), QLocale::ShortFormat))
                                 : tr("%1 at %2")
                                           .arg(PipelineText::name(a.kind),
                                                locale.toString(due.time(), QLocale::ShortFormat));
        r.text = about.isEmpty() ? a.subject : tr("%1 (%2)").arg(a.subject, about.join(u" · "_s));
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Reminder &x, const Reminder &y) { return x.due < y.due; });

    for (const auto &[on, k] : std::as_const(*coming)) {
        const qint64 days = today.daysTo(on);
        Reminder r;
        r.key = u"keydate-%1-%2"_s.arg(k.id).arg(on.toString(Qt::ISODate));
        r.due = on.startOfDay();
        r.title = tr("%1: %2").arg(KeyDateText::name(k.kind), nameOf(k.customerId));
        const QString when = days == 0 ? tr("Today")
                                       : tr("On %1, in %n day(s)", nullptr, int(days))
                                                 .arg(locale.toString(on, QLocale::LongFormat));
        r.text = k.note.isEmpty() ? when : tr("%1. %2").arg(when, k.note);
        out.append(r); // soonest first already
    }
    return out;
}

} // namespace salesdesk
