#pragma once

#include "core/forecast/bookforecast.h"
#include "core/forecast/periodforecast.h"
#include "core/forecast/pipelineforecast.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QThread;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// The Forecast view of the Market tab: the book's revenue, won deals or new customers by month
// or quarter, for the company, a rep, a team or a product, forecast 1–24 periods ahead with
// its 80 % and 95 % intervals beside the actuals, the model, its backtest and the gap to each
// period's revenue target, and the supply the reps on staff can be expected to turn out against
// the demand forecast (forecastBook and supplyCapacity, the same as `salesdesk forecast`). The
// figures are computed on a thread of their own from a read-only connection, so the window never
// waits.
class ForecastView : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastView(Book &book, QWidget *parent = nullptr);
    ~ForecastView() override;

    // Computes again with the current choices (after an edit of the book).
    void refresh();
    bool isComputing() const { return m_thread != nullptr; }
    const std::optional<forecast::BookForecast> &shown() const { return m_shown; }
    const std::optional<forecast::PipelineForecast> &pipeline() const { return m_pipeline; }
    const std::optional<forecast::SupplyCapacity> &capacity() const { return m_capacity; }

signals:
    void updated(); // a forecast (or why there is none) is on screen

protected:
    void showEvent(QShowEvent *event) override;

private:
    forecast::BookForecastRequest request() const; // without a segment's customers
    std::optional<Segment> scopeSegment() const; // "For:" a customer segment
    void fillScopes();
    void apply(const Result<forecast::BookForecast> &result, int serial);
    void showPipeline(const Result<forecast::PipelineForecast> &result);
    void showCapacity();
    void showChart(const forecast::BookForecast &f);
    void showTable(const forecast::BookForecast &f);
    QString valueText(double value) const;

    Book &m_book;
    QComboBox *m_metric;
    QComboBox *m_by;
    QSpinBox *m_horizon;
    QComboBox *m_method;
    QComboBox *m_scope;
    QChartView *m_chart;
    QLabel *m_model;
    QLabel *m_notes;
    QLabel *m_supply;
    QTableWidget *m_table;
    QLabel *m_pipelineTitle;
    QTableWidget *m_pipelineTable;
    QTableWidget *m_stages;
    QThread *m_thread = nullptr;
    int m_serial = 0;
    bool m_again = false;
    bool m_stale = true;
    std::optional<forecast::BookForecast> m_shown;
    std::optional<forecast::PipelineForecast> m_pipeline;
    std::optional<forecast::SupplyCapacity> m_capacity;
};

} // namespace salesdesk::ui
