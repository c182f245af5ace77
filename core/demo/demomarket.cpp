#include "core/book/book.h"
#include "core/demo/demogenerator.h"
#include "core/kpi/kpiservice.h"
#include "core/market/marketservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct Text
{
    const char *en;
    const char *zh;
};

struct CompetitorProfile
{
    Text name; // as the deals name it (DemoGenerator's Competitors)
    Text products;
    Text positioning;
    Text strengths;
    Text weaknesses;
    ThreatLevel threat;
    int sharePermille; // of the market, the last quarter
    int trendPermille; // change a quarter
};

const CompetitorProfile Profiles[] = {
        {{"Kingsoft Solutions", "金软方案"},
         {"Suites for mid-size firms", "中型企业套件"},
         {"Premium, full-service", "高端、全方位服务"},
         {"Brand, reference customers", "品牌、标杆客户"},
         {"Slow to customise, expensive", "定制慢、价格高"},
         ThreatLevel::High,
         170,
         -5},
        {{"Orient Cloud", "东方云"},
         {"Cloud subscriptions", "云订阅"},
         {"Low price, self-service", "低价、自助"},
         {"Price, quick start", "价格、上手快"},
         {"Thin local support", "本地支持薄弱"},
         ThreatLevel::High,
         140,
         6},
        {{"Yonghui Systems", "永辉系统"},
         {"Retail systems", "零售系统"},
         {"Retail specialist", "零售专家"},
         {"Retail know-how", "零售经验"},
         {"Narrow range", "产品线窄"},
         ThreatLevel::Medium,
         90,
         0},
        {{"Pinnacle Software", "巅峰软件"},
         {"Analytics add-ons", "分析插件"},
         {"Technology leader", "技术领先"},
         {"Features", "功能"},
         {"Hard to use", "难以上手"},
         ThreatLevel::Medium,
         70,
         2},
        {{"Local reseller", "本地代理商"},
         {"Resold hardware and licences", "转售硬件和许可"},
         {"Relationships, low margin", "关系型、低毛利"},
         {"Knows the local buyers", "熟悉本地客户"},
         {"No own products", "没有自有产品"},
         ThreatLevel::Low,
         50,
         -2},
};

} // namespace

// The market around the demo company: the five competitors its deals name, profiled; the size
// of its market over the last eight quarters and the competitors' estimated shares; six
// environment factors and the owner's own SWOT points; and the reps' forecast categories of
// the deals expected to close this quarter.
Status DemoGenerator::addMarket(Book &book, const Options &options)
{
    const bool zh = options.language == u"zh_CN";
    const auto text = [zh](const Text &t) {
        return QString::fromUtf8(zh ? t.zh : t.en);
    };
    MarketService &market = book.market();
    for (const CompetitorProfile &p : Profiles) {
        const Competitor *known = market.competitorNamed(text(p.name));
        Competitor c = known ? *known : Competitor {};
        c.name = text(p.name);
        c.products = text(p.products);
        c.positioning = text(p.positioning);
        c.strengths = text(p.strengths);
        c.weaknesses = text(p.weaknesses);
        c.threat = p.threat;
        if (known) {
            if (auto st = market.updateCompetitor(c); !st) {
                return st;
            }
        } else if (auto id = market.addCompetitor(c); !id) {
            return id.error();
        }
    }

    // The last eight finished quarters: a market that grows 2 % a quarter from about 22 times
    // our average quarter (so our share is near 4.5 %, and moves with our own ups and downs),
    // rounded to ¥100,000.
    const int yearStart = book.targets().yearStartMonth();
    Period quarter = Period::containing(Period::Kind::Quarter, options.asOf, yearStart);
    QList<Period> quarters;
    for (int i = 0; i < 8; ++i) {
        quarter = KpiService::previous(quarter);
        quarters.prepend(quarter);
    }
    double average = 0;
    for (const Period &q : std::as_const(quarters)) {
        // The KPI's revenue (finished quarters: counted to their end), without the rest of
        // the report.
        auto revenue = book.targets().measure(Metric::Revenue, TargetScope(), q.start(), q.end());
        if (!revenue) {
            return revenue.error();
        }
        average += double(*revenue) / double(quarters.size());
    }
    for (int i = 0; i < quarters.size(); ++i) {
        const qint64 step = 10000000; // ¥100,000 in fen
        const qint64 size = std::max<qint64>(
                1, std::llround(average / 0.045 * std::pow(1.02, i - 7) / double(step)));
        MarketSize s;
        s.period = quarters[i];
        s.valueMinor = size * step;
        s.source = zh ? u"行业协会季度调查"_s : u"Industry association quarterly survey"_s;
        if (auto id = market.setSize(s); !id) {
            return id.error();
        }
        for (const CompetitorProfile &p : Profiles) {
            const Competitor *c = market.competitorNamed(text(p.name));
            CompetitorShare cs;
            cs.competitorId = c->id;
            cs.period = quarters[i];
            cs.sharePpm = qint64(p.sharePermille - p.trendPermille * (7 - i)) * 1000;
            cs.source = s.source;
            if (auto st = market.setShare(cs); !st) {
                return st;
            }
        }
    }

    struct FactorText
    {
        FactorKind kind;
        Text title;
        int impact;
        int likelihood;
        Horizon horizon;
        int notedDaysAgo;
    };
    const FactorText factors[] = {
            {FactorKind::Technological,
             {"Customers moving to the cloud", "客户向云端迁移"},
             2,
             70,
             Horizon::Medium,
             120},
            {FactorKind::Economic,
             {"Interest rates falling", "利率下行"},
             1,
             60,
             Horizon::Short,
             90},
            {FactorKind::Social,
             {"Younger buyers research online first", "年轻采购者先在网上调研"},
             1,
             90,
             Horizon::Long,
             200},
            {FactorKind::Legal,
             {"New data-protection rules", "新的数据保护法规"},
             -1,
             80,
             Horizon::Short,
             60},
            {FactorKind::Competitors,
             {"Orient Cloud cutting prices", "东方云降价"},
             -2,
             60,
             Horizon::Short,
             30},
            {FactorKind::Suppliers,
             {"Longer hardware lead times", "硬件交货期延长"},
             -1,
             50,
             Horizon::Short,
             45},
    };
    for (const FactorText &t : factors) {
        EnvironmentFactor f;
        f.kind = t.kind;
        f.title = text(t.title);
        f.impact = t.impact;
        f.likelihood = t.likelihood;
        f.horizon = t.horizon;
        f.notedOn = options.asOf.addDays(-t.notedDaysAgo);
        f.reviewOn = f.notedOn.addMonths(6);
        f.source = zh ? u"行业新闻"_s : u"Trade press"_s;
        if (auto id = market.addFactor(f); !id) {
            return id.error();
        }
    }
    const std::pair<SwotKind, Text> points[] = {
            {SwotKind::Strength, {"Fast on-site service", "上门服务快"}},
            {SwotKind::Strength, {"Long-standing customer relationships", "长期稳定的客户关系"}},
            {SwotKind::Weakness, {"Small team, few specialists", "团队小，专家少"}},
            {SwotKind::Weakness, {"Little marketing budget", "市场推广预算少"}},
    };
    // The reps' calls on the open deals expected this quarter: negotiation is a commit,
    // a proposal a best case.
    const Period running = Period::containing(Period::Kind::Quarter, options.asOf, yearStart);
    PipelineService &pipeline = book.pipeline();
    auto open = pipeline.dealSummaries(DealStatus::Open);
    if (!open) {
        return open.error();
    }
    for (const DealSummary &summary : std::as_const(*open)) {
        const Stage *stage = pipeline.stage(summary.stageId);
        if (!stage || !running.contains(summary.expectedClose)
            || (stage->code != u"negotiation" && stage->code != u"proposal")) {
            continue;
        }
        auto d = pipeline.deal(summary.id);
        if (!d) {
            return d.error();
        }
        d->forecastCategory = stage->code == u"negotiation" ? ForecastCategory::Commit
                                                            : ForecastCategory::BestCase;
        if (auto st = pipeline.updateDeal(*d, d->updatedAt); !st) {
            return st;
        }
    }

    int position = 0;
    for (const auto &[kind, t] : points) {
        SwotPoint p;
        p.kind = kind;
        p.text = text(t);
        p.position = position++;
        if (auto id = market.addSwotPoint(p); !id) {
            return id.error();
        }
    }
    return {};
}

} // namespace salesdesk
