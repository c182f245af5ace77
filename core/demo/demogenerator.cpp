#include "demogenerator.h"

#include "pipeline/pipelinerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

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

struct Product
{
    const char *name;
    double typicalValue; // in major units
};
constexpr std::array<Product, 7> Products = {{
        {"ERP licence", 120000},
        {"Cloud subscription", 36000},
        {"Implementation service", 80000},
        {"Support contract", 24000},
        {"Hardware bundle", 60000},
        {"Training package", 15000},
        {"Data migration", 45000},
}};

constexpr std::array<const char *, 12> RepNames
        = {"Zhang Wei", "Li Na",     "Wang Fang", "Liu Yang", "Chen Jie",  "Zhao Min",
           "Huang Lei", "Zhou Ting", "Wu Hao",    "Xu Jing",  "Sun Qiang", "Ma Lin"};
constexpr std::array<const char *, 16> Cities = {
        "Hangzhou", "Suzhou",  "Ningbo", "Shanghai",  "Nanjing",  "Wuxi",    "Hefei",   "Xiamen",
        "Fuzhou",   "Qingdao", "Jinan",  "Changzhou", "Shaoxing", "Wenzhou", "Jiaxing", "Yangzhou"};
constexpr std::array<const char *, 24> Words = {
        "Lianxin", "Huamei", "Jinda",   "Ruifeng", "Hengtai", "Xinyuan",   "Tianhe",   "Guangming",
        "Boyuan",  "Dexin",  "Haitong", "Jiahe",   "Kaida",   "Longsheng", "Mingyang", "Qiming",
        "Shengda", "Tongli", "Weiye",   "Xingfa",  "Yida",    "Zhongke",   "Anxin",    "Fuyuan"};
constexpr std::array<const char *, 10> Trades
        = {"Trading",     "Technology", "Manufacturing", "Logistics", "Foods",
           "Electronics", "Textiles",   "Retail",        "Machinery", "Packaging"};
constexpr std::array<const char *, 20> Surnames
        = {"Wang", "Li",  "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
           "Xu",   "Sun", "Hu",    "Zhu", "Gao",  "Lin",  "He",   "Guo",   "Ma",   "Luo"};
constexpr std::array<const char *, 20> GivenNames
        = {"Wei",  "Fang", "Min", "Jing", "Lei", "Yan",  "Jun",  "Hui",  "Qiang", "Ping",
           "Gang", "Li",   "Xia", "Tao",  "Bin", "Hong", "Ying", "Peng", "Mei",   "Chao"};
constexpr std::array<const char *, 5> Competitors
        = {"Kingsoft Solutions", "Yonghui Systems", "Orient Cloud", "Pinnacle Software",
           "Local reseller"};
constexpr std::array<const char *, 8> NextSteps
        = {"Send revised quotation",   "Schedule product demo",    "Call to confirm budget",
           "Visit the plant",          "Prepare contract draft",   "Follow up on trial feedback",
           "Meet the finance manager", "Send reference case study"};
constexpr std::array<const char *, 9> ActivitySubjects
        = {"Intro call",      "Needs workshop",         "On-site visit",
           "Product demo",    "Send proposal by email", "Price negotiation meeting",
           "Contract review", "Kick-off meeting",       "Follow-up call"};

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

QString qs(const char *latin1)
{
    return QString::fromLatin1(latin1);
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
    auto created = Database::create(path, {options.companyName, options.currency});
    if (!created) {
        return created.error();
    }
    auto result = fill(**created, options, progress);
    if (!result) {
        // Leave nothing half-made behind.
        const QString file = created.value()->path();
        created.value().reset();
        for (const auto &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(file + suffix);
        }
    }
    return result;
}

Result<DemoGenerator::Summary> DemoGenerator::fill(Database &db, const Options &options,
                                                   const Progress &progress)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QDateTime now(asOf, QTime(10, 0), QTimeZone::utc());
    const QSqlDatabase conn = db.connection();
    BookRepository book(conn);
    StageRepository stageRepo(conn);
    PartyRepository parties(conn);
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
    if (auto st = book.setProperty(u"created_at"_s, toStoredTime(now)); !st) {
        return st.error();
    }

    const QDateTime firstDay = now.addDays(-365 * options.years);

    // Reps: 5 to 8, each with a skill that tilts their win chances and deal sizes.
    const int repCount = 5 + rng.below(4);
    QList<qint64> repIds;
    QList<double> repSkill;
    QList<double> repCumulative;
    for (int i = 0; i < repCount; ++i) {
        auto id = parties.insertRep({0, qs(RepNames[size_t(i)]), true}, firstDay);
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
    QList<qint64> customerIds;
    QStringList customerShortNames;
    customerIds.reserve(customerCount);
    QSet<QString> usedNames;
    for (int i = 0; i < customerCount; ++i) {
        const QString word = qs(rng.pick(Words));
        QString name
                = u"%1 %2 %3 Co., Ltd."_s.arg(qs(rng.pick(Cities)), word, qs(rng.pick(Trades)));
        if (usedNames.contains(name)) {
            name = u"%1 %2 %3 Co., Ltd. (%4)"_s
                           .arg(qs(rng.pick(Cities)), word, qs(rng.pick(Trades)))
                           .arg(i + 1);
        }
        customerShortNames.append(word);
        usedNames.insert(name);
        const QString surname = qs(rng.pick(Surnames));
        const QString given = qs(rng.pick(GivenNames));
        Customer c;
        c.name = name;
        c.contactPerson = surname + u' ' + given;
        c.phone = u"1%1%2 %3 %4"_s.arg(3 + rng.below(7))
                          .arg(rng.below(10))
                          .arg(1000 + rng.below(9000))
                          .arg(1000 + rng.below(9000));
        c.email = given.toLower() + u'.' + surname.toLower() + u"@example.cn"_s;
        c.createdAt = firstDay.addSecs(qint64(rng.uniform() * 86400.0 * 365 * options.years));
        auto id = parties.insertCustomer(c);
        if (!id) {
            return id.error();
        }
        customerIds.append(*id);
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
        createdTimes.append(QDateTime(firstDay.date().addDays(day), QTime(0, 0), QTimeZone::utc())
                                    .addSecs(seconds));
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

    for (int i = 0; i < options.deals; ++i) {
        const int repIndex = pickWeighted(rng, repCumulative);
        const double skill = repSkill[repIndex];
        const auto &product = rng.pick(Products);
        Deal d;
        const int customerIndex
                = std::min(customerCount - 1, int(customerCount * std::pow(rng.uniform(), 1.6)));
        d.customerId = customerIds[customerIndex];
        d.ownerId = repIds[repIndex];
        d.product = qs(product.name);
        d.currency = options.currency;
        d.source = sources[size_t(pickWeighted(rng, sourceCumulative))];
        if (rng.chance(0.4)) {
            d.competitor = qs(rng.pick(Competitors));
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
            d.nextStep = qs(rng.pick(NextSteps));
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
            if (code == u"competitor" && d.competitor.isEmpty()) {
                d.competitor = qs(rng.pick(Competitors));
            }
        } else if (outcome == DealStatus::Won) {
            const qint64 age = d.closedAt.daysTo(now);
            d.serviceStatus = age < 30                   ? ServiceStatus::Onboarding
                              : (age > 330 && age < 395) ? ServiceStatus::RenewalDue
                              : rng.chance(0.08)         ? ServiceStatus::Issue
                                                         : ServiceStatus::Active;
        }
        d.title = d.product + u" – "_s + customerShortNames[customerIndex];
        auto id = deals.insert(d);
        if (!id) {
            return id.error();
        }
        for (auto &h : history) {
            h.dealId = *id;
            if (auto r = deals.appendHistory(h); !r) {
                return r.error();
            }
        }

        // Activities: one done at each step, an upcoming one (sometimes overdue) for open deals.
        for (qsizetype h = 0; h < history.size(); ++h) {
            if (h > 0 && rng.chance(0.35)) {
                continue;
            }
            Activity a;
            a.kind = PipelineText::activityKinds().at(rng.below(5));
            a.subject = qs(ActivitySubjects[size_t(std::min<qsizetype>(h * 2 + rng.below(2), 8))]);
            // Planned in Beijing wall time, stored without a zone.
            const QDate day = history[h].enteredAt.addSecs(3600 * (8 + rng.below(30))).date();
            a.dueAt = QDateTime(day, QTime(9 + rng.below(9), rng.below(2) * 30));
            if (a.dueAt.date() > now.date()) {
                continue;
            }
            a.done = true;
            a.doneAt = history[h].enteredAt.addSecs(3600 * 2);
            a.outcome = h + 1 < history.size() ? u"Moved forward"_s : QString();
            a.dealId = *id;
            a.customerId = d.customerId;
            a.repId = d.ownerId;
            a.createdAt = history[h].enteredAt;
            if (auto r = activities.insert(a); !r) {
                return r.error();
            }
            ++summary.activities;
        }
        if (outcome == DealStatus::Open) {
            Activity a;
            a.kind = PipelineText::activityKinds().at(rng.below(6));
            a.subject = d.nextStep;
            a.dueAt = QDateTime(d.nextStepDate, QTime(9 + rng.below(9), rng.below(2) * 30));
            a.done = false;
            a.dealId = *id;
            a.customerId = d.customerId;
            a.repId = d.ownerId;
            a.createdAt = d.stageEnteredAt;
            if (auto r = activities.insert(a); !r) {
                return r.error();
            }
            ++summary.activities;
        }
        ++summary.deals;
        if (progress && (i % 1000 == 999 || i + 1 == options.deals)
            && !progress(i + 1, options.deals)) {
            return Error::user(tr("Cancelled."));
        }
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return summary;
}

} // namespace salesdesk
