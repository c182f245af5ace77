#pragma once

#include <QWidget>

class QAction;
class QTabWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

class CompetitorsView;
class EnvironmentView;
class ForecastView;
class ShareView;
class SwotView;

// 市场分析与预测: the Market tab — the forecast of the book's own figures, the competitors and
// how we fare against them, the market's size and our share of it, the environment notebook and
// the SWOT analysis. Every edit goes on the window's undo stack.
class MarketPage : public QWidget
{
    Q_OBJECT

public:
    enum View { ForecastTab, CompetitorsTab, ShareTab, EnvironmentTab, SwotTab };

    MarketPage(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    // The Market menu: the new-item actions of each view.
    QList<QAction *> marketActions() const;
    void showView(View view);
    ForecastView *forecastView() const { return m_forecast; }
    CompetitorsView *competitorsView() const { return m_competitors; }
    ShareView *shareView() const { return m_share; }
    EnvironmentView *environmentView() const { return m_environment; }
    SwotView *swotView() const { return m_swot; }

private:
    QTabWidget *m_views;
    ForecastView *m_forecast;
    CompetitorsView *m_competitors;
    ShareView *m_share;
    EnvironmentView *m_environment;
    SwotView *m_swot;
};

} // namespace salesdesk::ui
