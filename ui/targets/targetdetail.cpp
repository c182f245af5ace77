#include "ui/targets/targetdetail.h"

#include "core/common/money.h"
#include "core/forecast/periodforecast.h"
#include "core/pipeline/pipelinetypes.h"
#include "core/targets/targetmath.h"
#include "core/targets/targetservice.h"
#include "ui/common/chartaxes.h"
#include "ui/common/dialogs.h"
#include "ui/targets/targetdelegate.h"
#include "ui/targets/targetdialogs.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

const QColor ActualColor(0x1f, 0x6f, 0xeb);
const QColor TargetColor(0x1f, 0x9d, 0x55);
const QColor OriginalColor(0x9c, 0xa3, 0xaf);

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (auto *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

TargetDetail::TargetDetail(TargetService &targets, const KpiService &kpi, QWidget *parent)
    : QWidget(parent)
    , m_targets(targets)
    , m_kpi(kpi)
{
    setObjectName(u"targetDetail"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"targetTitleLabel"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    // The status as a chip beside the title: one line, never wrapped.
    m_status = new QLabel;
    m_status->setObjectName(u"targetStatusLabel"_s);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_summary = new QLabel;
    m_summary->setObjectName(u"targetSummaryLabel"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_smart = new SmartCheckView;

    m_revisions = new QTableWidget(0, 3);
    m_revisions->setObjectName(u"revisionTableWidget"_s);
    m_revisions->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Reason")});
    m_revisions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_revisions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_revisions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_revisions->verticalHeader()->hide();
    m_revisions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_revisions->setMaximumHeight(130);

    m_burnUp = new QChart;
    m_burnUp->setAnimationOptions(QChart::NoAnimation);
    m_burnUp->legend()->setAlignment(Qt::AlignBottom);
    m_parts = new QChart;
    m_parts->setAnimationOptions(QChart::NoAnimation);
    m_parts->legend()->setAlignment(Qt::AlignBottom);
    auto *burnUpView = new QChartView(m_burnUp);
    burnUpView->setObjectName(u"burnUpChartView"_s);
    burnUpView->setRenderHint(QPainter::Antialiasing);
    auto *partsView = new QChartView(m_parts);
    partsView->setObjectName(u"partsChartView"_s);
    partsView->setRenderHint(QPainter::Antialiasing);
    m_charts = new QTabWidget;
    m_charts->setDocumentMode(true);
    m_charts->addTab(burnUpView, tr("Burn-up"));
    m_charts->addTab(partsView, tr("Parts: target and actual"));
    m_charts->setMinimumHeight(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status, 0, Qt::AlignTop);
    layout->addLayout(heading);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>SMART check</b>")));
    layout->addWidget(m_smart);
    layout->addWidget(new QLabel(tr("<b>Adjustments</b>")));
    layout->addWidget(m_revisions);
    layout->addWidget(m_charts, 1);
    clear();
}

void TargetDetail::clear()
{
    m_shownId = 0;
    m_title->setText(tr("Choose a target"));
    m_status->hide();
    m_summary->setText(tr("Pick a target on the left to see its progress, its SMART check and "
                          "how it was adjusted."));
    m_smart->setVisible(false);
    m_revisions->setRowCount(0);
    resetChart(m_burnUp);
    resetChart(m_parts);
}

double TargetDetail::chartValue(Metric metric, qint64 value) const
{
    if (TargetText::isMoney(metric)) {
        return double(value) / double(currency::minorPerMajor(m_targets.homeCurrency()));
    }
    if (metric == Metric::WinRate) {
        return double(value) * 100.0 / double(PartsPerMillion);
    }
    return double(value);
}

int TargetDetail::ticksFitting() const
{
    // A label needs about three lines of text between it and the next to read well.
    const int plot = m_charts->height() - 140; // title, legend, date labels and margins
    return std::clamp(plot / (3 * fontMetrics().height()), 2, 5);
}

void TargetDetail::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_shownId && ticksFitting() != m_ticks) {
        auto target = m_targets.target(m_shownId);
        if (target) {
            fillBurnUp(*target, m_shownAsOf);
            fillParts(*target, m_shownAsOf);
        }
    }
}

TargetDetail::~TargetDetail() = default;

void TargetDetail::forgetForecasts()
{
    m_forecaster.reset();
}

QString TargetDetail::forecastText(const Target &t, const QDate &asOf)
{
    const auto metric = forecast::PeriodForecaster::bookMetric(t.metric);
    if (!metric) {
        return {};
    }
    if (!m_forecaster || m_forecastAsOf != asOf) {
        m_forecaster = std::make_unique<forecast::PeriodForecaster>(m_kpi, m_targets, asOf);
        m_forecastAsOf = asOf;
    }
    auto made = m_forecaster->forecast(*metric, t.scope, t.period);
    if (!made || !*made) {
        return {};
    }
    const forecast::PeriodForecast &f = **made;
    const auto value = [&](double v) {
        return m_targets.formatValue(t.metric, qint64(std::llround(v)));
    };
    const double gap = f.gapTo(t.value);
    const QString gapText
            = gap < 0 ? u"<span style=\"color:#b03030\">%1</span>"_s.arg(value(gap)) : value(gap);
    if (f.lo80 && f.hi80) {
        return tr("Statistical forecast <b>%1</b> (80 %: %2 – %3; %4) · against the target: %5")
                .arg(value(f.point), value(*f.lo80), value(*f.hi80), f.model.toHtmlEscaped(),
                     gapText);
    }
    return tr("Statistical forecast <b>%1</b> (its finished quarters and the forecast of the "
              "rest; %2) · against the target: %3")
            .arg(value(f.point), f.model.toHtmlEscaped(), gapText);
}

void TargetDetail::showTarget(qint64 id, const QDate &asOf)
{
    m_shownId = id;
    m_shownAsOf = asOf;
    auto target = m_targets.target(id);
    if (!target) {
        clear();
        return;
    }
    const Target &t = *target;
    auto progress = m_targets.progress(t, asOf);
    m_title->setText(t.name);
    const QLocale locale;
    QString summary = tr("%1 · %2 · %3 to %4")
                              .arg(TargetText::name(t.metric), m_targets.scopeLabel(t.scope),
                                   dateText(t.startsOn, locale), dateText(t.endsOn, locale));
    summary = summary.toHtmlEscaped() + u"<br>"_s;
    summary += tr("Target <b>%1</b>").arg(m_targets.formatValue(t.metric, t.value));
    if (t.originalValue != t.value) {
        summary += u" "_s
                   + tr("(originally %1)").arg(m_targets.formatValue(t.metric, t.originalValue));
    }
    if (progress) {
        summary += u"<br>"_s
                   + tr("Actual <b>%1</b> (%2 %) · expected by %3: %4 · projected: %5")
                             .arg(m_targets.formatValue(t.metric, progress->actual),
                                  locale.toString(progress->attainment * 100, 'f', 1),
                                  dateText(asOf, locale),
                                  m_targets.formatValue(t.metric, progress->expectedToDate),
                                  m_targets.formatValue(t.metric, progress->projected));
        if (progress->onTrackByPipeline) {
            summary += u"<br>"_s + TargetText::byPipeline().toHtmlEscaped();
        }
        if (const QString expected = forecastText(t, asOf); !expected.isEmpty()) {
            summary += u"<br>"_s + expected;
        }
        const QColor color = TargetDelegate::statusColor(int(progress->status));
        m_status->setText(TargetText::name(progress->status)
                          + (progress->onTrackByPipeline ? u" *"_s : QString()));
        m_status->setToolTip(progress->onTrackByPipeline ? TargetText::byPipeline() : QString());
        m_status->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; "
                                "padding: 2px 8px; }"_s.arg(color.name()));
        m_status->show();
    } else {
        m_status->hide();
    }
    if (!t.description.isEmpty()) {
        summary += u"<br><i>"_s + t.description.toHtmlEscaped() + u"</i>"_s;
    }
    m_summary->setText(summary);
    if (auto check = m_targets.smartCheck(t, asOf)) {
        m_smart->show(*check);
        m_smart->setVisible(true);
    }
    m_revisions->setRowCount(0);
    if (auto revisions = m_targets.revisions(id)) {
        for (const auto &r : std::as_const(*revisions)) {
            const int row = m_revisions->rowCount();
            m_revisions->insertRow(row);
            m_revisions->setItem(row, 0,
                                 new QTableWidgetItem(dateText(localDate(r.revisedAt), locale)));
            m_revisions->setItem(
                    row, 1,
                    new QTableWidgetItem(m_targets.formatValue(t.metric, r.oldValue) + u" → "_s
                                         + m_targets.formatValue(t.metric, r.newValue)));
            m_revisions->setItem(row, 2, new QTableWidgetItem(r.reason));
        }
    }
    fillBurnUp(t, asOf);
    fillParts(t, asOf);
}

void TargetDetail::fillBurnUp(const Target &t, const QDate &asOf)
{
    resetChart(m_burnUp);
    auto children = m_targets.timeChildren(t);
    if (!children) {
        return;
    }
    QList<Target> originals = *children;
    for (auto &c : originals) {
        c.value = c.originalValue;
    }
    Target original = t;
    original.value = t.originalValue;

    // Daily for a month or a week, weekly for longer periods.
    const int step = t.days() > 45 ? 7 : 1;
    QList<QDate> points;
    for (QDate d = t.startsOn; d < t.endsOn; d = d.addDays(step)) {
        points.append(d);
    }
    points.append(t.endsOn);

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    actual->setPen(QPen(ActualColor, 2.5));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    target->setPen(QPen(TargetColor, 2));
    auto *originalLine = new QLineSeries;
    originalLine->setName(tr("Original target"));
    originalLine->setPen(QPen(OriginalColor, 1.5, Qt::DashLine));
    double top = 0;
    for (const QDate &d : std::as_const(points)) {
        const double x = charts::dateValue(d);
        const qint64 expected = TargetMath::progress(t, *children, 0, 0, d).expectedToDate;
        const qint64 expectedOriginal
                = TargetMath::progress(original, originals, 0, 0, d).expectedToDate;
        target->append(x, chartValue(t.metric, expected));
        originalLine->append(x, chartValue(t.metric, expectedOriginal));
        top = std::max(
                {top, chartValue(t.metric, expected), chartValue(t.metric, expectedOriginal)});
        if (d <= asOf) {
            auto a = m_targets.actualTo(t, d);
            if (a) {
                actual->append(x, chartValue(t.metric, *a));
                top = std::max(top, chartValue(t.metric, *a));
            }
        }
    }
    if (asOf > t.startsOn && asOf < t.endsOn && !points.contains(asOf)) {
        if (auto a = m_targets.actualTo(t, asOf)) {
            actual->append(charts::dateValue(asOf), chartValue(t.metric, *a));
        }
    }
    m_burnUp->addSeries(originalLine);
    m_burnUp->addSeries(target);
    m_burnUp->addSeries(actual);
    // Amounts in the unit a reader of the language expects (thousand CNY, 万元), dates on month
    // starts.
    const QLocale locale;
    const bool money = TargetText::isMoney(t.metric);
    const charts::Scale scale
            = charts::scaleFor(top, money ? m_targets.homeCurrency() : QString(), locale);
    for (auto *s : {originalLine, target, actual}) {
        QList<QPointF> scaled = s->points();
        for (auto &p : scaled) {
            p.setY(p.y() / scale.divisor);
        }
        s->replace(scaled);
    }
    auto *x = charts::dateAxis(t.startsOn, t.endsOn, locale);
    m_ticks = ticksFitting();
    auto *y = charts::valueAxis(top / scale.divisor, locale, m_ticks);
    m_burnUp->addAxis(x, Qt::AlignBottom);
    m_burnUp->addAxis(y, Qt::AlignLeft);
    for (auto *s : {originalLine, target, actual}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_burnUp->setTitle(scale.unit.isEmpty() ? tr("Cumulative")
                                            : tr("Cumulative (%1)").arg(scale.unit));
}

void TargetDetail::fillParts(const Target &t, const QDate &asOf)
{
    resetChart(m_parts);
    m_partLabels.clear();
    auto children = m_targets.children(t.id);
    if (!children || children->isEmpty()) {
        m_parts->setTitle(tr("Not split into parts"));
        return;
    }
    QList<double> goals, actuals;
    QStringList categories;
    double top = 0;
    const QLocale locale;
    for (const auto &c : std::as_const(*children)) {
        // Short labels under the bars ("Q3", "Mar", "W27", a rep's name cut to fit); the full
        // name and the figures are in the tooltip.
        const QString full = c.scope == t.scope ? c.period.label() : m_targets.scopeLabel(c.scope);
        QString label = full;
        if (c.scope == t.scope) {
            switch (c.period.kind()) {
            case Period::Kind::Quarter:
                label = u"Q%1"_s.arg(c.period.index());
                break;
            case Period::Kind::Month:
                label = locale.toString(c.period.start(), locale.language() == QLocale::Chinese
                                                                  ? u"M月"_s
                                                                  : u"MMM"_s);
                break;
            case Period::Kind::Week:
                label = u"W%1"_s.arg(c.period.index());
                break;
            case Period::Kind::Year:
                break;
            }
        } else if (label.size() > 12) {
            label = label.left(11) + u'…';
        }
        while (categories.contains(label)) {
            label += u' '; // categories must differ
        }
        categories.append(label);
        auto a = m_targets.actualTo(c, asOf);
        goals.append(chartValue(c.metric, c.value));
        actuals.append(chartValue(c.metric, a ? *a : 0));
        top = std::max({top, goals.last(), actuals.last()});
        m_partLabels.append(tr("%1: target %2, actual %3")
                                    .arg(full, m_targets.formatValue(c.metric, c.value),
                                         m_targets.formatValue(c.metric, a ? *a : 0)));
    }
    const bool money = TargetText::isMoney(t.metric);
    const charts::Scale scale
            = charts::scaleFor(top, money ? m_targets.homeCurrency() : QString(), locale);
    auto *goal = new QBarSet(tr("Target"));
    goal->setColor(TargetColor);
    auto *done = new QBarSet(tr("Actual"));
    done->setColor(ActualColor);
    for (qsizetype i = 0; i < goals.size(); ++i) {
        *goal << goals[i] / scale.divisor;
        *done << actuals[i] / scale.divisor;
    }
    auto *series = new QBarSeries;
    series->append(goal);
    series->append(done);
    connect(series, &QBarSeries::hovered, this, [this](bool status, int index) {
        QToolTip::showText(QCursor::pos(), status && index >= 0 && index < m_partLabels.size()
                                                   ? m_partLabels[index]
                                                   : QString());
    });
    m_parts->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = charts::valueAxis(top / scale.divisor, locale, ticksFitting());
    m_parts->addAxis(x, Qt::AlignBottom);
    m_parts->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_parts->setTitle(scale.unit.isEmpty() ? tr("Parts: target and actual")
                                           : tr("Parts: target and actual (%1)").arg(scale.unit));
}

} // namespace salesdesk::ui
