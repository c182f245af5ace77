#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

namespace salesdesk {

class BookLock;

// One open company book: a SQLite file with a uniquely named connection, foreign keys on, WAL,
// synchronous=FULL, and (for writers) a BookLock so a second SalesDesk cannot open it too,
// by whatever path.
//
// Opening never modifies a file it refuses: a file that is not a SalesDesk book, is truncated,
// or was written by a newer SalesDesk is rejected before anything is written to it.
//
// Or, in the team edition, a database on a PostgreSQL server, named by its address
// (postgresql://user@host:5432/dbname) wherever a file's path would go: the same schema made
// by the same migrations (databaseserver.cpp), shared by many users at once.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // 'SDk1' in the SQLite header's application_id field marks a SalesDesk book.
    static constexpr qint32 ApplicationId = 0x53446B31;
    static constexpr auto FileSuffix = "salesdesk";

    struct CreateOptions
    {
        QString companyName;
        QString currency; // ISO 4217; empty means the system locale's
        QDateTime createdAt; // UTC; now when invalid
    };

    enum class Access { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates a new book; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Database>> create(const QString &path,
                                                    const CreateOptions &options = {});
    // Opens an existing book, migrating it (after a backup copy) when it is older.
    // ReadOnly neither locks nor migrates; an outdated file is then refused.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Access access = Access::ReadWrite);

    static int latestSchemaVersion();

    // Whether `path` names a database on a server (postgresql://… or postgres://…) rather
    // than a file.
    static bool isServerAddress(const QString &path);

    // The file's absolute path, or the server database's address (without any password).
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The copy taken before this open migrated the file; empty when none was needed.
    const QString &migrationBackupPath() const { return m_backupPath; }
    // The book was last closed by a SalesDesk that ended without closing it (its lock note was
    // left behind and is replaced); the book itself is as its last committed edit left it.
    bool tookOverStaleLock() const;

    // For filling a file that was just created (demo, bulk import into a new book): no journal
    // and no syncing until it is switched off again. A crash meanwhile can leave the file
    // unusable, so callers delete the file when they do not finish.
    Status setBulkLoading(bool on);
    // For filling tables of a new file in bulk: drops their indexes (not those of their keys
    // and UNIQUE constraints) and returns the statements that make them again, to run with
    // makeIndexes() once the rows are in — one sorted pass per index rather than a b-tree
    // insert per index per row.
    Result<QStringList> dropIndexes(const QStringList &tables);
    Status makeIndexes(const QStringList &statements);
    // Off, rows are written without looking up the rows they refer to: for a generator that
    // writes parents before children itself. Not inside a transaction (SQLite ignores it there).
    Status setForeignKeyChecks(bool on);

    // SQLite's integrity and foreign-key checks: one line per problem, empty when healthy.
    Result<QStringList> integrityProblems() const;

    // A consistent copy of the live file (VACUUM INTO a temporary name, then renamed); of a
    // book on a server, a file that opens offline with every row of it (copyBook). When
    // `cancelled` turns true while the copy is written, it stops and nothing is left behind
    // (Error::user "Cancelled.").
    Status backupTo(const QString &target, const std::atomic<bool> *cancelled = nullptr) const;

private:
    // How SQLite opens the file: as a writer; as a reader that cannot write (the -wal and
    // -shm it needs are made beside the book and left there); as a reader of a book nothing
    // can change (read-only media or folder), which needs no -shm.
    enum class OpenMode { ReadWrite, ReadOnly, Immutable };
    // On a server: what schemaVersion() asks.
    static QString schemaVersionSql();

    Database() = default;
    // The migrations built in, in order (":/migrations/0001_initial.sql" …).
    static QStringList migrationFiles();
    Status connect(OpenMode mode);
    Status configure();
    Status migrate(int fromVersion);
    Status lock(bool create);
    static Status inspectHeader(const QString &path, bool walPending);

    // On a server (databaseserver.cpp).
    static Result<std::unique_ptr<Database>> createOnServer(const QString &address,
                                                            const CreateOptions &options);
    static Result<std::unique_ptr<Database>> openOnServer(const QString &address, Access access);
    Status connectToServer(const QString &address);
    Status migrateOnServer(int fromVersion);
    Status backupServerTo(const QString &target, const std::atomic<bool> *cancelled) const;
    // The new book's currency: the one asked for, or the system locale's.
    static Result<QString> currencyCodeOf(const CreateOptions &options);
    // The company's name (else `defaultName`), currency and creation time of a new book.
    Status writeProperties(const CreateOptions &options, const QString &defaultName,
                           const QString &currencyCode);

    Engine m_engine = Engine::SQLite;
    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    std::unique_ptr<BookLock> m_lock;
};

} // namespace salesdesk
