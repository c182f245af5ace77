#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace salesdesk {

enum class RepRole { Rep, TeamLead, Manager };

// 销售代表: a person who sells. Leaving keeps the rep and their history (active is false and
// leftOn says since when).
struct Rep
{
    qint64 id = 0;
    QString name;
    bool active = true;
    qint64 teamId = 0; // 0: no team
    RepRole role = RepRole::Rep;
    qint64 managerId = 0;
    QString region;
    QString email;
    QString phone;
    QDate hiredOn;
    QString level; // the career level, in the company's own words
    QDate leftOn;
    QDateTime createdAt; // UTC

    // On staff on some day of [from, to] by the dates alone: hired by `to` (or no hire date
    // known) and not gone before `from`.
    bool onStaffDuring(const QDate &from, const QDate &to) const
    {
        return (!hiredOn.isValid() || hiredOn <= to) && (!leftOn.isValid() || leftOn >= from);
    }

    friend bool operator==(const Rep &, const Rep &) = default;
};

// 销售团队: teams form a tree (a team and its sub-teams), each with a lead.
struct Team
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    qint64 leadId = 0;

    friend bool operator==(const Team &, const Team &) = default;
};

class TeamText
{
    Q_DECLARE_TR_FUNCTIONS(TeamText)

public:
    static QString code(RepRole role);
    static RepRole role(const QString &code);
    static QString name(RepRole role);
};

} // namespace salesdesk
