#include "app/cli/clicommon.h"
#include "core/common/dates.h"
#include "core/storage/backupshelf.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

QString kindName(BackupShelf::Kind kind)
{
    return kind == BackupShelf::Kind::Daily ? u"daily"_s : u"weekly"_s;
}

// backup --list: the rotating backups beside the book, newest first, with what each holds.
int listBackups(const Command &cmd)
{
    const BackupShelf shelf(cmd.dbPath());
    QJsonArray list;
    TextTable table({{Cli::tr("Day")},
                     {Cli::tr("Kept")},
                     {Cli::tr("Deals"), TextTable::Right},
                     {Cli::tr("Customers"), TextTable::Right},
                     {Cli::tr("Last edit")},
                     {Cli::tr("File"), TextTable::Left, 80}});
    for (const auto &entry : shelf.entries()) {
        QJsonObject item {{u"day"_s, entry.day.toString(Qt::ISODate)},
                          {u"kind"_s, kindName(entry.kind)},
                          {u"path"_s, entry.path},
                          {u"bytes"_s, entry.bytes}};
        const auto contents = BackupShelf::contents(entry.path);
        const QDateTime lastEdit = contents ? contents->lastChange : QDateTime();
        if (contents) {
            item.insert(u"deals"_s, contents->deals);
            item.insert(u"customers"_s, contents->customers);
            item.insert(u"last_edit"_s,
                        lastEdit.isValid() ? QJsonValue(toStoredTime(lastEdit)) : QJsonValue());
        } else {
            item.insert(u"error"_s, contents.message());
        }
        list.append(item);
        table.addRow({entry.day.toString(Qt::ISODate),
                      entry.kind == BackupShelf::Kind::Daily ? Cli::tr("daily") : Cli::tr("weekly"),
                      contents ? QString::number(contents->deals) : QString(),
                      contents ? QString::number(contents->customers) : QString(),
                      !contents            ? contents.message()
                      : lastEdit.isValid() ? dateTimeText(lastEdit.toLocalTime(), cliLocale())
                                           : QString(),
                      entry.path});
    }
    if (cmd.json()) {
        printJson({{u"folder"_s, shelf.folder()}, {u"backups"_s, list}});
    } else if (table.isEmpty()) {
        printLine(Cli::tr("No backups in %1 yet.").arg(shelf.folder()));
    } else {
        printTable(table);
    }
    return Ok;
}

} // namespace

int runBackup(const QStringList &arguments)
{
    Command cmd(u"backup"_s,
                Cli::tr("Writes a consistent copy of a data file, even while it is open in the "
                        "app: to --out FILE, or as the day's rotating backup in the folder "
                        "beside it (--auto: one a day for the last %1 days, one a week for %2 "
                        "weeks before), which --list lists.")
                        .arg(BackupShelf::DailyKept)
                        .arg(BackupShelf::WeeklyKept));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"out"_s, Cli::tr("The copy to write."), u"FILE"_s});
    cmd.addOption({u"force"_s, Cli::tr("Replace --out when it exists.")});
    cmd.addOption({u"auto"_s, Cli::tr("Write the day's rotating backup and remove the ones no "
                                      "longer kept.")});
    cmd.addOption({u"list"_s, Cli::tr("List the rotating backups.")});
    cmd.addOption(
            {u"as-of"_s, Cli::tr("The day of the rotating backup (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const int ways
            = int(cmd.isSet(u"out"_s)) + int(cmd.isSet(u"auto"_s)) + int(cmd.isSet(u"list"_s));
    if (ways != 1) {
        return usage(Cli::tr("backup needs one of --out FILE, --auto or --list."));
    }
    if (!cmd.isSet(u"out"_s) && Database::isServerAddress(cmd.dbPath())) {
        // The rotating copies are files beside a book's file; a server keeps its own backups.
        return usage(Cli::tr("A book on a server has no rotating backups beside it: copy it to a "
                             "file with backup --out FILE, and keep the server's own backups."));
    }
    if (cmd.isSet(u"list"_s)) {
        return listBackups(cmd);
    }
    if (cmd.isSet(u"auto"_s)) {
        const auto day = cmd.date(u"as-of"_s, Clock().today());
        if (!day) {
            return fail(day.error());
        }
        const auto taken = BackupShelf(cmd.dbPath()).take(*day);
        if (!taken) {
            return fail(taken.error());
        }
        if (cmd.json()) {
            printJson({{u"day"_s, taken->day.toString(Qt::ISODate)},
                       {u"path"_s, taken->path},
                       {u"bytes"_s, taken->bytes}});
        } else {
            printLine(Cli::tr("Wrote %1").arg(taken->path));
        }
        return Ok;
    }
    if (QFileInfo::exists(cmd.value(u"out"_s)) && !cmd.isSet(u"force"_s)) {
        return usage(Cli::tr("“%1” exists; add --force to replace it.").arg(cmd.value(u"out"_s)));
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    if (auto st = (*book)->database().backupTo(cmd.value(u"out"_s)); !st) {
        return fail(st.error());
    }
    printLine(Cli::tr("Wrote %1").arg(cmd.value(u"out"_s)));
    return Ok;
}

int runCopy(const QStringList &arguments)
{
    Command cmd(u"copy"_s,
                Cli::tr("Copies a whole book, every row of it: a file up to a team server "
                        "(--to postgresql://user@host/database), or from one server to another. "
                        "The target is a new file or an empty database; a book already there is "
                        "replaced only with --replace. To copy a server's book back to a file, "
                        "salesdesk backup --db ADDRESS --out FILE does the same."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption(
            {u"to"_s, Cli::tr("Where to copy it: a new file or a server's address."), u"TARGET"_s});
    cmd.addOption({u"replace"_s, Cli::tr("Replace the book already on the server at --to.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QString to = cmd.value(u"to"_s);
    if (to.isEmpty()) {
        return usage(Cli::tr("copy needs --to TARGET."));
    }
    auto source = cmd.openBook(Database::Access::ReadOnly);
    if (!source) {
        return fail(source.error());
    }
    auto target = Book::create(to);
    if (!target && Database::isServerAddress(to)) {
        // A book there already is replaced only when asked to.
        const bool replace = cmd.isSet(u"replace"_s);
        auto there = Book::open(to,
                                replace ? Database::Access::ReadWrite : Database::Access::ReadOnly);
        if (there && replace) {
            target = std::move(there);
        } else if (there) {
            return fail(Error::user(Cli::tr("“%1” holds a SalesDesk book already; add --replace "
                                            "to replace it with this one.")
                                            .arg((*there)->path())));
        }
    }
    if (!target) {
        return fail(target.error());
    }
    qint64 rows = 0;
    ProgressLine line;
    const auto progress = [&](qint64 done, qint64 total) {
        rows = total;
        line.show(Cli::tr("Copied %1 of %2 rows…").arg(done).arg(total));
    };
    if (auto st = (*source)->copyInto(**target, progress); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson(
                {{u"from"_s, (*source)->path()}, {u"to"_s, (*target)->path()}, {u"rows"_s, rows}});
    } else {
        printLine(Cli::tr("Copied %1 rows to %2").arg(rows).arg((*target)->path()));
    }
    return Ok;
}

} // namespace salesdesk::cli
