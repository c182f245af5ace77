#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace salesdesk {

class Database;

// One setting of a book: a value that changes a figure (a threshold, a rule, a window, a
// cadence, the home currency), kept in the book so that every machine and the command line agree.
struct SettingSpec
{
    enum class Kind { Integer, Text };

    QString key; // "module.setting", e.g. "targets.on_track_percent"
    Kind kind = Kind::Integer;
    QString defaultValue;
    int minimum = 0; // integers only
    int maximum = 0;
    const char *description = nullptr; // QT_TRANSLATE_NOOP("BookSettings", …)
};

// The book_properties table: one text value per key.
class PropertyRepository
{
public:
    explicit PropertyRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QHash<QString, QString>> all() const;
    static SqlStatement allStatement()
    {
        return {QStringLiteral("SELECT key, value FROM book_properties"), {}};
    }
    Status put(const QString &key, const QString &value);

private:
    mutable StatementCache m_statements;
};

// The settings of one book (table book_properties). Modules declare theirs when the book is
// wired; each may add a check of values that must agree with each other or with the book.
class BookSettings : public QObject
{
    Q_OBJECT

public:
    // The value a setting would take after a change: the change itself, else the current one.
    using Lookup = std::function<QString(const QString &key)>;
    // Problems with a proposed set of changes, in sentences; empty when they may be saved.
    using Check = std::function<QStringList(const QHash<QString, QString> &changes,
                                            const Lookup &after)>;

    explicit BookSettings(Database &db, QObject *parent = nullptr);

    void declare(const QList<SettingSpec> &specs, Check check = {});
    Status load();
    // What load() reads, for reading it ahead (ReadAhead).
    static QList<SqlStatement> loadReads() { return {PropertyRepository::allStatement()}; }

    const QList<SettingSpec> &specs() const { return m_specs; }
    const SettingSpec *spec(const QString &key) const;
    QString description(const QString &key) const;

    QString value(const QString &key) const;
    // Whether the book holds a value of its own for the setting (else the default applies).
    bool isStored(const QString &key) const { return m_stored.contains(key); }
    int integer(const QString &key) const;
    // Every declared setting with its current value.
    QHash<QString, QString> values() const;

    // What is wrong with changing these settings; empty when the change may be saved.
    QStringList problems(const QHash<QString, QString> &changes) const;
    // Saves the changes in one transaction when every one of them is valid; nothing otherwise.
    Status set(const QHash<QString, QString> &changes);

signals:
    void changed(const QStringList &keys);

private:
    Database &m_db;
    PropertyRepository m_properties;
    QList<SettingSpec> m_specs;
    QList<Check> m_checks;
    QHash<QString, QString> m_stored; // the values the book holds; the rest are defaults
};

} // namespace salesdesk
