#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/forecast/forecaster.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace salesdesk {
struct CsvTable;
}

namespace salesdesk::forecast {

// A series of monthly, quarterly or yearly values in time order, one per period.
struct TimeSeries
{
    std::vector<double> values;
    Period first;
    QStringList notes; // translated: what was left out, and why

    int frequency() const; // 12, 4 or 1
    Period periodAt(int index) const; // index may run past the last value
};

class SeriesText
{
    Q_DECLARE_TR_FUNCTIONS(SeriesText)
};

// The periods of a series, one after another: a month, a quarter or a calendar year.
Period nextPeriod(const Period &period, int steps = 1);

// Reads a table of `period,value` rows under a header: periods "YYYY-MM" (monthly), "YYYYQn"
// (quarterly) or "YYYY" (yearly), one kind throughout, each after the one before. A period
// left out, or one with no value, is a gap: the series starts after the last gap, with a note.
// Errors name the line: no rows, a value that is not a number, a period that is not one, out
// of order or of another kind than the first.
Result<TimeSeries> seriesFromTable(const CsvTable &table);
Result<TimeSeries> readSeriesFile(const QString &path);

// What `salesdesk forecast --input FILE` computes: the file read and forecast, as a quantity
// that cannot be negative when none of its values is (the file's notes come first).
struct SeriesForecast
{
    TimeSeries series;
    Forecast forecast;
};
Result<SeriesForecast> forecastFile(const QString &path, ForecastOptions options);

} // namespace salesdesk::forecast
