#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/kpi/kpitext.h"
#include "core/pipeline/pipelineservice.h"
#include "core/report/reportsection.h"
#include "core/team/teamservice.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString missingText = u"–"_s;

} // namespace

ReportContext::ReportContext(Book &b, const Period &p, const QDate &day, const QLocale &l)
    : book(b)
    , period(p)
    , previous(KpiService::previous(p))
    , lastYear(KpiService::lastYear(p))
    , asOf(day)
    , locale(l)
    , currency(b.currencies().home())
{ }

Status ReportContext::load()
{
    const TargetScope company;
    for (auto [p, out] : {std::pair {&period, &now}, std::pair {&previous, &before},
                          std::pair {&lastYear, &yearAgo}}) {
        auto r = book.kpi().report(*p, company, asOf);
        if (!r) {
            return r.error();
        }
        *out = *r;
    }
    auto b = book.kpi().breakdown(period, company, asOf);
    if (!b) {
        return b.error();
    }
    parts = *b;
    auto f = book.pipeline().funnel(now.from, now.to);
    if (!f) {
        return f.error();
    }
    funnel = *f;
    return {};
}

ReportCell ReportContext::text(const QString &t) const
{
    return {CellKind::Text, t, 0, {}, false};
}

ReportCell ReportContext::money(qint64 minor) const
{
    return {CellKind::Money, moneyText(minor), major(minor), {}, false};
}

ReportCell ReportContext::money(std::optional<qint64> minor) const
{
    return minor ? money(*minor) : ReportCell {CellKind::Money, missingText, 0, {}, true};
}

ReportCell ReportContext::count(qint64 n) const
{
    return {CellKind::Count, locale.toString(n), double(n), {}, false};
}

ReportCell ReportContext::percent(std::optional<double> fraction) const
{
    if (!fraction) {
        return {CellKind::Percent, missingText, 0, {}, true};
    }
    return {CellKind::Percent, percentText(*fraction), *fraction, {}, false};
}

ReportCell ReportContext::days(std::optional<double> d) const
{
    if (!d) {
        return {CellKind::Days, missingText, 0, {}, true};
    }
    return {CellKind::Days, locale.toString(*d, 'f', 1), *d, {}, false};
}

ReportCell ReportContext::score(std::optional<double> value, int decimals) const
{
    if (!value) {
        return {CellKind::Score, missingText, 0, {}, true};
    }
    // No "-0": a score that rounds to zero is zero.
    const double shown = std::round(*value * std::pow(10.0, decimals)) == 0 ? 0.0 : *value;
    return {CellKind::Score, locale.toString(shown, 'f', decimals), *value, {}, false};
}

ReportCell ReportContext::date(const QDate &day) const
{
    if (!day.isValid()) {
        return {CellKind::Date, missingText, 0, {}, true};
    }
    return {CellKind::Date, dateText(day, locale), 0, day, false};
}

ReportCell ReportContext::change(std::optional<double> n, std::optional<double> b) const
{
    const auto moved = KpiText::change(n, b);
    if (!moved) {
        return {CellKind::Percent, missingText, 0, {}, true};
    }
    const double fraction = *moved;
    QString t = percentText(fraction);
    if (fraction > 0) {
        t.prepend(u'+');
    }
    return {CellKind::Percent, t, fraction, {}, false};
}

QString ReportContext::moneyText(qint64 minor) const
{
    // Whole amounts without a fraction ("¥1,234,500"), the others to the cent.
    if (minor % currency::minorPerMajor(currency) == 0) {
        return currency::formatWhole(minor, currency, locale);
    }
    return Money(minor, currency).format(locale);
}

QString ReportContext::percentText(double fraction) const
{
    const double p = fraction * 100;
    return locale.toString(p, 'f', std::abs(p) < 10 && p != std::round(p) ? 1 : 0) + u" %"_s;
}

double ReportContext::major(qint64 minor) const
{
    return double(minor) / double(currency::minorPerMajor(currency));
}

QString ReportContext::periodName(const Period &p, const QLocale &locale)
{
    switch (p.kind()) {
    case Period::Kind::Year:
        return p.startMonth() == 1 ? QString::number(p.yearNumber()) : p.label();
    case Period::Kind::Quarter:
        if (p.startMonth() != 1) {
            return p.label();
        }
        //: A quarter: %1 its number (1–4), %2 the year
        return tr("Q%1 %2").arg(p.index()).arg(p.yearNumber());
    case Period::Kind::Month:
        return locale.toString(p.start(), tr("MMMM yyyy", "a month and its year"));
    case Period::Kind::Week:
        //: An ISO week: %1 its number, %2 the year
        return tr("week %1 of %2").arg(p.index()).arg(p.yearNumber());
    }
    return p.toString();
}

QString ReportContext::repName(qint64 id) const
{
    return KpiText::ownerName(book.team(), id);
}

QString ReportContext::customerName(qint64 id) const
{
    return book.customers().customerName(id);
}

QString ReportContext::stageName(qint64 id) const
{
    const Stage *s = book.pipeline().stage(id);
    return s ? s->displayName() : QString();
}

QString ReportContext::lostReasonName(qint64 id) const
{
    return KpiText::lostReasonName(book.pipeline(), id);
}

QString ReportContext::productName(const QString &key)
{
    return KpiText::productName(key);
}

bool ReportChart::isEmpty() const
{
    for (const ReportSeries &s : series) {
        for (double v : s.values) {
            if (v != 0 && !std::isnan(v)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace salesdesk
