// Accuracy and speed of `salesdesk forecast --input … --method auto` on public monthly and
// quarterly series, beside R's forecast::ets() on the same split. Prints figures; never fails
// on a time.
//
//   forecast_bench --data bench/forecast [--markdown]
//
// For each series of series.csv the last 12 months (4 quarters) are held out, the rest is
// written as a `period,value` file and forecast the way the command does (forecastFile);
// r_ets.csv holds R's figures for the same split (bench/forecast/r_reference.R writes both).
#include "core/exchange/csvtable.h"
#include "core/forecast/seriesfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace salesdesk;
using namespace salesdesk::forecast;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Series
{
    QString name;
    int frequency = 12;
    QStringList periods;
    QList<double> values;
};

struct RFigures
{
    QString model;
    double mase = 0;
    double smape = 0;
    int in80 = 0;
    int in95 = 0;
    double seconds = 0;
    double thetaMase = 0;
    double snaiveMase = 0;
};

struct Row
{
    QString name;
    int horizon = 0;
    QString model;
    double mase = 0;
    double smape = 0;
    int in80 = 0;
    int in95 = 0;
    double seconds = 0;
    double snaiveMase = 0;
    RFigures r;
};

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"data"_s, u"The folder with series.csv and r_ets.csv."_s, u"DIR"_s});
    parser.addOption({u"markdown"_s, u"Print the per-series table as Markdown."_s});
    parser.addOption({u"method"_s, u"The method to measure (default auto)."_s, u"M"_s, u"auto"_s});
    parser.addOption({u"summary"_s, u"Print the summary only."_s});
    parser.addOption(
            {u"repeat"_s, u"Times each series is forecast for its time (best)."_s, u"N"_s, u"3"_s});
    parser.process(app);
    const QDir data(parser.value(u"data"_s));
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());

    auto table = readCsvFile(data.filePath(u"series.csv"_s));
    if (!table) {
        print(table.error().message);
        return 1;
    }
    QList<Series> series;
    for (const QStringList &row : table->rows) {
        if (series.isEmpty() || series.last().name != row[0]) {
            series.append({row[0], row[1].toInt(), {}, {}});
        }
        series.last().periods.append(row[2]);
        series.last().values.append(row[3].toDouble());
    }
    QMap<QString, RFigures> reference;
    if (auto r = readCsvFile(data.filePath(u"r_ets.csv"_s))) {
        auto col = [&](const char *name) {
            return r->columnOf(QString::fromLatin1(name));
        };
        for (QStringList &row : r->rows) {
            for (QString &field : row) {
                field = field.trimmed();
            }
        }
        for (const QStringList &row : std::as_const(r->rows)) {
            RFigures f {row[col("model")].trimmed(),       row[col("mase")].toDouble(),
                        row[col("smape")].toDouble(),      int(row[col("in80")].toDouble()),
                        int(row[col("in95")].toDouble()),  row[col("seconds")].toDouble(),
                        row[col("theta_mase")].toDouble(), row[col("snaive_mase")].toDouble()};
            reference.insert(row[col("series")].trimmed(), f);
        }
    }

    QTemporaryDir work;
    QList<Row> rows;
    for (const Series &s : series) {
        const int h = s.frequency == 12 ? 12 : 4;
        const qsizetype n = s.values.size();
        const QString path = work.filePath(s.name + u".csv"_s);
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return 1;
            }
            QTextStream out(&file);
            out << "period,value\n";
            for (qsizetype i = 0; i < n - h; ++i) {
                out << s.periods[i] << ',' << QString::number(s.values[i], 'g', 15) << '\n';
            }
        }
        ForecastOptions options;
        options.method = ForecastText::method(parser.value(u"method"_s)).value_or(Method::Auto);
        options.horizon = h;
        double best = 1e300;
        Result<SeriesForecast> result = Error::user(u"not run"_s);
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            result = forecastFile(path, options);
            best = std::min(best, timer.nsecsElapsed() / 1e9);
        }
        if (!result) {
            print(s.name + u": "_s + result.error().message);
            return 1;
        }
        Row row;
        row.name = s.name;
        row.horizon = h;
        row.model = result->forecast.model;
        row.seconds = best;
        row.r = reference.value(s.name);
        double scale = 0;
        const int m = s.frequency;
        for (qsizetype t = m; t < n - h; ++t) {
            scale += std::abs(s.values[t] - s.values[t - m]);
        }
        scale /= double(n - h - m);
        for (int k = 0; k < h; ++k) {
            const double actual = s.values[n - h + k];
            const ForecastPoint &p = result->forecast.points[k];
            row.mase += std::abs(actual - p.point) / scale / h;
            row.smape += smape(actual, p.point) / h;
            row.in80 += actual >= p.lo80 && actual <= p.hi80;
            row.in95 += actual >= p.lo95 && actual <= p.hi95;
            const double snaive = s.values[n - h - m + (k % m)];
            row.snaiveMase += std::abs(actual - snaive) / scale / h;
        }
        rows.append(row);
    }

    const bool markdown = parser.isSet(u"markdown"_s);
    const bool summary = parser.isSet(u"summary"_s);
    if (summary) {
    } else if (markdown) {
        print(u"| series | h | SalesDesk auto | MASE | R ets | MASE | snaive MASE | SalesDesk ms "
              "| R ms |"_s);
        print(u"|---|--:|---|--:|---|--:|--:|--:|--:|"_s);
    } else {
        print(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(u"series"_s, -30)
                      .arg(u"SalesDesk"_s, -22)
                      .arg(u"MASE"_s, 6)
                      .arg(u"R ets"_s, -12)
                      .arg(u"MASE"_s, 6)
                      .arg(u"snaive"_s, 6)
                      .arg(u"ms"_s, 8)
                      .arg(u"R ms"_s, 8));
    }
    double sumMase = 0, sumR = 0, sumSmape = 0, sumRSmape = 0, sumTime = 0, sumRTime = 0;
    int in80 = 0, in95 = 0, rIn80 = 0, rIn95 = 0, points = 0;
    int worse = 0;
    int rWorse = 0;
    double worstRatio = 0;
    QString worstName;
    for (const Row &r : rows) {
        if (summary) {
        } else if (markdown) {
            print(u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |"_s.arg(r.name)
                          .arg(r.horizon)
                          .arg(r.model)
                          .arg(r.mase, 0, 'f', 3)
                          .arg(r.r.model)
                          .arg(r.r.mase, 0, 'f', 3)
                          .arg(r.snaiveMase, 0, 'f', 3)
                          .arg(r.seconds * 1000, 0, 'f', 1)
                          .arg(r.r.seconds * 1000, 0, 'f', 0));
        } else {
            print(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(r.name, -30)
                          .arg(r.model, -22)
                          .arg(r.mase, 6, 'f', 3)
                          .arg(r.r.model, -12)
                          .arg(r.r.mase, 6, 'f', 3)
                          .arg(r.snaiveMase, 6, 'f', 3)
                          .arg(r.seconds * 1000, 8, 'f', 1)
                          .arg(r.r.seconds * 1000, 8, 'f', 0));
        }
        sumMase += r.mase;
        sumR += r.r.mase;
        sumSmape += r.smape;
        sumRSmape += r.r.smape;
        sumTime += r.seconds;
        sumRTime += r.r.seconds;
        in80 += r.in80;
        in95 += r.in95;
        rIn80 += r.r.in80;
        rIn95 += r.r.in95;
        points += r.horizon;
        const double ratio = r.snaiveMase > 0 ? r.mase / r.snaiveMase : 0;
        if (ratio > 1.10) {
            ++worse;
        }
        if (r.snaiveMase > 0 && r.r.mase / r.snaiveMase > 1.10) {
            ++rWorse;
        }
        if (ratio > worstRatio) {
            worstRatio = ratio;
            worstName = r.name;
        }
    }
    const double count = double(rows.size());
    print(QString());
    print(u"%1 series, %2 held-out points, SalesDesk's method: %3"_s.arg(rows.size())
                  .arg(points)
                  .arg(parser.value(u"method"_s)));
    print(u"mean MASE          SalesDesk %1   R ets %2   ratio %3 (goal ≤ 1.05)"_s
                  .arg(sumMase / count, 0, 'f', 4)
                  .arg(sumR / count, 0, 'f', 4)
                  .arg(sumMase / sumR, 0, 'f', 3));
    print(u"mean sMAPE         SalesDesk %1 % R ets %2 %"_s.arg(sumSmape / count, 0, 'f', 2)
                  .arg(sumRSmape / count, 0, 'f', 2));
    print(u"worse than snaive by > 10 %: SalesDesk %1 series (worst %2, %3× snaive's MASE), "
          "R ets %4 series"_s.arg(worse)
                  .arg(worstName)
                  .arg(worstRatio, 0, 'f', 3)
                  .arg(rWorse));
    print(u"80 % coverage      SalesDesk %1   R ets %2   (goal 0.80 ± 0.06)"_s
                  .arg(double(in80) / points, 0, 'f', 3)
                  .arg(double(rIn80) / points, 0, 'f', 3));
    print(u"95 % coverage      SalesDesk %1   R ets %2   (goal 0.95 ± 0.06)"_s
                  .arg(double(in95) / points, 0, 'f', 3)
                  .arg(double(rIn95) / points, 0, 'f', 3));
    print(u"time per series    SalesDesk %1 ms   R ets %2 ms   R ÷ SalesDesk %3× (goal ≥ 10)"_s
                  .arg(sumTime / count * 1000, 0, 'f', 1)
                  .arg(sumRTime / count * 1000, 0, 'f', 0)
                  .arg(sumRTime / sumTime, 0, 'f', 1));
    return 0;
}
