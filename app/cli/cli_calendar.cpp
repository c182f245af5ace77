#include "app/cli/clicommon.h"
#include "core/exchange/calendar.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runCalendar(const QStringList &arguments)
{
    Command cmd(u"calendar"_s,
                Cli::tr("Writes the open activities due in a range of days, and the customers' "
                        "key dates falling in it, as an iCalendar file that Outlook, Thunderbird "
                        "or a phone imports. Importing a newer file updates the events it "
                        "imported before."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"out"_s, Cli::tr("The file to write (.ics)."), u"FILE"_s});
    cmd.addOption({u"from"_s, Cli::tr("The first day (default: today)."), u"DATE"_s});
    cmd.addOption({u"to"_s, Cli::tr("The last day (default: a year after the first, less a day)."),
                   u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QString out = cmd.value(u"out"_s);
    if (out.isEmpty()) {
        return usage(Cli::tr("calendar needs --out FILE.ics."));
    }
    if (!out.endsWith(u".ics"_s, Qt::CaseInsensitive)) {
        return usage(Cli::tr("calendar writes iCalendar files: name the file “….ics”."));
    }
    const auto from = cmd.date(u"from"_s, Clock().today());
    if (!from) {
        return fail(from.error());
    }
    const auto to = cmd.date(u"to"_s, from->addYears(1).addDays(-1));
    if (!to) {
        return fail(to.error());
    }
    if (*to < *from) {
        return usage(Cli::tr("--to must be on or after --from."));
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto calendar = CalendarExport::build(**book, *from, *to);
    if (!calendar) {
        return fail(calendar.error());
    }
    if (auto st = calendar->write(out); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"out"_s, out},
                   {u"from"_s, toStoredDate(*from)},
                   {u"to"_s, toStoredDate(*to)},
                   {u"activities"_s, calendar->activities},
                   {u"key_dates"_s, calendar->keyDates}});
    } else {
        printLine(Cli::tr("Wrote %1 (%2 to %3): %4 activities, %5 key dates.")
                          .arg(out, toStoredDate(*from), toStoredDate(*to))
                          .arg(calendar->activities)
                          .arg(calendar->keyDates));
    }
    return Ok;
}

} // namespace salesdesk::cli
