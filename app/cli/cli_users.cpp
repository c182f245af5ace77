#include "app/cli/clicommon.h"
#include "core/book/bookusers.h"
#include "core/team/teamservice.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

int add(const QStringList &arguments)
{
    Command cmd(u"users add"_s,
                Cli::tr("Gives someone a place in a book on a team server: a login of the server "
                        "(made when missing) with the rights of their role, which the server "
                        "itself enforces — an owner sees and changes everything, a manager the "
                        "work of their team's reps, a rep their own deals, customers and "
                        "activities and, read only, their own targets. Run it as the book's "
                        "maker or another user of the server who may make roles."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"name"_s, Cli::tr("Their login on the server."), u"NAME"_s});
    cmd.addOption({u"role"_s, Cli::tr("owner, manager or rep."), u"ROLE"_s});
    cmd.addOption({u"rep"_s,
                   Cli::tr("The sales rep of the book they are (a rep's own work, a manager's "
                           "team)."),
                   u"REP"_s});
    cmd.addOption({u"password"_s,
                   Cli::tr("Set their password, read from the first line of the standard input "
                           "(never from the command line).")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QString name = cmd.value(u"name"_s).trimmed();
    const auto kind = UserKindText::parse(cmd.value(u"role"_s));
    if (name.isEmpty() || !kind) {
        return usage(Cli::tr("users add needs --name NAME and --role owner, manager or rep."));
    }
    if (*kind != UserKind::Owner && !cmd.isSet(u"rep"_s)) {
        return usage(Cli::tr("A manager or a rep needs --rep: the sales rep of the book they "
                             "are."));
    }
    QString password;
    if (cmd.isSet(u"password"_s)) {
        password = QTextStream(stdin).readLine();
        if (password.isEmpty()) {
            return usage(Cli::tr("--password reads the password from the standard input, which "
                                 "gave none."));
        }
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    qint64 repId = 0;
    if (cmd.isSet(u"rep"_s)) {
        repId = (*book)->team().findRep(cmd.value(u"rep"_s));
        if (repId == 0) {
            return fail(Error::user(
                    Cli::tr("There is no sales rep “%1” in the book.").arg(cmd.value(u"rep"_s))));
        }
    }
    if (auto st = (*book)->addUser({name, *kind, repId}, password); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"name"_s, name},
                   {u"role"_s, UserKindText::code(*kind)},
                   {u"rep"_s, repId > 0 ? QJsonValue(cmd.value(u"rep"_s)) : QJsonValue()}});
    } else {
        printLine(Cli::tr("%1 has the role “%2” in %3.")
                          .arg(name, UserKindText::name(*kind), (*book)->path()));
    }
    return Ok;
}

int list(const QStringList &arguments)
{
    Command cmd(u"users list"_s, Cli::tr("Lists the people of a book on a team server."));
    cmd.addDbOption();
    cmd.addJsonOption();
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto users = (*book)->users();
    if (!users) {
        return fail(users.error());
    }
    QJsonArray rows;
    TextTable table({{Cli::tr("name")}, {Cli::tr("role")}, {Cli::tr("rep")}});
    for (const BookUser &u : std::as_const(*users)) {
        const QString rep = u.repId > 0 ? (*book)->team().repName(u.repId) : QString();
        rows.append(QJsonObject {{u"name"_s, u.name},
                                 {u"role"_s, UserKindText::code(u.kind)},
                                 {u"rep"_s, rep.isEmpty() ? QJsonValue() : QJsonValue(rep)}});
        table.addRow({u.name, UserKindText::name(u.kind), rep});
    }
    if (cmd.json()) {
        printJson({{u"users"_s, rows}});
    } else if (users->isEmpty()) {
        printLine(Cli::tr("Nobody has been given a place in this book yet (salesdesk users "
                          "add)."));
    } else {
        printTable(table);
    }
    return Ok;
}

} // namespace

int runUsers(const QStringList &arguments)
{
    return runSubCommand(
            u"users"_s,
            {{u"add"_s, &add,
              QT_TRANSLATE_NOOP("Cli", "Give someone a role in a book on a team server")},
             {u"list"_s, &list, QT_TRANSLATE_NOOP("Cli", "List the people of a team book")}},
            arguments);
}

} // namespace salesdesk::cli
