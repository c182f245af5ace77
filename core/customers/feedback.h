#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace salesdesk {

class Database;

enum class FeedbackCategory { Product, Service, Price, Delivery, Other };

// 客户反馈: one piece of feedback from a customer.
struct Feedback
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate receivedOn;
    QString contact;
    QString channel; // call, visit, email, wechat, survey, other
    FeedbackCategory category = FeedbackCategory::Other;
    int satisfaction = 3; // 1–5
    std::optional<int> nps; // 0–10, how likely to recommend
    QString text;
    QString action; // the follow-up action, if any
    qint64 actionOwnerId = 0;
    bool actionDone = false;

    friend bool operator==(const Feedback &, const Feedback &) = default;
};

// Satisfaction over a set of feedback: CSAT is the mean score (1–5); NPS is the share of
// promoters (9–10) minus the share of detractors (0–6), as a fraction between -1 and 1, over
// the entries that carry a recommendation score.
struct Satisfaction
{
    int entries = 0;
    double csat = 0;
    int npsEntries = 0;
    double nps = 0;
};
Satisfaction satisfactionOf(const QList<Feedback> &feedback);

// Satisfaction month by month: `months` calendar months from the month of `first`, each with the
// feedback received in it (entries 0 where none came in).
struct MonthlySatisfaction
{
    QDate month; // the first day of the month
    Satisfaction satisfaction;
};
QList<MonthlySatisfaction> satisfactionByMonth(const QList<Feedback> &feedback, const QDate &first,
                                               int months);

// The feedback table; FeedbackService is its one user.
class FeedbackRepository
{
public:
    explicit FeedbackRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    // With an id set, the entry keeps it (undo of a delete puts the same row back).
    Result<qint64> insert(const Feedback &feedback, const QDateTime &createdAt);
    Status update(const Feedback &feedback);
    Status remove(qint64 id);
    Result<Feedback> entry(qint64 id, const Error &missing) const;
    Result<QList<Feedback>> feedback(const QDate &from, const QDate &to, qint64 customerId) const;
    // What feedback() runs, for reading it ahead (ReadAhead).
    static SqlStatement feedbackStatement(const QDate &from, const QDate &to, qint64 customerId);

private:
    static const QString Columns; // the columns read() reads, in its order
    static Feedback read(SqlQuery &row);
    mutable StatementCache m_statements;
};

class FeedbackService : public QObject
{
    Q_OBJECT

public:
    FeedbackService(Database &db, const Clock &clock, QObject *parent = nullptr);

    static QStringList validate(const Feedback &feedback);
    // Records feedback; `at` (UTC, now when invalid) is when it was entered.
    Result<qint64> add(const Feedback &feedback, const QDateTime &at = {});
    Status update(const Feedback &feedback);
    Status remove(qint64 id);
    Result<Feedback> entry(qint64 id) const;
    // Feedback received in [from, to], of one customer or (customerId 0) of all.
    Result<QList<Feedback>> feedback(const QDate &from, const QDate &to,
                                     qint64 customerId = 0) const;
    // All the feedback of one customer, ever; and what that reads, for reading it ahead.
    Result<QList<Feedback>> feedbackOf(qint64 customerId) const
    {
        return feedback(QDate(1900, 1, 1), QDate(9999, 12, 31), customerId);
    }
    static SqlStatement customerReads(qint64 customerId)
    {
        return FeedbackRepository::feedbackStatement(QDate(1900, 1, 1), QDate(9999, 12, 31),
                                                     customerId);
    }
    Result<Satisfaction> satisfaction(const QDate &from, const QDate &to,
                                      qint64 customerId = 0) const;
    // What satisfaction() of the whole company reads, for reading it ahead (ReadAhead).
    static SqlStatement satisfactionReads(const QDate &from, const QDate &to)
    {
        return FeedbackRepository::feedbackStatement(from, to, 0);
    }

    static QString code(FeedbackCategory c);
    static QString name(FeedbackCategory c);
    static QList<FeedbackCategory> categories();
    // The channels feedback comes in by: codes stored in the file and their names.
    static QStringList channels();
    static QString channelName(const QString &code);
    static std::optional<FeedbackCategory> category(const QString &code);

signals:
    void feedbackChanged();

private:
    const Clock &m_clock;
    FeedbackRepository m_repository;
};

} // namespace salesdesk
