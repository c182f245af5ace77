#include "app/cli/clicommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

Command::Command(QString name, QString description)
    : m_name(std::move(name))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void Command::addDbOption()
{
    m_parser.addOption(
            {u"db"_s, Cli::tr("The data file (default: %1).").arg(defaultDataFile()), u"FILE"_s});
}

void Command::addJsonOption()
{
    m_parser.addOption({u"json"_s, Cli::tr("Print one JSON document instead of a table.")});
}

std::optional<int> Command::parse(const QStringList &arguments)
{
    QStringList args = arguments;
    args.prepend(u"salesdesk "_s + m_name);
    if (!m_parser.parse(args)) {
        printError(m_parser.errorText());
        printError(Cli::tr("Run “salesdesk %1 --help” for the options.").arg(m_name));
        return UsageError;
    }
    if (m_parser.isSet(u"help"_s)) {
        printLine(m_parser.helpText().replace(u"Usage: "_s + args.first(),
                                              u"Usage: salesdesk "_s + m_name));
        return Ok;
    }
    return std::nullopt;
}

bool Command::json() const
{
    return m_parser.isSet(u"json"_s);
}

QString Command::dbPath() const
{
    return m_parser.isSet(u"db"_s) ? m_parser.value(u"db"_s) : defaultDataFile();
}

Result<std::unique_ptr<Book>> Command::openBook(Database::Access access) const
{
    return Book::open(dbPath(), access);
}

Result<QDate> Command::date(const QString &name, const QDate &fallback) const
{
    return m_parser.isSet(name) ? parseDate(m_parser.value(name), name) : Result<QDate>(fallback);
}

QString defaultDataFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"company.salesdesk"_s);
}

void printLine(const QString &text)
{
    QTextStream out(stdout);
    out << text << '\n';
}

void printError(const QString &text)
{
    QTextStream err(stderr);
    err << text << '\n';
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    printError(u"salesdesk: "_s + error.message);
    return int(error.kind);
}

int usage(const QString &message)
{
    printError(u"salesdesk: "_s + message);
    return UsageError;
}

Result<QDate> parseDate(const QString &text, const QString &option)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return Error::user(
                Cli::tr("--%1 “%2” is not a date; write it as YYYY-MM-DD.").arg(option, text));
    }
    return date;
}

Result<QDateTime> parseWhen(const QString &text, const QString &option)
{
    if (text.size() > 10) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid()) {
            return Error::user(Cli::tr("--%1 “%2” is not a date or time; write YYYY-MM-DD or "
                                       "YYYY-MM-DDTHH:MM:SS.")
                                       .arg(option, text));
        }
        return t.toUTC();
    }
    auto date = parseDate(text, option);
    if (!date) {
        return date.error();
    }
    if (*date == QDate::currentDate()) {
        return QDateTime::currentDateTimeUtc();
    }
    return QDateTime(*date, QTime(12, 0)).toUTC();
}

} // namespace salesdesk::cli
