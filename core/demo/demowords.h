#pragma once

// The demo company's words: products, reps, customers' names, competitors, next steps and
// activity subjects.

#include <array>

namespace salesdesk::demo {

// Every name in two languages; the same index (and so the same random draw) picks either.
struct Name
{
    const char *en;
    const char *zh;
};

struct Product
{
    Name name;
    double typicalValue; // in major units
};
constexpr std::array<Product, 7> Products = {{
        {{"ERP licence", "ERP 软件许可"}, 120000},
        {{"Cloud subscription", "云服务订阅"}, 36000},
        {{"Implementation service", "实施服务"}, 80000},
        {{"Support contract", "运维支持合同"}, 24000},
        {{"Hardware bundle", "硬件套装"}, 60000},
        {{"Training package", "培训课程包"}, 15000},
        {{"Data migration", "数据迁移"}, 45000},
}};

constexpr std::array<Name, 12> RepNames = {{
        {"Zhang Wei", "张伟"},
        {"Li Na", "李娜"},
        {"Wang Fang", "王芳"},
        {"Liu Yang", "刘洋"},
        {"Chen Jie", "陈杰"},
        {"Zhao Min", "赵敏"},
        {"Huang Lei", "黄磊"},
        {"Zhou Ting", "周婷"},
        {"Wu Hao", "吴浩"},
        {"Xu Jing", "徐静"},
        {"Sun Qiang", "孙强"},
        {"Ma Lin", "马琳"},
}};
constexpr std::array<Name, 16> Cities = {{
        {"Hangzhou", "杭州"},
        {"Suzhou", "苏州"},
        {"Ningbo", "宁波"},
        {"Shanghai", "上海"},
        {"Nanjing", "南京"},
        {"Wuxi", "无锡"},
        {"Hefei", "合肥"},
        {"Xiamen", "厦门"},
        {"Fuzhou", "福州"},
        {"Qingdao", "青岛"},
        {"Jinan", "济南"},
        {"Changzhou", "常州"},
        {"Shaoxing", "绍兴"},
        {"Wenzhou", "温州"},
        {"Jiaxing", "嘉兴"},
        {"Yangzhou", "扬州"},
}};
constexpr std::array<Name, 24> Words = {{
        {"Lianxin", "联信"}, {"Huamei", "华美"},    {"Jinda", "金达"},    {"Ruifeng", "瑞丰"},
        {"Hengtai", "恒泰"}, {"Xinyuan", "新元"},   {"Tianhe", "天和"},   {"Guangming", "光明"},
        {"Boyuan", "博远"},  {"Dexin", "德信"},     {"Haitong", "海通"},  {"Jiahe", "嘉禾"},
        {"Kaida", "凯达"},   {"Longsheng", "隆盛"}, {"Mingyang", "明阳"}, {"Qiming", "启明"},
        {"Shengda", "盛达"}, {"Tongli", "通力"},    {"Weiye", "伟业"},    {"Xingfa", "兴发"},
        {"Yida", "亿达"},    {"Zhongke", "中科"},   {"Anxin", "安信"},    {"Fuyuan", "富元"},
}};
constexpr std::array<Name, 10> Trades = {{
        {"Trading", "贸易"},
        {"Technology", "科技"},
        {"Manufacturing", "制造"},
        {"Logistics", "物流"},
        {"Foods", "食品"},
        {"Electronics", "电子"},
        {"Textiles", "纺织"},
        {"Retail", "商贸"},
        {"Machinery", "机械"},
        {"Packaging", "包装"},
}};
constexpr std::array<Name, 20> Surnames = {{
        {"Wang", "王"}, {"Li", "李"},   {"Zhang", "张"}, {"Liu", "刘"},  {"Chen", "陈"},
        {"Yang", "杨"}, {"Zhao", "赵"}, {"Huang", "黄"}, {"Zhou", "周"}, {"Wu", "吴"},
        {"Xu", "徐"},   {"Sun", "孙"},  {"Hu", "胡"},    {"Zhu", "朱"},  {"Gao", "高"},
        {"Lin", "林"},  {"He", "何"},   {"Guo", "郭"},   {"Ma", "马"},   {"Luo", "罗"},
}};
constexpr std::array<Name, 20> GivenNames = {{
        {"Wei", "伟"},  {"Fang", "芳"}, {"Min", "敏"},  {"Jing", "静"},  {"Lei", "磊"},
        {"Yan", "艳"},  {"Jun", "军"},  {"Hui", "慧"},  {"Qiang", "强"}, {"Ping", "平"},
        {"Gang", "刚"}, {"Li", "丽"},   {"Xia", "霞"},  {"Tao", "涛"},   {"Bin", "斌"},
        {"Hong", "红"}, {"Ying", "英"}, {"Peng", "鹏"}, {"Mei", "梅"},   {"Chao", "超"},
}};
constexpr std::array<Name, 5> Competitors = {{
        {"Kingsoft Solutions", "金软方案"},
        {"Yonghui Systems", "永辉系统"},
        {"Orient Cloud", "东方云"},
        {"Pinnacle Software", "巅峰软件"},
        {"Local reseller", "本地代理商"},
}};
constexpr std::array<Name, 8> NextSteps = {{
        {"Send revised quotation", "发送修改后的报价"},
        {"Schedule product demo", "安排产品演示"},
        {"Call to confirm budget", "电话确认预算"},
        {"Visit the plant", "拜访工厂"},
        {"Prepare contract draft", "准备合同草稿"},
        {"Follow up on trial feedback", "跟进试用反馈"},
        {"Meet the finance manager", "约见财务经理"},
        {"Send reference case study", "发送参考案例"},
}};
constexpr std::array<Name, 9> ActivitySubjects = {{
        {"Intro call", "初次电话沟通"},
        {"Needs workshop", "需求调研会"},
        {"On-site visit", "上门拜访"},
        {"Product demo", "产品演示"},
        {"Send proposal by email", "邮件发送方案"},
        {"Price negotiation meeting", "价格谈判会议"},
        {"Contract review", "合同审阅"},
        {"Kick-off meeting", "项目启动会"},
        {"Follow-up call", "跟进电话"},
}};

} // namespace salesdesk::demo
