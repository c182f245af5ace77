#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/report/reportdocument.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace salesdesk {

class Book;
class ReportSection;

struct ReportRequest
{
    Period period;
    QString language = QStringLiteral("en"); // "en" or "zh_CN", whatever the window's
    QStringList sections; // codes; empty: all
    QDate asOf; // the book's today when invalid
};

// 季度销售报告: assembles a report's content from the KPI engine and the modules. Laid out on
// paper by ui/report (PDF, print preview) and written as a workbook by core/exchange (XLSX).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(Book &book);
    ~ReportBuilder();

    // Every section, in report order.
    const std::vector<std::unique_ptr<ReportSection>> &sections() const { return m_sections; }
    QStringList codes() const;
    // The codes not known among `codes` (for a clear error).
    QStringList unknown(const QStringList &codes) const;

    // `progress(done, total)` is called before each section; returning false cancels (the
    // result is then an error saying so).
    using Progress = std::function<bool(int done, int total)>;
    Result<ReportDocument> build(const ReportRequest &request, const Progress &progress = {}) const;

    // The quarter a report is made for by default: the last one finished by `today`.
    static Period lastFinishedQuarter(const QDate &today, int yearStartMonth);

private:
    Book &m_book;
    std::vector<std::unique_ptr<ReportSection>> m_sections;
};

} // namespace salesdesk
