#include "ui/market/competitorsview.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/forecast/seriesfile.h"
#include "core/kpi/kpitext.h"
#include "core/market/marketservice.h"
#include "core/market/shareprojection.h"
#include "core/pipeline/pipelineservice.h"
#include "ui/commands/marketcommands.h"
#include "ui/common/chartaxes.h"
#include "ui/common/loadwhenshown.h"
#include "ui/market/marketdialogs.h"
#include "ui/team/teamwidgets.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

QTableWidget *figuresTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

qint64 selectedRowId(const QTableWidget *t)
{
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : t->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

QHBoxLayout *barOf(const QList<QAction *> &actions)
{
    auto *bar = new QHBoxLayout;
    for (QAction *a : actions) {
        bar->addWidget(actionButton(a));
    }
    bar->addStretch(1);
    return bar;
}

QString percent(double fraction, int decimals = 1)
{
    return QLocale().toString(fraction * 100, 'f', decimals) + u" %"_s;
}

} // namespace

// ---- competitors ----

CompetitorsView::CompetitorsView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_table(figuresTable(u"competitorsTable"_s,
                           {tr("Competitor"), tr("Threat"), tr("Deals"), tr("Won"), tr("Lost"),
                            tr("Open"), tr("Win rate"), tr("Value lost"), tr("Positioning")}))
    , m_note(new QLabel)
    , m_detail(new QLabel)
    , m_trend(new QChartView(new QChart))
    , m_add(new QAction(tr("New &Competitor…"), this))
    , m_edit(new QAction(tr("Edit Competitor…"), this))
    , m_remove(new QAction(tr("Remove Competitor"), this))
{
    setObjectName(u"competitorsView"_s);
    m_add->setObjectName(u"newCompetitorAction"_s);
    m_edit->setObjectName(u"editCompetitorAction"_s);
    m_remove->setObjectName(u"removeCompetitorAction"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: palette(mid);"_s);
    m_detail->setObjectName(u"competitorDetailLabel"_s);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextFormat(Qt::RichText);
    m_trend->setObjectName(u"competitorTrendChart"_s);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(220);
    m_trend->chart()->setAnimationOptions(QChart::NoAnimation);
    m_trend->chart()->layout()->setContentsMargins(0, 0, 0, 0);
    m_trend->chart()->legend()->setAlignment(Qt::AlignBottom);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_trend, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(barOf({m_add, m_edit, m_remove}));
    layout->addWidget(split, 1);
    layout->addWidget(m_note);
    connect(m_add, &QAction::triggered, this, [this] { edit(0); });
    connect(m_edit, &QAction::triggered, this, [this] { edit(selectedId()); });
    connect(m_remove, &QAction::triggered, this, &CompetitorsView::remove);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { edit(selectedId()); });
    const auto selection = [this] {
        m_edit->setEnabled(selectedId() > 0);
        m_remove->setEnabled(selectedId() > 0);
        showDetail();
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, selection);
    // Figured on the window's thread: only while shown, once more when shown again.
    m_loader = new LoadWhenShown(this, [this] { refresh(); });
    for (auto signal : {&PipelineService::dealChanged, &PipelineService::dealRemoved}) {
        connect(&book.pipeline(), signal, m_loader, &LoadWhenShown::request);
    }
    connect(&book.market(), &MarketService::marketChanged, m_loader, &LoadWhenShown::request);
    connect(&book, &Book::reloaded, m_loader, &LoadWhenShown::request);
    selection();
}

qint64 CompetitorsView::selectedId() const
{
    return selectedRowId(m_table);
}

void CompetitorsView::refresh()
{
    const qint64 selected = selectedId();
    const QDate today = m_book.clock().today();
    const QDate from = today.addYears(-1).addDays(1);
    auto figures = m_book.market().figures(KpiSpan::between(from, today), today);
    m_table->setRowCount(0);
    if (!figures) {
        m_note->setText(figures.error().message);
        return;
    }
    m_figures = *figures;
    const QString home = m_book.currencies().home();
    for (const CompetitorFigures &f : std::as_const(*figures)) {
        const Competitor *c = m_book.market().competitor(f.competitorId);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = readOnlyCell(f.name);
        name->setData(Qt::UserRole, f.competitorId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, readOnlyCell(c ? MarketText::name(c->threat) : QString()));
        m_table->setItem(row, 2, figureCell(QString::number(f.met)));
        m_table->setItem(row, 3, figureCell(QString::number(f.won)));
        m_table->setItem(row, 4, figureCell(QString::number(f.lost)));
        m_table->setItem(row, 5, figureCell(QString::number(f.open)));
        m_table->setItem(row, 6, figureCell(f.winRate ? percent(*f.winRate, 0) : u"—"_s));
        m_table->setItem(row, 7, figureCell(currency::formatWhole(f.lostValueMinor, home)));
        m_table->setItem(row, 8, readOnlyCell(c ? c->positioning : QString()));
        if (f.competitorId == selected) {
            m_table->selectRow(row);
        }
    }
    m_note->setText(figures->isEmpty()
                            ? tr("No competitors yet. Add one, or name them on a deal "
                                 "(Competitors field): a name the register does not have is "
                                 "added to it.")
                            : tr("The deals that name each competitor and closed from %1 to %2, "
                                 "and those still open; the value lost is of the deals lost "
                                 "while they were in the running.")
                                      .arg(QLocale().toString(from, QLocale::ShortFormat),
                                           QLocale().toString(today, QLocale::ShortFormat)));
    if (selectedId() == 0 && m_table->rowCount() > 0) {
        m_table->selectRow(0); // the most deals met first
    }
    showDetail();
}

void CompetitorsView::showDetail()
{
    QChart *c = m_trend->chart();
    c->removeAllSeries();
    for (auto *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    const qint64 id = selectedId();
    const Competitor *competitor = m_book.market().competitor(id);
    const auto f = std::find_if(m_figures.cbegin(), m_figures.cend(),
                                [id](const CompetitorFigures &x) { return x.competitorId == id; });
    if (!competitor || f == m_figures.cend()) {
        m_detail->setText(tr("Select a competitor to see its profile, why deals were lost to it "
                             "and its record by quarter."));
        c->setTitle(QString());
        return;
    }
    QString html = u"<b>%1</b>"_s.arg(competitor->name.toHtmlEscaped());
    const QList<std::pair<QString, QString>> fields
            = {{tr("Products"), competitor->products},     {tr("Prices"), competitor->prices},
               {tr("Strategy"), competitor->strategy},     {tr("Strengths"), competitor->strengths},
               {tr("Weaknesses"), competitor->weaknesses}, {tr("Notes"), competitor->notes}};
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty()) {
            html += u"<br>%1: %2"_s.arg(label, value.toHtmlEscaped());
        }
    }
    if (!f->lostReasons.isEmpty()) {
        QStringList reasons;
        for (const KpiShare &r : f->lostReasons) {
            reasons.append(
                    tr("%1 (%n deal(s))", nullptr, r.count)
                            .arg(KpiText::lostReasonName(m_book.pipeline(), r.id).toHtmlEscaped()));
        }
        html += u"<br>"_s + tr("Lost to them: %1").arg(reasons.join(u", "_s));
    }
    m_detail->setText(html);
    c->setTitle(tr("Won and lost against %1 by quarter").arg(competitor->name));
    if (f->trend.isEmpty()) {
        return;
    }
    auto *won = new QBarSet(tr("Won"));
    won->setColor(QColor(0x38, 0x8e, 0x3c));
    auto *lost = new QBarSet(tr("Lost"));
    lost->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList quarters;
    int top = 0;
    for (const QuarterRecord &q : f->trend) {
        *won << q.won;
        *lost << q.lost;
        quarters.append(q.quarter.label());
        top = std::max({top, q.won, q.lost});
    }
    auto *series = new QBarSeries;
    series->append(won);
    series->append(lost);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(quarters);
    // Counts: at most four steps, so that they stay whole (0, 5, 10…).
    auto *y = charts::valueAxis(top, QLocale(), 4);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void CompetitorsView::edit(qint64 id)
{
    const Competitor *c = m_book.market().competitor(id);
    CompetitorDialog dialog(c ? *c : Competitor {}, this);
    dialog.setCommand(m_undo, [this, &dialog] {
        return MarketCommands::saveCompetitor(m_book.market(), dialog.competitor());
    });
    dialog.exec();
}

void CompetitorsView::remove()
{
    const Competitor *c = m_book.market().competitor(selectedId());
    if (!c) {
        return;
    }
    auto command = MarketCommands::removeCompetitor(m_book.market(), c->id);
    if (!command) {
        QMessageBox::warning(this, tr("Cannot Remove Competitor"), command.error().message);
        return;
    }
    m_undo->push(command->release());
}

// ---- market size and share ----

ShareView::ShareView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_table(figuresTable(u"marketSizesTable"_s,
                           {tr("Period"), tr("Segment"), tr("Market size"), tr("Our revenue"),
                            tr("Our share"), tr("Source")}))
    , m_chart(new QChartView(new QChart))
    , m_add(new QAction(tr("New &Market Size…"), this))
    , m_edit(new QAction(tr("Edit Market Size…"), this))
    , m_remove(new QAction(tr("Remove Market Size"), this))
    , m_share(new QAction(tr("Set Competitor's Share…"), this))
{
    setObjectName(u"shareView"_s);
    m_add->setObjectName(u"newMarketSizeAction"_s);
    m_chart->setObjectName(u"shareChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    QChart *c = m_chart->chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setChildrenCollapsible(false);
    // The chart is what tells the story; the table is for looking a figure up.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(barOf({m_add, m_edit, m_remove, m_share}));
    layout->addWidget(split, 1);
    m_share->setObjectName(u"setCompetitorShareAction"_s);
    connect(m_share, &QAction::triggered, this, &ShareView::setShare);
    connect(m_add, &QAction::triggered, this, [this] { edit(0); });
    connect(m_edit, &QAction::triggered, this, [this] { edit(selectedId()); });
    connect(m_remove, &QAction::triggered, this, &ShareView::remove);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { edit(selectedId()); });
    const auto selection = [this] {
        m_edit->setEnabled(selectedId() > 0);
        m_remove->setEnabled(selectedId() > 0);
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, selection);
    // Figured on the window's thread: only while shown, once more when shown again.
    m_loader = new LoadWhenShown(this, [this] { refresh(); });
    connect(&book.pipeline(), &PipelineService::dealChanged, m_loader, &LoadWhenShown::request);
    connect(&book.market(), &MarketService::marketChanged, m_loader, &LoadWhenShown::request);
    connect(&book, &Book::reloaded, m_loader, &LoadWhenShown::request);
    selection();
}

qint64 ShareView::selectedId() const
{
    return selectedRowId(m_table);
}

void ShareView::refresh()
{
    const qint64 selected = selectedId();
    m_table->setRowCount(0);
    const QString home = m_book.currencies().home();
    const QDate today = m_book.clock().today();
    QHash<qint64, MarketShareFigures> figured; // by size
    for (const MarketSize &s : m_book.market().sizes()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *period = readOnlyCell(s.period.label());
        period->setData(Qt::UserRole, s.id);
        m_table->setItem(row, 0, period);
        m_table->setItem(row, 1,
                         readOnlyCell(s.segment.isEmpty() ? tr("The whole market") : s.segment));
        m_table->setItem(row, 2, figureCell(currency::formatWhole(s.valueMinor, home)));
        auto share = m_book.market().share(s.period, s.segment, today);
        if (share) {
            figured.insert(s.id, *share);
        }
        m_table->setItem(row, 3,
                         figureCell(share ? currency::formatWhole(share->ourRevenueMinor, home)
                                          : QString()));
        m_table->setItem(row, 4,
                         figureCell(share && share->share ? percent(*share->share) : u"—"_s));
        m_table->setItem(row, 5, readOnlyCell(s.source));
        if (s.id == selected) {
            m_table->selectRow(row);
        }
    }
    // The chart's trend from the shares just figured for the table: each one figured once.
    QList<MarketShareFigures> trend;
    for (const MarketSize &s : m_book.market().trendSizes()) {
        if (!figured.contains(s.id)) {
            trend.clear();
            break;
        }
        trend.append(figured.value(s.id));
    }
    showChart(trend);
}

void ShareView::showChart(const QList<MarketShareFigures> &trend)
{
    QChart *c = m_chart->chart();
    c->removeAllSeries();
    for (auto *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    if (trend.isEmpty()) {
        c->setTitle(tr("Record the market's size to see our share of it over time."));
        return;
    }
    c->setTitle(tr("Share of the whole market, each line carried on at its average change per "
                   "period (dashed)"));
    // The recorded periods, then as many ahead as the lines are carried on.
    const int horizon = trend.last().period.kind() == Period::Kind::Year ? 2 : 4;
    const QList<ShareLine> lines = projectShares(trend, horizon);
    QList<Period> periods;
    for (const MarketShareFigures &f : trend) {
        periods.append(f.period);
    }
    for (int h = 1; h <= horizon; ++h) {
        periods.append(forecast::nextPeriod(trend.last().period, h));
    }
    const QList<QColor> colors {QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3),
                                QColor(0x1b, 0x9e, 0x77), QColor(0xe7, 0x29, 0x8a),
                                QColor(0x66, 0xa6, 0x1e), QColor(0xa6, 0x76, 0x1d)};
    double top = 0;
    int next = 0;
    for (const ShareLine &line : lines) {
        const bool ours = line.competitorId == 0;
        const Competitor *comp = m_book.market().competitor(line.competitorId);
        const QColor color
                = ours ? palette().color(QPalette::Highlight) : colors[next++ % colors.size()];
        auto *recorded = new QLineSeries;
        recorded->setName(ours ? tr("Us") : comp ? comp->name : QString());
        recorded->setPen(QPen(color, ours ? 3 : 2));
        for (const auto &[period, share] : line.recorded) {
            recorded->append(double(periods.indexOf(period)), share * 100);
            top = std::max(top, share * 100);
        }
        c->addSeries(recorded);
        if (line.projected.isEmpty()) {
            continue;
        }
        auto *ahead = new QLineSeries;
        ahead->setPen(QPen(color, ours ? 2.5 : 1.5, Qt::DashLine));
        const auto &[lastPeriod, lastShare] = line.recorded.last();
        ahead->append(double(periods.indexOf(lastPeriod)), lastShare * 100);
        for (const auto &[period, share] : line.projected) {
            ahead->append(double(periods.indexOf(period)), share * 100);
            top = std::max(top, share * 100);
        }
        c->addSeries(ahead);
        // One legend entry a line: the dashed part goes with the recorded one.
        c->legend()->markers(ahead).value(0)->setVisible(false);
    }
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        x->append(periods[i].label(), double(i));
    }
    // A little room either side, for the first and last labels.
    x->setRange(-0.3, std::max<double>(1, double(periods.size() - 1)) + 0.3);
    auto *y = charts::valueAxis(top);
    y->setTitleText(u"%"_s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ShareView::edit(qint64 id)
{
    MarketSize size;
    for (const MarketSize &s : m_book.market().sizes()) {
        if (s.id == id) {
            size = s;
        }
    }
    MarketSizeDialog dialog(m_book, size, this);
    dialog.setCommand(
            m_undo,
            [this, &dialog]() -> Result<std::unique_ptr<SwapCommand<std::optional<MarketSize>>>> {
                auto s = dialog.size();
                if (!s) {
                    return s.error();
                }
                return MarketCommands::saveSize(m_book.market(), *s);
            });
    dialog.exec();
}

void ShareView::setShare()
{
    if (m_book.market().competitors().isEmpty()) {
        QMessageBox::information(this, tr("No Competitors"),
                                 tr("Add the competitor to the register (Competitors) first."));
        return;
    }
    CompetitorShareDialog dialog(m_book, this);
    dialog.setCommand(
            m_undo,
            [this,
             &dialog]() -> Result<std::unique_ptr<SwapCommand<std::optional<CompetitorShare>>>> {
                auto s = dialog.share();
                if (!s) {
                    return s.error();
                }
                return MarketCommands::setShare(m_book.market(), *s);
            });
    dialog.exec();
}

void ShareView::remove()
{
    auto command = MarketCommands::removeSize(m_book.market(), selectedId());
    if (!command) {
        QMessageBox::warning(this, tr("Cannot Remove Market Size"), command.error().message);
        return;
    }
    m_undo->push(command->release());
}

} // namespace salesdesk::ui
