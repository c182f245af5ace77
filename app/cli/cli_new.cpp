#include "app/cli/clicommon.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runNew(const QStringList &arguments)
{
    Command cmd(u"new"_s, Cli::tr("Creates an empty company data file (never overwrites one)."));
    cmd.addPositional(u"file"_s, Cli::tr("The new data file (.salesdesk)."));
    cmd.addOption({u"name"_s, Cli::tr("The company's name."), u"COMPANY"_s});
    cmd.addOption({u"currency"_s,
                   Cli::tr("ISO 4217 code of the book's currency (default: the system's)."),
                   u"CODE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const QStringList files = cmd.parser().positionalArguments();
    if (files.size() != 1) {
        return usage(Cli::tr("new needs exactly one FILE."));
    }
    auto book = Book::create(files.first(), {cmd.value(u"name"_s), cmd.value(u"currency"_s), {}});
    if (!book) {
        return fail(book.error());
    }
    printLine(Cli::tr("Created %1").arg((*book)->path()));
    return Ok;
}

} // namespace salesdesk::cli
