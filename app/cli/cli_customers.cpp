#include "app/cli/clicommon.h"
#include "core/customers/customerservice.h"
#include "core/team/teamservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

int list(const QStringList &arguments)
{
    Command cmd(u"customers list"_s,
                Cli::tr("Lists the book's customers; archived ones only with --archived."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"archived"_s, Cli::tr("List the archived customers too.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    if (auto st = (*book)->customers().readAll(); !st) {
        return fail(st.error());
    }
    const bool archivedToo = cmd.isSet(u"archived"_s);
    QJsonArray rows;
    TextTable table({{Cli::tr("id"), TextTable::Right},
                     {Cli::tr("customer"), TextTable::Left, 40},
                     {Cli::tr("owner")},
                     {Cli::tr("region")},
                     {Cli::tr("archived")}});
    for (const Customer &c : (*book)->customers().customers()) {
        if (c.archived() && !archivedToo) {
            continue;
        }
        const QString owner = (*book)->team().repName(c.ownerId);
        const QString archived
                = c.archived() ? toStoredDate(c.archivedAt.toLocalTime().date()) : QString();
        if (cmd.json()) {
            rows.append(QJsonObject {
                    {u"id"_s, c.id},
                    {u"name"_s, c.name},
                    {u"owner"_s, owner},
                    {u"region"_s, c.region},
                    {u"archived"_s, c.archived()},
                    {u"archived_on"_s, c.archived() ? QJsonValue(archived) : QJsonValue()}});
        } else {
            table.addRow({QString::number(c.id), c.name, owner, c.region, archived});
        }
    }
    if (cmd.json()) {
        printJson({{u"customers"_s, rows}});
    } else {
        printTable(table);
    }
    return Ok;
}

// archive and restore: the customers named by id, all or none.
int setArchived(const QStringList &arguments, bool archive)
{
    Command cmd(archive ? u"customers archive"_s : u"customers restore"_s,
                archive ? Cli::tr("Archives customers: out of the lists, follow-ups, calendar "
                                  "and reminders; still in every figure.")
                        : Cli::tr("Brings archived customers back."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addPositional(u"ID"_s, Cli::tr("The customers' ids (salesdesk customers list)."));
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QStringList words = cmd.parser().positionalArguments();
    if (words.isEmpty()) {
        return usage(Cli::tr("%1 needs the ids of the customers.").arg(cmd.name()));
    }
    QList<qint64> ids;
    for (const QString &w : words) {
        bool ok = false;
        const qint64 id = w.toLongLong(&ok);
        if (!ok || id <= 0) {
            return usage(Cli::tr("“%1” is not a customer id.").arg(w));
        }
        ids.append(id);
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    CustomerService &customers = (*book)->customers();
    for (qint64 id : ids) {
        if (!customers.customer(id)) {
            return fail(Error::data(Cli::tr("There is no customer %1.").arg(id)));
        }
    }
    if (auto st = customers.setArchived(ids, archive ? (*book)->clock().nowUtc() : QDateTime());
        !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        QJsonArray done;
        for (qint64 id : ids) {
            done.append(id);
        }
        printJson({{archive ? u"archived"_s : u"restored"_s, done}});
    } else {
        for (qint64 id : ids) {
            printLine((archive ? Cli::tr("Archived %1") : Cli::tr("Restored %1"))
                              .arg(customers.customerName(id)));
        }
    }
    return Ok;
}

int archive(const QStringList &arguments)
{
    return setArchived(arguments, true);
}

int restore(const QStringList &arguments)
{
    return setArchived(arguments, false);
}

} // namespace

int runCustomers(const QStringList &arguments)
{
    return runSubCommand(
            u"customers"_s,
            {{u"list"_s, &list, QT_TRANSLATE_NOOP("Cli", "List the customers")},
             {u"archive"_s, &archive, QT_TRANSLATE_NOOP("Cli", "Archive customers")},
             {u"restore"_s, &restore, QT_TRANSLATE_NOOP("Cli", "Bring archived customers back")}},
            arguments);
}

} // namespace salesdesk::cli
