#include "ui/pipeline/funnelview.h"

#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/pipeline/pipelineservice.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const QColor BottleneckColor(0xfd, 0xec, 0xea);
const QColor FunnelColor(0x1f, 0x6f, 0xeb);
enum Preset { Last90Days, ThisYear, Last12Months, AllTime, Custom };
} // namespace

void FunnelModel::setReport(const FunnelReport &report, const QString &currency)
{
    const bool sameShape = report.stages.size() == m_report.stages.size() && currency == m_currency;
    m_currency = currency;
    if (!sameShape) {
        beginResetModel();
    }
    m_report = report;
    if (sameShape) {
        if (!m_report.stages.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    } else {
        endResetModel();
    }
}

int FunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.stages.size());
}

int FunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FunnelStage &s = m_report.stages.at(index.row());
    const bool bottleneck = index.row() == m_report.bottleneck;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn:
            return bottleneck ? tr("%1 — bottleneck").arg(s.name) : s.name;
        case EnteredColumn:
            return locale.toString(s.entered);
        case AdvancedColumn:
            return locale.toString(s.advanced);
        case ConversionColumn:
            return QString(locale.toString(s.conversion * 100, 'f', 1) + u" %"_s);
        case AvgDaysColumn:
            return s.completedStays ? locale.toString(s.avgDays, 'f', 1) : u"–"_s;
        case ValueColumn:
            return currency::formatWhole(s.value, m_currency, locale);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case StageColumn:
            return index.row();
        case EnteredColumn:
            return s.entered;
        case AdvancedColumn:
            return s.advanced;
        case ConversionColumn:
            return s.conversion;
        case AvgDaysColumn:
            return s.avgDays;
        case ValueColumn:
            return s.value;
        }
        return {};
    case BottleneckRole:
        return bottleneck;
    case Qt::BackgroundRole:
        return bottleneck ? QVariant(QBrush(BottleneckColor)) : QVariant();
    case Qt::FontRole:
        if (bottleneck) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == StageColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header cut by a narrow column shows its whole text as a tooltip.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case EnteredColumn:
        return tr("Entered");
    case AdvancedColumn:
        return tr("Moved on");
    case ConversionColumn:
        return tr("Conversion rate");
    case AvgDaysColumn:
        return tr("Average days in stage");
    case ValueColumn:
        return tr("Value (%1)").arg(m_currency);
    default:
        return {};
    }
}

FunnelView::FunnelView(PipelineService &service, const CurrencyService &currencies,
                       const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_currencies(currencies)
    , m_clock(clock)
{
    m_model = new FunnelModel(this);

    m_preset = new QComboBox;
    m_preset->setObjectName(u"funnelPresetComboBox"_s);
    m_preset->setAccessibleName(tr("Date range"));
    m_preset->addItems({tr("Last 90 days"), tr("This year"), tr("Last 12 months"), tr("All time"),
                        tr("Custom")});
    m_from = new QDateEdit;
    useDateFormat(m_from);
    m_from->setObjectName(u"funnelFromDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit;
    useDateFormat(m_to);
    m_to->setObjectName(u"funnelToDateEdit"_s);
    m_to->setCalendarPopup(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Deals created:")));
    bar->addWidget(m_preset);
    bar->addWidget(new QLabel(tr("from")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    bar->addStretch(1);

    m_summary = new QLabel;
    m_summary->setObjectName(u"funnelSummaryLabel"_s);
    m_summary->setToolTip(PipelineText::funnelExplained());
    m_summary->setWhatsThis(PipelineText::funnelExplained());
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_table = new QTableView;
    m_table->setObjectName(u"funnelTableView"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FunnelModel::StageColumn,
                                                      QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Sales funnel"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart);
    m_chartView->setObjectName(u"funnelChartView"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_empty = new EmptyState(m_chartView);
    m_showAllTime = new QAction(tr("Show All Time"), this);
    connect(m_showAllTime, &QAction::triggered, this,
            [this] { m_preset->setCurrentIndex(AllTime); });
    m_chartView->setMinimumHeight(260);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 780});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FunnelView::refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FunnelView::applyPreset);
    for (auto *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(Custom);
            m_refreshTimer.start();
        });
    }
    // Deals change one at a time; the funnel is recomputed once things settle, and only when
    // somebody is looking.
    const auto markStale = [this] {
        m_stale = true;
        if (isVisible()) {
            m_refreshTimer.start();
        }
    };
    connect(&service, &PipelineService::dealChanged, this, markStale);
    connect(&service, &PipelineService::dealRemoved, this, markStale);
    connect(&service, &PipelineService::stagesChanged, this, markStale);
    applyPreset(Last90Days);
}

void FunnelView::applyPreset(int index)
{
    const QDate today = m_clock.today();
    QDate from;
    switch (index) {
    case Last90Days:
        from = today.addDays(-89);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Last12Months:
        from = today.addMonths(-12).addDays(1);
        break;
    case AllTime:
        from = QDate(2000, 1, 1);
        break;
    default:
        return;
    }
    setRange(from, today);
}

void FunnelView::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void FunnelView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void FunnelView::refresh()
{
    m_refreshTimer.stop();
    auto report = m_service.funnel(m_from->date(), m_to->date());
    if (!report) {
        m_summary->setText(report.message().toHtmlEscaped());
        return;
    }
    m_stale = false;
    m_model->setReport(*report, m_currencies.home());
    const QLocale locale;
    const QString bottleneck
            = report->bottleneck >= 0 ? report->stages.at(report->bottleneck).name : tr("none");
    m_summary->setText(tr("<b>%1</b> deals created in this range: <b>%2</b> won, <b>%3</b> lost, "
                          "win rate <b>%4 %</b>. Bottleneck: <b style='color:#c0392b'>%5</b>.")
                               .arg(locale.toString(report->deals), locale.toString(report->won),
                                    locale.toString(report->lost),
                                    locale.toString(report->winRate * 100, 'f', 1),
                                    bottleneck.toHtmlEscaped()));
    updateChart();
    if (report->deals > 0) {
        m_empty->hideNotice();
    } else if (m_preset->currentIndex() == AllTime) {
        m_empty->showNotice(tr("No deals yet. The funnel shows how the deals created in a period "
                               "went on from stage to stage, and where most of them stop."));
    } else {
        m_empty->showNotice(tr("No deals were created in this range."), {m_showAllTime});
    }
}

void FunnelView::updateChart()
{
    // A funnel from a stacked horizontal bar: an invisible pad centres each stage's bar.
    m_chart->removeAllSeries();
    for (auto *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const auto &report = m_model->report();
    int widest = 1;
    for (const auto &s : report.stages) {
        widest = std::max(widest, s.entered);
    }
    auto *pad = new QBarSet(QString());
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    auto *bars = new QBarSet(tr("Deals"));
    bars->setColor(FunnelColor);
    bars->setBorderColor(FunnelColor.darker(120));
    QStringList categories;
    QStringList tips;
    const QLocale locale;
    // Categories run bottom-up, so the first stage goes last to sit on top. The count stands
    // beside the stage's name, not in its bar, which a late stage may make too narrow to hold it.
    for (qsizetype i = report.stages.size() - 1; i >= 0; --i) {
        const auto &s = report.stages.at(i);
        *pad << (widest - s.entered) / 2.0;
        *bars << s.entered;
        categories << u"%1  %2%3"_s.arg(s.name, locale.toString(s.entered),
                                        i == report.bottleneck ? u" ⚠"_s : QString());
        tips << tr("%1: %n deal(s) reached it, %2 went on (%3 %)", nullptr, s.entered)
                        .arg(s.name, locale.toString(s.advanced),
                             locale.toString(s.conversion * 100, 'f', 1));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(pad);
    series->append(bars);
    series->setBarWidth(0.85);
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [tips](bool status, int index, QBarSet *) {
                QToolTip::showText(QCursor::pos(), status && index >= 0 && index < tips.size()
                                                           ? tips[index]
                                                           : QString());
            });
    m_chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, widest);
    valueAxis->setVisible(false);
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

} // namespace salesdesk::ui
