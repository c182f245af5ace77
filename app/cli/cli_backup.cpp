#include "clicommon.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runBackup(const QStringList &arguments)
{
    Command cmd(u"backup"_s, u"Writes a consistent copy of a data file, even while it is open "
                             "in the app."_s);
    cmd.addDbOption();
    cmd.parser().addOption({u"out"_s, u"The copy to write."_s, u"FILE"_s});
    if (!cmd.parse(arguments)) {
        return UsageError;
    }
    if (!cmd.isSet(u"out"_s)) {
        return usage(u"backup needs --out FILE."_s);
    }
    auto db = openBook(cmd.dbPath(), Database::Access::ReadOnly);
    if (!db) {
        return fail(db.error());
    }
    if (auto st = db.value()->backupTo(cmd.value(u"out"_s)); !st) {
        return fail(st.error());
    }
    printLine(u"Wrote %1"_s.arg(cmd.value(u"out"_s)));
    return Ok;
}

} // namespace salesdesk::cli
