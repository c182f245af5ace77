#pragma once

#include "core/common/result.h"
#include "core/exchange/columns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

namespace salesdesk {

class Database;

// A table as exported: typed cells (QString, QDate, bool, int, money as Amount, points in time
// as Moment).
struct ExportTable
{
    struct Amount
    {
        qint64 minor = 0;
        int decimals = 2;
    };
    // A point in time: `text` as CSV writes it (an instant as stored, "2026-11-27T09:18:26Z",
    // or a wall-clock time, "2026-09-12 14:30"), `local` the date and time of day a workbook
    // shows (Excel's dates have no time zone: the computer's local time, which the import
    // reads back as such).
    struct Moment
    {
        QString text;
        QDateTime local;
        bool seconds = true; // shown with seconds
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
    // column names (which the import recognises), timestamps as Moments.
    static Result<ExportTable> table(Database &database, ImportEntity entity);
    // Writes CSV (UTF-8 with BOM, so Excel shows Chinese right, or GB18030) with formulas
    // neutralised and times as ISO text, or XLSX (typed cells: dates and times as Excel's,
    // header frozen) when `path` ends in .xlsx.
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
Q_DECLARE_METATYPE(salesdesk::ExportTable::Moment)
