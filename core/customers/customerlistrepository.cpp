// The customer lists' queries of CustomerRepository: which customers a CustomerListQuery
// selects, the texts they are ordered by, and what the filters have to choose among.

#include "core/customers/customerrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// "FROM customers c … WHERE …" for the customers `query` lists, its values appended to
// `values`. The primary contact is joined only when it is searched or shown.
QString listedCustomers(const CustomerListQuery &query, bool withContact, const QString &joins,
                        QVariantList &values)
{
    const bool searched = !query.search.isEmpty();
    QString sql = u" FROM customers c"_s;
    if (withContact || searched) {
        sql += u" LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1"_s;
    }
    sql += joins + u" WHERE 1 = 1"_s;
    if (!query.archived) {
        sql += u" AND c.archived_at IS NULL"_s;
    }
    if (query.ownerId) {
        sql += u" AND coalesce(c.owner_id, 0) = ?"_s;
        values.append(*query.ownerId);
    }
    if (!query.region.isEmpty()) {
        sql += u" AND c.region = ?"_s;
        values.append(query.region);
    }
    if (!query.tag.isEmpty()) {
        // Tags are stored joined by ", " (joinTags) and hold no commas: a whole tag is the
        // text between two separators.
        sql += u" AND contains_text(', ' || c.tags || ', ', ?)"_s;
        values.append(QString(u", "_s + query.tag + u", "_s));
    }
    if (searched) {
        sql += u" AND (contains_text(c.name, ?) OR contains_text(p.name, ?) OR "
               "contains_text(p.phone, ?) OR contains_text(p.email, ?) OR "
               "contains_text(c.industry, ?) OR contains_text(c.region, ?) OR "
               "contains_text(c.tags, ?))"_s;
        for (int i = 0; i < 7; ++i) {
            values.append(query.search);
        }
    }
    return sql;
}

} // namespace

Result<QList<qint64>> CustomerRepository::listedIds(const CustomerListQuery &query) const
{
    QVariantList values;
    SqlQuery q(m_statements,
               u"SELECT c.id"_s + listedCustomers(query, false, {}, values) + u" ORDER BY c.id"_s);
    q.bindAll(values);
    QList<qint64> ids;
    if (auto st = q.each([&ids](SqlQuery &row) { ids.append(row.integer(0)); }); !st) {
        return st.error();
    }
    return ids;
}

Result<QList<std::pair<qint64, QString>>>
CustomerRepository::listedTexts(const CustomerListQuery &query, CustomerField field) const
{
    QString text;
    QString joins;
    bool withContact = false;
    switch (field) {
    case CustomerField::Name:
        text = u"c.name"_s;
        break;
    case CustomerField::Contact:
        text = u"p.name"_s;
        withContact = true;
        break;
    case CustomerField::Phone:
        text = u"p.phone"_s;
        withContact = true;
        break;
    case CustomerField::Owner:
        text = u"r.name"_s;
        joins = u" LEFT JOIN reps r ON r.id = c.owner_id"_s;
        break;
    case CustomerField::Region:
        text = u"c.region"_s;
        break;
    }
    QVariantList values;
    SqlQuery q(m_statements, u"SELECT c.id, coalesce("_s + text + u", '')"_s
                                     + listedCustomers(query, withContact, joins, values)
                                     + u" ORDER BY c.id"_s);
    q.bindAll(values);
    return q.all([](SqlQuery &row) { return std::pair(row.integer(0), row.text(1)); });
}

Result<CustomerChoices> CustomerRepository::choices() const
{
    // One question, a part of the answer per kind of row (on a server: one trip, not four).
    SqlQuery q(m_statements,
               u"SELECT 0, count(*), count(archived_at), NULL FROM customers "
               "UNION ALL SELECT DISTINCT 1, coalesce(owner_id, 0), 0, NULL FROM customers "
               "UNION ALL SELECT DISTINCT 2, 0, 0, region FROM customers WHERE region <> '' "
               "UNION ALL SELECT DISTINCT 3, 0, 0, tags FROM customers WHERE tags <> ''"_s);
    CustomerChoices choices;
    const auto st = q.each([&choices](SqlQuery &row) {
        switch (row.integer(0)) {
        case 0:
            choices.customers = row.integer(1);
            choices.archived = row.integer(2);
            break;
        case 1:
            choices.owners.insert(row.integer(1));
            break;
        case 2:
            choices.regions.insert(row.text(3));
            break;
        default:
            for (const QString &tag : splitTags(row.text(3))) {
                choices.tags.insert(tag);
            }
        }
    });
    if (!st) {
        return st.error();
    }
    return choices;
}

} // namespace salesdesk
