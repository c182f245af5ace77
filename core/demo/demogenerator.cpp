#include "core/demo/demogenerator.h"

#include "core/book/book.h"
#include "core/customers/customerrepository.h"
#include "core/demo/demowords.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/team/teamrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

using namespace demo;

namespace {

// Monthly seasonality of new deals for a Chinese small business: quiet around the Spring
// Festival (Feb) and the October Golden Week, busy before mid-year and year-end closing.
constexpr std::array<double, 12> MonthWeight
        = {0.90, 0.60, 1.10, 1.10, 1.00, 1.15, 0.90, 0.90, 1.10, 0.85, 1.20, 1.25};
constexpr double AnnualGrowth = 1.18;

// Mean days a deal stays in each built-in stage and the chance it moves on from there
// (from the last stage: the chance it is won).
constexpr std::array<double, 5> MeanDwellDays = {6, 9, 12, 15, 12};
constexpr std::array<double, 5> AdvanceChance = {0.72, 0.70, 0.60, 0.70, 0.72};

// Customers are written this many at a time.
constexpr qsizetype PendingRows = 4096;

class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_gen(seed)
    { }
    double uniform() { return m_gen.generateDouble(); }
    int below(int n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        // Box–Muller; deterministic for a seed on every platform.
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    double exponential(double mean) { return -mean * std::log(std::max(1.0 - uniform(), 1e-12)); }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[size_t(below(int(N)))];
    }

private:
    QRandomGenerator m_gen;
};

QString en(const Name &n)
{
    return QString::fromUtf8(n.en);
}

int pickWeighted(Rng &rng, const QList<double> &cumulative)
{
    const double u = rng.uniform() * cumulative.last();
    return int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), u) - cumulative.cbegin());
}

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generate(const QString &path, const Options &options,
                                                       const Progress &progress)
{
    if (options.deals < 0 || options.deals > 10'000'000) {
        return Error::user(tr("The number of deals must be between 0 and 10,000,000."));
    }
    if (options.years < 1 || options.years > 20) {
        return Error::user(tr("The number of years must be between 1 and 20."));
    }
    const bool zh = options.language == u"zh_CN";
    const QString company = !options.companyName.isEmpty() ? options.companyName
                            : zh                           ? u"明星贸易有限公司"_s
                                                           : u"Bright Star Trading Co."_s;
    // The demo's today, fixed for everything written: the book's clock reads 10:00 UTC of it.
    Options o = options;
    o.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const Clock clock = Clock::fixedAt(QDateTime(o.asOf, QTime(10, 0), QTimeZone::utc()));
    // Made under a temporary name beside the target and renamed once whole: a demo stopped
    // half-way (killed, the disk full) never leaves a half-made book under the user's name.
    const QFileInfo target(path);
    if (target.exists()) {
        return Error::user(tr("“%1” already exists; SalesDesk will not overwrite it.")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    const QString building = target.absoluteDir().filePath(
            u".%1.%2.part"_s.arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    auto created = Book::create(building, {company, options.currency, clock.nowUtc()}, clock);
    if (!created) {
        return created.error();
    }
    Book &book = **created;
    // A new file that is deleted unless finished needs no journal while it is filled, and the
    // indexes of the big tables are made once their rows are in.
    Database &db = book.database();
    const auto indexes
            = db.setBulkLoading(true).ok()
                      ? db.dropIndexes({u"customers"_s, u"contacts"_s, u"deals"_s,
                                        u"deal_stage_history"_s, u"deal_competitors"_s,
                                        u"activities"_s})
                      : Result<QStringList>(Error::internal(tr("Could not prepare the new file.")));
    // The generator writes every customer, rep and stage before the rows that refer to them:
    // looking each up again (a customer among 400,000 for each deal, activity, segment and
    // feedback) is skipped until the book is made. Its books pass the foreign-key check (the
    // demo's tests run it).
    const Status prepared = indexes ? db.setForeignKeyChecks(false) : Status(indexes.error());
    auto result = prepared ? fill(book, o, progress) : Result<Summary>(prepared.error());
    if (result) {
        if (auto st = db.makeIndexes(*indexes); !st) {
            result = st.error();
        }
    }
    if (result) {
        // The deals, customers and reps were written past the services: read them in.
        if (auto st = book.reload(); !st) {
            result = st.error();
        } else if (auto targets = addTargets(book, o, result.value()); !targets) {
            result = targets.error();
        } else if (auto care = addCustomerCare(book, o, result.value()); !care) {
            result = care.error();
        } else if (auto team = addTeam(book, o); !team) {
            result = team.error();
        } else if (auto market = addMarket(book, o); !market) {
            result = market.error();
        } else if (auto reloaded = book.reload(); !reloaded) {
            // The team's hand-overs wrote past the services: the scorecards read them in.
            result = reloaded.error();
        } else if (auto evaluation = addEvaluation(book, o); !evaluation) {
            result = evaluation.error();
        }
    }
    if (auto st = db.setForeignKeyChecks(true); !st && result) {
        result = st.error();
    }
    if (result) {
        if (auto st = db.setBulkLoading(false); !st) {
            result = st.error();
        }
    }
    const QString file = book.path();
    created.value().reset(); // closed: the journal written into the file
    if (result && !QFile::rename(file, target.absoluteFilePath())) {
        result = Error::user(tr("Could not write “%1”.")
                                     .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    if (!result) {
        // Leave nothing half-made behind.
        for (const auto &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(file + suffix);
        }
    }
    return result;
}

Result<DemoGenerator::Summary> DemoGenerator::fill(Book &book, const Options &options,
                                                   const Progress &progress)
{
    const QDateTime now = book.clock().nowUtc();
    const QSqlDatabase conn = book.database().connection();
    const bool zh = options.language == u"zh_CN";
    const auto text = [zh](const Name &n) {
        return QString::fromUtf8(zh ? n.zh : n.en);
    };
    StageRepository stageRepo(conn);
    TeamRepository team(conn);
    CustomerRepository customers(conn);
    DealRepository deals(conn);
    ActivityRepository activities(conn);

    auto stages = stageRepo.stages();
    auto reasons = stageRepo.lostReasons();
    if (!stages || !reasons) {
        return !stages ? stages.error() : reasons.error();
    }
    QHash<QString, qint64> reasonIds;
    for (const auto &r : *reasons) {
        reasonIds.insert(r.code, r.id);
    }

    Rng rng(options.seed);
    Summary summary;
    Transaction tx(conn);

    const QDateTime firstDay = now.addDays(-365 * options.years);

    // Reps: 5 to 8, each with a skill that tilts their win chances and deal sizes.
    const int repCount = 5 + rng.below(4);
    QList<qint64> repIds;
    QList<double> repSkill;
    QList<double> repCumulative;
    for (int i = 0; i < repCount; ++i) {
        Rep rep;
        rep.name = text(RepNames[size_t(i)]);
        rep.createdAt = firstDay;
        auto id = team.insertRep(rep);
        if (!id) {
            return id.error();
        }
        repIds.append(*id);
        repSkill.append(0.85 + 0.3 * rng.uniform());
        repCumulative.append((repCumulative.isEmpty() ? 0 : repCumulative.last()) + 0.6
                             + rng.uniform());
    }
    summary.reps = repCount;

    // Customers: about 40 per 100 deals, some far busier than others.
    const int customerCount = std::max(1, int(std::lround(options.deals * 0.4)));
    auto firstCustomerId = customers.nextId();
    if (!firstCustomerId) {
        return firstCustomerId.error();
    }
    // Each customer's word (its short name) and the names taken, both as indexes into the
    // lists: a million-deal demo has 400,000 customers and only 3,840 different names.
    QList<quint8> customerWords;
    customerWords.reserve(customerCount);
    QSet<int> usedNames;
    // Written a few thousand at a time, many rows to a statement.
    QList<Customer> pendingCustomers;
    for (int i = 0; i < customerCount; ++i) {
        // Drawn as rng.pick() would, kept as indexes.
        const int wordAt = rng.below(int(Words.size()));
        const int cityAt = rng.below(int(Cities.size()));
        const int tradeAt = rng.below(int(Trades.size()));
        const Name &word = Words[size_t(wordAt)];
        const Name &city = Cities[size_t(cityAt)];
        const Name &trade = Trades[size_t(tradeAt)];
        QString name = zh ? text(city) + text(word) + text(trade) + u"有限公司"_s
                          : u"%1 %2 %3 Co., Ltd."_s.arg(en(city), en(word), en(trade));
        const int nameIndex = (cityAt * int(Words.size()) + wordAt) * int(Trades.size()) + tradeAt;
        if (usedNames.contains(nameIndex)) {
            name += zh ? u"（%1）"_s.arg(i + 1) : u" (%1)"_s.arg(i + 1);
        }
        customerWords.append(quint8(wordAt));
        usedNames.insert(nameIndex);
        const Name &surname = rng.pick(Surnames);
        const Name &given = rng.pick(GivenNames);
        Customer c;
        c.id = *firstCustomerId + i;
        c.name = name;
        c.contactPerson = zh ? QString(text(surname) + text(given))
                             : QString(en(surname) + u' ' + en(given));
        c.phone = u"1%1%2 %3 %4"_s.arg(3 + rng.below(7))
                          .arg(rng.below(10))
                          .arg(1000 + rng.below(9000))
                          .arg(1000 + rng.below(9000));
        // Unique per customer, as company addresses are: the import matches customers by email.
        c.email = en(given).toLower() + u'.' + en(surname).toLower() + u'@' + en(word).toLower()
                  + QString::number(i + 1) + u".example.cn"_s;
        c.createdAt = firstDay.addSecs(qint64(rng.uniform() * 86400.0 * 365 * options.years));
        pendingCustomers.append(std::move(c));
        if (pendingCustomers.size() == PendingRows || i + 1 == customerCount) {
            if (auto st = customers.insertMany(pendingCustomers); !st) {
                return st.error();
            }
            pendingCustomers.clear();
        }
    }
    summary.customers = customerCount;

    // Creation times: weighted by month and growing year on year, sorted so ids follow time.
    QList<double> dayCumulative;
    const int spanDays = int(firstDay.daysTo(now));
    dayCumulative.reserve(spanDays);
    for (int d = 0; d < spanDays; ++d) {
        const QDate day = firstDay.date().addDays(d);
        const double weekday = day.dayOfWeek() >= 6 ? 0.25 : 1.0;
        const double w = MonthWeight[size_t(day.month() - 1)] * weekday
                         * std::pow(AnnualGrowth, double(d) / 365.0);
        dayCumulative.append((dayCumulative.isEmpty() ? 0 : dayCumulative.last()) + w);
    }
    QList<QDateTime> createdTimes;
    createdTimes.reserve(options.deals);
    for (int i = 0; i < options.deals; ++i) {
        const int day = std::min(pickWeighted(rng, dayCumulative), spanDays - 1);
        const int seconds = 3600 + rng.below(9 * 3600); // 09:00–18:00 Beijing time
        // Qt::UTC rather than the UTC zone: such a QDateTime is kept in place, not on the heap
        // (a million of them).
        createdTimes.append(
                QDateTime(firstDay.date().addDays(day), QTime(0, 0).addSecs(seconds), Qt::UTC));
    }
    std::sort(createdTimes.begin(), createdTimes.end());

    const QList<double> reasonCumulative = {30, 55, 70, 85, 95, 100};
    const std::array<QString, 6> reasonCodes = {u"price"_s,       u"competitor"_s, u"no_budget"_s,
                                                u"no_decision"_s, u"timing"_s,     u"other"_s};
    const QList<double> sourceCumulative = {25, 45, 60, 72, 95, 100};
    const std::array<DealSource, 6> sources
            = {DealSource::Referral, DealSource::Website,          DealSource::Exhibition,
               DealSource::ColdCall, DealSource::ExistingCustomer, DealSource::Other};
    const int stageCount = int(std::min<qsizetype>(stages->size(), MeanDwellDays.size()));
    // Activities are due on the half hour of a few thousand days: each local time is made once
    // (making one asks the C library for the zone, which reads the zone file's status each time).
    QHash<qint64, QDateTime> wallTimes;
    const auto wallTime = [&wallTimes](const QDate &day, const QTime &time) {
        const qint64 key = day.toJulianDay() * 1440 + time.msecsSinceStartOfDay() / 60000;
        auto at = wallTimes.constFind(key);
        if (at == wallTimes.cend()) {
            at = wallTimes.insert(key, QDateTime(day, time));
        }
        return *at;
    };

    // Deals with their history and activities, written a thousand deals at a time.
    auto firstDealId = deals.nextId();
    if (!firstDealId) {
        return firstDealId.error();
    }
    QList<Deal> pendingDeals;
    QList<StageChange> pendingHistory;
    QList<Activity> pendingActivities;
    const auto flush = [&]() -> Status {
        if (auto st = deals.insertMany(pendingDeals); !st) {
            return st;
        }
        if (auto st = deals.appendHistoryMany(pendingHistory); !st) {
            return st;
        }
        if (auto st = activities.insertMany(pendingActivities); !st) {
            return st;
        }
        pendingDeals.clear();
        pendingHistory.clear();
        pendingActivities.clear();
        return {};
    };
    for (int i = 0; i < options.deals; ++i) {
        const int repIndex = pickWeighted(rng, repCumulative);
        const double skill = repSkill[repIndex];
        const auto &product = rng.pick(Products);
        Deal d;
        d.id = *firstDealId + i;
        const int customerIndex
                = std::min(customerCount - 1, int(customerCount * std::pow(rng.uniform(), 1.6)));
        d.customerId = *firstCustomerId + customerIndex;
        d.ownerId = repIds[repIndex];
        d.product = text(product.name);
        d.currency = options.currency;
        d.source = sources[size_t(pickWeighted(rng, sourceCumulative))];
        if (rng.chance(0.4)) {
            d.competitors = {text(rng.pick(Competitors))};
        }
        const double major = product.typicalValue * std::exp(0.45 * rng.normal()) * skill;
        d.valueMinor = std::max<qint64>(1, std::llround(major / 100.0)) * 100 * 100;
        d.createdAt = createdTimes[i];

        // Walk the stages until the deal is won, lost or reaches today.
        QList<StageChange> history;
        int stage = rng.chance(0.85) ? 0 : 1;
        QDateTime t = d.createdAt;
        history.append({0, 0, stages->at(stage).id, DealStatus::Open, t});
        DealStatus outcome = DealStatus::Open;
        while (true) {
            const double dwell = rng.exponential(MeanDwellDays[size_t(stage)]) + 0.5;
            const QDateTime next = t.addSecs(qint64(dwell * 86400.0));
            if (next > now) {
                break;
            }
            t = next;
            const double advance = std::min(0.95, AdvanceChance[size_t(stage)] * skill);
            if (!rng.chance(advance)) {
                outcome = DealStatus::Lost;
            } else if (stage + 1 >= stageCount) {
                outcome = DealStatus::Won;
            } else {
                ++stage;
                history.append({0, 0, stages->at(stage).id, DealStatus::Open, t});
                continue;
            }
            history.append({0, 0, stages->at(stage).id, outcome, t});
            break;
        }
        d.stageId = stages->at(stage).id;
        d.status = outcome;
        d.stageEnteredAt = history.last().enteredAt;
        d.updatedAt = d.stageEnteredAt;
        int cycleDays = 0;
        for (int s = stage; s < stageCount; ++s) {
            cycleDays += int(MeanDwellDays[size_t(s)]);
        }
        if (outcome == DealStatus::Open) {
            d.expectedClose = now.date().addDays(cycleDays / 2 + rng.below(cycleDays + 10));
            d.nextStep = text(rng.pick(NextSteps));
            d.nextStepDate = now.date().addDays(rng.below(18) - 4);
            if (rng.chance(0.1)) {
                d.probability = std::clamp(stages->at(stage).probability + 10 * (rng.below(3) - 1),
                                           5, 95);
            }
        } else {
            d.closedAt = d.stageEnteredAt;
            d.expectedClose = d.closedAt.date().addDays(rng.below(21) - 10);
            if (d.expectedClose < d.createdAt.date()) {
                d.expectedClose = d.createdAt.date();
            }
        }
        if (outcome == DealStatus::Lost) {
            const QString code = reasonCodes[size_t(pickWeighted(rng, reasonCumulative))];
            d.lostReasonId = reasonIds.value(code);
            if (code == u"competitor" && d.competitors.isEmpty()) {
                d.competitors = {text(rng.pick(Competitors))};
            }
        } else if (outcome == DealStatus::Won) {
            const qint64 age = d.closedAt.daysTo(now);
            d.serviceStatus = age < 30                   ? ServiceStatus::Onboarding
                              : (age > 330 && age < 395) ? ServiceStatus::RenewalDue
                              : rng.chance(0.08)         ? ServiceStatus::Issue
                                                         : ServiceStatus::Active;
        }
        d.title = d.product + (zh ? u"－"_s : u" – "_s) + text(Words[customerWords[customerIndex]]);
        for (auto &h : history) {
            h.dealId = d.id;
        }
        pendingHistory.append(history);

        // Activities: one done at each step, an upcoming one (sometimes overdue) for open deals.
        for (qsizetype h = 0; h < history.size(); ++h) {
            if (h > 0 && rng.chance(0.35)) {
                continue;
            }
            Activity a;
            a.kind = PipelineText::activityKinds().at(rng.below(5));
            a.subject
                    = text(ActivitySubjects[size_t(std::min<qsizetype>(h * 2 + rng.below(2), 8))]);
            // Planned in Beijing wall time, stored without a zone.
            const QDate day = history[h].enteredAt.addSecs(3600 * (8 + rng.below(30))).date();
            a.dueAt = wallTime(day, QTime(9 + rng.below(9), rng.below(2) * 30));
            if (a.dueAt.date() > now.date()) {
                continue;
            }
            a.done = true;
            a.doneAt = history[h].enteredAt.addSecs(3600 * 2);
            a.outcome = h + 1 < history.size() ? (zh ? u"推进到下一阶段"_s : u"Moved forward"_s)
                                               : QString();
            a.dealId = d.id;
            a.customerId = d.customerId;
            a.repId = d.ownerId;
            a.createdAt = history[h].enteredAt;
            pendingActivities.append(std::move(a));
            ++summary.activities;
        }
        if (outcome == DealStatus::Open) {
            Activity a;
            a.kind = PipelineText::activityKinds().at(rng.below(6));
            a.subject = d.nextStep;
            a.dueAt = wallTime(d.nextStepDate, QTime(9 + rng.below(9), rng.below(2) * 30));
            a.done = false;
            a.dealId = d.id;
            a.customerId = d.customerId;
            a.repId = d.ownerId;
            a.createdAt = d.stageEnteredAt;
            pendingActivities.append(std::move(a));
            ++summary.activities;
        }
        pendingDeals.append(std::move(d));
        ++summary.deals;
        if (i % 1000 == 999 || i + 1 == options.deals) {
            if (auto st = flush(); !st) {
                return st.error();
            }
            if (progress && !progress(i + 1, options.deals)) {
                return Error::user(tr("Cancelled."));
            }
        }
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return summary;
}

} // namespace salesdesk
