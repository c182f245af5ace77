#pragma once

#include "core/common/dates.h"
#include "core/common/rowversion.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace salesdesk {

enum class DealStatus { Open, Won, Lost };
enum class ServiceStatus { None, Onboarding, Active, Issue, RenewalDue };
enum class DealSource { None, Referral, Website, Exhibition, ColdCall, ExistingCustomer, Other };
enum class ActivityKind { Call, Meeting, Visit, Email, Demo, Task };
// 预测类别: how sure the rep is that an open deal closes in its period.
enum class ForecastCategory { Pipeline, BestCase, Commit, Omitted };

// Stable text codes stored in the file and used by the CLI, plus translated display names.
class PipelineText
{
    Q_DECLARE_TR_FUNCTIONS(PipelineText)

public:
    static QString code(DealStatus s);
    static std::optional<DealStatus> dealStatus(const QString &code);
    static QString name(DealStatus s);

    static QString code(ServiceStatus s);
    static ServiceStatus serviceStatus(const QString &code);
    static QString name(ServiceStatus s);
    static QList<ServiceStatus> serviceStatuses();

    static QString code(ForecastCategory c);
    static ForecastCategory forecastCategory(const QString &code); // pipeline when unknown
    static std::optional<ForecastCategory> forecastCategoryCode(const QString &code);
    static QString name(ForecastCategory c);
    static QList<ForecastCategory> forecastCategories();

    static QString code(DealSource s);
    // A deal's competitors written as one text, "A; B", and read back (a semicolon, full-width
    // too, separates names; a name may hold a comma).
    static QStringList competitorNames(const QString &text);
    static QString competitorText(const QStringList &names);

    static DealSource dealSource(const QString &code);
    static QString name(DealSource s);
    static QList<DealSource> dealSources();

    static QString code(ActivityKind k);
    static std::optional<ActivityKind> activityKind(const QString &code);
    static QString name(ActivityKind k);
    // How the pipeline's summary figures and the funnel's are computed (tooltips, What's This).
    static QString summaryExplained();
    static QString funnelExplained();
    static QList<ActivityKind> activityKinds();

    // Names of the built-in stages and lost reasons, by code ("lead", "price"…).
    static QString builtInStageName(const QString &code);
    static QString builtInLostReasonName(const QString &code);
};

struct Stage
{
    qint64 id = 0;
    QString code; // built-in stage, or empty for one the book added
    QString customName; // the book's own name; empty shows the built-in, translated
    int position = 0;
    int probability = 0; // percent
    int idleDays = 14;
    bool archived = false;

    QString displayName() const;
    friend bool operator==(const Stage &, const Stage &) = default;
};

struct LostReason
{
    qint64 id = 0;
    QString code;
    QString customName;
    int position = 0;
    bool archived = false;

    QString displayName() const;
    friend bool operator==(const LostReason &, const LostReason &) = default;
};

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;
    qint64 ownerId = 0; // 0: nobody
    qint64 valueMinor = 0;
    QString currency;
    QDate expectedClose;
    qint64 stageId = 0;
    DealStatus status = DealStatus::Open;
    std::optional<int> probability; // overrides the stage's default when set
    DealSource source = DealSource::None;
    QString product;
    QStringList competitors; // the competitors it meets, by name
    QString nextStep;
    QDate nextStepDate;
    QString notes;
    qint64 lostReasonId = 0;
    QString lostNote;
    ServiceStatus serviceStatus = ServiceStatus::None;
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    QDateTime stageEnteredAt; // UTC
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime closedAt; // UTC, set when won or lost
    RowVersion version;

    friend bool operator==(const Deal &, const Deal &) = default;
};

// The columns the board and the list show, without the long texts.
struct DealSummary
{
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    qint64 valueMinor = 0;
    QString currency;
    QDate expectedClose;
    qint64 stageId = 0;
    DealStatus status = DealStatus::Open;
    std::optional<int> probability;
    DealSource source = DealSource::None;
    QString product;
    QString nextStep;
    QDate nextStepDate;
    ServiceStatus serviceStatus = ServiceStatus::None;
    QDateTime stageEnteredAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt;
};

// The deals the List shows and their order. SQLite does the filtering and the sorting, so a
// book of a million deals is listed without reading its deals into memory; the order is the
// one the columns show (text as QCollator orders it, values in the home currency, dates
// not set after every date), ties by id.
struct DealListQuery
{
    enum class Order {
        Title,
        Customer,
        Owner,
        Stage,
        Status,
        Value,
        Probability,
        Weighted,
        ExpectedClose,
        NextStep,
        NextStepDate,
        DaysInStage,
        Source,
        Product,
        Service,
        Created,
        Closed
    };
    QString search; // in the title, customer, owner, product or next step, in any case
    std::optional<DealStatus> status;
    qint64 stageId = 0; // only the open deals of this stage
    qint64 ownerId = 0;
    std::optional<QList<qint64>> ids; // only these deals
    // Closed deals only if they closed since then (open deals are always listed): the Board's.
    QDateTime closedSince;
    Order order = Order::ExpectedClose;
    bool descending = false;

    friend bool operator==(const DealListQuery &, const DealListQuery &) = default;
};

// The deal entered stageId with this status at enteredAt (UTC); the stay lasts until the next.
struct StageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 stageId = 0;
    DealStatus status = DealStatus::Open;
    QDateTime enteredAt;

    friend bool operator==(const StageChange &, const StageChange &) = default;
};

// What happened to a deal besides its stages: handed from one rep to another, or reversed
// (cancelled or refunded) after it was won.
struct DealEvent
{
    enum class Kind { Reassigned, Reversed };

    qint64 id = 0;
    qint64 dealId = 0;
    QDateTime at; // UTC
    Kind kind = Kind::Reassigned;
    qint64 fromRepId = 0;
    qint64 toRepId = 0;
    QString note;

    friend bool operator==(const DealEvent &, const DealEvent &) = default;
};

// A won deal cancelled or refunded: lost from `reversedOn` (a local day), with when it had been
// won. Commission paid on it within the plan's clawback window is taken back.
struct DealReversal
{
    qint64 dealId = 0;
    QDateTime wonAt; // UTC
    QDate reversedOn;
    QString reason;
    QDateTime createdAt; // UTC

    friend bool operator==(const DealReversal &, const DealReversal &) = default;
};

// Everything that belongs to one deal, for undo and redo of any edit.
struct DealSnapshot
{
    Deal deal;
    QList<StageChange> history;
    QList<qint64> activityIds; // activities linked to the deal, relinked when it is restored
    QList<DealEvent> events;
    std::optional<DealReversal> reversal;

    friend bool operator==(const DealSnapshot &, const DealSnapshot &) = default;
};

struct Activity
{
    qint64 id = 0;
    ActivityKind kind = ActivityKind::Call;
    QString subject;
    QDateTime dueAt; // local wall time: "Tuesday 10:00" means 10:00 wherever the laptop is
    bool done = false;
    QDateTime doneAt; // UTC
    QString outcome;
    qint64 dealId = 0;
    qint64 customerId = 0;
    qint64 repId = 0;
    QDateTime createdAt; // UTC

    friend bool operator==(const Activity &, const Activity &) = default;
};

} // namespace salesdesk
