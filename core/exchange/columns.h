#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace salesdesk {

// What a file holds, and where it comes from.
enum class ImportEntity { Customers, Contacts, Deals, Activities };
enum class ImportSource { Auto, SalesDesk, Pipedrive, HubSpot, Zoho, Odoo, Other };

// The fields SalesDesk can read, across the four kinds of file.
enum class Field {
    // customers (and the customer side of the other files)
    CustomerName,
    CustomerKind,
    Industry,
    Region,
    Address,
    CustomerSource,
    Tags,
    Owner,
    ServiceNotes,
    CreatedAt,
    // contacts
    ContactName,
    FirstName,
    LastName,
    Role,
    Phone,
    Email,
    WeChat,
    ContactNotes,
    Primary,
    // deals
    Title,
    Value,
    Currency,
    Stage,
    Status,
    ExpectedClose,
    ClosedAt,
    Probability,
    Product,
    DealSource,
    Competitor,
    ForecastCategory,
    LostReason,
    NextStep,
    Notes,
    // activities
    Subject,
    ActivityKind,
    DueAt,
    Done,
    DoneAt,
    Outcome,
    DealTitle,
    DealCreatedAt, // when the activity's deal was created: tells apart deals of one title
};

class ImportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    static QString code(ImportEntity entity); // "customers"…
    static std::optional<ImportEntity> entity(const QString &code);
    static QString name(ImportEntity entity);
    static QString code(ImportSource source); // "pipedrive"…
    static std::optional<ImportSource> source(const QString &code);
    static QString name(ImportSource source);

    // The fields a file of this kind can fill, in the order the mapping dialog lists them,
    // and those a row cannot do without.
    static QList<Field> fields(ImportEntity entity);
    static QList<Field> required(ImportEntity entity);
    static QString name(Field field); // translated, for the mapping dialog and errors
    // SalesDesk's own export header of a field ("Customer", "Value"…), never translated.
    static QString exportHeader(Field field);

    // Which program wrote a file with this header: the source whose own column names match most.
    static ImportSource detect(const QStringList &header);
    // What a file with this header most likely holds: of the kinds whose required columns it
    // has, the one that takes the most of its columns, on a tie the one that requires more
    // (deals when none fits).
    static ImportEntity guessEntity(const QStringList &header);
    // For each header column, the field it fills (or nothing): the source's names first, then
    // every known name (English, case-insensitive, and common Chinese labels).
    static QList<std::optional<Field>> map(const QStringList &header, ImportEntity entity,
                                           ImportSource source);
};

} // namespace salesdesk
