#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <catch2/catch.hpp>

// A new, empty database on the tests' throwaway PostgreSQL server (tests/support/pgcluster.sh,
// started by ctest before the "server: " tests), dropped again when this goes away. `address()`
// is what SalesDesk is given: postgresql://salesdesk@127.0.0.1:PORT/NAME.
class ServerDatabase
{
public:
    // The file pgcluster.sh wrote: SALESDESK_TEST_SERVER names it when the module tests run
    // against the server; the server tests know it from the build.
    static QString stateFile()
    {
        const QString named = qEnvironmentVariable("SALESDESK_TEST_SERVER");
#ifdef SALESDESK_PG_STATE
        return named.isEmpty() ? QStringLiteral(SALESDESK_PG_STATE) : named;
#else
        return named;
#endif
    }

    ServerDatabase()
    {
        QFile state(stateFile());
        INFO("the throwaway server's state file: " << state.fileName().toStdString());
        REQUIRE(state.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = state.readAll().split('\n');
        REQUIRE(lines.size() >= 2);
        m_server = QString::fromUtf8(lines.at(1).trimmed());
        static std::atomic<int> counter {0};
        m_name = QStringLiteral("sd_test_%1_%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(++counter);
        run(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~ServerDatabase()
    {
        QSqlDatabase::database(QStringLiteral("server-admin-1"), false).close();
        QString error;
        exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), false, &error);
        for (const QString &user : std::as_const(m_users)) {
            exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user), false, &error);
        }
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    QString address() const { return m_server + u'/' + m_name; }
    // The same, as user `user` (a role made by the test).
    QString addressAs(const QString &user) const
    {
        QUrl url(address());
        url.setUserName(user);
        return url.toString();
    }
    const QString &name() const { return m_name; }

    // A role of the server a test makes (through SalesDesk): dropped when this goes away.
    void forgetRoleAfter(const QString &role)
    {
        if (!m_users.contains(role)) {
            m_users.append(role);
        }
    }

    // An owner of the book (made first): a role of the server, named `who` after this database,
    // listed in the book as SalesDesk's "users add" lists one; returns the role's name.
    QString addUser(const QString &who)
    {
        const QString role = m_name + u'_' + who;
        m_users.append(role);
        forgetRoleAfter(m_name + QStringLiteral("_owner"));
        run(QStringLiteral("SELECT salesdesk_add_user('%1', 'owner', NULL, NULL)").arg(role), true);
        return role;
    }

    // Runs `sql` as the server's superuser in the maintenance database (or, with `inBook`, in
    // this one): for making and dropping databases and roles.
    QSqlQuery run(const QString &sql, bool inBook = false) const
    {
        QString error;
        QSqlQuery q = exec(sql, inBook, &error);
        INFO(sql.toStdString() + ": " + error.toStdString());
        REQUIRE(error.isEmpty());
        return q;
    }

private:
    QSqlQuery exec(const QString &sql, bool inBook, QString *error) const
    {
        const QString connection = QStringLiteral("server-admin-%1").arg(inBook);
        QSqlDatabase db = QSqlDatabase::contains(connection)
                                  ? QSqlDatabase::database(connection)
                                  : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        const QUrl url(m_server);
        const QString database = inBook ? m_name : QStringLiteral("postgres");
        if (db.databaseName() != database || !db.isOpen()) {
            db.close();
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(database);
            if (!db.open()) {
                *error = db.lastError().text();
                return QSqlQuery();
            }
        }
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
        }
        return q;
    }

    QString m_server;
    QString m_name;
    QStringList m_users;
};
