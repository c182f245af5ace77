#include "core/customers/feedback.h"

#include "core/pipeline/pipelinetypes.h"
#include "core/storage/database.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

Satisfaction satisfactionOf(const QList<Feedback> &feedback)
{
    Satisfaction s;
    int scoreSum = 0;
    int promoters = 0;
    int detractors = 0;
    for (const auto &f : feedback) {
        ++s.entries;
        scoreSum += f.satisfaction;
        if (f.nps) {
            ++s.npsEntries;
            promoters += *f.nps >= 9 ? 1 : 0;
            detractors += *f.nps <= 6 ? 1 : 0;
        }
    }
    s.csat = s.entries > 0 ? double(scoreSum) / s.entries : 0.0;
    s.nps = s.npsEntries > 0 ? double(promoters - detractors) / s.npsEntries : 0.0;
    return s;
}

QList<MonthlySatisfaction> satisfactionByMonth(const QList<Feedback> &feedback, const QDate &first,
                                               int months)
{
    const QDate start(first.year(), first.month(), 1);
    QList<QList<Feedback>> buckets(std::max(months, 0));
    for (const auto &f : feedback) {
        const int index
                = (f.receivedOn.year() - start.year()) * 12 + f.receivedOn.month() - start.month();
        if (index >= 0 && index < buckets.size()) {
            buckets[index].append(f);
        }
    }
    QList<MonthlySatisfaction> result;
    result.reserve(buckets.size());
    for (int i = 0; i < buckets.size(); ++i) {
        result.append({start.addMonths(i), satisfactionOf(buckets[i])});
    }
    return result;
}

FeedbackService::FeedbackService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_repository(db.connection())
{ }

QString FeedbackService::code(FeedbackCategory c)
{
    switch (c) {
    case FeedbackCategory::Product:
        return u"product"_s;
    case FeedbackCategory::Service:
        return u"service"_s;
    case FeedbackCategory::Price:
        return u"price"_s;
    case FeedbackCategory::Delivery:
        return u"delivery"_s;
    case FeedbackCategory::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<FeedbackCategory> FeedbackService::category(const QString &code)
{
    for (auto c : {FeedbackCategory::Product, FeedbackCategory::Service, FeedbackCategory::Price,
                   FeedbackCategory::Delivery, FeedbackCategory::Other}) {
        if (FeedbackService::code(c) == code) {
            return c;
        }
    }
    return std::nullopt;
}

QStringList FeedbackService::validate(const Feedback &f)
{
    QStringList problems;
    if (f.customerId <= 0) {
        problems.append(tr("Feedback belongs to a customer."));
    }
    if (!f.receivedOn.isValid()) {
        problems.append(tr("Feedback needs the date it was received."));
    }
    if (f.satisfaction < 1 || f.satisfaction > 5) {
        problems.append(tr("Satisfaction is scored from 1 to 5."));
    }
    if (f.nps && (*f.nps < 0 || *f.nps > 10)) {
        problems.append(tr("The recommendation score is from 0 to 10."));
    }
    return problems;
}

Result<qint64> FeedbackService::add(const Feedback &f, const QDateTime &at)
{
    if (const auto problems = validate(f); !problems.isEmpty()) {
        return Error::user(problems.first());
    }
    auto id = m_repository.insert(f, at.isValid() ? at : m_clock.nowUtc());
    if (id) {
        emit feedbackChanged();
    }
    return id;
}

Status FeedbackService::update(const Feedback &f)
{
    if (const auto problems = validate(f); !problems.isEmpty()) {
        return Error::user(problems.first());
    }
    if (auto st = m_repository.update(f); !st) {
        return st;
    }
    emit feedbackChanged();
    return {};
}

Result<Feedback> FeedbackService::entry(qint64 id) const
{
    return m_repository.entry(id, Error::user(tr("There is no feedback #%1.").arg(id)));
}

Status FeedbackService::remove(qint64 id)
{
    if (auto st = m_repository.remove(id); !st) {
        return st;
    }
    emit feedbackChanged();
    return {};
}

Result<QList<Feedback>> FeedbackService::feedback(const QDate &from, const QDate &to,
                                                  qint64 customerId) const
{
    return m_repository.feedback(from, to, customerId);
}

QString FeedbackService::name(FeedbackCategory c)
{
    switch (c) {
    case FeedbackCategory::Product:
        return tr("Product");
    case FeedbackCategory::Service:
        return tr("Service");
    case FeedbackCategory::Price:
        return tr("Price");
    case FeedbackCategory::Delivery:
        return tr("Delivery");
    case FeedbackCategory::Other:
        return tr("Other");
    }
    return {};
}

QList<FeedbackCategory> FeedbackService::categories()
{
    return {FeedbackCategory::Product, FeedbackCategory::Service, FeedbackCategory::Price,
            FeedbackCategory::Delivery, FeedbackCategory::Other};
}

QStringList FeedbackService::channels()
{
    return {u"call"_s, u"visit"_s, u"email"_s, u"wechat"_s, u"survey"_s, u"other"_s};
}

QString FeedbackService::channelName(const QString &code)
{
    if (code == "call"_L1) {
        return tr("Phone call");
    }
    if (code == "visit"_L1) {
        return tr("Visit");
    }
    if (code == "email"_L1) {
        return tr("Email");
    }
    if (code == "wechat"_L1) {
        return tr("WeChat");
    }
    if (code == "survey"_L1) {
        return tr("Survey");
    }
    return tr("Other");
}

Result<Satisfaction> FeedbackService::satisfaction(const QDate &from, const QDate &to,
                                                   qint64 customerId) const
{
    auto entries = feedback(from, to, customerId);
    if (!entries) {
        return entries.error();
    }
    return satisfactionOf(*entries);
}

Result<qint64> FeedbackRepository::insert(const Feedback &f, const QDateTime &createdAt)
{
    SqlQuery q(m_statements,
               insertStatement(u"feedback"_s,
                               u"customer_id, received_on, contact, channel, category, "
                               "satisfaction, nps, text, action, action_owner_id, "
                               "action_status, created_at"_s,
                               f.id > 0));
    q.bind(f.customerId).bind(toStoredDate(f.receivedOn)).bindText(f.contact).bindText(f.channel);
    q.bind(FeedbackService::code(f.category)).bind(f.satisfaction);
    q.bind(f.nps ? QVariant(*f.nps) : QVariant()).bindText(f.text).bindText(f.action);
    q.bind(f.actionOwnerId > 0 ? QVariant(f.actionOwnerId) : QVariant());
    q.bind(f.action.isEmpty() ? QVariant() : QVariant(f.actionDone ? u"done"_s : u"open"_s));
    q.bind(toStoredTime(createdAt));
    if (f.id > 0) {
        q.bind(f.id);
    }
    return q.insert(f.id);
}

Status FeedbackRepository::update(const Feedback &f)
{
    SqlQuery q(m_statements,
               u"UPDATE feedback SET customer_id = ?, received_on = ?, contact = ?, channel = ?, "
               "category = ?, satisfaction = ?, nps = ?, text = ?, action = ?, "
               "action_owner_id = ?, action_status = ? WHERE id = ?"_s);
    q.bind(f.customerId).bind(toStoredDate(f.receivedOn)).bindText(f.contact).bindText(f.channel);
    q.bind(FeedbackService::code(f.category)).bind(f.satisfaction);
    q.bind(f.nps ? QVariant(*f.nps) : QVariant()).bindText(f.text).bindText(f.action);
    q.bind(f.actionOwnerId > 0 ? QVariant(f.actionOwnerId) : QVariant());
    q.bind(f.action.isEmpty() ? QVariant() : QVariant(f.actionDone ? u"done"_s : u"open"_s));
    q.bind(f.id);
    return q.exec();
}

const QString FeedbackRepository::Columns
        = u"id, customer_id, received_on, contact, channel, category, satisfaction, nps, text, "
          "action, action_owner_id, action_status"_s;

Feedback FeedbackRepository::read(SqlQuery &row)
{
    Feedback f;
    f.id = row.value(0).toLongLong();
    f.customerId = row.value(1).toLongLong();
    f.receivedOn = fromStoredDate(row.value(2).toString());
    f.contact = row.value(3).toString();
    f.channel = row.value(4).toString();
    f.category
            = FeedbackService::category(row.value(5).toString()).value_or(FeedbackCategory::Other);
    f.satisfaction = row.value(6).toInt();
    if (!row.value(7).isNull()) {
        f.nps = row.value(7).toInt();
    }
    f.text = row.value(8).toString();
    f.action = row.value(9).toString();
    f.actionOwnerId = row.value(10).toLongLong();
    f.actionDone = row.value(11).toString() == u"done";
    return f;
}

Result<Feedback> FeedbackRepository::entry(qint64 id, const Error &missing) const
{
    SqlQuery q(m_statements, u"SELECT "_s + Columns + u" FROM feedback WHERE id = ?"_s);
    q.bind(id);
    return q.one(read, missing);
}

Status FeedbackRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM feedback WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<QList<Feedback>> FeedbackRepository::feedback(const QDate &from, const QDate &to,
                                                     qint64 customerId) const
{
    SqlQuery q(m_statements, feedbackStatement(from, to, customerId));
    return q.all(read);
}

SqlStatement FeedbackRepository::feedbackStatement(const QDate &from, const QDate &to,
                                                   qint64 customerId)
{
    SqlStatement statement {
            u"SELECT "_s + Columns + u" FROM feedback WHERE received_on >= ? AND received_on <= ?"_s
                    + (customerId > 0 ? u" AND customer_id = ?"_s : QString())
                    + u" ORDER BY received_on, id"_s,
            {toStoredDate(from), toStoredDate(to)}};
    if (customerId > 0) {
        statement.values.append(customerId);
    }
    return statement;
}

} // namespace salesdesk
