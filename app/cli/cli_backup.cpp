#include "app/cli/clicommon.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runBackup(const QStringList &arguments)
{
    Command cmd(u"backup"_s,
                Cli::tr("Writes a consistent copy of a data file, even while it is open "
                        "in the app."));
    cmd.addDbOption();
    cmd.parser().addOption({u"out"_s, Cli::tr("The copy to write."), u"FILE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"out"_s)) {
        return usage(Cli::tr("backup needs --out FILE."));
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
