#include "ui/dashboard/dashboardpage.h"

#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/report/reportsection.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"
#include "ui/dashboard/dashboardchart.h"
#include "ui/dashboard/kpitile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QThread>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

using namespace dashboard;

namespace {

constexpr int refreshDelayMs = 200; // a burst of changes is one computation

} // namespace

DashboardPage::DashboardPage(Book &book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
{
    setObjectName(u"dashboardPage"_s);
    qRegisterMetaType<DashboardRequest>();
    qRegisterMetaType<DashboardData>();

    m_range = new QComboBox(this);
    m_range->setObjectName(u"rangeComboBox"_s);
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("This month"), int(Range::ThisMonth));
    m_range->addItem(tr("This quarter"), int(Range::ThisQuarter));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("Last month"), int(Range::LastMonth));
    m_range->addItem(tr("Last quarter"), int(Range::LastQuarter));
    m_range->addItem(tr("Last year"), int(Range::LastYear));
    m_range->addItem(tr("Custom range…"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    // The custom range: from the start of this quarter to today until the user picks.
    const QDate today = book.clock().today();
    m_from = new QDateEdit(
            Period::containing(Period::Kind::Quarter, today, book.targets().yearStartMonth())
                    .start(),
            this);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"toDateEdit"_s);
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                                       ? QLocale().dateFormat(QLocale::ShortFormat)
                                       : u"yyyy-MM-dd"_s);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_to->date() < m_from->date()) {
                m_to->setDate(m_from->date()); // a range never ends before it starts
            }
            refresh();
        });
    }
    m_compare = new QComboBox(this);
    m_compare->setObjectName(u"compareComboBox"_s);
    m_compare->setAccessibleName(tr("Compare with"));
    m_compare->addItem(tr("the period before"), false);
    m_compare->addItem(tr("the same period last year"), true);
    m_rep = new QComboBox(this);
    m_rep->setObjectName(u"repFilterComboBox"_s);
    m_rep->setAccessibleName(tr("Sales rep"));
    m_product = new QComboBox(this);
    m_product->setObjectName(u"productFilterComboBox"_s);
    m_product->setAccessibleName(tr("Product"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"dashboardStatusLabel"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    fillFilters();

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(new QLabel(tr("compared with"), this));
    controls->addWidget(m_compare);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Rep:"), this));
    controls->addWidget(m_rep);
    controls->addWidget(new QLabel(tr("Product:"), this));
    controls->addWidget(m_product);
    controls->addStretch(1);
    controls->addWidget(m_status);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QList<Kpi> kpis = KpiText::all();
    for (qsizetype i = 0; i < kpis.size(); ++i) {
        auto *tile = new KpiTile(kpis[i], this);
        tile->setDrillable(kpis[i] != Kpi::NewCustomers && kpis[i] != Kpi::Csat
                           && kpis[i] != Kpi::Nps && kpis[i] != Kpi::MarketShare);
        connect(tile, &KpiTile::activated, this, &DashboardPage::tileActivated);
        tiles->addWidget(tile, int(i / 6), int(i % 6));
        m_tiles.append(tile);
    }

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QStringList names {revenueChart, funnelChart,  stageChart, wonLostChart,
                             reasonChart,  segmentChart, repChart,   productChart};
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *c = new DashboardChart(names[i], content);
        const QString name = names[i];
        connect(c, &DashboardChart::barClicked, this,
                [this, name](int series, int category) { barClicked(name, series, category); });
        grid->addWidget(c, int(i / 2), int(i % 2));
        m_charts.append(c);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(controls);
    layout->addLayout(tiles);
    layout->addWidget(scroll, 1);

    for (QComboBox *box : {m_range, m_compare}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
            m_from->setVisible(custom);
            m_to->setVisible(custom);
            refresh(true);
        });
    }
    // One filter at a time: a rep's figures or a product's.
    connect(m_rep, &QComboBox::activated, this, [this] {
        if (m_rep->currentIndex() > 0) {
            m_product->setCurrentIndex(0);
        }
        refresh(true);
    });
    connect(m_product, &QComboBox::activated, this, [this] {
        if (m_product->currentIndex() > 0) {
            m_rep->setCurrentIndex(0);
        }
        refresh(true);
    });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(refreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(true); });

    m_thread = new QThread(this);
    m_thread->setObjectName(u"dashboard"_s);
    m_worker = new DashboardWorker(book.path(), book.clock());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::ready, this, &DashboardPage::apply);
    m_thread->start();

    // Every change to what the figures are made of.
    const auto changed = [this] {
        refresh();
    };
    PipelineService &pipeline = book.pipeline();
    connect(&pipeline, &PipelineService::dealChanged, this, changed);
    connect(&pipeline, &PipelineService::dealRemoved, this, changed);
    connect(&pipeline, &PipelineService::stagesChanged, this, changed);
    connect(&book.activities(), &ActivityService::activityChanged, this, changed);
    connect(&book.activities(), &ActivityService::activityRemoved, this, changed);
    connect(&book.targets(), &TargetService::targetsChanged, this, changed);
    connect(&book.feedback(), &FeedbackService::feedbackChanged, this, changed);
    connect(&book.segments(), &SegmentService::segmentsChanged, this, changed);
    connect(&book.customers(), &CustomerService::customersChanged, this, changed);
    connect(&book.team(), &TeamService::teamChanged, this, [this] {
        fillFilters();
        refresh();
    });
    connect(&book, &Book::reloaded, this, [this] {
        fillFilters();
        refresh();
    });
}

DashboardPage::~DashboardPage()
{
    // The worker's connection closes on its own thread, then the thread ends.
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void DashboardPage::fillFilters()
{
    const qint64 rep = m_rep->currentData().toLongLong();
    m_rep->clear();
    m_rep->addItem(tr("Everybody"), 0);
    for (const Rep &r : m_book.team().reps()) {
        m_rep->addItem(r.name, r.id);
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(rep)));
    if (isVisible()) {
        fillProducts();
    } else if (m_product->count() == 0) {
        m_product->addItem(tr("Every product"), QString()); // the rest when the page is shown
    }
}

void DashboardPage::fillProducts()
{
    const QString product = m_product->currentData().toString();
    m_product->clear();
    m_product->addItem(tr("Every product"), QString());
    if (auto products = m_book.kpi().products()) {
        for (const QString &p : std::as_const(*products)) {
            m_product->addItem(p, p);
        }
    }
    m_product->setCurrentIndex(product.isEmpty() ? 0 : std::max(0, m_product->findData(product)));
}

void DashboardPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void DashboardPage::setCustomRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(std::max(from, to));
    setRange(Range::Custom);
    refresh(true);
}

void DashboardPage::setCompareWithLastYear(bool lastYear)
{
    m_compare->setCurrentIndex(lastYear ? 1 : 0);
}

void DashboardPage::setRep(qint64 repId)
{
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(repId)));
    if (repId != 0) {
        m_product->setCurrentIndex(0);
    }
    refresh(true);
}

void DashboardPage::setProduct(const QString &product)
{
    fillProducts();
    m_product->setCurrentIndex(product.isEmpty() ? 0 : std::max(0, m_product->findData(product)));
    if (!product.isEmpty()) {
        m_rep->setCurrentIndex(0);
    }
    refresh(true);
}

DashboardRequest DashboardPage::request() const
{
    DashboardRequest r;
    r.serial = m_serial;
    r.asOf = m_book.clock().today();
    const int startMonth = m_book.targets().yearStartMonth();
    const auto range = Range(m_range->currentData().toInt());
    if (range == Range::Custom) {
        r.span = KpiSpan::between(m_from->date(), m_to->date());
    } else {
        const Period::Kind kind = range == Range::ThisMonth || range == Range::LastMonth
                                          ? Period::Kind::Month
                                  : range == Range::ThisQuarter || range == Range::LastQuarter
                                          ? Period::Kind::Quarter
                                          : Period::Kind::Year;
        Period period = Period::containing(kind, r.asOf, startMonth);
        if (range == Range::LastMonth || range == Range::LastQuarter || range == Range::LastYear) {
            period = KpiService::previous(period);
        }
        r.span = KpiSpan::of(period);
    }
    r.compare = m_compare->currentData().toBool() ? r.span.yearBefore() : r.span.previous();
    if (const qint64 rep = m_rep->currentData().toLongLong(); rep != 0) {
        r.scope = TargetScope {ScopeKind::Rep, rep, {}};
    } else if (const QString product = m_product->currentData().toString(); !product.isEmpty()) {
        r.scope = TargetScope {ScopeKind::Product, 0, product};
    }
    return r;
}

void DashboardPage::refresh(bool now)
{
    m_stale = true;
    if (!isVisible()) {
        return; // when the tab is shown
    }
    if (!now) {
        m_timer->start();
        return;
    }
    m_timer->stop();
    if (m_running) {
        m_again = true; // once this one is in
        return;
    }
    m_running = true;
    m_stale = false;
    ++m_serial;
    m_status->setText(tr("Updating…"));
    const DashboardRequest r = request();
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, r] { worker->compute(r); }, Qt::QueuedConnection);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The products named on deals, read each time the page comes into sight: a deal may have
    // named a new one since, and a page out of sight asks nothing.
    fillProducts();
    if (m_stale) {
        refresh(true);
    }
}

void DashboardPage::apply(const DashboardData &data)
{
    m_running = false;
    if (m_again) {
        m_again = false;
        m_stale = true;
        refresh(true);
        if (data.request.serial != m_serial) {
            return; // a newer request is on its way
        }
    }
    if (!data.error.isEmpty()) {
        m_status->setText(data.error);
        return;
    }
    m_data = data;
    showTiles();
    showCharts();
    m_status->setText(tr("%1 to %2").arg(dateText(data.now.from), dateText(data.now.to)));
    m_status->setToolTip(tr("Computed in %1 ms.").arg(data.elapsedMs));
    emit updated();
}

double DashboardPage::major(qint64 minor) const
{
    return double(minor) / double(currency::minorPerMajor(m_book.currencies().home()));
}

QString DashboardPage::moneyText(qint64 minor) const
{
    return currency::formatWhole(minor, m_book.currencies().home());
}

QString DashboardPage::periodName(const KpiSpan &span) const
{
    if (span.period.isValid()) {
        return ReportContext::periodName(span.period, QLocale());
    }
    //: A range of days: %1 the first, %2 the last
    return tr("%1 – %2").arg(dateText(span.start), dateText(span.end));
}

KpiTile *DashboardPage::tile(Kpi kpi) const
{
    for (KpiTile *t : m_tiles) {
        if (t->kpi() == kpi) {
            return t;
        }
    }
    return nullptr;
}

DashboardChart *DashboardPage::chart(const QString &objectName) const
{
    for (DashboardChart *c : m_charts) {
        if (c->objectName() == objectName) {
            return c;
        }
    }
    return nullptr;
}

void DashboardPage::showTiles()
{
    const QLocale locale;
    const KpiFigures &k = m_data.now.kpis;
    const KpiFigures &then = m_data.then.kpis;
    const QString compared = periodName(m_data.request.compare);
    for (KpiTile *t : std::as_const(m_tiles)) {
        const Kpi kpi = t->kpi();
        const std::optional<double> value = KpiText::value(k, kpi);
        QString text = u"–"_s;
        QString detail;
        if (value) {
            switch (kpi) {
            case Kpi::Revenue:
            case Kpi::AverageDeal:
            case Kpi::WeightedPipeline:
                text = moneyText(qint64(std::llround(*value)));
                break;
            case Kpi::WinRate:
                text = locale.toString(*value * 100, 'f', 0) + u" %"_s;
                break;
            case Kpi::MarketShare:
                text = locale.toString(*value * 100, 'f', 1) + u" %"_s;
                break;
            case Kpi::SalesCycle:
                text = tr("%1 days").arg(locale.toString(*value, 'f', 1));
                break;
            case Kpi::Csat:
                text = tr("%1 of 5").arg(locale.toString(*value, 'f', 2));
                break;
            case Kpi::Nps:
                text = locale.toString(std::round(*value) == 0 ? 0.0 : *value, 'f', 0);
                break;
            default:
                text = locale.toString(qint64(*value));
            }
        }
        switch (kpi) {
        case Kpi::Revenue:
            if (const auto &f = m_data.forecast) {
                // While the period runs: where it is heading, against its target.
                const QString point = moneyText(qint64(std::llround(f->point)));
                detail = k.targetMinor ? tr("Forecast %1 of the %2 target")
                                                 .arg(point, moneyText(*k.targetMinor))
                                       : tr("Forecast %1 for the period").arg(point);
            } else {
                detail = k.targetMinor && k.attainment
                                 ? tr("%1 % of the %2 target")
                                           .arg(locale.toString(*k.attainment * 100, 'f', 0),
                                                moneyText(*k.targetMinor))
                                 : tr("No target for exactly this period");
            }
            break;
        case Kpi::WonDeals:
            detail = tr("%1 lost").arg(locale.toString(k.lostDeals));
            break;
        case Kpi::WinRate:
            detail = tr("of %1 closed").arg(locale.toString(k.wonDeals + k.lostDeals));
            break;
        case Kpi::WeightedPipeline:
            detail = tr("of %1 open").arg(moneyText(k.pipelineOpenMinor));
            break;
        case Kpi::OverdueActivities:
            detail = tr("%1 done in the period").arg(locale.toString(k.activitiesDone));
            break;
        case Kpi::NewCustomers:
            detail = tr("%1 new deals").arg(locale.toString(k.newDeals));
            break;
        case Kpi::MarketShare:
            detail = k.marketShare ? tr("of the recorded market size")
                                   : tr("No market size for exactly this period");
            break;
        default:
            break;
        }
        t->setFigures(text, detail, KpiText::change(value, KpiText::value(then, kpi)), compared);
    }
}

QList<qint64> DashboardPage::dealsWhere(const std::function<bool(const KpiDeal &)> &keep,
                                        bool open) const
{
    QList<qint64> ids;
    for (const KpiDeal &d : open ? m_data.parts.open : m_data.parts.closed) {
        if (keep(d)) {
            ids.append(d.id);
        }
    }
    return ids;
}

void DashboardPage::tileActivated(Kpi kpi)
{
    const QString period = periodName(m_data.request.span);
    switch (kpi) {
    case Kpi::Revenue:
    case Kpi::WonDeals:
    case Kpi::AverageDeal:
    case Kpi::SalesCycle:
        emit drillDown(dealsWhere([](const KpiDeal &d) { return d.won; }, false),
                       tr("won in %1").arg(period));
        return;
    case Kpi::WinRate:
        emit drillDown(dealsWhere([](const KpiDeal &) { return true; }, false),
                       tr("won or lost in %1").arg(period));
        return;
    case Kpi::WeightedPipeline:
        emit drillDown(dealsWhere([](const KpiDeal &) { return true; }, true),
                       tr("open at %1").arg(dateText(m_data.now.to)));
        return;
    case Kpi::OverdueActivities:
        emit activitiesRequested();
        return;
    case Kpi::NewCustomers:
    case Kpi::Csat:
    case Kpi::Nps:
    case Kpi::MarketShare:
        return;
    }
}

void DashboardPage::barClicked(const QString &name, int series, int category)
{
    const QList<KpiMonth> &months = m_data.parts.months;
    if (name == revenueChart || name == wonLostChart) {
        if (category < 0 || category >= months.size()) {
            return;
        }
        const Period month = months[category].month;
        const bool won = name == revenueChart || series == 0;
        emit drillDown(
                dealsWhere(
                        [&](const KpiDeal &d) {
                            return d.won == won && month.contains(d.closedOn);
                        },
                        false),
                (won ? tr("won in %1") : tr("lost in %1")).arg(periodName(KpiSpan::of(month))));
    } else if (name == stageChart && category < m_stageIds.size()) {
        const qint64 stage = m_stageIds[category];
        const Stage *s = m_book.pipeline().stage(stage);
        emit drillDown(
                dealsWhere([stage](const KpiDeal &d) { return d.stageId == stage; }, true),
                tr("in %1 at %2").arg(s ? s->displayName() : QString(), dateText(m_data.now.to)));
    } else if (name == reasonChart && category < m_reasonIds.size()) {
        const qint64 reason = m_reasonIds[category];
        emit drillDown(
                dealsWhere(
                        [reason](const KpiDeal &d) { return !d.won && d.lostReasonId == reason; },
                        false),
                tr("lost in %1 for this reason").arg(periodName(m_data.request.span)));
    } else if (name == repChart && category < m_repIds.size()) {
        const qint64 rep = m_repIds[category];
        emit drillDown(
                dealsWhere([rep](const KpiDeal &d) { return d.won && d.ownerId == rep; }, false),
                tr("won by %1 in %2")
                        .arg(m_book.team().repName(rep), periodName(m_data.request.span)));
    } else if (name == productChart && category < m_products.size()) {
        const QString product = m_products[category];
        emit drillDown(
                dealsWhere([&product](const KpiDeal &d) { return d.won && d.product == product; },
                           false),
                tr("of %1 won in %2")
                        .arg(KpiText::productName(product), periodName(m_data.request.span)));
    }
}

} // namespace salesdesk::ui
