#pragma once

#include "core/common/result.h"
#include "core/exchange/columns.h"

#include <QCoreApplication>
#include <QVariant>

namespace salesdesk {

class Database;

// A table as exported: typed cells (QString, QDate, bool, int, and money as Amount).
struct ExportTable
{
    struct Amount
    {
        qint64 minor = 0;
        int decimals = 2;
    };
    QStringList header;
    QList<QList<QVariant>> rows;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Encoding { Utf8Bom, Gb18030 };

    // Reads customers, contacts, deals or activities out of the book with SalesDesk's own
    // column names (which the import recognises), timestamps as ISO UTC text.
    static Result<ExportTable> table(Database &database, ImportEntity entity);
    // Writes CSV (UTF-8 with BOM, so Excel shows Chinese right, or GB18030) with formulas
    // neutralised, or XLSX (typed cells, header frozen) when `path` ends in .xlsx.
    static Status write(const ExportTable &table, const QString &path,
                        Encoding encoding = Encoding::Utf8Bom);
    static Status writeCsv(const ExportTable &table, const QString &path, Encoding encoding);
    static Status writeXlsx(const ExportTable &table, const QString &path,
                            const QString &sheetName);
    // The text of a cell in CSV.
    static QString text(const QVariant &cell);
};

} // namespace salesdesk

Q_DECLARE_METATYPE(salesdesk::ExportTable::Amount)
