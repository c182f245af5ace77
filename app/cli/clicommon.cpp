#include "app/cli/clicommon.h"

#include "app/cli/clitext.h"
#include "core/common/money.h"
#include "core/team/teamservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{
    m_parser.addOption({{u"h"_s, u"help"_s}, Cli::tr("Show this help.")});
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void Command::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options.append(option);
}

void Command::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positional.append({name, description});
}

void Command::addDbOption()
{
    addOption({u"db"_s,
               Cli::tr("The data file, or a team server's database as "
                       "postgresql://user@host:5432/database (default: %1).")
                       .arg(defaultDataFile()),
               u"FILE"_s});
}

void Command::addJsonOption()
{
    addOption({u"json"_s, Cli::tr("Print one JSON document instead of a table.")});
}

QString Command::helpText() const
{
    constexpr int Width = 79;
    QString usageLine = u"salesdesk "_s + m_name + u' ' + Cli::tr("[OPTIONS]");
    for (const auto &[name, description] : m_positional) {
        usageLine += u' ' + name.toUpper();
    }
    QString text = Cli::tr("Usage: %1").arg(usageLine) + u"\n\n"_s;
    text += wrap(m_description, Width).join(u'\n') + u"\n"_s;
    // Names on the left, descriptions wrapped beside them; a long name gets a line of its own.
    QList<std::pair<QString, QString>> rows = {{u"-h, --help"_s, Cli::tr("Show this help.")}};
    for (const QCommandLineOption &o : m_options) {
        QStringList names;
        for (const QString &n : o.names()) {
            names.append((n.size() == 1 ? u"-"_s : u"--"_s) + n);
        }
        QString left = names.join(u", "_s);
        if (!o.valueName().isEmpty()) {
            left += u" <"_s + o.valueName() + u'>';
        }
        rows.append({left, o.description()});
    }
    const auto section
            = [&](const QString &title, const QList<std::pair<QString, QString>> &entries) {
                  int nameWidth = 0;
                  for (const auto &[left, right] : entries) {
                      if (displayWidth(left) <= 24) {
                          nameWidth = std::max(nameWidth, displayWidth(left));
                      }
                  }
                  const int indent = 2 + nameWidth + 2;
                  QString out = u"\n"_s + title + u'\n';
                  for (const auto &[left, right] : entries) {
                      const QStringList lines = wrap(right, Width - indent);
                      QString first = u"  "_s + left;
                      if (displayWidth(left) > nameWidth) {
                          out += first + u'\n';
                          first = QString(indent, u' ');
                      } else {
                          first = pad(first, indent);
                      }
                      out += first + lines.value(0) + u'\n';
                      for (qsizetype i = 1; i < lines.size(); ++i) {
                          out += QString(indent, u' ') + lines[i] + u'\n';
                      }
                  }
                  return out;
              };
    text += section(Cli::tr("Options:"), rows);
    if (!m_positional.isEmpty()) {
        QList<std::pair<QString, QString>> args;
        for (const auto &[name, description] : m_positional) {
            args.append({name.toUpper(), description});
        }
        text += section(Cli::tr("Arguments:"), args);
    }
    return text;
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
        printLine(helpText().trimmed());
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
    auto book = Book::open(dbPath(), access);
    if (book && (*book)->database().tookOverStaleLock()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Cli::tr("Note: SalesDesk was not closed properly the last time "
                                        "this file was open; everything saved before then is "
                                        "in it.")));
    }
    return book;
}

Result<QDate> Command::date(const QString &name, const QDate &fallback) const
{
    return m_parser.isSet(name) ? parseDate(m_parser.value(name), name) : Result<QDate>(fallback);
}

QString nearest(const QString &word, const QStringList &candidates)
{
    // Levenshtein distance, small words only: a typo is a letter or two off.
    const auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        std::iota(row.begin(), row.end(), 0);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                   diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
                diagonal = up;
            }
        }
        return row[b.size()];
    };
    QString best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        if (const int d = distance(word, c); d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

int runSubCommand(const QString &command, const QList<SubCommand> &subs,
                  const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    for (const SubCommand &s : subs) {
        if (s.name == sub) {
            return s.run(arguments.mid(1));
        }
    }
    QStringList names;
    QString list;
    for (const SubCommand &s : subs) {
        names.append(s.name);
        list += u"  %1%2\n"_s.arg(s.name.leftJustified(10), Cli::tr(s.summary));
    }
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printLine(Cli::tr("Usage: salesdesk %1 SUB-COMMAND [OPTIONS]\n\nSub-commands:\n%2\n"
                          "Run “salesdesk %1 SUB-COMMAND --help” for a sub-command's options.")
                          .arg(command, list));
        return Ok;
    }
    if (sub.isEmpty()) {
        printError(Cli::tr("salesdesk: %1 needs a sub-command:\n%2").arg(command, list).trimmed());
        return UsageError;
    }
    const QString guess = nearest(sub, names);
    return usage(guess.isEmpty()
                         ? Cli::tr("unknown sub-command “%1 %2”; run “salesdesk %1 --help”.")
                                   .arg(command, sub)
                         : Cli::tr("unknown sub-command “%1 %2”; did you mean “%1 %3”?")
                                   .arg(command, sub, guess));
}

ProgressLine::ProgressLine()
    : m_terminal(isatty(fileno(stderr)) != 0)
{
    m_since.start();
}

ProgressLine::~ProgressLine()
{
    if (m_terminal && m_shown) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
    }
}

void ProgressLine::show(const QString &text)
{
    // The first line after a second: quick work says nothing.
    const qint64 every = m_terminal ? 100 : 5000;
    if (m_since.elapsed() < (m_shown ? every : 1000)) {
        return;
    }
    m_since.restart();
    m_shown = true;
    const QByteArray bytes = text.toLocal8Bit();
    if (m_terminal) {
        // Back to the start of the line, and spaces over whatever the last text left behind.
        const int width = displayWidth(text);
        const QByteArray blank(std::max(0, m_width - width), ' ');
        std::fprintf(stderr, "\r%s%s", bytes.constData(), blank.constData());
        m_width = width;
    } else {
        std::fprintf(stderr, "%s\n", bytes.constData());
    }
    std::fflush(stderr);
}

QString defaultDataFile()
{
    // The company the app opened last; before any, the data folder's company.salesdesk.
    const QString last = QSettings().value(u"files/recent"_s).toStringList().value(0);
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        return last;
    }
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

QLocale cliLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C) {
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    }
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(cliLocale());
}

void printTable(const TextTable &table)
{
    QTextStream out(stdout);
    out << table.render();
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

namespace {

// One field of an object as QJsonDocument indents it at the first level, without the comma.
QByteArray fieldLines(const QString &key, const QJsonValue &value)
{
    const QByteArray doc
            = QJsonDocument(QJsonObject {{key, value}}).toJson(QJsonDocument::Indented);
    return doc.mid(2, doc.size() - 5); // inside "{\n" … "\n}\n"
}

} // namespace

JsonListPrinter::JsonListPrinter(const QJsonObject &before, const QString &listKey)
    : m_key(listKey)
{
    QByteArray head = "{\n";
    for (auto it = before.begin(); it != before.end(); ++it) {
        Q_ASSERT(it.key() < listKey);
        head += fieldLines(it.key(), it.value()) + ",\n";
    }
    write(head);
}

void JsonListPrinter::append(const QJsonObject &item)
{
    const QByteArray doc = QJsonDocument(item).toJson(QJsonDocument::Indented);
    QByteArray out = ",\n";
    if (m_items == 0) {
        const QByteArray empty = fieldLines(m_key, QJsonArray());
        out = empty.left(empty.indexOf('[') + 1) + "\n"; // `    "key": [`
    }
    // The item's lines two levels in, without its last newline.
    for (qsizetype from = 0; from < doc.size();) {
        const qsizetype end = doc.indexOf('\n', from);
        out += "        " + doc.mid(from, end - from) + (end + 1 < doc.size() ? "\n" : "");
        from = end + 1;
    }
    write(out);
    ++m_items;
}

void JsonListPrinter::append(const JsonFields &item)
{
    if (m_items == 0) {
        const QByteArray empty = fieldLines(m_key, QJsonArray());
        m_buffer += empty.left(empty.indexOf('[') + 1).toStdString() + "\n"; // `    "key": [`
    } else {
        m_buffer += ",\n";
    }
    m_buffer += "        ";
    item.appendTo(m_buffer);
    ++m_items;
    // Written a mebibyte at a time: 400,000 customers' items are 146 MB, and stdout's own
    // buffer of 4 KiB made as many system calls as there are items.
    if (m_buffer.size() >= (1 << 20)) {
        writeBuffered();
    }
}

void JsonListPrinter::writeBuffered()
{
    std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout);
    m_buffer.clear();
}

void JsonListPrinter::finish(const QJsonObject &after)
{
    Q_ASSERT(m_open);
    QByteArray tail = m_items == 0 ? fieldLines(m_key, QJsonArray()) : "\n    ]";
    for (auto it = after.begin(); it != after.end(); ++it) {
        Q_ASSERT(it.key() > m_key);
        tail += ",\n" + fieldLines(it.key(), it.value());
    }
    write(tail + "\n}\n");
    std::fflush(stdout);
    m_open = false;
}

void JsonListPrinter::write(const QByteArray &bytes)
{
    writeBuffered();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
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

Result<TargetScope> parseScope(const QString &text, const TeamService &team)
{
    if (text.isEmpty() || text == u"company") {
        return TargetScope {};
    }
    const qsizetype colon = text.indexOf(u':');
    const QString kind = text.left(colon);
    const QString name = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (kind == u"rep") {
        const qint64 id = team.findRep(name);
        if (!id) {
            return Error::user(Cli::tr("There is no sales rep “%1”.").arg(name));
        }
        return TargetScope {ScopeKind::Rep, id, {}};
    }
    if ((kind == u"team" || kind == u"product") && !name.isEmpty()) {
        return TargetScope {kind == u"team" ? ScopeKind::Team : ScopeKind::Product, 0, name};
    }
    return Error::user(Cli::tr("--scope is company, rep:NAME, team:NAME or product:NAME, not "
                               "“%1”.")
                               .arg(text));
}

QString scopeCode(const TargetScope &scope, const TeamService &team)
{
    switch (scope.kind) {
    case ScopeKind::Company:
        return u"company"_s;
    case ScopeKind::Rep:
        return u"rep:"_s + team.repName(scope.repId);
    case ScopeKind::Team:
        return u"team:"_s + scope.text;
    case ScopeKind::Product:
        return u"product:"_s + scope.text;
    }
    return {};
}

int notAPeriod(const QString &text)
{
    return usage(Cli::tr("“%1” is not a period; write 2026, 2026Q3, 2026-07, 2026-W27, or "
                         "FY2026 and FY2026Q3 for the company's own year.")
                         .arg(text));
}

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

Result<qint64> parseAmount(const QString &text, const QString &currency)
{
    auto m = Money::parse(text, currency);
    if (!m) {
        return m.error();
    }
    return m->minor();
}

Result<qint64> repNamed(const TeamService &team, const QString &name)
{
    const qint64 id = team.findRep(name);
    if (!id) {
        return Error::user(Cli::tr("There is no sales rep called “%1”.").arg(name));
    }
    return id;
}

} // namespace salesdesk::cli
