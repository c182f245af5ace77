#pragma once

#include "core/common/period.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// Shares, rates and attainments in millionths: 1000000 is 100 %.
inline constexpr qint64 kPpm = 1000000;

// How a plan's rate table pays (激励机制):
// - marginal: each slice of credited revenue at the rate of the tier it falls in;
// - flat: the whole credited revenue at the rate of the tier the period's total reached;
// - retroactive: marginal during the period, topped up to flat when the period is settled.
enum class CommissionMode { Marginal, Flat, Retroactive };

// From `fromPpm` of quota on (attainment), credited revenue earns `ratePpm`.
struct CommissionTier
{
    qint64 fromPpm = 0;
    qint64 ratePpm = 0;

    friend bool operator==(const CommissionTier &, const CommissionTier &) = default;
};

// A team's bonus pool: `amountMinor` once the team reaches `fromPpm` of its revenue target,
// split among its reps by their share of the team's credited revenue.
struct CommissionPool
{
    qint64 teamId = 0;
    qint64 amountMinor = 0;
    qint64 fromPpm = 0;

    friend bool operator==(const CommissionPool &, const CommissionPool &) = default;
};

// One version of a plan's terms. Editing a plan adds a version; a settled statement names the
// version it was paid under.
struct CommissionTerms
{
    CommissionMode mode = CommissionMode::Marginal;
    QList<CommissionTier> tiers; // by fromPpm, the first from 0
    std::optional<qint64> quotaMinor; // fixed; none: the rep's revenue target of the period
    std::optional<qint64> capMinor; // the most a period pays, before clawbacks
    int clawbackDays = 90;
    qint64 bonusMinor = 0; // paid once attainment reaches bonusFromPpm
    std::optional<qint64> bonusFromPpm;
    QHash<QString, qint64> spiffs; // product → amount per won deal
    QList<CommissionPool> pools;

    friend bool operator==(const CommissionTerms &, const CommissionTerms &) = default;
};

struct CommissionPlan
{
    qint64 id = 0;
    QString name;
    qint64 versionId = 0; // the current version
    int version = 0;
    CommissionTerms terms;
    QList<qint64> repIds; // the reps paid under it
    QDateTime createdAt;
};

// A rep's share of the credit for a won deal (deals without one credit their owner alone).
struct CreditSplit
{
    qint64 repId = 0;
    qint64 sharePpm = 0;

    friend bool operator==(const CreditSplit &, const CreditSplit &) = default;
};

// A deal credited to a rep: the rep's share of its value in the home currency.
struct CreditedDeal
{
    qint64 dealId = 0;
    QString title;
    QDate closedOn;
    QString product;
    qint64 creditedMinor = 0;
    qint64 sharePpm = kPpm;
};

// One line of a statement. A deal line's commission is the sum of its slices, rounded half away
// from zero to a minor unit; the statement's total is the sum of its lines.
struct CommissionLine
{
    enum class Kind { Deal, TrueUp, Spiff, Bonus, Pool, Cap, Clawback };
    struct Slice
    {
        int tier = 0; // 1-based
        qint64 creditedMinor = 0;
        qint64 ratePpm = 0;

        friend bool operator==(const Slice &, const Slice &) = default;
    };

    Kind kind = Kind::Deal;
    qint64 dealId = 0;
    QString title;
    QDate closedOn;
    qint64 creditedMinor = 0;
    int tier = 0; // the tier the line ends in (1-based), 0 for none
    qint64 ratePpm = 0; // the tier's rate; a line across tiers shows its slices
    qint64 commissionMinor = 0;
    QString note;
    QList<Slice> slices;

    friend bool operator==(const CommissionLine &, const CommissionLine &) = default;
};

// A rep's commission statement of a period: a preview computed from the book, or the settled one
// as it was stored.
struct CommissionStatement
{
    qint64 id = 0; // settled: its row
    qint64 repId = 0;
    Period period;
    qint64 planId = 0;
    QString planName;
    qint64 planVersionId = 0;
    int planVersion = 0;
    QString currency;
    std::optional<qint64> quotaMinor;
    qint64 creditedMinor = 0;
    std::optional<double> attainment; // credited ÷ quota
    qint64 commissionMinor = 0; // deal lines and true-up
    qint64 extrasMinor = 0; // SPIFFs, bonus and pool
    qint64 capMinor = 0; // ≤ 0: what the cap took off
    qint64 clawbackMinor = 0; // ≥ 0: what reversals took back
    qint64 payoutMinor = 0;
    bool settled = false;
    QDateTime settledAt;
    QList<CommissionLine> lines;
};

class CommissionText
{
    Q_DECLARE_TR_FUNCTIONS(CommissionText)

public:
    static QString code(CommissionMode mode);
    static std::optional<CommissionMode> mode(const QString &code);
    static QString name(CommissionMode mode);
    static QString code(CommissionLine::Kind kind);
    static CommissionLine::Kind lineKind(const QString &code);
    static QString name(CommissionLine::Kind kind);

    // "0:5%,100%:8%,120%:10%": attainment-from:rate, percentages with up to four decimals.
    static Result<QList<CommissionTier>> parseTiers(const QString &text);
    static QString tiersText(const QList<CommissionTier> &tiers);
    // A percentage in millionths: "7.5%" or "7.5" is 75000.
    static std::optional<qint64> parsePercent(QString text);
    static QString percentText(qint64 ppm);
    // A table that starts at 0 %, with no two tiers from the same attainment; a cap and a bonus
    // that are not negative.
    static Status validate(const CommissionTerms &terms);
};

// The arithmetic of a statement, with nothing read from the book: the deal, true-up, SPIFF,
// bonus and cap lines of `deals` (in the order they fill the tiers: by close day, then id) under
// `terms` with `quotaMinor` (none: every deal at the first tier's rate). Pools and clawbacks are
// the service's: they need the team and the settled statements.
QList<CommissionLine> commissionLines(const CommissionTerms &terms,
                                      std::optional<qint64> quotaMinor,
                                      const QList<CreditedDeal> &deals);
// Fills the statement's totals from its lines (the cap applied to what the lines before it earn).
void totalStatement(CommissionStatement &statement, const std::optional<qint64> &capMinor);
// `minor` × `ppm` ÷ 1000000, rounded half away from zero.
qint64 applyPpm(qint64 minor, qint64 ppm);

} // namespace salesdesk
