#include "core/customers/customer.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QString CustomerText::code(CustomerKind k)
{
    return k == CustomerKind::Individual ? u"individual"_s : u"company"_s;
}

CustomerKind CustomerText::customerKind(const QString &code)
{
    return code == "individual"_L1 ? CustomerKind::Individual : CustomerKind::Company;
}

QString CustomerText::name(CustomerKind k)
{
    return k == CustomerKind::Individual ? tr("Individual") : tr("Company");
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(u"[,;\uFF0C\uFF1B\u3001]"_s);
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(u", "_s);
}

} // namespace salesdesk
