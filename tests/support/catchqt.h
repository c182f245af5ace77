#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Qt values shown as text when an assertion on them fails.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch
