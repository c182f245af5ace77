#include "app/cli/clicommon.h"
#include "core/pipeline/pipelineservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runCheck(const QStringList &arguments)
{
    Command cmd(u"check"_s,
                Cli::tr("Checks SQLite integrity, foreign keys and SalesDesk's own rules. "
                        "Exits 0 only when the file is healthy."));
    cmd.addDbOption();
    cmd.addJsonOption();
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto problems = (*book)->database().integrityProblems();
    if (!problems) {
        return fail(problems.error());
    }
    auto invariants = (*book)->pipeline().checkInvariants();
    if (!invariants) {
        return fail(invariants.error());
    }
    QStringList all = *problems + *invariants;
    if (cmd.json()) {
        printJson({{u"ok"_s, all.isEmpty()}, {u"problems"_s, QJsonArray::fromStringList(all)}});
    } else if (all.isEmpty()) {
        printLine(Cli::tr("%1: ok").arg((*book)->path()));
    } else {
        printLine(Cli::tr("%1: %2 problem(s)").arg((*book)->path()).arg(all.size()));
        for (const auto &line : std::as_const(all)) {
            printLine(u"  "_s + line);
        }
    }
    return all.isEmpty() ? Ok : DataError;
}

} // namespace salesdesk::cli
