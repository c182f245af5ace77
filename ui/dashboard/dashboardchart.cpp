#include "ui/dashboard/dashboardchart.h"

#include "ui/common/chartaxes.h"
#include "ui/common/emptystate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

} // namespace

DashboardChart::DashboardChart(const QString &objectName, QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(230);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont title = c->titleFont();
    title.setBold(true);
    c->setTitleFont(title);
    m_empty = new EmptyState(this);
}

void DashboardChart::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (auto *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

QString DashboardChart::emptyText() const
{
    return m_empty->text();
}

void DashboardChart::showEmpty(const QString &title, const QString &why)
{
    clear();
    chart()->setTitle(title);
    chart()->legend()->hide();
    m_empty->showNotice(why);
}

void DashboardChart::show(const QString &title, const QStringList &categoriesIn,
                          const QList<Series> &seriesIn, bool across, const QString &currency,
                          bool percentLine)
{
    // Bars across list the first category at the top: Qt draws category 0 at the bottom, so
    // they go in backwards (and a click is mapped back).
    QStringList categories = categoriesIn;
    QList<Series> series = seriesIn;
    m_reversed = across;
    if (across) {
        std::reverse(categories.begin(), categories.end());
        for (Series &s : series) {
            std::reverse(s.values.begin(), s.values.end());
        }
    }
    m_count = int(categories.size());
    clear();
    m_empty->hideNotice();
    QChart *c = chart();
    c->setTitle(title);
    double top = 0;
    int bars = 0;
    for (const Series &s : series) {
        if (s.line && percentLine) {
            continue;
        }
        bars += s.line ? 0 : 1;
        for (double v : s.values) {
            top = std::isnan(v) ? top : std::max(top, v);
        }
    }
    const charts::Scale scale = charts::scaleFor(top, currency);
    // Only lines (every series a line): no bar series at all.
    QAbstractBarSeries *barSeries = nullptr;
    if (bars > 0) {
        barSeries = across ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                           : new QBarSeries;
    }
    int index = 0;
    for (const Series &s : series) {
        if (s.line) {
            continue;
        }
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        for (double v : s.values) {
            *set << (std::isnan(v) ? 0 : v / scale.divisor);
        }
        const int which = index++;
        connect(set, &QBarSet::clicked, this, [this, which](int category) {
            emit barClicked(which, m_reversed ? m_count - 1 - category : category);
        });
        barSeries->append(set);
    }
    auto *categoriesAxis = new QBarCategoryAxis;
    categoriesAxis->setLabelsFont(smaller(categoriesAxis->labelsFont()));
    categoriesAxis->append(categories);
    auto *values = charts::valueAxis(std::max(top / scale.divisor * 1.05, 4.0), QLocale(), 4);
    values->setLabelsFont(smaller(values->labelsFont()));
    if (!scale.unit.isEmpty()) {
        values->setTitleText(scale.unit);
        values->setTitleFont(smaller(values->titleFont()));
    }
    if (barSeries) {
        c->addSeries(barSeries);
    }
    c->addAxis(categoriesAxis, across ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(values, across ? Qt::AlignBottom : Qt::AlignLeft);
    if (barSeries) {
        barSeries->attachAxis(categoriesAxis);
        barSeries->attachAxis(values);
    }
    QValueAxis *share = nullptr;
    for (const Series &s : series) {
        if (!s.line) {
            continue;
        }
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(s.color);
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            if (!std::isnan(s.values[i])) {
                line->append(double(i),
                             percentLine ? s.values[i] * 100 : s.values[i] / scale.divisor);
            }
        }
        c->addSeries(line);
        line->attachAxis(categoriesAxis);
        if (percentLine) {
            if (!share) {
                share = new QValueAxis;
                share->setRange(0, 100);
                share->setLabelFormat(u"%.0f %%"_s);
                share->setTickCount(5);
                share->setLabelsFont(smaller(share->labelsFont()));
                c->addAxis(share, Qt::AlignRight);
            }
            line->attachAxis(share);
        } else {
            line->attachAxis(values);
        }
    }
    c->legend()->setVisible(series.size() > 1);
}

} // namespace salesdesk::ui
