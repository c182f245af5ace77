#pragma once

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
enum class CustomerKind { Company, Individual };
enum class ActivityKind { Call, Meeting, Visit, Email, Demo, Task };

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

    static QString code(DealSource s);
    static DealSource dealSource(const QString &code);
    static QString name(DealSource s);
    static QList<DealSource> dealSources();

    static QString code(CustomerKind k);
    static CustomerKind customerKind(const QString &code);
    static QString name(CustomerKind k);

    static QString code(ActivityKind k);
    static std::optional<ActivityKind> activityKind(const QString &code);
    static QString name(ActivityKind k);
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

struct Customer
{
    qint64 id = 0;
    QString name;
    // The primary contact (a row of `contacts` marked primary): the person deals are made with.
    QString contactPerson;
    QString phone;
    QString email;
    QDateTime createdAt;
    CustomerKind kind = CustomerKind::Company;
    QString industry;
    QString region;
    QString address;
    QString source;
    QStringList tags;
    qint64 ownerId = 0; // the rep who looks after the customer; 0: nobody
    QString serviceNotes; // personalised service: preferences, habits, what to remember

    friend bool operator==(const Customer &, const Customer &) = default;
};

struct Rep
{
    qint64 id = 0;
    QString name;
    bool active = true;
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
    QString competitor;
    QString nextStep;
    QDate nextStepDate;
    QString notes;
    qint64 lostReasonId = 0;
    QString lostNote;
    ServiceStatus serviceStatus = ServiceStatus::None;
    QDateTime stageEnteredAt; // UTC
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime closedAt; // UTC, set when won or lost

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

// Everything that belongs to one deal, for undo and redo of any edit.
struct DealSnapshot
{
    Deal deal;
    QList<StageChange> history;
    QList<qint64> activityIds; // activities linked to the deal, relinked when it is restored

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

// Tags as typed or stored: "vip, 华东；wholesale" → {"vip", "华东", "wholesale"} (commas and
// semicolons, ASCII or full-width, separate; blanks and repeats dropped), and back as "a, b".
QStringList splitTags(const QString &text);
QString joinTags(const QStringList &tags);

// UTC timestamps as ISO-8601 text ("2026-11-27T09:18:26Z") and back.
QString toStoredTime(const QDateTime &utc);
QDateTime fromStoredTime(const QString &text);
QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text);
// The user's day at a point in time: `t.toLocalTime().date()`, without asking the C library
// for every value (glibc looks at /etc/localtime again on each conversion, 1.5 µs a time).
// The offset from UTC is asked twice per UTC day met, at its start and end, and remembered
// for the thread; a day whose offset changes (a daylight-saving switch) is converted exactly.
// A change of the computer's time zone is seen by the next process.
QDate localDate(const QDateTime &t);
// Local wall time without a zone ("2026-11-27T10:00").
QString toStoredLocalTime(const QDateTime &local);
QDateTime fromStoredLocalTime(const QString &text);

} // namespace salesdesk
