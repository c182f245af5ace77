#include "ui/performance/analysisview.h"

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/team/teamservice.h"
#include "ui/common/chartaxes.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

const QColor repColor(0x2a, 0x6f, 0xb5);
const QColor teamColor(0x9a, 0x9a, 0x9a);
constexpr int ScoreItem = -1; // the measure combo's entry for the overall score

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

AnalysisView::AnalysisView(Book &book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_rep(new QComboBox)
    , m_measure(new QComboBox)
    , m_trend(new QChartView)
    , m_radar(new QChartView)
    , m_note(new QLabel)
{
    m_rep->setObjectName(u"analysisRepCombo"_s);
    m_measure->setObjectName(u"analysisKpiCombo"_s);
    m_trend->setObjectName(u"trendChart"_s);
    m_radar->setObjectName(u"radarChart"_s);
    m_note->setObjectName(u"analysisNote"_s);
    m_note->setWordWrap(true);
    m_measure->addItem(tr("Score"), ScoreItem);
    for (ScoreKpi k : ScorecardText::kpis()) {
        m_measure->addItem(ScorecardText::name(k), int(k));
    }
    for (QChartView *v : {m_trend, m_radar}) {
        v->setRenderHint(QPainter::Antialiasing);
    }
    auto *bar = new QHBoxLayout;
    auto *repLabel = new QLabel(tr("&Sales rep:"));
    repLabel->setBuddy(m_rep);
    auto *kpiLabel = new QLabel(tr("&Trend of:"));
    kpiLabel->setBuddy(m_measure);
    bar->addWidget(repLabel);
    bar->addWidget(m_rep);
    bar->addSpacing(16);
    bar->addWidget(kpiLabel);
    bar->addWidget(m_measure);
    bar->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_trend);
    split->addWidget(m_radar);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);
    connect(m_rep, &QComboBox::currentIndexChanged, this, &AnalysisView::draw);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &AnalysisView::drawTrend);
}

qint64 AnalysisView::currentRepId() const
{
    return m_rep->currentData().toLongLong();
}

void AnalysisView::selectRep(qint64 repId)
{
    if (const int i = m_rep->findData(repId); i >= 0) {
        m_rep->setCurrentIndex(i);
    }
}

void AnalysisView::show(const QList<Period> &periods, const QList<QList<Evaluation>> &series)
{
    m_periods = periods;
    m_series = series;
    const qint64 keep = currentRepId();
    {
        const QSignalBlocker quiet(m_rep);
        m_rep->clear();
        if (!series.isEmpty()) {
            for (const Evaluation &e : series.last()) {
                m_rep->addItem(e.card.rep, e.card.repId);
            }
        }
        m_rep->setCurrentIndex(std::max(0, m_rep->findData(keep)));
    }
    draw();
}

void AnalysisView::draw()
{
    drawTrend();
    drawRadar();
}

void AnalysisView::drawTrend()
{
    const qint64 rep = currentRepId();
    const int which = m_measure->currentData().toInt();
    const auto kpi = ScoreKpi(std::max(0, which));
    const QString home = m_book.currencies().home();
    // The value plotted of a scorecard: its score, or the KPI's figure (fractions in per cent).
    const auto valueOf = [&](const Scorecard &card) -> std::optional<double> {
        if (which == ScoreItem) {
            return card.score;
        }
        for (const KpiLine &k : card.kpis) {
            if (k.kpi == kpi) {
                if (!k.actual) {
                    return std::nullopt;
                }
                return ScorecardText::isFraction(kpi) ? *k.actual * 100 : *k.actual;
            }
        }
        return std::nullopt;
    };
    auto *chart = new QChart;
    chart->setTitle(which == ScoreItem ? tr("Score by period")
                                       : tr("%1 by period").arg(ScorecardText::name(kpi)));
    auto *own = new QLineSeries;
    own->setName(m_rep->currentText());
    own->setPen(QPen(repColor, 2.5));
    own->setPointsVisible(true);
    auto *team = new QLineSeries;
    team->setName(tr("Team average"));
    team->setPen(QPen(teamColor, 2, Qt::DashLine));
    team->setPointsVisible(true);
    double top = 0;
    bool anyKpi = false;
    QStringList labels;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        labels.append(m_periods.value(i).label());
        double sum = 0;
        int n = 0;
        for (const Evaluation &e : m_series[i]) {
            for (const KpiLine &k : e.card.kpis) {
                anyKpi = anyKpi || k.kpi == kpi;
            }
            const auto v = valueOf(e.card);
            if (!v) {
                continue;
            }
            sum += *v;
            ++n;
            top = std::max(top, *v);
            if (e.card.repId == rep) {
                own->append(double(i), *v);
            }
        }
        if (n > 0) {
            team->append(double(i), sum / n);
        }
    }
    chart->addSeries(team);
    chart->addSeries(own);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        x->append(labels[i], double(i));
    }
    x->setRange(-0.3, std::max(0.3, double(labels.size()) - 0.7));
    chart->addAxis(x, Qt::AlignBottom);
    const bool money = which != ScoreItem && ScorecardText::isMoney(kpi);
    const charts::Scale scale = money ? charts::scaleFor(top, home) : charts::Scale();
    if (money && scale.divisor != 1) {
        for (QLineSeries *s : {own, team}) {
            QList<QPointF> points = s->points();
            for (QPointF &p : points) {
                p.setY(p.y() / scale.divisor);
            }
            s->replace(points);
        }
        top /= scale.divisor;
    }
    QCategoryAxis *y = charts::valueAxis(std::max(top, 1.0));
    if (money) {
        y->setTitleText(scale.unit);
    } else if (which != ScoreItem && ScorecardText::isFraction(kpi)) {
        y->setTitleText(u"%"_s);
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {own, team}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_trend, chart);
    if (which != ScoreItem && !anyKpi) {
        m_note->setText(tr("%1 is not on the template's scorecard: choose a template that weighs "
                           "it to follow it here.")
                                .arg(ScorecardText::name(kpi)));
    } else {
        m_note->setText(tr("Scores are of each period's scorecard (final ones as finalised); the "
                           "team average is over the reps with a figure in the period."));
    }
}

void AnalysisView::drawRadar()
{
    auto *chart = new QPolarChart;
    const qint64 rep = currentRepId();
    const QList<Evaluation> now = m_series.isEmpty() ? QList<Evaluation>() : m_series.last();
    const QHash<ScoreKpi, double> average = averageKpiScores(now);
    const Scorecard *card = nullptr;
    for (const Evaluation &e : now) {
        if (e.card.repId == rep) {
            card = &e.card;
        }
    }
    chart->setTitle(m_periods.isEmpty() ? QString()
                                        : tr("KPI scores in %1 against the team average")
                                                  .arg(m_periods.last().label()));
    if (!card || card->kpis.size() < 3) {
        replaceChart(m_radar, chart);
        return;
    }
    const int n = int(card->kpis.size());
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *radial = new QValueAxis;
    double top = 100;
    auto *own = new QLineSeries;
    own->setName(card->rep);
    own->setPen(QPen(repColor, 2.5));
    own->setPointsVisible(true);
    auto *team = new QLineSeries;
    team->setName(tr("Team average"));
    team->setPen(QPen(teamColor, 2, Qt::DashLine));
    for (int i = 0; i <= n; ++i) {
        const KpiLine &k = card->kpis[i % n];
        const double angle = 360.0 * (i % n) / n;
        if (i < n) {
            angular->append(ScorecardText::name(k.kpi), angle);
        }
        const double mine = k.score.value_or(0);
        const double theirs = average.value(k.kpi, 0);
        top = std::max({top, mine, theirs});
        own->append(i < n ? angle : 360, mine);
        team->append(i < n ? angle : 360, theirs);
    }
    radial->setRange(0, std::ceil(top / 20) * 20);
    radial->setTickCount(int(std::ceil(top / 20)) + 1);
    radial->setLabelFormat(u"%d"_s);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : {team, own}) {
        chart->addSeries(s);
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Room beside the ring for the names at 90° and 270°.
    chart->setMargins(QMargins(56, 8, 56, 8));
    replaceChart(m_radar, chart);
}

} // namespace salesdesk::ui
