#include "core/book/settings.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

BookSettings::BookSettings(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_properties(db.connection())
{ }

Result<QHash<QString, QString>> PropertyRepository::all() const
{
    SqlQuery q(m_statements, allStatement());
    QHash<QString, QString> stored;
    if (auto st = q.each([&](SqlQuery &row) {
            stored.insert(row.value(0).toString(), row.value(1).toString());
        });
        !st) {
        return st.error();
    }
    return stored;
}

Status PropertyRepository::put(const QString &key, const QString &value)
{
    SqlQuery q(m_statements, u"INSERT INTO book_properties (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bind(key).bind(value);
    return q.exec();
}

void BookSettings::declare(const QList<SettingSpec> &specs, Check check)
{
    m_specs += specs;
    if (check) {
        m_checks.append(std::move(check));
    }
}

Status BookSettings::load()
{
    auto stored = m_properties.all();
    if (!stored) {
        return stored.error();
    }
    m_stored = std::move(stored).value();
    return {};
}

const SettingSpec *BookSettings::spec(const QString &key) const
{
    const auto it = std::find_if(m_specs.cbegin(), m_specs.cend(),
                                 [&](const SettingSpec &s) { return s.key == key; });
    return it == m_specs.cend() ? nullptr : &*it;
}

QString BookSettings::description(const QString &key) const
{
    const SettingSpec *s = spec(key);
    return s && s->description ? QCoreApplication::translate("BookSettings", s->description)
                               : QString();
}

QString BookSettings::value(const QString &key) const
{
    if (const auto it = m_stored.constFind(key); it != m_stored.cend()) {
        return *it;
    }
    const SettingSpec *s = spec(key);
    return s ? s->defaultValue : QString();
}

int BookSettings::integer(const QString &key) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    if (ok) {
        return v;
    }
    const SettingSpec *s = spec(key);
    return s ? s->defaultValue.toInt() : 0;
}

QHash<QString, QString> BookSettings::values() const
{
    QHash<QString, QString> all;
    for (const auto &s : m_specs) {
        all.insert(s.key, value(s.key));
    }
    return all;
}

QStringList BookSettings::problems(const QHash<QString, QString> &changes) const
{
    QStringList problems;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SettingSpec *s = spec(it.key());
        if (!s) {
            problems.append(tr("There is no setting “%1”.").arg(it.key()));
            continue;
        }
        if (s->kind == SettingSpec::Kind::Integer) {
            bool ok = false;
            const int v = it.value().trimmed().toInt(&ok);
            if (!ok || v < s->minimum || v > s->maximum) {
                problems.append(tr("%1 is a whole number from %2 to %3, not “%4”.")
                                        .arg(it.key())
                                        .arg(s->minimum)
                                        .arg(s->maximum)
                                        .arg(it.value()));
            }
        } else if (it.value().trimmed().isEmpty()) {
            problems.append(tr("%1 cannot be empty.").arg(it.key()));
        }
    }
    if (!problems.isEmpty()) {
        return problems;
    }
    const Lookup after = [&](const QString &key) {
        const auto it = changes.constFind(key);
        return it != changes.cend() ? it->trimmed() : value(key);
    };
    for (const auto &check : m_checks) {
        problems += check(changes, after);
    }
    return problems;
}

Status BookSettings::set(const QHash<QString, QString> &changes)
{
    if (const QStringList p = problems(changes); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    QStringList keys = changes.keys();
    std::sort(keys.begin(), keys.end());
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    for (const QString &key : std::as_const(keys)) {
        if (auto st = m_properties.put(key, changes.value(key).trimmed()); !st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    for (const QString &key : std::as_const(keys)) {
        m_stored.insert(key, changes.value(key).trimmed());
    }
    emit changed(keys);
    return {};
}

} // namespace salesdesk
