#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>
#include <functional>

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

inline Run salesdesk(const QStringList &args, const QString &home = {},
                     const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    return runProgram(QStringLiteral(SALESDESK_BINARY), args, home, adjust);
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
