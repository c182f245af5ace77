#include "core/customers/contacts.h"

#include "core/pipeline/pipelinetypes.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr auto Columns = "customer_id, name, role, phone, email, wechat, notes, is_primary, "
                         "created_at"_L1;

Contact readContact(SqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.role = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.email = q.value(5).toString();
    c.wechat = q.value(6).toString();
    c.notes = q.value(7).toString();
    c.primary = q.value(8).toBool();
    c.createdAt = fromStoredTime(q.value(9).toString());
    return c;
}

SqlQuery &bindContact(SqlQuery &q, const Contact &c)
{
    return q.bind(c.customerId)
            .bind(c.name)
            .bindText(c.role)
            .bindText(c.phone)
            .bindText(c.email)
            .bindText(c.wechat)
            .bindText(c.notes)
            .bind(c.primary ? 1 : 0)
            .bind(toStoredTime(c.createdAt));
}

} // namespace

SqlStatement ContactRepository::contactsStatement(qint64 customerId)
{
    const QString select = u"SELECT id, "_s + Columns + u" FROM contacts "_s;
    if (customerId > 0) {
        return {select + u"WHERE customer_id = ? ORDER BY is_primary DESC, id"_s, {customerId}};
    }
    return {select + u"ORDER BY customer_id, is_primary DESC, id"_s, {}};
}

Result<QList<Contact>> ContactRepository::contacts(qint64 customerId) const
{
    SqlQuery q(m_statements, contactsStatement(customerId));
    return q.all(readContact);
}

Result<qint64> ContactRepository::insert(const Contact &c, bool keepId)
{
    SqlQuery q(m_statements, insertStatement(u"contacts"_s, Columns, keepId));
    bindContact(q, c);
    if (keepId) {
        q.bind(c.id);
    }
    return q.insert(keepId ? c.id : 0);
}

Status ContactRepository::update(const Contact &c)
{
    SqlQuery q(m_statements,
               u"UPDATE contacts SET "_s + updateAssignments(Columns) + u" WHERE id = ?"_s);
    bindContact(q, c).bind(c.id);
    return q.exec();
}

Status ContactRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM contacts WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

} // namespace salesdesk
