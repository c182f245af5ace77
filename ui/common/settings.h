#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace salesdesk::ui {

// A typed view of one QSettings key with its default, declared next to the code using it:
//     static const SettingValue<QString> language{u"ui/language"_s, QString()};
template<typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    T get() const
    {
        QSettings settings;
        const QVariant v = settings.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace salesdesk::ui
