#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace salesdesk {

class Database;
class KpiService;
class TeamService;

// 荣誉表彰: a non-monetary award kept with the rep.
struct Award
{
    qint64 id = 0;
    qint64 repId = 0;
    QString title;
    QDate awardedOn;
    QString reason;

    friend bool operator==(const Award &, const Award &) = default;
};

// A rung of the ladder the owner sets, lowest first, with what a rep needs for it.
struct CareerLevel
{
    qint64 id = 0;
    QString name;
    int minTenureMonths = 0;
    std::optional<qint64> minAttainmentPpm; // average over the last four quarters
    QString criteria; // anything else, in the owner's words

    friend bool operator==(const CareerLevel &, const CareerLevel &) = default;
};

struct Promotion
{
    qint64 id = 0;
    qint64 repId = 0;
    QString fromLevel;
    QString toLevel;
    QDate promotedOn;
    QString reason;

    friend bool operator==(const Promotion &, const Promotion &) = default;
};

// A rep's record against the ladder: tenure, the revenue attainment of the last four finished
// quarters that had a target, and whether the next level's criteria are met.
struct CareerRecord
{
    qint64 repId = 0;
    QString level;
    std::optional<int> tenureMonths; // none without a hire date
    QList<std::pair<QString, double>> attainments; // quarter, attainment; oldest first
    std::optional<double> averageAttainment;
    std::optional<CareerLevel> next;
    std::optional<bool> tenureMet;
    std::optional<bool> attainmentMet;
    QList<Promotion> promotions; // oldest first
    QList<Award> awards; // newest first
};

class CareerRepository
{
public:
    explicit CareerRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QList<Award>> awards(qint64 repId) const;
    Result<qint64> insertAward(const Award &award);
    Status removeAward(qint64 id);
    Result<QList<CareerLevel>> levels() const;
    Status replaceLevels(const QList<CareerLevel> &levels);
    Result<QList<Promotion>> promotions(qint64 repId) const;
    Result<qint64> insertPromotion(const Promotion &promotion);
    Status removePromotion(qint64 id);

private:
    mutable StatementCache m_statements;
};

// 职业发展: the ladder, promotions and awards.
class CareerService : public QObject
{
    Q_OBJECT

public:
    CareerService(Database &db, TeamService &team, const KpiService &kpi, const Clock &clock,
                  QObject *parent = nullptr);

    Result<QList<CareerLevel>> levels() const { return m_repo.levels(); }
    // The whole ladder, lowest first; names must be there and differ.
    Status setLevels(const QList<CareerLevel> &levels);
    // Parses "Junior, Senior:24m:100%, Lead:48m:110%": a name, then optionally the months of
    // tenure and the average attainment needed.
    static Result<QList<CareerLevel>> parseLadder(const QString &text);

    Result<qint64> addAward(const Award &award); // keeps a given id (undo)
    Status removeAward(qint64 id);
    // Sets the rep's level and records the step with its reason; keeps a given id (undo).
    Result<qint64> promote(const Promotion &promotion);
    // Takes a promotion back: the rep's level returns to the one before it.
    Status removePromotion(const Promotion &promotion);

    Result<CareerRecord> record(qint64 repId, const QDate &asOf = {}) const;

signals:
    void careerChanged();

private:
    Database &m_db;
    TeamService &m_team;
    const KpiService &m_kpi;
    const Clock &m_clock;
    CareerRepository m_repo;
};

} // namespace salesdesk
