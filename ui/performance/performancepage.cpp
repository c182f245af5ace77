#include "ui/performance/performancepage.h"

#include "core/book/book.h"
#include "core/currency/currencyservice.h"
#include "core/customers/feedback.h"
#include "core/kpi/kpiservice.h"
#include "core/market/marketservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"
#include "ui/commands/evaluationcommands.h"
#include "ui/performance/analysisview.h"
#include "ui/performance/measuresview.h"
#include "ui/performance/performancedialogs.h"
#include "ui/performance/scorecardview.h"
#include "ui/team/teamwidgets.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

constexpr int PeriodsListed = 12;
// The bar's status says problems in red.
const QString ProblemStyle = QStringLiteral("color: #b3261e;");

// How many periods the trends look back over.
int trendLength(Period::Kind kind)
{
    return kind == Period::Kind::Year ? 4 : kind == Period::Kind::Month ? 12 : 8;
}

} // namespace

PerformancePage::PerformancePage(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_kind(new QComboBox)
    , m_period(new QComboBox)
    , m_template(new QComboBox)
    , m_status(new QLabel)
    , m_views(new QTabWidget)
    , m_scorecards(new ScorecardView(book, undo))
    , m_analysis(new AnalysisView(book))
    , m_measures(new MeasuresView(book, undo))
    , m_editTemplate(new QAction(tr("Edit Scorecard &Template…"), this))
    , m_removeTemplate(new QAction(tr("Remove Scorecard Template"), this))
    , m_refresh(new QTimer(this))
{
    m_kind->setObjectName(u"evaluationKindCombo"_s);
    m_period->setObjectName(u"evaluationPeriodCombo"_s);
    m_template->setObjectName(u"evaluationTemplateCombo"_s);
    m_status->setObjectName(u"evaluationStatus"_s);
    m_status->setStyleSheet(ProblemStyle);
    m_editTemplate->setObjectName(u"editTemplateAction"_s);
    m_removeTemplate->setObjectName(u"removeTemplateAction"_s);
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Year"), int(Period::Kind::Year));
    fillPeriods();
    // The book's templates are read when the page is first shown; until then, the standard one.
    m_template->addItem(ScorecardText::shown(EvaluationTemplate::standard().name),
                        EvaluationTemplate::standard().name);
    m_removeTemplate->setEnabled(false);

    auto *bar = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    auto *templateLabel = new QLabel(tr("Scorecard te&mplate:"));
    templateLabel->setBuddy(m_template);
    bar->addWidget(periodLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addSpacing(16);
    bar->addWidget(templateLabel);
    bar->addWidget(m_template);
    bar->addWidget(actionButton(m_editTemplate));
    bar->addWidget(actionButton(m_removeTemplate));
    bar->addWidget(m_status, 1);

    m_views->setObjectName(u"performanceViews"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(m_scorecards, tr("Scorecards"));
    m_views->addTab(m_analysis, tr("Trends and Radar"));
    m_views->addTab(m_measures, tr("Improvement Measures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        changed();
        refresh();
    });
    for (QComboBox *box : {m_period, m_template}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            changed();
            refresh();
        });
    }
    // The measures are not of a period or a template: the bar rests while they are shown.
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_period),
                           static_cast<QWidget *>(m_template)}) {
            w->setEnabled(index != MeasuresTab);
        }
        refresh(); // what the view now in sight needs, if the book changed since
    });
    connect(m_editTemplate, &QAction::triggered, this, &PerformancePage::editTemplate);
    connect(m_removeTemplate, &QAction::triggered, this, &PerformancePage::removeTemplate);
    connect(m_scorecards, &ScorecardView::repSelected, m_analysis, &AnalysisView::selectRep);
    connect(m_scorecards, &ScorecardView::measureRequested, this,
            [this](const ImprovementMeasure &draft) {
                m_views->setCurrentWidget(m_measures);
                m_measures->editMeasure(draft);
            });

    // Drafts follow the book: worked out again once the changes of an edit are all in, and
    // only when the page is in sight.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &PerformancePage::refresh);
    m_thread = new QThread(this);
    m_thread->setObjectName(u"performance"_s);
    m_worker = new PerformanceWorker(book.path(), book.clock());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PerformanceWorker::ready, this, &PerformancePage::apply);
    m_thread->start();
    const auto later = [this] {
        changed();
    };
    connect(&book.pipeline(), &PipelineService::dealChanged, this, later);
    connect(&book.pipeline(), &PipelineService::dealRemoved, this, later);
    connect(&book.activities(), &ActivityService::activityChanged, this, later);
    connect(&book.activities(), &ActivityService::activityRemoved, this, later);
    connect(&book.targets(), &TargetService::targetsChanged, this, later);
    connect(&book.team(), &TeamService::teamChanged, this, later);
    connect(&book.feedback(), &FeedbackService::feedbackChanged, this, later);
    connect(&book.commission(), &CommissionService::statementsChanged, this, later);
    connect(&book.market(), &MarketService::marketChanged, this, later);
    connect(&book.currencies(), &CurrencyService::ratesChanged, this, later);
    connect(&book.evaluation(), &EvaluationService::evaluationChanged, this, [this] {
        m_templatesDue = true;
        if (isVisible()) {
            fillTemplates(m_template->currentData().toString());
        }
        changed();
    });
    connect(&book, &Book::reloaded, this, later);
}

PerformancePage::~PerformancePage()
{
    // The worker's connection closes on its own thread, then the thread ends.
    QMetaObject::invokeMethod(m_worker, &PerformanceWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool PerformancePage::isWorking() const
{
    return m_running || m_refresh->isActive();
}

QList<QAction *> PerformancePage::performanceActions() const
{
    QList<QAction *> out = m_scorecards->actions();
    out.append(nullptr);
    out.append(m_measures->actions());
    out.append(nullptr);
    out.append({m_editTemplate, m_removeTemplate});
    return out;
}

void PerformancePage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

Period PerformancePage::period() const
{
    return Period::parse(m_period->currentData().toString(), m_book.targets().yearStartMonth())
            .value_or(Period());
}

void PerformancePage::setPeriod(const Period &period)
{
    const int kind = m_kind->findData(int(period.kind()));
    if (kind < 0) {
        return;
    }
    m_kind->setCurrentIndex(kind);
    if (const int i = m_period->findData(period.toString()); i >= 0) {
        m_period->setCurrentIndex(i);
    }
}

EvaluationTemplate PerformancePage::currentTemplate() const
{
    // From the list the choice was made from (fillTemplates), not read again.
    const QString name = m_template->currentData().toString();
    for (const EvaluationTemplate &t : m_templates) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return EvaluationTemplate::standard();
}

void PerformancePage::fillPeriods()
{
    const QSignalBlocker quiet(m_period);
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    const Period keep = period();
    m_period->clear();
    Period p = Period::containing(kind, m_book.clock().today(), m_book.targets().yearStartMonth());
    for (int i = 0; i < PeriodsListed; ++i) {
        m_period->addItem(i == 0 ? tr("%1 (running)").arg(p.label()) : p.label(), p.toString());
        p = KpiService::previous(p);
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(keep.toString())));
}

void PerformancePage::fillTemplates(const QString &keep)
{
    m_templatesDue = false;
    const QSignalBlocker quiet(m_template);
    m_template->clear();
    auto all = m_book.evaluation().templates();
    if (!all) {
        m_status->setStyleSheet(ProblemStyle);
        m_status->setText(all.message());
        all = QList<EvaluationTemplate> {EvaluationTemplate::standard()};
    }
    m_templates = *all;
    for (const EvaluationTemplate &t : std::as_const(*all)) {
        m_template->addItem(ScorecardText::shown(t.name), t.name);
    }
    int i = -1;
    for (int j = 0; j < m_template->count(); ++j) {
        if (m_template->itemData(j).toString().compare(keep, Qt::CaseInsensitive) == 0) {
            i = j;
        }
    }
    m_template->setCurrentIndex(std::max(0, i));
    m_removeTemplate->setEnabled(m_template->currentIndex() > 0);
}

void PerformancePage::changed()
{
    m_cardsStale = true;
    m_trendsStale = true;
    if (isVisible()) {
        m_refresh->start();
    }
}

void PerformancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_templatesDue) {
        fillTemplates(m_template->currentData().toString());
    }
    refresh();
}

void PerformancePage::refresh()
{
    m_refresh->stop();
    m_removeTemplate->setEnabled(m_template->currentIndex() > 0);
    const Period p = period();
    if (!p.isValid()) {
        return;
    }
    // Only what the view in sight shows is worked out: the scorecards need the period and the
    // one before, the trends their eight (twelve, four); the measures keep themselves.
    QWidget *shown = m_views->currentWidget();
    if ((shown == m_scorecards && !m_cardsStale) || (shown == m_analysis && !m_trendsStale)
        || shown == m_measures) {
        return;
    }
    if (m_running) {
        m_again = true; // once these figures are in
        return;
    }
    PerformanceRequest r;
    r.serial = ++m_serial;
    r.period = p;
    r.evaluationTemplate = currentTemplate();
    r.asOf = m_book.clock().today();
    r.trends = shown == m_analysis;
    r.length = r.trends ? trendLength(p.kind()) : 2;
    // A change from now on makes them stale again.
    (r.trends ? m_trendsStale : m_cardsStale) = false;
    m_running = true;
    // Said in the bar's own colour: working is not a problem (those are said in red).
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Working out the scorecards…"));
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, r] { worker->compute(r); }, Qt::QueuedConnection);
}

void PerformancePage::apply(const PerformanceData &data)
{
    m_running = false;
    if (m_again) {
        // The book, the period or the template changed meanwhile: these figures are not the
        // ones to show.
        m_again = false;
        (data.request.trends ? m_trendsStale : m_cardsStale) = true;
        if (isVisible()) {
            refresh();
        }
        return;
    }
    if (!data.error.isEmpty()) {
        (data.request.trends ? m_trendsStale : m_cardsStale) = true;
        m_status->setStyleSheet(ProblemStyle);
        m_status->setText(data.error);
        return;
    }
    m_status->clear();
    const Period p = data.request.period;
    if (data.request.trends) {
        QList<Period> periods {p};
        while (periods.size() < data.series.size()) {
            periods.prepend(KpiService::previous(periods.first()));
        }
        m_analysis->show(periods, data.series);
        m_analysis->selectRep(m_scorecards->currentRepId());
    } else {
        m_scorecards->show(p, data.request.evaluationTemplate,
                           leaderboard(data.series.last(), data.series.first()), data.teams);
    }
    // The other view may have been chosen meanwhile.
    if (isVisible()) {
        refresh();
    }
}

void PerformancePage::editTemplate()
{
    TemplateDialog dialog(currentTemplate(), m_book.currencies().home(), this);
    QString saved;
    dialog.setCommand(m_undo, [&]() {
        const EvaluationTemplate t = dialog.evaluationTemplate();
        saved = t.name;
        return EvaluationCommands::saveTemplate(m_book.evaluation(), t);
    });
    if (dialog.exec() == QDialog::Accepted) {
        fillTemplates(saved);
        changed();
        refresh();
    }
}

void PerformancePage::removeTemplate()
{
    const QString name = m_template->currentData().toString();
    if (QMessageBox::question(this, tr("Remove Scorecard Template"),
                              tr("Remove the template “%1”? Evaluations finalised with it keep "
                                 "it.")
                                      .arg(ScorecardText::shown(name)))
        != QMessageBox::Yes) {
        return;
    }
    auto command = EvaluationCommands::removeTemplate(m_book.evaluation(), name);
    if (!command) {
        QMessageBox::warning(this, tr("Remove Scorecard Template"), command.message());
        return;
    }
    m_undo->push(command->release());
}

} // namespace salesdesk::ui
