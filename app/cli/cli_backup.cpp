#include "app/cli/clicommon.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runBackup(const QStringList &arguments)
{
    Command cmd(u"backup"_s,
                Cli::tr("Writes a consistent copy of a data file, even while it is open "
                        "in the app."));
    cmd.addDbOption();
    cmd.addOption({u"out"_s, Cli::tr("The copy to write."), u"FILE"_s});
    cmd.addOption({u"force"_s, Cli::tr("Replace --out when it exists.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"out"_s)) {
        return usage(Cli::tr("backup needs --out FILE."));
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

} // namespace salesdesk::cli
