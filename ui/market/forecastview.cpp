#include "ui/market/forecastview.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"
#include "ui/common/chartaxes.h"
#include "ui/team/teamwidgets.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

using namespace forecast;

namespace {

// How many finished periods of history the chart shows before the forecast.
constexpr int kShownHistory = 36;

} // namespace

ForecastView::ForecastView(Book &book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_metric(new QComboBox)
    , m_by(new QComboBox)
    , m_horizon(new QSpinBox)
    , m_method(new QComboBox)
    , m_scope(new QComboBox)
    , m_chart(new QChartView(new QChart))
    , m_model(new QLabel)
    , m_notes(new QLabel)
    , m_supply(new QLabel)
    , m_table(new QTableWidget(0, 6))
    , m_pipelineTitle(new QLabel)
    , m_pipelineTable(new QTableWidget(0, 2))
    , m_stages(new QTableWidget(0, 4))
{
    setObjectName(u"forecastView"_s);
    m_metric->setObjectName(u"forecastMetricCombo"_s);
    for (BookMetric m : {BookMetric::Revenue, BookMetric::WonDeals, BookMetric::NewCustomers}) {
        m_metric->addItem(BookForecastText::name(m), int(m));
    }
    m_by->setObjectName(u"forecastByCombo"_s);
    m_by->addItem(tr("By month"), int(Period::Kind::Month));
    m_by->addItem(tr("By quarter"), int(Period::Kind::Quarter));
    m_horizon->setObjectName(u"forecastHorizonSpin"_s);
    m_horizon->setRange(1, 24);
    m_horizon->setValue(12);
    m_horizon->setSuffix(tr(" ahead"));
    m_method->setObjectName(u"forecastMethodCombo"_s);
    for (Method m : {Method::Auto, Method::Ets, Method::Theta, Method::SeasonalNaive, Method::Naive,
                     Method::Drift, Method::Mean, Method::Ses, Method::Holt, Method::DampedHolt,
                     Method::HoltWintersAdditive, Method::HoltWintersMultiplicative}) {
        m_method->addItem(ForecastText::name(m), int(m));
    }
    m_scope->setObjectName(u"forecastScopeCombo"_s);
    m_scope->addItem(tr("The company"), u"company"_s); // the rest when the view is shown

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Forecast:")));
    controls->addWidget(m_metric);
    controls->addWidget(m_by);
    controls->addWidget(m_horizon);
    controls->addWidget(new QLabel(tr("Method:")));
    controls->addWidget(m_method);
    controls->addWidget(new QLabel(tr("For:")));
    controls->addWidget(m_scope, 1);

    m_chart->setObjectName(u"forecastChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    // Tall enough that the value axis keeps its labels in CJK fonts too.
    m_chart->setMinimumHeight(280);
    QChart *c = m_chart->chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);

    m_model->setObjectName(u"forecastModelLabel"_s);
    m_model->setWordWrap(true);
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setObjectName(u"forecastNotesLabel"_s);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(u"color: palette(mid);"_s);
    m_supply->setObjectName(u"forecastSupplyLabel"_s);
    m_supply->setWordWrap(true);
    m_supply->setToolTip(tr("What each rep on staff turned out in the last (up to four) finished "
                            "periods, times the reps on staff now: the demand the team can meet "
                            "at its recent pace."));

    m_table->setObjectName(u"forecastTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("Forecast"), tr("80 % interval"),
                                        tr("95 % interval"), tr("Revenue target"), tr("Gap")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    // The pipeline forecast of the running quarter, beside the statistical one.
    m_pipelineTitle->setObjectName(u"pipelineForecastTitle"_s);
    QFont bold = m_pipelineTitle->font();
    bold.setBold(true);
    m_pipelineTitle->setFont(bold);
    m_pipelineTable->setObjectName(u"pipelineForecastTable"_s);
    m_stages->setObjectName(u"stageWinRatesTable"_s);
    m_stages->setHorizontalHeaderLabels(
            {tr("Stage"), tr("Configured"), tr("Learned"), tr("Closed deals")});
    // Compact rows: three tables share the lower half.
    const int rowHeight = fontMetrics().height() + 8;
    for (QTableWidget *t : {m_table, m_pipelineTable, m_stages}) {
        t->verticalHeader()->setDefaultSectionSize(rowHeight);
    }
    for (QTableWidget *t : {m_pipelineTable, m_stages}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionMode(QAbstractItemView::NoSelection);
    }
    m_pipelineTable->horizontalHeader()->hide();
    m_stages->setToolTip(tr("Of the closed deals that reached each stage (or a later one), the "
                            "share that was won, beside the probability the stage is set to."));
    auto *pipelineBox = new QWidget;
    auto *pipelineLayout = new QVBoxLayout(pipelineBox);
    pipelineLayout->setContentsMargins(0, 0, 0, 0);
    pipelineLayout->addWidget(m_pipelineTitle);
    pipelineLayout->addWidget(m_pipelineTable, 3);
    pipelineLayout->addWidget(m_stages, 2);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_model);
    lowerLayout->addWidget(m_supply);
    lowerLayout->addWidget(m_notes);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_table, 3);
    tables->addWidget(pipelineBox, 2);
    lowerLayout->addLayout(tables, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chart);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    for (QComboBox *box : {m_metric, m_by, m_method, m_scope}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ForecastView::refresh);
    }
    connect(m_horizon, &QSpinBox::valueChanged, this, &ForecastView::refresh);
    // Every change to what the history is made of.
    const auto changed = [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    };
    connect(&book.pipeline(), &PipelineService::dealChanged, this, changed);
    connect(&book.pipeline(), &PipelineService::dealRemoved, this, changed);
    connect(&book.targets(), &TargetService::targetsChanged, this, changed);
    connect(&book.team(), &TeamService::teamChanged, this, [this, changed] {
        if (isVisible()) {
            fillScopes();
        }
        changed();
    });
    connect(&book, &Book::reloaded, this, [this, changed] {
        if (isVisible()) {
            fillScopes();
        }
        changed();
    });
}

ForecastView::~ForecastView()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void ForecastView::fillScopes()
{
    const QSignalBlocker block(m_scope);
    const QString current = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("The company"), u"company"_s);
    for (const Rep &r : m_book.team().reps()) {
        m_scope->addItem(tr("Rep: %1").arg(r.name), u"rep:%1"_s.arg(r.id));
    }
    for (const Team &t : m_book.team().teams()) {
        m_scope->addItem(tr("Team: %1").arg(t.name), QString(u"team:"_s + t.name));
    }
    // A segment's customers as they are today, over their whole history.
    for (Segment segment : {Segment::HighValue, Segment::Potential, Segment::General}) {
        m_scope->addItem(tr("Segment: %1").arg(SegmentText::name(segment)),
                         QString(u"segment:"_s + SegmentText::code(segment)));
    }
    if (auto products = m_book.kpi().products()) {
        for (const QString &p : std::as_const(*products)) {
            if (!p.isEmpty()) {
                m_scope->addItem(tr("Product: %1").arg(p), QString(u"product:"_s + p));
            }
        }
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
}

BookForecastRequest ForecastView::request() const
{
    BookForecastRequest r;
    r.metric = BookMetric(m_metric->currentData().toInt());
    r.by = Period::Kind(m_by->currentData().toInt());
    r.options.method = Method(m_method->currentData().toInt());
    r.options.horizon = m_horizon->value();
    r.asOf = m_book.clock().today();
    const QString scope = m_scope->currentData().toString();
    if (scope.startsWith(u"rep:")) {
        r.scope = {ScopeKind::Rep, scope.mid(4).toLongLong(), {}};
    } else if (scope.startsWith(u"team:")) {
        r.scope = {ScopeKind::Team, 0, scope.mid(5)};
    } else if (scope.startsWith(u"product:")) {
        r.scope = {ScopeKind::Product, 0, scope.mid(8)};
    }
    return r;
}

std::optional<Segment> ForecastView::scopeSegment() const
{
    const QString scope = m_scope->currentData().toString();
    return scope.startsWith(u"segment:") ? SegmentText::segment(scope.mid(8)) : std::nullopt;
}

void ForecastView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Reps, teams and products as they are now, read when the view comes into sight: a deal may
    // have named a new product since, and a view out of sight asks nothing.
    fillScopes();
    if (m_stale) {
        refresh();
    }
}

void ForecastView::refresh()
{
    m_stale = false;
    if (m_thread) {
        m_again = true; // once the running one is in
        return;
    }
    const int serial = ++m_serial;
    const BookForecastRequest r = request();
    const QString path = m_book.path();
    const Clock clock = m_book.clock();
    auto result = std::make_shared<Result<BookForecast>>(Error::internal(QString()));
    auto pipeline = std::make_shared<Result<PipelineForecast>>(Error::internal(QString()));
    auto capacity = std::make_shared<std::optional<SupplyCapacity>>();
    m_model->setText(tr("Computing the forecast…"));
    const std::optional<Segment> segment = scopeSegment();
    m_thread = QThread::create([path, clock, r, segment, result, pipeline, capacity] {
        // A read-only connection of its own: every edit of the window is committed already.
        auto book = Book::open(path, Database::Access::ReadOnly, clock);
        if (!book) {
            *result = book.error();
            *pipeline = book.error();
            return;
        }
        BookForecastRequest asked = r;
        if (segment) {
            auto customers = customersOf((*book)->segments(), *segment, r.asOf);
            if (!customers) {
                *result = customers.error();
                *pipeline = customers.error();
                return;
            }
            asked.customers = *customers;
        }
        *result = forecastBook((*book)->kpi(), (*book)->targets(), asked);
        if (*result && !segment) {
            *capacity = supplyCapacity(**result, r.scope, (*book)->team(), r.asOf);
        }
        const Period quarter = Period::containing(Period::Kind::Quarter, r.asOf,
                                                  (*book)->targets().yearStartMonth());
        *pipeline = (*book)->pipelineForecast().forecast(quarter, r.asOf);
    });
    m_thread->setObjectName(u"forecast"_s);
    connect(m_thread, &QThread::finished, this, [this, result, pipeline, capacity, serial] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        showPipeline(*pipeline);
        m_capacity = *capacity;
        apply(*result, serial);
    });
    m_thread->start();
}

QString ForecastView::valueText(double value) const
{
    if (m_shown && m_shown->metric == BookMetric::Revenue) {
        return currency::formatWhole(qint64(std::llround(value)), m_book.currencies().home());
    }
    return QLocale().toString(value, 'f', 1);
}

void ForecastView::apply(const Result<BookForecast> &result, int serial)
{
    Q_UNUSED(serial)
    if (!result) {
        m_shown.reset();
        m_model->setText(result.error().message);
        m_notes->clear();
        m_supply->clear();
        m_table->setRowCount(0);
        m_chart->chart()->removeAllSeries();
        for (auto *axis : m_chart->chart()->axes()) {
            m_chart->chart()->removeAxis(axis);
            delete axis;
        }
        emit updated();
        return;
    }
    m_shown = *result;
    const Forecast &f = m_shown->forecast;
    QString model = tr("Model: %1.").arg(f.model);
    if (!f.candidates.isEmpty()) {
        QStringList compared;
        for (const Candidate &c : f.candidates) {
            compared.append(
                    c.mase ? tr("%1 (MASE %2)").arg(c.model, QLocale().toString(*c.mase, 'f', 2))
                           : c.model);
        }
        model += u" "_s
                 + tr("Chosen automatically, the best backtest of %1.")
                           .arg(QLocale().createSeparatedList(compared));
    }
    if (f.backtest.mase) {
        model += u" "_s
                 + tr("Backtest over the last %n origin(s), %1 ahead: MASE %2 (seasonal naive "
                      "%3; below 1 beats it), sMAPE %4 %.",
                      nullptr, f.backtest.origins)
                           .arg(f.backtest.horizon)
                           .arg(QLocale().toString(*f.backtest.mase, 'f', 2),
                                QLocale().toString(*f.backtest.snaiveMase, 'f', 2),
                                QLocale().toString(*f.backtest.smape, 'f', 1));
    }
    m_model->setText(model);
    m_notes->setText(f.notes.join(u"\n"_s));
    m_notes->setVisible(!f.notes.isEmpty());
    showCapacity();
    showChart(*m_shown);
    showTable(*m_shown);
    emit updated();
}

void ForecastView::showCapacity()
{
    // A product has no staff of its own.
    if (!m_shown || m_shown->forecast.points.isEmpty() || request().scope.kind == ScopeKind::Product
        || scopeSegment()) {
        m_supply->hide();
        return;
    }
    if (!m_capacity) {
        m_supply->setText(tr("Supply: no rep was on staff in the periods measured."));
        m_supply->setStyleSheet(QString());
        m_supply->show();
        return;
    }
    const SupplyCapacity &c = *m_capacity;
    const bool monthly = m_shown->running.kind() == Period::Kind::Month;
    QString text = (monthly ? tr("Supply: a rep on staff turned out %1 a month over the last %n "
                                 "month(s); the %2 on staff now, about %3 a month.",
                                 nullptr, c.periods)
                            : tr("Supply: a rep on staff turned out %1 a quarter over the last %n "
                                 "quarter(s); the %2 on staff now, about %3 a quarter.",
                                 nullptr, c.periods))
                           .arg(valueText(c.perRep), QLocale().toString(c.repsNow),
                                valueText(c.capacity));
    // The first period wholly ahead: the running one is partly done already.
    const int ahead = m_shown->forecast.points.size() > 1 ? 1 : 0;
    const double demand = m_shown->forecast.points[ahead].point;
    const Period period = nextPeriod(m_shown->running, ahead);
    if (const auto load = c.load(demand)) {
        text += u" "_s
                + tr("The forecast of %1 (%2) asks %3 % of that.")
                          .arg(period.label(), valueText(demand),
                               QLocale().toString(*load * 100, 'f', 0));
        if (*load > 1.05) {
            text += u" "_s
                    + tr("More than the team has been turning out: hire, or raise what "
                         "each rep closes.");
        }
    }
    m_supply->setText(text);
    m_supply->setStyleSheet(c.load(demand).value_or(0) > 1.05 ? u"color: #b03030;"_s : QString());
    m_supply->show();
}

void ForecastView::showChart(const BookForecast &f)
{
    QChart *c = m_chart->chart();
    c->removeAllSeries();
    for (auto *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    const bool money = f.metric == BookMetric::Revenue;
    // Revenue in major units of the home currency, scaled to the axis's unit.
    const double toMajor = money ? 100.0 : 1.0;
    const int n = int(f.history.values.size());
    const int first = std::max(0, n - kShownHistory);
    double top = 0;
    for (int i = first; i < n; ++i) {
        top = std::max(top, f.history.values[std::size_t(i)] / toMajor);
    }
    for (const ForecastPoint &p : f.forecast.points) {
        top = std::max(top, p.hi95 / toMajor);
    }
    const charts::Scale scale
            = charts::scaleFor(top, money ? m_book.currencies().home() : QString());
    const double k = 1.0 / (toMajor * scale.divisor);

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    for (int i = first; i < n; ++i) {
        actual->append(i - first, f.history.values[std::size_t(i)] * k);
    }
    auto *point = new QLineSeries;
    point->setName(tr("Forecast"));
    auto *hi95 = new QLineSeries;
    auto *lo95 = new QLineSeries;
    auto *hi80 = new QLineSeries;
    auto *lo80 = new QLineSeries;
    // The forecast line starts from the last actual, so the two join.
    if (n > 0) {
        const double last = f.history.values.back() * k;
        point->append(n - 1 - first, last);
        for (QLineSeries *s : {hi95, lo95, hi80, lo80}) {
            s->append(n - 1 - first, last);
        }
    }
    for (qsizetype h = 0; h < f.forecast.points.size(); ++h) {
        const ForecastPoint &p = f.forecast.points[h];
        const double x = double(n - first + h);
        point->append(x, p.point * k);
        hi95->append(x, p.hi95 * k);
        lo95->append(x, p.lo95 * k);
        hi80->append(x, p.hi80 * k);
        lo80->append(x, p.lo80 * k);
    }
    const QColor base = palette().color(QPalette::Highlight);
    auto *band95 = new QAreaSeries(hi95, lo95);
    band95->setName(tr("95 % interval"));
    QColor light = base;
    light.setAlpha(45);
    band95->setColor(light);
    band95->setBorderColor(Qt::transparent);
    auto *band80 = new QAreaSeries(hi80, lo80);
    band80->setName(tr("80 % interval"));
    QColor mid = base;
    mid.setAlpha(90);
    band80->setColor(mid);
    band80->setBorderColor(Qt::transparent);
    QPen dashed(base, 2, Qt::DashLine);
    point->setPen(dashed);
    actual->setPen(QPen(palette().color(QPalette::WindowText), 2));
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *> {band95, band80, actual, point}) {
        c->addSeries(s);
    }
    // x: one tick a period, labelled every few so the labels never crowd.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int total = n - first + int(f.forecast.points.size());
    const int every = f.history.frequency() == 12 ? 6 : 2;
    for (int i = 0; i < total; ++i) {
        const Period p = f.history.periodAt(first + i);
        if (i % every == 0) {
            x->append(p.label(), i);
        }
    }
    x->setRange(0, std::max(1, total - 1));
    auto *y = charts::valueAxis(top / scale.divisor);
    y->setTitleText(scale.unit);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Only the two lines and the two bands in the legend.
    c->legend()->setVisible(true);
}

void ForecastView::showPipeline(const Result<PipelineForecast> &result)
{
    m_pipelineTable->setRowCount(0);
    m_stages->setRowCount(0);
    if (!result) {
        m_pipeline.reset();
        m_pipelineTitle->setText(result.error().message);
        return;
    }
    m_pipeline = *result;
    const PipelineForecast &f = *m_pipeline;
    const PipelineTotals &t = f.company;
    const QString home = m_book.currencies().home();
    const auto money = [&](qint64 minor) {
        return currency::formatWhole(minor, home);
    };
    m_pipelineTitle->setText(tr("Pipeline forecast of %1").arg(f.period.label()));
    const QList<std::pair<QString, QString>> rows = {
            {tr("Won so far"), money(t.wonMinor)},
            {tr("Commit"), money(t.commitMinor)},
            {tr("Best case"), money(t.bestCaseMinor)},
            {tr("Pipeline"), money(t.pipelineMinor)},
            {tr("Won + commit (the reps' call)"), money(t.commitForecast())},
            {tr("Won + commit + best case"), money(t.bestCaseForecast())},
            {tr("Won + weighted by stage"), money(t.weightedForecast())},
            {tr("Won + weighted by learned win rates"), money(t.wonMinor + t.learnedMinor)},
            {tr("Revenue target"), f.targetMinor ? money(*f.targetMinor) : u"—"_s},
            {tr("Slipped (expected close past, still open)"),
             tr("%n deal(s), %1", nullptr, t.slippedDeals).arg(money(t.slippedMinor))},
    };
    for (const auto &[label, value] : rows) {
        const int row = m_pipelineTable->rowCount();
        m_pipelineTable->insertRow(row);
        m_pipelineTable->setItem(row, 0, readOnlyCell(label));
        m_pipelineTable->setItem(row, 1, figureCell(value));
    }
    for (const StageWinRate &s : std::as_const(f.stages)) {
        const Stage *stage = m_book.pipeline().stage(s.stageId);
        const int row = m_stages->rowCount();
        m_stages->insertRow(row);
        m_stages->setItem(row, 0, readOnlyCell(stage ? stage->displayName() : QString()));
        m_stages->setItem(row, 1, figureCell(u"%1 %"_s.arg(s.configuredPercent)));
        m_stages->setItem(
                row, 2,
                figureCell(s.learned ? QLocale().toString(*s.learned * 100, 'f', 0) + u" %"_s
                                     : tr("too few")));
        m_stages->setItem(row, 3, figureCell(QString::number(s.closed)));
    }
}

void ForecastView::showTable(const BookForecast &f)
{
    m_table->setRowCount(0);
    const QString home = m_book.currencies().home();
    for (qsizetype h = 0; h < f.forecast.points.size(); ++h) {
        const ForecastPoint &p = f.forecast.points[h];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString period = nextPeriod(f.running, int(h)).label();
        if (h == 0) {
            period = tr("%1 (running, %2 so far)").arg(period, valueText(f.runningSoFar));
        }
        m_table->setItem(row, 0, readOnlyCell(period));
        m_table->setItem(row, 1, figureCell(valueText(p.point)));
        m_table->setItem(row, 2, figureCell(valueText(p.lo80) + u" – "_s + valueText(p.hi80)));
        m_table->setItem(row, 3, figureCell(valueText(p.lo95) + u" – "_s + valueText(p.hi95)));
        // Indexed, not value(h): a default ForecastTarget's optionals trip GCC's
        // -Wmaybe-uninitialized at -O2.
        QString target;
        QString gapText;
        bool behind = false;
        if (h < f.targets.size()) {
            const ForecastTarget &t = f.targets[h];
            target = t.targetMinor ? currency::formatWhole(*t.targetMinor, home) : QString();
            gapText = t.gapMinor ? currency::formatWhole(*t.gapMinor, home) : QString();
            behind = t.gapMinor && *t.gapMinor < 0;
        }
        m_table->setItem(row, 4, figureCell(target));
        auto *gap = figureCell(gapText);
        if (behind) {
            gap->setForeground(QColor(0xb0, 0x30, 0x30));
        }
        m_table->setItem(row, 5, gap);
    }
    const bool revenue = f.metric == BookMetric::Revenue;
    m_table->setColumnHidden(4, !revenue);
    m_table->setColumnHidden(5, !revenue);
}

} // namespace salesdesk::ui
