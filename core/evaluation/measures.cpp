#include "core/evaluation/measures.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

bool ImprovementMeasure::isOverdue(const QDate &today) const
{
    return (status == MeasureStatus::Planned || status == MeasureStatus::Running) && dueOn.isValid()
           && dueOn < today;
}

bool ImprovementMeasure::isDueSoon(const QDate &today, int days) const
{
    return (status == MeasureStatus::Planned || status == MeasureStatus::Running) && dueOn.isValid()
           && dueOn >= today && dueOn <= today.addDays(days);
}

QString MeasureText::code(MeasureKind k)
{
    switch (k) {
    case MeasureKind::Training:
        return u"training"_s;
    case MeasureKind::Incentive:
        return u"incentive"_s;
    case MeasureKind::Process:
        return u"process"_s;
    case MeasureKind::Coaching:
        return u"coaching"_s;
    case MeasureKind::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<MeasureKind> MeasureText::kind(const QString &code)
{
    for (MeasureKind k : {MeasureKind::Training, MeasureKind::Incentive, MeasureKind::Process,
                          MeasureKind::Coaching, MeasureKind::Other}) {
        if (MeasureText::code(k) == code.trimmed().toLower()) {
            return k;
        }
    }
    return std::nullopt;
}

QString MeasureText::name(MeasureKind k)
{
    switch (k) {
    case MeasureKind::Training:
        return tr("Training and development");
    case MeasureKind::Incentive:
        return tr("Incentive adjustment");
    case MeasureKind::Process:
        return tr("Process optimisation");
    case MeasureKind::Coaching:
        return tr("Coaching");
    case MeasureKind::Other:
        return tr("Other");
    }
    return {};
}

QString MeasureText::code(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Planned:
        return u"planned"_s;
    case MeasureStatus::Running:
        return u"running"_s;
    case MeasureStatus::Done:
        return u"done"_s;
    case MeasureStatus::Dropped:
        return u"dropped"_s;
    }
    return {};
}

std::optional<MeasureStatus> MeasureText::status(const QString &code)
{
    for (MeasureStatus s : {MeasureStatus::Planned, MeasureStatus::Running, MeasureStatus::Done,
                            MeasureStatus::Dropped}) {
        if (MeasureText::code(s) == code.trimmed().toLower()) {
            return s;
        }
    }
    return std::nullopt;
}

QString MeasureText::name(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Planned:
        return tr("Planned");
    case MeasureStatus::Running:
        return tr("Running");
    case MeasureStatus::Done:
        return tr("Done");
    case MeasureStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString MeasureText::code(MeasureScope s)
{
    switch (s) {
    case MeasureScope::Company:
        return u"company"_s;
    case MeasureScope::Team:
        return u"team"_s;
    case MeasureScope::Rep:
        return u"rep"_s;
    }
    return {};
}

std::optional<MeasureScope> MeasureText::scope(const QString &code)
{
    for (MeasureScope s : {MeasureScope::Company, MeasureScope::Team, MeasureScope::Rep}) {
        if (MeasureText::code(s) == code.trimmed().toLower()) {
            return s;
        }
    }
    return std::nullopt;
}

QStringList MeasureText::problems(const ImprovementMeasure &m)
{
    QStringList out;
    if (m.title.trimmed().isEmpty()) {
        out.append(tr("The measure has no title."));
    }
    if (m.scope == MeasureScope::Rep && m.repId == 0) {
        out.append(tr("A rep's measure names the rep."));
    }
    if (m.scope == MeasureScope::Team && m.teamId == 0) {
        out.append(tr("A team's measure names the team."));
    }
    if (!m.startsOn.isValid() || !m.dueOn.isValid()) {
        out.append(tr("A measure has a start and a due day."));
    } else if (m.dueOn < m.startsOn) {
        out.append(tr("The due day is before the start."));
    }
    if (m.kind != MeasureKind::Training && m.trainingId != 0) {
        out.append(tr("Only a training measure links a training program."));
    }
    return out;
}

} // namespace salesdesk
