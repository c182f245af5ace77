#include "core/book/reminders.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"

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
    // Archived customers are asked once: there may be 400,000 customers and few archived.
    auto archived = customers.archivedIds();
    if (!archived) {
        return archived.error();
    }

    auto activities = book.activities().openDue(today, today);
    if (!activities) {
        return activities.error();
    }
    for (const Activity &a : *activities) {
        // Activities hold local wall time: compared as such, whatever the zone.
        const QDateTime due(a.dueAt.date(), a.dueAt.time());
        // openDue gave today's open ones.
        if (due > until || archived->contains(a.customerId)) {
            continue;
        }
        QStringList about;
        if (a.customerId) {
            about.append(customers.customerName(a.customerId));
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

    auto coming = customers.keyDatesComingUp(today);
    if (!coming) {
        return coming.error();
    }
    for (const auto &[on, k] : std::as_const(*coming)) {
        const qint64 days = today.daysTo(on);
        Reminder r;
        r.key = u"keydate-%1-%2"_s.arg(k.id).arg(on.toString(Qt::ISODate));
        r.due = on.startOfDay();
        r.title = tr("%1: %2").arg(KeyDateText::name(k.kind), customers.customerName(k.customerId));
        const QString when = days == 0 ? tr("Today")
                                       : tr("On %1, in %n day(s)", nullptr, int(days))
                                                 .arg(locale.toString(on, QLocale::LongFormat));
        r.text = k.note.isEmpty() ? when : tr("%1. %2").arg(when, k.note);
        out.append(r); // soonest first already
    }
    return out;
}

} // namespace salesdesk
