#pragma once

#include "tests/support/serverdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <memory>

// What a run of the salesdesk binary gave: its exit code, stdout and stderr.
struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs `program` with `args` (`home` as its HOME and XDG folders when given).
inline Run runProgram(const QString &program, const QStringList &args, const QString &home = {},
                      const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    }
    env.remove(QStringLiteral("DISPLAY")); // headless commands must not need a display
    if (adjust) {
        adjust(env);
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// With SALESDESK_TEST_SERVER set (ctest's "server cli: " run), the books the command-line tests
// name by a file are databases on the throwaway PostgreSQL server instead, so that the same tests
// check the other engine: `new FILE` makes a new database and creates the book in it, `demo --out
// FILE` writes the file and copies it up (`salesdesk copy`), and `--db FILE` then names the
// database. Files made otherwise (a backup, an export) stay files. Tests about the file itself
// carry the tag [file] and are left out of that run. The databases are dropped when the test case
// ends (see the listener in test_cli.cpp).
class ServerBooks
{
public:
    static bool on() { return qEnvironmentVariableIsSet("SALESDESK_TEST_SERVER"); }
    static ServerBooks &instance()
    {
        static ServerBooks books;
        return books;
    }

    // The database standing for `file`: a new one when `make` and there is none yet, empty
    // when there is none and not `make`.
    QString address(const QString &file, bool make)
    {
        auto it = m_books.find(file);
        if (it == m_books.end()) {
            if (!make) {
                return {};
            }
            it = m_books.emplace(file, std::make_unique<ServerDatabase>()).first;
        }
        return it->second->address();
    }
    void clear() { m_books.clear(); }

private:
    std::map<QString, std::unique_ptr<ServerDatabase>> m_books;
};

inline Run salesdesk(const QStringList &args, const QString &home = {},
                     const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    const QString program = QStringLiteral(SALESDESK_BINARY);
    if (!ServerBooks::on() || args.isEmpty()) {
        return runProgram(program, args, home, adjust);
    }
    ServerBooks &books = ServerBooks::instance();
    const QString command = args.first();
    const auto isBookFile = [](const QString &arg) {
        return arg.endsWith(QLatin1String(".salesdesk"));
    };
    QStringList mapped = args;
    if (command == QLatin1String("new")) {
        // new [--name N] [--currency C] FILE
        for (qsizetype i = 1; i < mapped.size(); ++i) {
            if (mapped.at(i) == QLatin1String("--name")
                || mapped.at(i) == QLatin1String("--currency")) {
                ++i;
            } else if (isBookFile(mapped.at(i))) {
                mapped[i] = books.address(mapped.at(i), true);
            }
        }
        return runProgram(program, mapped, home, adjust);
    }
    if (command == QLatin1String("demo")) {
        const Run demo = runProgram(program, args, home, adjust);
        const qsizetype out = args.indexOf(QLatin1String("--out")) + 1;
        if (demo.code == 0 && out > 0 && out < args.size() && isBookFile(args.at(out))
            && books.address(args.at(out), false).isEmpty()) {
            const QString address = books.address(args.at(out), true);
            const Run copied = runProgram(program, {QStringLiteral("copy"), QStringLiteral("--db"),
                                                    args.at(out), QStringLiteral("--to"), address});
            INFO(copied.err.toStdString());
            REQUIRE(copied.code == 0);
        }
        return demo;
    }
    for (qsizetype i = 1; i + 1 < mapped.size(); ++i) {
        if (mapped.at(i) == QLatin1String("--db")) {
            if (const QString address = books.address(mapped.at(i + 1), false);
                !address.isEmpty()) {
                mapped[i + 1] = address;
            }
        }
    }
    return runProgram(program, mapped, home, adjust);
}

// A book with one quarter made by hand through the command line (kpi and report tests): in
// 2026Q3 a ¥10,000 deal won on 10 Jul (created 20 Jun), a ¥5,000 deal lost on price on 1 Sep
// (created 5 Jul), and a ¥50,000 revenue target.
inline void makeQuarterBook(const QString &db)
{
    using namespace Qt::Literals::StringLiterals;
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    const auto add = [&](const QString &title, const QString &value, const QString &created) {
        const Run run = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, title,
                                   u"--customer"_s, title + u" Co."_s, u"--value"_s, value,
                                   u"--created"_s, created, u"--json"_s});
        REQUIRE(run.code == 0);
        return QString::number(run.json().value(u"id"_s).toInt());
    };
    const QString won = add(u"Won"_s, u"10000"_s, u"2026-06-20"_s);
    const QString lost = add(u"Lost"_s, u"5000"_s, u"2026-07-05"_s);
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, won, u"--stage"_s, u"won"_s,
                       u"--date"_s, u"2026-07-10"_s})
                    .code
            == 0);
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, lost, u"--stage"_s,
                       u"lost"_s, u"--reason"_s, u"price"_s, u"--date"_s, u"2026-09-01"_s})
                    .code
            == 0);
    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--metric"_s, u"revenue"_s,
                       u"--period"_s, u"2026Q3"_s, u"--value"_s, u"50000"_s})
                    .code
            == 0);
}
