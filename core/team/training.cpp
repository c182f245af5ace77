#include "core/team/training.h"

#include "core/common/dates.h"
#include "core/kpi/kpiservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/team/teamservice.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QString TrainingText::code(TrainingTopic topic)
{
    switch (topic) {
    case TrainingTopic::Product:
        return u"product"_s;
    case TrainingTopic::Skills:
        return u"skills"_s;
    case TrainingTopic::Communication:
        return u"communication"_s;
    case TrainingTopic::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

std::optional<TrainingTopic> TrainingText::topic(const QString &code)
{
    for (TrainingTopic t : topics()) {
        if (code.compare(TrainingText::code(t), Qt::CaseInsensitive) == 0
            || code.compare(name(t), Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return std::nullopt;
}

QString TrainingText::name(TrainingTopic topic)
{
    switch (topic) {
    case TrainingTopic::Product:
        return tr("Product knowledge");
    case TrainingTopic::Skills:
        return tr("Sales skills");
    case TrainingTopic::Communication:
        return tr("Communication");
    case TrainingTopic::Other:
        return tr("Other");
    }
    return {};
}

QList<TrainingTopic> TrainingText::topics()
{
    return {TrainingTopic::Product, TrainingTopic::Skills, TrainingTopic::Communication,
            TrainingTopic::Other};
}

QString TrainingProgram::displayTitle() const
{
    return title.isEmpty() ? TrainingText::name(topic) : title;
}

TrainingService::TrainingService(Database &db, TeamService &team, const KpiService &kpi,
                                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_team(team)
    , m_kpi(kpi)
    , m_clock(clock)
    , m_repo(db.connection())
{ }

Result<QList<TrainingProgram>> TrainingRepository::programs() const
{
    SqlQuery q(m_statements, u"SELECT id, title, topic, trainer, starts_on, ends_on, hours, "
                             "cost_minor, notes, created_at FROM training_programs "
                             "ORDER BY starts_on DESC, id DESC"_s);
    auto programs = q.all([](SqlQuery &row) {
        TrainingProgram p;
        p.id = row.value(0).toLongLong();
        p.title = row.value(1).toString();
        p.topic = TrainingText::topic(row.value(2).toString()).value_or(TrainingTopic::Other);
        p.trainer = row.value(3).toString();
        p.startsOn = fromStoredDate(row.value(4).toString());
        p.endsOn = fromStoredDate(row.value(5).toString());
        p.hours = row.value(6).toDouble();
        p.costMinor = row.value(7).toLongLong();
        p.notes = row.value(8).toString();
        p.createdAt = fromStoredTime(row.value(9).toString());
        return p;
    });
    if (!programs) {
        return programs;
    }
    SqlQuery people(m_statements, u"SELECT program_id, rep_id, attended, score "
                                  "FROM training_participants ORDER BY program_id, rep_id"_s);
    QHash<qint64, QList<TrainingParticipant>> byProgram;
    if (auto st = people.each([&](SqlQuery &row) {
            const QVariant score = row.value(3);
            byProgram[row.value(0).toLongLong()].append(TrainingParticipant {
                    row.value(1).toLongLong(), row.value(2).toInt() != 0,
                    score.isValid() ? std::optional<double>(score.toDouble()) : std::nullopt});
        });
        !st) {
        return st.error();
    }
    for (TrainingProgram &p : programs.value()) {
        p.participants = byProgram.value(p.id);
    }
    return programs;
}

Status TrainingService::load()
{
    m_programs.reset();
    return {};
}

const QList<TrainingProgram> &TrainingService::programs() const
{
    if (!m_programs) {
        auto read = m_repo.programs();
        if (!read) {
            qWarning("Could not read the training programs: %s", qPrintable(read.message()));
        }
        m_programs = read ? std::move(read).value() : QList<TrainingProgram>();
    }
    return *m_programs;
}

const TrainingProgram *TrainingService::program(qint64 id) const
{
    for (const auto &p : programs()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

Status TrainingService::validate(const TrainingProgram &p)
{
    if (!p.startsOn.isValid()) {
        return Error::user(tr("A training program needs the day it starts."));
    }
    if (p.endsOn.isValid() && p.endsOn < p.startsOn) {
        return Error::user(tr("The program ends (%1) before it starts (%2).")
                                   .arg(dateText(p.endsOn), dateText(p.startsOn)));
    }
    if (p.hours < 0 || p.costMinor < 0) {
        return Error::user(tr("Hours and cost cannot be negative."));
    }
    for (const auto &person : p.participants) {
        if (person.score && (*person.score < 0 || *person.score > 100)) {
            return Error::user(tr("An assessment score is from 0 to 100."));
        }
    }
    return {};
}

Result<qint64> TrainingRepository::write(const TrainingProgram &program, bool insert)
{
    TrainingProgram p = program;
    const QString columns = u"title, topic, trainer, starts_on, ends_on, hours, cost_minor, notes, "
                            "created_at"_s;
    SqlQuery q(m_statements, insert ? insertStatement(u"training_programs"_s, columns, p.id > 0)
                                    : u"UPDATE training_programs SET "_s
                                              + updateAssignments(columns) + u" WHERE id = ?"_s);
    q.bindText(p.title).bind(TrainingText::code(p.topic)).bindText(p.trainer);
    q.bind(toStoredDate(p.startsOn)).bind(toStoredDate(p.endsOn)).bind(p.hours).bind(p.costMinor);
    q.bindText(p.notes).bind(toStoredTime(p.createdAt));
    if (!insert || p.id > 0) {
        q.bind(p.id);
    }
    if (insert) {
        auto newId = q.insert(p.id);
        if (!newId) {
            return newId;
        }
        p.id = *newId;
    } else if (auto st = q.exec(); !st) {
        return st.error();
    }
    SqlQuery clear(m_statements, u"DELETE FROM training_participants WHERE program_id = ?"_s);
    clear.bind(p.id);
    if (auto st = clear.exec(); !st) {
        return st.error();
    }
    for (const auto &person : std::as_const(p.participants)) {
        SqlQuery row(m_statements,
                     insertStatement(u"training_participants"_s,
                                     u"program_id, rep_id, attended, score"_s, false));
        row.bind(p.id).bind(person.repId).bind(person.attended);
        row.bind(person.score ? QVariant(*person.score) : QVariant());
        if (auto st = row.exec(); !st) {
            return st.error();
        }
    }
    return p.id;
}

Status TrainingRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM training_programs WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Status TrainingService::write(const TrainingProgram &pIn, bool insert, qint64 *id)
{
    TrainingProgram p = pIn;
    if (!p.endsOn.isValid()) {
        p.endsOn = p.startsOn;
    }
    if (auto st = validate(p); !st) {
        return st;
    }
    for (const auto &person : std::as_const(p.participants)) {
        if (!m_team.rep(person.repId)) {
            return Error::user(tr("There is no sales rep #%1.").arg(person.repId));
        }
    }
    if (!p.createdAt.isValid()) {
        p.createdAt = m_clock.nowUtc();
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    auto written = m_repo.write(p, insert);
    if (!written) {
        return written.error();
    }
    p.id = *written;
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (id) {
        *id = p.id;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit trainingChanged();
    return {};
}

Result<qint64> TrainingService::addProgram(const TrainingProgram &program)
{
    qint64 id = 0;
    if (auto st = write(program, true, &id); !st) {
        return st.error();
    }
    return id;
}

Status TrainingService::updateProgram(const TrainingProgram &program)
{
    if (!this->program(program.id)) {
        return Error::user(tr("There is no training program #%1.").arg(program.id));
    }
    return write(program, false, nullptr);
}

Status TrainingService::removeProgram(qint64 id)
{
    if (auto st = m_repo.remove(id); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit trainingChanged();
    return {};
}

Status TrainingService::enroll(qint64 programId, const TrainingParticipant &participant)
{
    const TrainingProgram *p = program(programId);
    if (!p) {
        return Error::user(tr("There is no training program #%1.").arg(programId));
    }
    TrainingProgram changed = *p;
    auto it = std::find_if(
            changed.participants.begin(), changed.participants.end(),
            [&](const TrainingParticipant &t) { return t.repId == participant.repId; });
    if (it != changed.participants.end()) {
        *it = participant;
    } else {
        changed.participants.append(participant);
    }
    return updateProgram(changed);
}

namespace {

TrainingFigures figuresOf(const QList<const RepFigures *> &reps, int days)
{
    TrainingFigures f;
    f.reps = int(reps.size());
    for (const RepFigures *r : reps) {
        if (!r) {
            continue;
        }
        f.won += r->wonDeals;
        f.lost += r->lostDeals;
        f.revenueMinor += r->revenueMinor;
        f.activities += r->activitiesDone;
    }
    f.winRate = KpiService::winRate(f.won, f.lost);
    f.avgDealMinor = KpiService::averageDeal(f.revenueMinor, f.won);
    if (days > 0 && f.reps > 0) {
        f.activitiesPerWeek = double(f.activities) * 7.0 / double(days) / double(f.reps);
    }
    return f;
}

std::optional<double> revenueChange(const TrainingSide &side)
{
    if (side.before.reps == 0 || side.after.reps == 0 || side.before.revenueMinor <= 0) {
        return std::nullopt;
    }
    const double before = double(side.before.revenueMinor) / side.before.reps;
    const double after = double(side.after.revenueMinor) / side.after.reps;
    return (after - before) / before;
}

} // namespace

Result<TrainingEffect> TrainingService::effect(qint64 programId, int days,
                                               const QDate &asOfIn) const
{
    const TrainingProgram *p = program(programId);
    if (!p) {
        return Error::user(tr("There is no training program #%1.").arg(programId));
    }
    if (days < 7 || days > 730) {
        return Error::user(tr("Compare windows of 7 to 730 days."));
    }
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    TrainingEffect e;
    e.programId = programId;
    e.days = days;
    e.beforeTo = p->startsOn.addDays(-1);
    e.beforeFrom = p->startsOn.addDays(-days);
    e.afterFrom = p->endsOn.addDays(1);
    e.afterTo = p->endsOn.addDays(days);
    if (asOf < e.afterFrom) {
        return Error::user(
                tr("“%1” ends on %2: its effect can be measured from %3.")
                        .arg(p->displayTitle(), dateText(p->endsOn), dateText(e.afterFrom)));
    }
    e.afterComplete = asOf >= e.afterTo;
    const int afterDays = int(e.afterFrom.daysTo(std::min(asOf, e.afterTo))) + 1;

    auto before = m_kpi.reps(KpiSpan::between(e.beforeFrom, e.beforeTo), asOf);
    auto after = m_kpi.reps(KpiSpan::between(e.afterFrom, e.afterTo), asOf);
    if (!before || !after) {
        return !before ? before.error() : after.error();
    }
    const auto find = [](const QList<RepFigures> &list, qint64 rep) -> const RepFigures * {
        for (const auto &f : list) {
            if (f.repId == rep) {
                return &f;
            }
        }
        return nullptr;
    };

    QList<qint64> attendees;
    for (const auto &person : p->participants) {
        if (person.attended) {
            attendees.append(person.repId);
        }
    }
    std::sort(attendees.begin(), attendees.end(), [this](qint64 a, qint64 b) {
        return m_team.repName(a).localeAwareCompare(m_team.repName(b)) < 0;
    });
    QList<const RepFigures *> groupBefore, groupAfter;
    for (qint64 rep : std::as_const(attendees)) {
        const RepFigures *b = find(*before, rep);
        const RepFigures *a = find(*after, rep);
        groupBefore.append(b);
        groupAfter.append(a);
        e.participants.append(
                {rep, TrainingSide {figuresOf({b}, days), figuresOf({a}, afterDays)}});
    }
    e.attendees = {figuresOf(groupBefore, days), figuresOf(groupAfter, afterDays)};

    // The others: reps who did not attend and were with the company through both windows.
    QList<const RepFigures *> othersBefore, othersAfter;
    for (const Rep &r : m_team.reps()) {
        if (attendees.contains(r.id)) {
            continue;
        }
        if ((r.hiredOn.isValid() && r.hiredOn > e.beforeFrom)
            || (r.leftOn.isValid() && r.leftOn < std::min(asOf, e.afterTo))) {
            continue;
        }
        e.otherRepIds.append(r.id);
        othersBefore.append(find(*before, r.id));
        othersAfter.append(find(*after, r.id));
    }
    e.others = {figuresOf(othersBefore, days), figuresOf(othersAfter, afterDays)};

    const auto told = [](const TrainingSide &s) {
        return !s.before.tooFew() && !s.after.tooFew() && s.before.winRate && s.after.winRate;
    };
    if (told(e.attendees) && told(e.others)) {
        e.winRateDifference = (*e.attendees.after.winRate - *e.attendees.before.winRate)
                              - (*e.others.after.winRate - *e.others.before.winRate);
    }
    const auto mine = revenueChange(e.attendees);
    const auto theirs = revenueChange(e.others);
    if (mine && theirs && !e.attendees.before.tooFew() && !e.attendees.after.tooFew()
        && !e.others.before.tooFew() && !e.others.after.tooFew()) {
        e.revenueDifference = *mine - *theirs;
    }
    return e;
}

} // namespace salesdesk
