#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace salesdesk {

class Database;
class KpiService;
class TeamService;

enum class TrainingTopic { Product, Skills, Communication, Other };

struct TrainingParticipant
{
    qint64 repId = 0;
    bool attended = true;
    std::optional<double> score; // the assessment, 0–100

    friend bool operator==(const TrainingParticipant &, const TrainingParticipant &) = default;
};

// 销售培训: a training program and who took part.
struct TrainingProgram
{
    qint64 id = 0;
    QString title; // empty: shown by its topic
    TrainingTopic topic = TrainingTopic::Skills;
    QString trainer;
    QDate startsOn;
    QDate endsOn; // the same day for a one-day program
    double hours = 0;
    qint64 costMinor = 0;
    QString notes;
    QDateTime createdAt;
    QList<TrainingParticipant> participants; // by rep id

    QString displayTitle() const;
    friend bool operator==(const TrainingProgram &, const TrainingProgram &) = default;
};

// A rep's or a group's figures over one window of days.
struct TrainingFigures
{
    int reps = 0; // how many reps the figures add up
    int won = 0;
    int lost = 0;
    std::optional<double> winRate;
    qint64 revenueMinor = 0;
    std::optional<qint64> avgDealMinor;
    int activities = 0;
    double activitiesPerWeek = 0; // per rep
    int closed() const { return won + lost; }
    // Fewer than five closed deals: a win rate or an average of so few says nothing.
    bool tooFew() const { return closed() < 5; }
};

struct TrainingSide
{
    TrainingFigures before;
    TrainingFigures after;
};

// Before and after a program: the `days` days ending the day before it started against the
// `days` days from the day after it ended, for each participant who attended, for them together,
// and for the reps who did not attend (with the company through both windows). The owner reads
// whether attendees moved more than the others; it is a comparison, not a proof of cause.
struct TrainingEffect
{
    qint64 programId = 0;
    int days = 90;
    QDate beforeFrom;
    QDate beforeTo;
    QDate afterFrom;
    QDate afterTo;
    bool afterComplete = true; // false while the after window is still running
    QList<std::pair<qint64, TrainingSide>> participants; // attendees, by rep name
    TrainingSide attendees;
    TrainingSide others;
    QList<qint64> otherRepIds;
    // Attendees' change minus the others' change: of the win rate (in points of a fraction),
    // and of revenue per rep (as a fraction of the before figure). Absent when a side cannot tell.
    std::optional<double> winRateDifference;
    std::optional<double> revenueDifference;
};

class TrainingText
{
    Q_DECLARE_TR_FUNCTIONS(TrainingText)

public:
    static QString code(TrainingTopic topic);
    static std::optional<TrainingTopic> topic(const QString &code);
    static QString name(TrainingTopic topic);
    static QList<TrainingTopic> topics();
};

// The rows of training programs and their participants.
class TrainingRepository
{
public:
    explicit TrainingRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QList<TrainingProgram>> programs() const; // newest first, with participants
    // Inserts (keeping a given id) or updates a program and replaces its participants.
    Result<qint64> write(const TrainingProgram &program, bool insert);
    Status remove(qint64 id);

private:
    mutable StatementCache m_statements;
};

// Training programs, their participants and their measured effect.
class TrainingService : public QObject
{
    Q_OBJECT

public:
    TrainingService(Database &db, TeamService &team, const KpiService &kpi, const Clock &clock,
                    QObject *parent = nullptr);

    // Forgets the programs read: they are read again when next asked for (not at the book's
    // opening).
    Status load();
    const QList<TrainingProgram> &programs() const; // newest first
    const TrainingProgram *program(qint64 id) const;

    // Adds a program (with its participants), keeping the id it carries when it has one (undo).
    Result<qint64> addProgram(const TrainingProgram &program);
    Status updateProgram(const TrainingProgram &program); // participants included
    Status removeProgram(qint64 id);
    // Enrolls a rep (or updates their attendance and score).
    Status enroll(qint64 programId, const TrainingParticipant &participant);

    Result<TrainingEffect> effect(qint64 programId, int days = 90, const QDate &asOf = {}) const;

signals:
    void trainingChanged();

private:
    static Status validate(const TrainingProgram &program);
    Status write(const TrainingProgram &program, bool insert, qint64 *id);

    Database &m_db;
    TeamService &m_team;
    const KpiService &m_kpi;
    const Clock &m_clock;
    TrainingRepository m_repo;
    mutable std::optional<QList<TrainingProgram>> m_programs;
};

} // namespace salesdesk
