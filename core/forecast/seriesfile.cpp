#include "core/forecast/seriesfile.h"

#include "core/exchange/csvtable.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

int TimeSeries::frequency() const
{
    switch (first.kind()) {
    case Period::Kind::Month:
        return 12;
    case Period::Kind::Quarter:
        return 4;
    default:
        return 1;
    }
}

Period TimeSeries::periodAt(int index) const
{
    return nextPeriod(first, index);
}

Period nextPeriod(const Period &period, int steps)
{
    switch (period.kind()) {
    case Period::Kind::Month: {
        const QDate d = period.start().addMonths(steps);
        return Period::month(d.year(), d.month());
    }
    case Period::Kind::Quarter: {
        const QDate d = period.start().addMonths(3 * steps);
        return Period::containing(Period::Kind::Quarter, d, period.startMonth());
    }
    case Period::Kind::Year:
        return Period::year(period.yearNumber() + steps, period.startMonth());
    case Period::Kind::Week:
        return Period::containing(Period::Kind::Week, period.start().addDays(7 * steps));
    }
    return period;
}

namespace {

// YYYY-MM, YYYYQn or YYYY, any year from 1 (historical series reach back before the years a
// book's periods allow).
std::optional<Period> seriesPeriod(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{4})(?:-(\\d{2})|[Qq]([1-4]))?$"_s);
    const auto match = form.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    if (year < 1) {
        return std::nullopt;
    }
    if (match.hasCaptured(2)) {
        const int month = match.captured(2).toInt();
        if (month < 1 || month > 12) {
            return std::nullopt;
        }
        return Period::month(year, month);
    }
    if (match.hasCaptured(3)) {
        return Period::quarter(year, match.captured(3).toInt());
    }
    return Period::year(year);
}

} // namespace

Result<TimeSeries> seriesFromTable(const CsvTable &table)
{
    if (table.rows.isEmpty()) {
        return Error::data(SeriesText::tr("The file has a header but no rows of period,value."));
    }
    if (table.header.size() < 2) {
        return Error::data(SeriesText::tr("Line 1: the file needs two columns, period and "
                                          "value."));
    }
    TimeSeries s;
    Period previous;
    int gapLine = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows[i];
        const int line = table.lines.value(i, int(i) + 2);
        const QString text = row.value(0).trimmed();
        const auto period = seriesPeriod(text);
        if (!period) {
            return Error::data(SeriesText::tr("Line %1: “%2” is not a period (YYYY-MM for a "
                                              "month, YYYYQn for a quarter, YYYY for a year).")
                                       .arg(line)
                                       .arg(text));
        }
        if (previous.isValid() && period->kind() != previous.kind()) {
            return Error::data(SeriesText::tr("Line %1: %2 is not of the same kind as the "
                                              "periods before it (%3).")
                                       .arg(line)
                                       .arg(text, previous.toString()));
        }
        if (previous.isValid() && period->start() <= previous.start()) {
            return Error::data(SeriesText::tr("Line %1: %2 does not come after %3; the rows "
                                              "must be in time order, one per period.")
                                       .arg(line)
                                       .arg(text, previous.toString()));
        }
        const QString valueText = row.value(1).trimmed();
        bool gap
                = valueText.isEmpty() || (previous.isValid() && !(nextPeriod(previous) == *period));
        if (!valueText.isEmpty()) {
            bool ok = false;
            const double v = QLocale::c().toDouble(valueText, &ok);
            if (!ok || !std::isfinite(v)) {
                return Error::data(SeriesText::tr("Line %1: “%2” is not a number (write it "
                                                  "as 1234.5, without separators).")
                                           .arg(line)
                                           .arg(valueText));
            }
            if (gap) {
                if (!s.values.empty()) {
                    gapLine = line;
                }
                s.values.clear();
            }
            if (s.values.empty()) {
                s.first = *period;
            }
            s.values.push_back(v);
        } else if (!s.values.empty()) {
            gapLine = line;
            s.values.clear();
        }
        previous = *period;
    }
    if (s.values.empty()) {
        return Error::data(SeriesText::tr("The file has no values after its last gap."));
    }
    if (gapLine > 0) {
        s.notes.append(SeriesText::tr("The series has a gap at line %1; only the %n values "
                                      "from %2 on are used.",
                                      nullptr, int(s.values.size()))
                               .arg(gapLine)
                               .arg(s.first.toString()));
    }
    return s;
}

Result<TimeSeries> readSeriesFile(const QString &path)
{
    auto table = readCsvFile(path);
    if (!table) {
        return table.error();
    }
    return seriesFromTable(*table);
}

Result<SeriesForecast> forecastFile(const QString &path, ForecastOptions options)
{
    auto series = readSeriesFile(path);
    if (!series) {
        return series.error();
    }
    options.nonNegative = std::all_of(series->values.begin(), series->values.end(),
                                      [](double v) { return v >= 0; });
    auto forecast = forecastSeries(series->values, series->frequency(), options);
    if (!forecast) {
        return forecast.error();
    }
    forecast->notes = series->notes + forecast->notes;
    return SeriesForecast {std::move(*series), std::move(*forecast)};
}

} // namespace salesdesk::forecast
