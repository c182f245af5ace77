#include "core/book/bookusers.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace UserKindText {

QString code(UserKind kind)
{
    switch (kind) {
    case UserKind::Owner:
        return u"owner"_s;
    case UserKind::Manager:
        return u"manager"_s;
    case UserKind::Rep:
        break;
    }
    return u"rep"_s;
}

std::optional<UserKind> parse(const QString &code)
{
    for (const UserKind kind : {UserKind::Owner, UserKind::Manager, UserKind::Rep}) {
        if (code.trimmed().compare(UserKindText::code(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString name(UserKind kind)
{
    switch (kind) {
    case UserKind::Owner:
        return QCoreApplication::translate("UserKind", "owner");
    case UserKind::Manager:
        return QCoreApplication::translate("UserKind", "manager");
    case UserKind::Rep:
        break;
    }
    return QCoreApplication::translate("UserKind", "sales rep");
}

} // namespace UserKindText

Status BookUserRepository::add(const BookUser &user, const QString &password)
{
    if (engineOf(m_statements.database()) != Engine::PostgreSQL) {
        return Error::user(tr("People and their roles belong to a book on a team server; a file "
                              "is one person's."));
    }
    SqlQuery q(m_statements.database(), u"SELECT salesdesk_add_user(?, ?, ?, ?)"_s);
    q.bind(user.name).bind(UserKindText::code(user.kind)).bind(idOrNull(user.repId));
    q.bind(password.isEmpty() ? QString() : password);
    return q.exec();
}

Result<std::optional<BookUser>> BookUserRepository::signedIn() const
{
    if (engineOf(m_statements.database()) != Engine::PostgreSQL) {
        return std::optional<BookUser>();
    }
    SqlQuery q(m_statements, u"SELECT role_name, kind, rep_id FROM book_users WHERE role_name = "
                             "session_user"_s);
    auto found = q.all([](SqlQuery &row) {
        return BookUser {row.text(0), UserKindText::parse(row.text(1)).value_or(UserKind::Rep),
                         row.integer(2)};
    });
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<BookUser>() : std::optional(found->first());
}

Result<QList<BookUser>> BookUserRepository::users() const
{
    if (engineOf(m_statements.database()) != Engine::PostgreSQL) {
        return QList<BookUser>();
    }
    SqlQuery q(m_statements,
               u"SELECT role_name, kind, rep_id FROM book_users ORDER BY role_name"_s);
    return q.all([](SqlQuery &row) {
        return BookUser {row.text(0), UserKindText::parse(row.text(1)).value_or(UserKind::Rep),
                         row.integer(2)};
    });
}

} // namespace salesdesk
