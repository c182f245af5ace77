#include "ui/market/marketpage.h"

#include "ui/market/competitorsview.h"
#include "ui/market/environmentview.h"
#include "ui/market/forecastview.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

MarketPage::MarketPage(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_views(new QTabWidget)
    , m_forecast(new ForecastView(book))
    , m_competitors(new CompetitorsView(book, undo))
    , m_share(new ShareView(book, undo))
    , m_environment(new EnvironmentView(book, undo))
    , m_swot(new SwotView(book, undo))
{
    m_views->setObjectName(u"marketViews"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(m_forecast, tr("Forecast"));
    m_views->addTab(m_competitors, tr("Competitors"));
    m_views->addTab(m_share, tr("Market Size and Share"));
    m_views->addTab(m_environment, tr("Environment"));
    m_views->addTab(m_swot, tr("SWOT"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    const auto showing = [this](QWidget *view) {
        return [this, view] {
            m_views->setCurrentWidget(view);
        };
    };
    // A new item from the menu opens the view it belongs to first.
    connect(m_competitors->actions().first(), &QAction::triggered, this, showing(m_competitors));
    connect(m_share->actions().first(), &QAction::triggered, this, showing(m_share));
    connect(m_environment->actions().first(), &QAction::triggered, this, showing(m_environment));
}

QList<QAction *> MarketPage::marketActions() const
{
    return {m_competitors->actions().first(), m_share->actions().first(),
            m_environment->actions().first()};
}

void MarketPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

} // namespace salesdesk::ui
