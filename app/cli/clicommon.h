#pragma once

#include "app/cli/clitext.h"
#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/common/jsonfields.h"
#include "core/common/result.h"
#include "core/storage/database.h"
#include "core/targets/targettypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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
    // Options and positional arguments go through here, so that --help can lay them out.
    void addOption(const QCommandLineOption &option);
    void addPositional(const QString &name, const QString &description);
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

    // The text --help prints: usage, description and options wrapped to 79 columns.
    QString helpText() const;

private:
    QString m_name;
    QString m_description;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QList<std::pair<QString, QString>> m_positional;
};

// One sub-command of a command ("deals list"): its name, what runs it, a one-line summary
// (QT_TRANSLATE_NOOP("Cli", …)).
struct SubCommand
{
    QString name;
    int (*run)(const QStringList &);
    const char *summary;
};
// Runs the sub-command `arguments` starts with. "--help", "-h" or "help" lists the sub-commands
// (exit 0); none, or one that does not exist, says what there is (exit 1), with the nearest
// name when the word looks like a typo.
int runSubCommand(const QString &command, const QList<SubCommand> &subs,
                  const QStringList &arguments);
// The candidate a mistyped word most likely meant (at most two letters off), or empty.
QString nearest(const QString &word, const QStringList &candidates);

// Progress of long work on stderr: on a terminal one line that updates in place (ten times a
// second at most); into a file or a pipe a line every five seconds at most, so that a log of a
// long run stays short.
class ProgressLine
{
public:
    ProgressLine();
    ~ProgressLine();
    void show(const QString &text);

private:
    bool m_terminal;
    QElapsedTimer m_since;
    bool m_shown = false;
    int m_width = 0;
};

QString defaultDataFile();
// --scope: company (or empty), rep:NAME, team:NAME or product:NAME; and back.
Result<TargetScope> parseScope(const QString &text, const TeamService &team);
QString scopeCode(const TargetScope &scope, const TeamService &team);
// Says a --period is not one (the forms it may take) and returns the wrong-usage exit code.
int notAPeriod(const QString &text);
// Prints one plain sentence to stderr and returns the exit code that fits the error.
int fail(const Error &error);
int usage(const QString &message);
void printJson(const QJsonObject &object);

// Prints what printJson would print for `before` ∪ {listKey: [items…]} ∪ `after`, the list's
// items written as they are appended rather than held: a million deals' follow-ups are 100 MB of
// JSON, and a QJsonDocument of them takes eight times that. Keys sort as in QJsonObject: every
// key of `before` comes before listKey, every key of `after` after it.
class JsonListPrinter
{
public:
    JsonListPrinter(const QJsonObject &before, const QString &listKey);
    void append(const QJsonObject &item);
    // An item of the list, its fields added in ascending order of their keys: the same text as
    // the QJsonObject of them, made without one (400,000 customers' QJsonObjects took half of
    // `segments --json`).
    static JsonFields item() { return JsonFields(2); }
    void append(const JsonFields &item);
    void finish(const QJsonObject &after = {});

private:
    void write(const QByteArray &bytes);
    void writeBuffered();
    QString m_key;
    std::string m_buffer; // items not yet written, its memory kept from one batch to the next
    qsizetype m_items = 0;
    bool m_open = true;
};
// The locale numbers and money are printed in: the user's, always with thousands separators
// (the C locale has none: then English).
QLocale cliLocale();
// An amount with its symbol and separators: "¥26,000.00".
QString money(qint64 minor, const QString &currency);
// A table on stdout (its header row first).
void printTable(const TextTable &table);
void printLine(const QString &text);
void printError(const QString &text);
// Parses YYYY-MM-DD or a full ISO timestamp; a plain date means noon local time that day.
Result<QDateTime> parseWhen(const QString &text, const QString &option);
Result<QDate> parseDate(const QString &text, const QString &option);

// A figure that may be missing, as JSON: the value or null.
QJsonValue orNull(const std::optional<double> &v);
QJsonValue orNull(const std::optional<qint64> &v);
// An amount typed on the command line ("1200000.50") in minor units of `currency`.
Result<qint64> parseAmount(const QString &text, const QString &currency);
// The rep of that name, or an error naming it.
Result<qint64> repNamed(const TeamService &team, const QString &name);

int runNew(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runCopy(const QStringList &arguments);
int runUsers(const QStringList &arguments);
int runCalendar(const QStringList &arguments);
int runCustomers(const QStringList &arguments);
int runKpi(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runDeals(const QStringList &arguments);
int runFunnel(const QStringList &arguments);
int runForecast(const QStringList &arguments);
int runPipelineForecast(const QStringList &arguments);
int runForecastAccuracy(const QStringList &arguments);
int runCompetitors(const QStringList &arguments);
int runMarket(const QStringList &arguments);
int runEvaluate(const QStringList &arguments);
int runMeasures(const QStringList &arguments);
int runTargets(const QStringList &arguments);
int runSegments(const QStringList &arguments);
int runFollowUps(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runRates(const QStringList &arguments);
int runTeam(const QStringList &arguments);
int runTraining(const QStringList &arguments);
int runCommission(const QStringList &arguments);
int runSettings(const QStringList &arguments);

} // namespace salesdesk::cli
