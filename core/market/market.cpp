#include "core/market/market.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

template<typename E>
struct Named
{
    E value;
    QString code;
    const char *name;
};

template<typename E>
QString codeOf(const QList<Named<E>> &list, E value)
{
    for (const auto &n : list) {
        if (n.value == value) {
            return n.code;
        }
    }
    return {};
}

template<typename E>
std::optional<E> valueOf(const QList<Named<E>> &list, const QString &code)
{
    for (const auto &n : list) {
        if (n.code == code.trimmed().toLower()) {
            return n.value;
        }
    }
    return std::nullopt;
}

template<typename E>
QString nameOf(const QList<Named<E>> &list, E value)
{
    for (const auto &n : list) {
        if (n.value == value) {
            return MarketText::tr(n.name);
        }
    }
    return {};
}

const QList<Named<ThreatLevel>> &threats()
{
    static const QList<Named<ThreatLevel>> list = {
            {ThreatLevel::Low, u"low"_s, QT_TRANSLATE_NOOP("MarketText", "Low")},
            {ThreatLevel::Medium, u"medium"_s, QT_TRANSLATE_NOOP("MarketText", "Medium")},
            {ThreatLevel::High, u"high"_s, QT_TRANSLATE_NOOP("MarketText", "High")},
    };
    return list;
}

const QList<Named<FactorKind>> &kinds()
{
    static const QList<Named<FactorKind>> list = {
            {FactorKind::Political, u"political"_s, QT_TRANSLATE_NOOP("MarketText", "Political")},
            {FactorKind::Economic, u"economic"_s, QT_TRANSLATE_NOOP("MarketText", "Economic")},
            {FactorKind::Legal, u"legal"_s, QT_TRANSLATE_NOOP("MarketText", "Legal")},
            {FactorKind::Social, u"social"_s, QT_TRANSLATE_NOOP("MarketText", "Social")},
            {FactorKind::Technological, u"technological"_s,
             QT_TRANSLATE_NOOP("MarketText", "Technological")},
            {FactorKind::Customers, u"customers"_s, QT_TRANSLATE_NOOP("MarketText", "Customers")},
            {FactorKind::Competitors, u"competitors"_s,
             QT_TRANSLATE_NOOP("MarketText", "Competitors")},
            {FactorKind::Suppliers, u"suppliers"_s, QT_TRANSLATE_NOOP("MarketText", "Suppliers")},
            {FactorKind::Intermediaries, u"intermediaries"_s,
             QT_TRANSLATE_NOOP("MarketText", "Intermediaries")},
    };
    return list;
}

const QList<Named<Horizon>> &horizons()
{
    static const QList<Named<Horizon>> list = {
            {Horizon::Short, u"short"_s,
             QT_TRANSLATE_NOOP("MarketText", "Short term (within a year)")},
            {Horizon::Medium, u"medium"_s,
             QT_TRANSLATE_NOOP("MarketText", "Medium term (1–3 years)")},
            {Horizon::Long, u"long"_s, QT_TRANSLATE_NOOP("MarketText", "Long term (over 3 years)")},
    };
    return list;
}

const QList<Named<SwotKind>> &swotKinds()
{
    static const QList<Named<SwotKind>> list = {
            {SwotKind::Strength, u"strength"_s, QT_TRANSLATE_NOOP("MarketText", "Strengths")},
            {SwotKind::Weakness, u"weakness"_s, QT_TRANSLATE_NOOP("MarketText", "Weaknesses")},
            {SwotKind::Opportunity, u"opportunity"_s,
             QT_TRANSLATE_NOOP("MarketText", "Opportunities")},
            {SwotKind::Threat, u"threat"_s, QT_TRANSLATE_NOOP("MarketText", "Threats")},
    };
    return list;
}

} // namespace

QString MarketText::code(ThreatLevel t)
{
    return codeOf(threats(), t);
}
std::optional<ThreatLevel> MarketText::threat(const QString &code)
{
    return valueOf(threats(), code);
}
QString MarketText::name(ThreatLevel t)
{
    return nameOf(threats(), t);
}

QString MarketText::code(FactorKind k)
{
    return codeOf(kinds(), k);
}
std::optional<FactorKind> MarketText::factorKind(const QString &code)
{
    return valueOf(kinds(), code);
}
QString MarketText::name(FactorKind k)
{
    return nameOf(kinds(), k);
}

QList<FactorKind> MarketText::factorKinds()
{
    QList<FactorKind> out;
    for (const auto &n : kinds()) {
        out.append(n.value);
    }
    return out;
}

QString MarketText::code(Horizon h)
{
    return codeOf(horizons(), h);
}
std::optional<Horizon> MarketText::horizon(const QString &code)
{
    return valueOf(horizons(), code);
}
QString MarketText::name(Horizon h)
{
    return nameOf(horizons(), h);
}

QString MarketText::code(SwotKind k)
{
    return codeOf(swotKinds(), k);
}
std::optional<SwotKind> MarketText::swotKind(const QString &code)
{
    return valueOf(swotKinds(), code);
}
QString MarketText::name(SwotKind k)
{
    return nameOf(swotKinds(), k);
}

} // namespace salesdesk
