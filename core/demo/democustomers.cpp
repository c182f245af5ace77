// The demo company's customer care: feedback on won deals, a few customers with their own
// contact cadence, and segments computed a quarter ago and today, so segments, follow-ups and
// satisfaction all have something to show.
#include "core/book/book.h"
#include "core/customers/contacts.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/keydates.h"
#include "core/customers/segmentservice.h"
#include "core/demo/demogenerator.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct Words
{
    const char *en;
    const char *zh;
};

constexpr std::array<Words, 5> Praise = {{
        {"Delivered on time, the team is very responsive.", "交付准时，团队响应很快。"},
        {"Training was clear; staff picked it up quickly.", "培训讲解清楚，员工上手很快。"},
        {"Good value for the price.", "性价比不错。"},
        {"Support answered within the hour.", "技术支持一小时内就回复了。"},
        {"Smooth go-live, no data lost.", "上线顺利，没有丢失数据。"},
}};
constexpr std::array<Words, 4> Complaints = {{
        {"Delivery was two weeks late.", "交付晚了两周。"},
        {"Invoices did not match the quotation.", "发票金额与报价不符。"},
        {"Hard to reach support after hours.", "下班后很难联系到技术支持。"},
        {"Reports are slow with a year of data.", "一年的数据时报表很慢。"},
}};
constexpr std::array<Words, 3> Actions = {{
        {"Call to apologise and agree a fix date", "致电致歉并约定解决日期"},
        {"Send corrected invoice", "寄送更正后的发票"},
        {"Arrange an on-site visit", "安排上门拜访"},
}};
constexpr std::array<const char *, 5> Channels = {"call", "visit", "email", "wechat", "survey"};
constexpr std::array<Words, 6> Industries = {{
        {"Manufacturing", "制造业"},
        {"Wholesale", "批发"},
        {"Retail", "零售"},
        {"Logistics", "物流"},
        {"Food and beverage", "餐饮食品"},
        {"Textiles", "纺织"},
}};
constexpr std::array<Words, 5> Regions = {{
        {"East China", "华东"},
        {"South China", "华南"},
        {"North China", "华北"},
        {"Central China", "华中"},
        {"Southwest", "西南"},
}};
constexpr std::array<Words, 4> Tags = {{
        {"key account", "重点客户"},
        {"price-sensitive", "价格敏感"},
        {"referral source", "转介绍来源"},
        {"multi-site", "多门店"},
}};
constexpr std::array<Words, 4> Roles = {{
        {"Finance manager", "财务经理"},
        {"IT lead", "IT 负责人"},
        {"Purchasing", "采购"},
        {"Operations manager", "运营经理"},
}};
constexpr std::array<Words, 6> SecondNames = {{
        {"Zhou Min", "周敏"},
        {"Wu Lei", "吴磊"},
        {"Xu Jing", "徐静"},
        {"Hu Bin", "胡斌"},
        {"Gao Yan", "高燕"},
        {"Lin Tao", "林涛"},
}};
constexpr std::array<Words, 3> Preferences = {{
        {"Prefers WeChat to phone calls; decisions on Thursdays.",
         "喜欢微信沟通，不太接电话；周四做决定。"},
        {"Asks for printed quotations with the company seal.", "要求盖章的纸质报价单。"},
        {"Busy at month end; call in the first week.", "月底很忙，请在月初第一周联系。"},
}};

} // namespace

// Profiles (industry, region, owner, tags, service notes), a second contact for some
// customers, contract renewals a year after the last won deal and a few birthdays. A generator
// of its own, so the feedback above stays as it was for the same seed.
Status DemoGenerator::addProfiles(Book &book, const Options &options)
{
    const QDate asOf = options.asOf;
    Database &db = book.database();
    const bool zh = options.language == u"zh_CN";
    const auto text = [zh](const Words &w) {
        return QString::fromUtf8(zh ? w.zh : w.en);
    };
    QRandomGenerator rng(options.seed * 104729u + 3u);
    const auto pick = [&rng](int n) {
        return int(rng.bounded(quint32(n)));
    };
    const auto chance = [&rng](double p) {
        return rng.generateDouble() < p;
    };
    CustomerRepository parties(db.connection());
    DealRepository dealRepo(db.connection());
    ContactRepository contacts(db.connection());
    KeyDateRepository keyDates(db.connection());
    // The owner of a customer's first deal looks after the customer; its last won deal is
    // renewed a year later.
    auto marks = dealRepo.customerMarks();
    if (!marks) {
        return marks.error();
    }
    const auto writeProfile = [&](Customer c) -> Status {
        c.industry = text(Industries[size_t(pick(int(Industries.size())))]);
        c.region = text(Regions[size_t(pick(int(Regions.size())))]);
        const DealRepository::CustomerMarks mark = marks->value(c.id);
        c.ownerId = mark.firstOwnerId;
        if (chance(0.3)) {
            c.tags = {text(Tags[size_t(pick(int(Tags.size())))])};
        }
        if (chance(0.15)) {
            c.serviceNotes = text(Preferences[size_t(pick(int(Preferences.size())))]);
        }
        if (auto st = parties.updateProfile(c); !st) {
            return st;
        }
        if (chance(0.3)) {
            Contact second;
            second.customerId = c.id;
            second.name = text(SecondNames[size_t(pick(int(SecondNames.size())))]);
            second.role = text(Roles[size_t(pick(int(Roles.size())))]);
            second.phone = u"1%1%2 %3 %4"_s.arg(3 + pick(7))
                                   .arg(pick(10))
                                   .arg(1000 + pick(9000))
                                   .arg(1000 + pick(9000));
            second.wechat = u"wx_%1"_s.arg(100000 + pick(900000));
            second.createdAt = c.createdAt;
            if (auto id = contacts.insert(second); !id) {
                return id.error();
            }
        }
        if (const QDate won = mark.lastWonAt.date(); won.isValid() && won.addYears(1) >= asOf) {
            KeyDate renewal;
            renewal.customerId = c.id;
            renewal.kind = KeyDate::Kind::Renewal;
            renewal.date = won.addYears(1);
            renewal.remindDays = 30;
            if (auto id = keyDates.insert(renewal); !id) {
                return id.error();
            }
        }
        if (chance(0.08)) {
            KeyDate birthday;
            birthday.customerId = c.id;
            birthday.kind = KeyDate::Kind::Birthday;
            birthday.date = QDate(1965 + pick(35), 1 + pick(12), 1 + pick(28));
            birthday.yearly = true;
            birthday.note = c.contactPerson;
            if (auto id = keyDates.insert(birthday); !id) {
                return id.error();
            }
        }
        return {};
    };
    Transaction tx(db.connection());
    // A page of customers at a time: a million-deal demo has 400,000 of them.
    constexpr int Page = 5000;
    for (qint64 after = 0;;) {
        auto customers = parties.customers(after, Page);
        if (!customers) {
            return customers.error();
        }
        if (customers->isEmpty()) {
            break;
        }
        after = customers->last().id;
        for (const Customer &c : std::as_const(*customers)) {
            if (auto st = writeProfile(c); !st) {
                return st;
            }
        }
    }
    return tx.commit();
}

Status DemoGenerator::addCustomerCare(Book &book, const Options &options, Summary &summary)
{
    const QDate asOf = options.asOf;
    Database &db = book.database();
    const bool zh = options.language == u"zh_CN";
    const auto text = [zh](const Words &w) {
        return QString::fromUtf8(zh ? w.zh : w.en);
    };
    QRandomGenerator rng(options.seed * 7919u + 17u);
    const auto chance = [&rng](double p) {
        return rng.generateDouble() < p;
    };
    const auto pick = [&rng](int n) {
        return int(rng.bounded(quint32(n)));
    };

    DealRepository deals(db.connection());
    auto won = deals.summaries(DealStatus::Won);
    if (!won) {
        return won.error();
    }
    FeedbackService &feedback = book.feedback();
    Transaction tx(db.connection());
    for (const auto &d : std::as_const(*won)) {
        if (!chance(0.35)) {
            continue;
        }
        Feedback f;
        f.customerId = d.customerId;
        f.receivedOn = d.closedAt.date().addDays(10 + pick(30));
        if (f.receivedOn > asOf) {
            continue;
        }
        // Mostly content; a service issue shows in the score.
        const double u = rng.generateDouble();
        f.satisfaction = d.serviceStatus == ServiceStatus::Issue ? 2 + pick(2)
                         : u < 0.40                              ? 5
                         : u < 0.75                              ? 4
                         : u < 0.90                              ? 3
                         : u < 0.97                              ? 2
                                                                 : 1;
        if (chance(0.6)) {
            static constexpr std::array<std::pair<int, int>, 6> npsRange
                    = {{{0, 0}, {0, 3}, {2, 5}, {5, 7}, {7, 9}, {9, 10}}};
            const auto [low, high] = npsRange[size_t(f.satisfaction)];
            f.nps = low + pick(high - low + 1);
        }
        f.category = std::array {FeedbackCategory::Product, FeedbackCategory::Service,
                                 FeedbackCategory::Price, FeedbackCategory::Delivery,
                                 FeedbackCategory::Other}[size_t(pick(5))];
        f.channel = QString::fromLatin1(Channels[size_t(pick(int(Channels.size())))]);
        if (f.satisfaction >= 4) {
            f.text = text(Praise[size_t(pick(int(Praise.size())))]);
        } else {
            f.text = text(Complaints[size_t(pick(int(Complaints.size())))]);
            f.action = text(Actions[size_t(pick(int(Actions.size())))]);
            f.actionOwnerId = d.ownerId;
            f.actionDone = f.receivedOn.daysTo(asOf) > 14;
        }
        if (auto id = feedback.add(f, QDateTime(f.receivedOn, QTime(10, 0), QTimeZone::utc()));
            !id) {
            return id.error();
        }
        ++summary.feedback;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }

    // A few customers are called more often than their segment asks.
    SegmentService &segments = book.segments();
    for (int i = 1; i <= summary.customers; ++i) {
        if (chance(0.03)) {
            if (auto st = book.customers().setContactCadence(i, chance(0.5) ? 7 : 21); !st) {
                return st;
            }
        }
    }
    if (auto st = addProfiles(book, options); !st) {
        return st;
    }
    // Segments a quarter ago and now: the history shows who moved.
    for (const QDate &on : {asOf.addDays(-91), asOf}) {
        if (auto s = segments.recompute(on); !s) {
            return s.error();
        }
    }
    return {};
}

} // namespace salesdesk
