#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// The people of a team book on a server and what each of them is: the server itself enforces
// what they may see and change (postgresql/roles.sql), for SalesDesk and for any other program.
enum class UserKind { Owner, Manager, Rep };

struct BookUser
{
    QString name; // the server's role name, which they log in with
    UserKind kind = UserKind::Rep;
    qint64 repId = 0; // the rep they are (a rep's own work; a manager's team); 0: none

    friend bool operator==(const BookUser &, const BookUser &) = default;
};

namespace UserKindText {
QString code(UserKind kind); // owner, manager, rep
std::optional<UserKind> parse(const QString &code);
QString name(UserKind kind); // in the user's language
} // namespace UserKindText

class BookUserRepository
{
    Q_DECLARE_TR_FUNCTIONS(BookUserRepository)

public:
    explicit BookUserRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    // Makes the server's role when it is missing (with `password` when one is given), gives it
    // the rights of its kind and lists it; someone listed already gets the new kind.
    Status add(const BookUser &user, const QString &password);
    Result<QList<BookUser>> users() const;
    // The person signed in, when the book lists them; nothing in a file or for anyone else.
    Result<std::optional<BookUser>> signedIn() const;

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
