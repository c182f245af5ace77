#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace salesdesk {

// Whether a book's schema is the one SalesDesk's own migrations made. A file changed with other
// tools (a table replaced by a view that never ends, a trigger on deals, a constraint dropped)
// would make every command hang or write wrong figures, so it is refused before any use.
//
// Every table, index, view and trigger the migrations up to the book's version make must be
// there with the same SQL; tables, views and indexes of the owner's own are allowed beside them
// (they change nothing SalesDesk reads or writes), triggers are not.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // One line per difference, empty when the schema is as expected. `migrationFiles` are the
    // scripts of versions 1, 2, … in order; the expected schema of a version is made once per
    // process, in memory.
    static QStringList differences(const QSqlDatabase &db, int version,
                                   const QStringList &migrationFiles);

private:
    static QString kindName(const QString &type);
};

} // namespace salesdesk
