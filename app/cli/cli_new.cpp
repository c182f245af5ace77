#include "clicommon.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runNew(const QStringList &arguments)
{
    Command cmd(u"new"_s, u"Creates an empty company data file (never overwrites one)."_s);
    cmd.parser().addPositionalArgument(u"FILE"_s, u"The new data file (.salesdesk)."_s);
    cmd.parser().addOption({u"name"_s, u"The company's name."_s, u"COMPANY"_s});
    cmd.parser().addOption({u"currency"_s,
                            u"ISO 4217 code of the book's currency (default: the system's)."_s,
                            u"CODE"_s});
    if (!cmd.parse(arguments)) {
        return UsageError;
    }
    const QStringList files = cmd.parser().positionalArguments();
    if (files.size() != 1) {
        return usage(u"new needs exactly one FILE."_s);
    }
    auto db = Database::create(files.first(), {cmd.value(u"name"_s), cmd.value(u"currency"_s)});
    if (!db) {
        return fail(db.error());
    }
    printLine(u"Created %1"_s.arg(db.value()->path()));
    return Ok;
}

} // namespace salesdesk::cli
