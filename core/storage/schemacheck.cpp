#include "core/storage/schemacheck.h"

#include "core/storage/sqlquery.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct SchemaObject
{
    QString type;
    QString sql; // whitespace simplified
};

using Schema = QHash<QString, SchemaObject>; // by name

constexpr auto SchemaQuery = "SELECT type, name, sql FROM sqlite_master "
                             "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

Schema readSchema(sqlite3 *handle)
{
    Schema schema;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, SchemaQuery, -1, &statement, nullptr) != SQLITE_OK) {
        return schema;
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto text = [&](int column) {
            return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
        };
        schema.insert(text(1), {text(0), text(2).simplified()});
    }
    sqlite3_finalize(statement);
    return schema;
}

// The migrations up to `version` run on an empty database in memory.
Schema expectedSchema(int version, const QStringList &migrationFiles)
{
    static QMutex mutex;
    static QHash<int, Schema> made;
    QMutexLocker locker(&mutex);
    if (auto it = made.constFind(version); it != made.constEnd()) {
        return *it;
    }
    Schema schema;
    sqlite3 *handle = nullptr;
    if (sqlite3_open(":memory:", &handle) == SQLITE_OK) {
        bool complete = true;
        for (int v = 1; v <= version && v <= migrationFiles.size(); ++v) {
            QFile file(migrationFiles.at(v - 1));
            complete
                    = complete && file.open(QIODevice::ReadOnly)
                      && sqlite3_exec(handle, file.readAll().constData(), nullptr, nullptr, nullptr)
                                 == SQLITE_OK;
        }
        if (complete) {
            schema = readSchema(handle);
        }
    }
    sqlite3_close(handle);
    made.insert(version, schema);
    return schema;
}

} // namespace

QString SchemaCheck::kindName(const QString &type)
{
    if (type == u"table"_s) {
        return tr("table");
    }
    if (type == u"index"_s) {
        return tr("index");
    }
    if (type == u"view"_s) {
        return tr("view");
    }
    if (type == u"trigger"_s) {
        return tr("trigger");
    }
    return type;
}

QStringList SchemaCheck::differences(const QSqlDatabase &db, int version,
                                     const QStringList &migrationFiles)
{
    const Schema expected = expectedSchema(version, migrationFiles);
    if (expected.isEmpty()) {
        return {tr("this SalesDesk cannot make the schema of version %1").arg(version)};
    }
    const Schema actual = readSchema(handleOf(db));
    // The gravest first: a table that is something else, then what is gone, then what changed.
    QStringList replaced;
    QStringList missing;
    QStringList changed;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.constEnd()) {
            missing.append(tr("the %1 “%2” is missing").arg(kindName(it->type), it.key()));
        } else if (found->type != it->type) {
            replaced.append(tr("“%1” is a %2 where SalesDesk keeps a %3")
                                    .arg(it.key(), kindName(found->type), kindName(it->type)));
        } else if (found->sql != it->sql) {
            changed.append(tr("the %1 “%2” has been redefined").arg(kindName(it->type), it.key()));
        }
    }
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (it->type == u"trigger"_s && !expected.contains(it.key())) {
            changed.append(tr("a trigger “%1” was added").arg(it.key()));
        }
    }
    QStringList problems;
    for (QStringList *part : {&replaced, &missing, &changed}) {
        part->sort();
        problems += *part;
    }
    return problems;
}

} // namespace salesdesk
