#include "core/pipeline/pipelinetypes.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QString PipelineText::code(DealStatus s)
{
    switch (s) {
    case DealStatus::Open:
        return u"open"_s;
    case DealStatus::Won:
        return u"won"_s;
    case DealStatus::Lost:
        return u"lost"_s;
    }
    return {};
}

std::optional<DealStatus> PipelineText::dealStatus(const QString &code)
{
    for (auto s : {DealStatus::Open, DealStatus::Won, DealStatus::Lost}) {
        if (PipelineText::code(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

QString PipelineText::name(DealStatus s)
{
    switch (s) {
    case DealStatus::Open:
        return tr("Open");
    case DealStatus::Won:
        return tr("Won");
    case DealStatus::Lost:
        return tr("Lost");
    }
    return {};
}

QString PipelineText::code(ServiceStatus s)
{
    switch (s) {
    case ServiceStatus::None:
        return {};
    case ServiceStatus::Onboarding:
        return u"onboarding"_s;
    case ServiceStatus::Active:
        return u"active"_s;
    case ServiceStatus::Issue:
        return u"issue"_s;
    case ServiceStatus::RenewalDue:
        return u"renewal_due"_s;
    }
    return {};
}

ServiceStatus PipelineText::serviceStatus(const QString &code)
{
    for (auto s : serviceStatuses()) {
        if (PipelineText::code(s) == code) {
            return s;
        }
    }
    return ServiceStatus::None;
}

QString PipelineText::name(ServiceStatus s)
{
    switch (s) {
    case ServiceStatus::None:
        return {};
    case ServiceStatus::Onboarding:
        return tr("Onboarding");
    case ServiceStatus::Active:
        return tr("Active");
    case ServiceStatus::Issue:
        return tr("Issue");
    case ServiceStatus::RenewalDue:
        return tr("Renewal due");
    }
    return {};
}

QList<ServiceStatus> PipelineText::serviceStatuses()
{
    return {ServiceStatus::Onboarding, ServiceStatus::Active, ServiceStatus::Issue,
            ServiceStatus::RenewalDue};
}

QString PipelineText::code(DealSource s)
{
    switch (s) {
    case DealSource::None:
        return {};
    case DealSource::Referral:
        return u"referral"_s;
    case DealSource::Website:
        return u"website"_s;
    case DealSource::Exhibition:
        return u"exhibition"_s;
    case DealSource::ColdCall:
        return u"cold_call"_s;
    case DealSource::ExistingCustomer:
        return u"existing_customer"_s;
    case DealSource::Other:
        return u"other"_s;
    }
    return {};
}

DealSource PipelineText::dealSource(const QString &code)
{
    for (auto s : dealSources()) {
        if (PipelineText::code(s) == code) {
            return s;
        }
    }
    return DealSource::None;
}

QString PipelineText::name(DealSource s)
{
    switch (s) {
    case DealSource::None:
        return {};
    case DealSource::Referral:
        return tr("Referral");
    case DealSource::Website:
        return tr("Website");
    case DealSource::Exhibition:
        return tr("Exhibition");
    case DealSource::ColdCall:
        return tr("Cold call");
    case DealSource::ExistingCustomer:
        return tr("Existing customer");
    case DealSource::Other:
        return tr("Other");
    }
    return {};
}

QList<DealSource> PipelineText::dealSources()
{
    return {DealSource::Referral, DealSource::Website,          DealSource::Exhibition,
            DealSource::ColdCall, DealSource::ExistingCustomer, DealSource::Other};
}

QString PipelineText::code(ActivityKind k)
{
    switch (k) {
    case ActivityKind::Call:
        return u"call"_s;
    case ActivityKind::Meeting:
        return u"meeting"_s;
    case ActivityKind::Visit:
        return u"visit"_s;
    case ActivityKind::Email:
        return u"email"_s;
    case ActivityKind::Demo:
        return u"demo"_s;
    case ActivityKind::Task:
        return u"task"_s;
    }
    return {};
}

std::optional<ActivityKind> PipelineText::activityKind(const QString &code)
{
    for (auto k : activityKinds()) {
        if (PipelineText::code(k) == code) {
            return k;
        }
    }
    return std::nullopt;
}

QString PipelineText::summaryExplained()
{
    return tr("Open deals: those not yet won or lost (of the List's search and filters, or the "
              "Board's owner, when they show fewer). Pipeline: their value in the home currency, "
              "a deal in another currency at today's rate. Weighted: each deal's value times its "
              "win probability (its own, or its stage's), added up and rounded once. Idle: open "
              "deals that have stayed in their stage longer than the stage's idle limit. Overdue "
              "activities: open activities whose time has passed.");
}

QString PipelineText::funnelExplained()
{
    return tr("For the deals created in the range: a deal has entered a stage when it reached "
              "it or a later one (a won deal has passed them all); advanced counts those that "
              "went on past it; conversion = advanced ÷ entered. Win rate = won ÷ (won + lost). "
              "The bottleneck is the stage with the lowest conversion; between equals, the one "
              "where deals wait longer.");
}

QString PipelineText::name(ActivityKind k)
{
    switch (k) {
    case ActivityKind::Call:
        return tr("Call");
    case ActivityKind::Meeting:
        return tr("Meeting");
    case ActivityKind::Visit:
        return tr("Visit");
    case ActivityKind::Email:
        return tr("Email");
    case ActivityKind::Demo:
        return tr("Demo");
    case ActivityKind::Task:
        return tr("Task");
    }
    return {};
}

QList<ActivityKind> PipelineText::activityKinds()
{
    return {ActivityKind::Call,  ActivityKind::Meeting, ActivityKind::Visit,
            ActivityKind::Email, ActivityKind::Demo,    ActivityKind::Task};
}

QString PipelineText::builtInStageName(const QString &code)
{
    if (code == u"lead") {
        return tr("Lead");
    }
    if (code == u"initial_contact") {
        return tr("Initial contact");
    }
    if (code == u"needs_analysis") {
        return tr("Needs analysis");
    }
    if (code == u"proposal") {
        return tr("Proposal & demo");
    }
    if (code == u"negotiation") {
        return tr("Negotiation & contract");
    }
    return code;
}

QString PipelineText::builtInLostReasonName(const QString &code)
{
    if (code == u"price") {
        return tr("Price");
    }
    if (code == u"competitor") {
        return tr("Competitor");
    }
    if (code == u"no_budget") {
        return tr("No budget");
    }
    if (code == u"no_decision") {
        return tr("No decision");
    }
    if (code == u"timing") {
        return tr("Timing");
    }
    if (code == u"other") {
        return tr("Other");
    }
    if (code == u"reversed") {
        return tr("Reversed after the win");
    }
    return code;
}

QString Stage::displayName() const
{
    return customName.isEmpty() ? PipelineText::builtInStageName(code) : customName;
}

QString LostReason::displayName() const
{
    return customName.isEmpty() ? PipelineText::builtInLostReasonName(code) : customName;
}

QString PipelineText::code(ForecastCategory c)
{
    switch (c) {
    case ForecastCategory::Pipeline:
        return u"pipeline"_s;
    case ForecastCategory::BestCase:
        return u"best_case"_s;
    case ForecastCategory::Commit:
        return u"commit"_s;
    case ForecastCategory::Omitted:
        return u"omitted"_s;
    }
    return {};
}

std::optional<ForecastCategory> PipelineText::forecastCategoryCode(const QString &code)
{
    for (ForecastCategory c : forecastCategories()) {
        if (PipelineText::code(c) == code.trimmed().toLower()) {
            return c;
        }
    }
    return std::nullopt;
}

ForecastCategory PipelineText::forecastCategory(const QString &code)
{
    return forecastCategoryCode(code).value_or(ForecastCategory::Pipeline);
}

QString PipelineText::name(ForecastCategory c)
{
    switch (c) {
    case ForecastCategory::Pipeline:
        return tr("Pipeline");
    case ForecastCategory::BestCase:
        return tr("Best case");
    case ForecastCategory::Commit:
        return tr("Commit");
    case ForecastCategory::Omitted:
        return tr("Omitted");
    }
    return {};
}

QList<ForecastCategory> PipelineText::forecastCategories()
{
    return {ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit,
            ForecastCategory::Omitted};
}

QStringList PipelineText::competitorNames(const QString &text)
{
    QStringList names;
    static const QRegularExpression separator(u"[;；]"_s);
    for (const QString &part : text.split(separator)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !std::any_of(names.begin(), names.end(), [&](const QString &n) {
                return n.compare(name, Qt::CaseInsensitive) == 0;
            })) {
            names.append(name);
        }
    }
    return names;
}

QString PipelineText::competitorText(const QStringList &names)
{
    return names.join(u"; "_s);
}

} // namespace salesdesk
