#include "core/pipeline/pipelinetypes.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

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

QString PipelineText::code(CustomerKind k)
{
    return k == CustomerKind::Individual ? u"individual"_s : u"company"_s;
}

CustomerKind PipelineText::customerKind(const QString &code)
{
    return code == "individual"_L1 ? CustomerKind::Individual : CustomerKind::Company;
}

QString PipelineText::name(CustomerKind k)
{
    return k == CustomerKind::Individual ? tr("Individual") : tr("Company");
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

namespace {

// Reads `count` ASCII digits at `at`; -1 when one is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate localDate(const QDateTime &t)
{
    if (!t.isValid()) {
        return {};
    }
    constexpr int Changing = std::numeric_limits<int>::min();
    thread_local QHash<qint64, int> offsetOfDay; // UTC Julian day → seconds ahead of UTC
    const QDateTime utc = t.toUTC();
    const QDate day = utc.date();
    auto offset = offsetOfDay.constFind(day.toJulianDay());
    if (offset == offsetOfDay.cend()) {
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        const int first = start.toLocalTime().offsetFromUtc();
        const int last = start.addSecs(24 * 3600 - 1).toLocalTime().offsetFromUtc();
        offset = offsetOfDay.insert(day.toJulianDay(), first == last ? first : Changing);
    }
    return *offset == Changing ? utc.toLocalTime().date() : utc.addSecs(*offset).date();
}

QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    // What toStoredTime writes, "2026-11-27T09:18:26Z", is read directly: opening a book of
    // 100,000 deals parses half a million of these, and the general ISO parser is slow.
    if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC); // Qt::UTC keeps QDateTime compact
        }
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

namespace {

// Writes the fixed ISO forms by hand: the demo generator and imports write millions, and
// QDateTime::toString goes through a printf.
void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

QString isoText(const QDate &date, const QTime &time, bool withTime, bool seconds, bool zulu)
{
    const qsizetype length = 10 + (withTime ? (seconds ? 9 : 6) : 0) + (zulu ? 1 : 0);
    QString text(length, Qt::Uninitialized);
    QChar *out = text.data();
    const int year = date.year();
    if (year < 0 || year > 9999) {
        return date.toString(Qt::ISODate);
    }
    put(out, year, 4);
    *out++ = u'-';
    put(out, date.month(), 2);
    *out++ = u'-';
    put(out, date.day(), 2);
    if (withTime) {
        *out++ = u'T';
        put(out, time.hour(), 2);
        *out++ = u':';
        put(out, time.minute(), 2);
        if (seconds) {
            *out++ = u':';
            put(out, time.second(), 2);
        }
    }
    if (zulu) {
        *out++ = u'Z';
    }
    return text;
}

} // namespace

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(u"[,;\uFF0C\uFF1B\u3001]"_s);
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(u", "_s);
}

QString toStoredTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    return isoText(t.date(), t.time(), true, true, true);
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? isoText(date, {}, false, false, false) : QString();
}

QDate fromStoredDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString toStoredLocalTime(const QDateTime &local)
{
    return local.isValid() ? isoText(local.date(), local.time(), true, false, false) : QString();
}

QDateTime fromStoredLocalTime(const QString &text)
{
    // The fixed form toStoredLocalTime writes, read without the general parser (see above).
    if (text.size() == 16 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time);
        }
    }
    return QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
}

} // namespace salesdesk
