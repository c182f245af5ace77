#include "core/report/reportbuilder.h"

#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/common/language.h"
#include "core/report/reportsection.h"
#include "core/report/reportsections.h"
#include "core/targets/targetservice.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

ReportBuilder::ReportBuilder(Book &book)
    : m_book(book)
{
    // Report order. A module's section is one line here.
    m_sections.push_back(std::make_unique<SummarySection>());
    m_sections.push_back(std::make_unique<KpiSection>());
    m_sections.push_back(std::make_unique<TargetsSection>());
    m_sections.push_back(std::make_unique<PipelineSection>());
    m_sections.push_back(std::make_unique<CustomersSection>());
    m_sections.push_back(std::make_unique<RepsSection>());
    m_sections.push_back(std::make_unique<IncentivesSection>());
    m_sections.push_back(std::make_unique<MarketSection>());
    m_sections.push_back(std::make_unique<EvaluationSection>());
    m_sections.push_back(std::make_unique<OutlookSection>());
}

ReportBuilder::~ReportBuilder() = default;

QStringList ReportBuilder::codes() const
{
    QStringList list;
    for (const auto &s : m_sections) {
        list.append(s->code());
    }
    return list;
}

QStringList ReportBuilder::unknown(const QStringList &asked) const
{
    const QStringList known = codes();
    QStringList out;
    for (const QString &c : asked) {
        if (!known.contains(c)) {
            out.append(c);
        }
    }
    return out;
}

Period ReportBuilder::lastFinishedQuarter(const QDate &today, int yearStartMonth)
{
    return KpiService::previous(Period::containing(Period::Kind::Quarter, today, yearStartMonth));
}

Result<ReportDocument> ReportBuilder::build(const ReportRequest &request,
                                            const Progress &progress) const
{
    if (!request.period.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    if (const QStringList bad = unknown(request.sections); !bad.isEmpty()) {
        return Error::user(tr("There is no report section %1; the sections are %2.")
                                   .arg(bad.join(u", "_s), codes().join(u", "_s)));
    }
    const LanguageScope language(request.language);
    // Every section's KPIs ask for the targets: read once for the whole report.
    const auto holding = m_book.targets().holdTargets();
    const QDate asOf = request.asOf.isValid() ? request.asOf : m_book.clock().today();
    ReportContext context(m_book, request.period, asOf, localeOf(request.language));

    ReportDocument doc;
    doc.title = tr("Quarterly Sales Report");
    doc.company = m_book.companyName();
    doc.periodCode = request.period.toString();
    doc.periodLabel = context.periodName(request.period);
    doc.madeOn = asOf;
    doc.madeOnText = tr("Made on %1").arg(dateText(asOf, context.locale));
    doc.language = request.language;
    doc.locale = context.locale;
    doc.currency = context.currency;
    doc.headerText
            = doc.company.isEmpty() ? doc.periodLabel : doc.company + u" · "_s + doc.periodLabel;
    doc.contentsTitle = tr("Contents");
    //: The page number in a report's footer: %1 this page, %2 all pages
    doc.pageText = tr("Page %1 of %2");

    QList<const ReportSection *> chosen;
    for (const auto &s : m_sections) {
        if (request.sections.isEmpty() || request.sections.contains(s->code())) {
            chosen.append(s.get());
        }
    }
    const int total = int(chosen.size()) + 1;
    if (progress && !progress(0, total)) {
        return Error::user(tr("The report was cancelled."));
    }
    if (auto st = context.load(); !st) {
        return st.error();
    }
    int done = 1;
    for (const ReportSection *section : std::as_const(chosen)) {
        if (progress && !progress(done, total)) {
            return Error::user(tr("The report was cancelled."));
        }
        ReportSectionContent content;
        content.code = section->code();
        content.title = section->title();
        if (auto st = section->build(context, content); !st) {
            return st.error();
        }
        doc.sections.append(std::move(content));
        ++done;
    }
    if (progress) {
        progress(total, total);
    }
    return doc;
}

} // namespace salesdesk
