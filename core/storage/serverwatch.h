#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

namespace salesdesk {

class Database;

// Live updates from a team server: a connection of its own LISTENs to the changes others commit
// (the tables' triggers NOTIFY salesdesk_changes, postgresql/prelude.sql) and, a moment after a
// burst of them, says which tables they touched. The book's own changes are not told (they
// come back with the notifying connection's process id, which is the book's).
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    // Listens beside `db`'s connection; does nothing for a file.
    explicit ServerWatch(const Database &db, QObject *parent = nullptr);
    ~ServerWatch() override;

    bool listening() const { return m_listening; }

signals:
    // Others committed changes to these tables.
    void changedElsewhere(const QStringList &tables);

private:
    void take(const QString &name, const QVariant &payload);

    QString m_connectionName;
    int m_ownProcess = 0;
    bool m_listening = false;
    QSet<QString> m_tables;
    QTimer m_settle;
};

} // namespace salesdesk
