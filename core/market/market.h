#pragma once

#include "core/common/period.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

enum class ThreatLevel { Low, Medium, High };

// 竞争对手: a competitor of the register. Deals name the competitors they meet.
struct Competitor
{
    qint64 id = 0;
    QString name;
    QString products;
    QString prices;
    QString positioning;
    QString strategy;
    QString strengths;
    QString weaknesses;
    ThreatLevel threat = ThreatLevel::Medium;
    QString notes;
    QDateTime createdAt;

    friend bool operator==(const Competitor &, const Competitor &) = default;
};

// 环境因素: a factor of the macro environment (political, economic, legal, social,
// technological) or the micro environment (customers, competitors, suppliers, intermediaries).
enum class FactorKind {
    Political,
    Economic,
    Legal,
    Social,
    Technological,
    Customers,
    Competitors,
    Suppliers,
    Intermediaries,
};
enum class Horizon { Short, Medium, Long };

struct EnvironmentFactor
{
    qint64 id = 0;
    FactorKind kind = FactorKind::Economic;
    QString title;
    QString description;
    int impact = 0; // −2 (strongly against us) … +2 (strongly for us)
    int likelihood = 50; // per cent
    Horizon horizon = Horizon::Medium;
    QString source;
    QDate notedOn;
    QDate reviewOn; // invalid: no review planned
    QDateTime createdAt;

    bool isMacro() const { return kind <= FactorKind::Technological; }
    friend bool operator==(const EnvironmentFactor &, const EnvironmentFactor &) = default;
};

// The owner's own points of a SWOT analysis; opportunities and threats also come from the
// environment factors (impact above or below zero).
enum class SwotKind { Strength, Weakness, Opportunity, Threat };

struct SwotPoint
{
    qint64 id = 0;
    SwotKind kind = SwotKind::Strength;
    QString text;
    int position = 0;
    QDateTime createdAt;

    friend bool operator==(const SwotPoint &, const SwotPoint &) = default;
};

// 市场规模: the size of the market (or of one segment of it) over a year or a quarter.
struct MarketSize
{
    qint64 id = 0;
    Period period;
    QString segment; // empty: the whole market
    qint64 valueMinor = 0; // home currency
    QString source;
    QDateTime createdAt;

    friend bool operator==(const MarketSize &, const MarketSize &) = default;
};

// A competitor's estimated share of the market of a period (and segment).
struct CompetitorShare
{
    qint64 competitorId = 0;
    Period period;
    QString segment;
    qint64 sharePpm = 0; // millionths
    QString source;

    friend bool operator==(const CompetitorShare &, const CompetitorShare &) = default;
};

// A SWOT quadrant's entry: the owner's own point, or an environment factor.
struct SwotEntry
{
    SwotKind kind = SwotKind::Strength;
    QString text;
    qint64 pointId = 0; // the owner's point, or 0
    qint64 factorId = 0; // the factor it comes from, or 0
    int weight = 0; // a factor's |impact| × likelihood; own points 0
};

class MarketText
{
    Q_DECLARE_TR_FUNCTIONS(MarketText)

public:
    static QString code(ThreatLevel t);
    static std::optional<ThreatLevel> threat(const QString &code);
    static QString name(ThreatLevel t);

    static QString code(FactorKind k);
    static std::optional<FactorKind> factorKind(const QString &code);
    static QString name(FactorKind k);
    static QList<FactorKind> factorKinds();

    static QString code(Horizon h);
    static std::optional<Horizon> horizon(const QString &code);
    static QString name(Horizon h);

    static QString code(SwotKind k);
    static std::optional<SwotKind> swotKind(const QString &code);
    static QString name(SwotKind k);
};

} // namespace salesdesk
