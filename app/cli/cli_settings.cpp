#include "app/cli/clicommon.h"
#include "core/book/settings.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

int runSettings(const QStringList &arguments)
{
    Command cmd(u"settings"_s,
                Cli::tr("Lists the book's settings (everything Preferences shows that changes a "
                        "figure), or changes them with --set. The book keeps them, so every "
                        "computer and the command line agree."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption(
            {u"set"_s,
             Cli::tr("Changes a setting, e.g. targets.on_track_percent=90 (repeatable; all or "
                     "nothing)."),
             u"KEY=VALUE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    QHash<QString, QString> changes;
    for (const QString &given : cmd.parser().values(u"set"_s)) {
        const qsizetype eq = given.indexOf(u'=');
        if (eq <= 0) {
            return usage(Cli::tr("--set is KEY=VALUE, not “%1”.").arg(given));
        }
        changes.insert(given.left(eq).trimmed(), given.mid(eq + 1).trimmed());
    }
    auto book = cmd.openBook(changes.isEmpty() ? Database::Access::ReadOnly
                                               : Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    BookSettings &settings = (*book)->settings();
    if (!changes.isEmpty()) {
        if (const QStringList problems = settings.problems(changes); !problems.isEmpty()) {
            for (const QString &p : problems) {
                printError(u"salesdesk: "_s + p);
            }
            printError(Cli::tr("Nothing was changed."));
            return UsageError;
        }
        if (auto st = settings.set(changes); !st) {
            return fail(st.error());
        }
    }
    QJsonArray rows;
    TextTable table({{Cli::tr("setting")},
                     {Cli::tr("value"), TextTable::Left, 30},
                     {Cli::tr("default"), TextTable::Left, 30}});
    for (const SettingSpec &spec : settings.specs()) {
        if (!changes.isEmpty() && !changes.contains(spec.key)) {
            continue;
        }
        const QString value = settings.value(spec.key);
        if (cmd.json()) {
            const bool number = spec.kind == SettingSpec::Kind::Integer;
            rows.append(QJsonObject {
                    {u"key"_s, spec.key},
                    {u"value"_s, number ? QJsonValue(value.toInt()) : QJsonValue(value)},
                    {u"default"_s, number ? QJsonValue(spec.defaultValue.toInt())
                                          : QJsonValue(spec.defaultValue)},
                    {u"description"_s, settings.description(spec.key)}});
        } else {
            table.addRow({spec.key, value, spec.defaultValue});
        }
    }
    if (cmd.json()) {
        printJson({{u"settings"_s, rows}});
    } else {
        printTable(table);
    }
    return Ok;
}

} // namespace salesdesk::cli
