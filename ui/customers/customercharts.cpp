#include "ui/customers/customercharts.h"

#include "core/common/money.h"
#include "ui/common/chartaxes.h"
#include "ui/common/emptystate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

// Axis labels a little smaller than the text, so twelve months or three segments with their
// amounts fit under a chart half a page wide.
QFont smallerFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (auto *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

SegmentChart::SegmentChart(QWidget *parent)
    : QChartView(newChart(), parent)
{
    setObjectName(u"segmentChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->hide();
}

void SegmentChart::setBars(const QList<Bar> &bars, const QString &currency, int months)
{
    // No customer at all: the chart says what it will show rather than three empty bars.
    int customers = 0;
    for (const Bar &b : bars) {
        customers += b.customers;
    }
    if (!m_empty) {
        m_empty = new EmptyState(this);
    }
    if (customers == 0) {
        m_empty->showNotice(tr("No customers yet: the bars will count the customers of each "
                               "segment and what they bought."));
    } else {
        m_empty->hideNotice();
    }

    QChart *c = chart();
    clear(c);
    auto *count = new QBarSet(tr("Customers"));
    count->setColor(QColor(0x1f, 0x6f, 0xeb));
    QStringList categories;
    double top = 0;
    for (const Bar &bar : bars) {
        // The count under the bar, not on it: a segment of a few customers has a bar too short
        // to hold its number.
        categories.append(tr("%1: %n<br>%2", nullptr, bar.customers)
                                  .arg(SegmentText::name(bar.segment),
                                       currency::formatWhole(bar.valueMinor, currency, QLocale())));
        *count << bar.customers;
        top = std::max(top, double(bar.customers));
    }
    auto *series = new QBarSeries;
    series->append(count);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setLabelsFont(smallerFont(x->labelsFont()));
    x->append(categories);
    // Whole numbers of customers in round steps, with thousands separators.
    auto *y = charts::valueAxis(std::max(top * 1.05, 4.0), QLocale(), 4);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->setTitle(tr("Customers and purchases in %n month(s) per segment", nullptr, months));
}

SatisfactionChart::SatisfactionChart(QWidget *parent)
    : QChartView(newChart(), parent)
{
    setObjectName(u"satisfactionChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
}

void SatisfactionChart::setFeedback(const QList<Feedback> &feedback, const QDate &firstMonth)
{
    m_feedback = feedback;
    m_firstMonth = firstMonth;
    redraw();
}

void SatisfactionChart::showCustomer(qint64 customerId, const QString &name)
{
    m_customerId = customerId;
    m_customerName = name;
    redraw();
}

void SatisfactionChart::showError(const QString &message)
{
    clear(chart());
    chart()->legend()->hide();
    chart()->setTitle(message);
}

void SatisfactionChart::redraw()
{
    QChart *c = chart();
    clear(c);
    auto *x = new QBarCategoryAxis;
    x->setLabelsFont(smallerFont(x->labelsFont()));
    const auto overall = satisfactionByMonth(m_feedback, m_firstMonth, 12);
    // The months as every chart names them, with the year where the twelve cross one.
    if (!overall.isEmpty()) {
        for (const auto &tick :
             charts::dateTicks(overall.first().month, overall.last().month, QLocale())) {
            x->append(tick.label);
        }
    }
    auto *y = new QValueAxis;
    // A little room above 5 and below 1 so a perfect or a dismal month is not drawn on the frame.
    y->setRange(0.8, 5.2);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(1);
    y->setTickInterval(1);
    y->setLabelFormat(u"%.0f"_s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    // One line per run of months with feedback: a month without any is a gap, not a zero.
    const auto draw = [&](const QList<MonthlySatisfaction> &months, const QColor &color,
                          const QString &name, Qt::PenStyle style) {
        QLineSeries *run = nullptr;
        bool named = false;
        for (int i = 0; i < months.size(); ++i) {
            const auto &s = months[i].satisfaction;
            if (s.entries == 0) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setPen(QPen(color, 2, style));
                run->setColor(color);
                run->setPointsVisible(true);
                run->setMarkerSize(4);
                run->setName(name);
                c->addSeries(run);
                run->attachAxis(x);
                run->attachAxis(y);
                // The legend names each line once.
                for (auto *marker : c->legend()->markers(run)) {
                    marker->setVisible(!named);
                }
                named = true;
            }
            run->append(i, s.csat);
        }
        return named;
    };
    draw(overall, QColor(0x2e, 0x9d, 0x5b), tr("All customers"), Qt::SolidLine);
    bool customerDrawn = false;
    if (m_customerId > 0) {
        QList<Feedback> theirs;
        for (const Feedback &f : std::as_const(m_feedback)) {
            if (f.customerId == m_customerId) {
                theirs.append(f);
            }
        }
        customerDrawn = !theirs.isEmpty()
                        && draw(satisfactionByMonth(theirs, m_firstMonth, 12),
                                QColor(0xe6, 0x7e, 0x22), m_customerName, Qt::DashLine);
    }
    c->legend()->setVisible(customerDrawn);
    const Satisfaction year = satisfactionOf(m_feedback);
    if (year.entries == 0) {
        c->setTitle(tr("Satisfaction by month: no feedback in the last 12 months"));
    } else if (year.npsEntries == 0) {
        c->setTitle(tr("Satisfaction by month (CSAT 1–5) · 12 months: %1")
                            .arg(QLocale().toString(year.csat, 'f', 1)));
    } else {
        c->setTitle(tr("Satisfaction by month (CSAT 1–5) · 12 months: %1, NPS %2")
                            .arg(QLocale().toString(year.csat, 'f', 1))
                            .arg(QLocale().toString(qRound(year.nps * 100))));
    }
}

} // namespace salesdesk::ui
