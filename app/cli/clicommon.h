#pragma once

#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/common/result.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace salesdesk::cli {

// The context of the command line's translatable texts (Cli::tr).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode { Ok = 0, UsageError = 1, DataError = 2, InternalError = 3 };

// What every command needs: its parsed options, a place to print, and, for a command that works
// on a book, the one way to open it (as the window does): Book::open on --db, with the same
// errors everywhere.
class Command
{
public:
    Command(QString name, QString description);
    QCommandLineParser &parser() { return m_parser; }
    void addDbOption();
    void addJsonOption();
    // Parses the options. Returns an exit code when the command should stop right away: after
    // printing --help (0), or after printing what is wrong with the options (1).
    std::optional<int> parse(const QStringList &arguments);
    bool json() const;
    QString dbPath() const;
    // Opens the book named by --db (or the default file). A read-only command neither locks
    // nor migrates the file.
    Result<std::unique_ptr<Book>> openBook(Database::Access access) const;
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    // The YYYY-MM-DD value of a date option, or `fallback` when the option is not given.
    Result<QDate> date(const QString &name, const QDate &fallback = {}) const;
    const QString &name() const { return m_name; }

private:
    QString m_name;
    QCommandLineParser m_parser;
};

QString defaultDataFile();
// Prints one plain sentence to stderr and returns the exit code that fits the error.
int fail(const Error &error);
int usage(const QString &message);
void printJson(const QJsonObject &object);
void printLine(const QString &text);
void printError(const QString &text);
// Parses YYYY-MM-DD or a full ISO timestamp; a plain date means noon local time that day.
Result<QDateTime> parseWhen(const QString &text, const QString &option);
Result<QDate> parseDate(const QString &text, const QString &option);

int runNew(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runDeals(const QStringList &arguments);
int runFunnel(const QStringList &arguments);
int runTargets(const QStringList &arguments);
int runSegments(const QStringList &arguments);
int runFollowUps(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runRates(const QStringList &arguments);
int runSettings(const QStringList &arguments);

} // namespace salesdesk::cli
