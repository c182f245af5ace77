#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QTabWidget;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

class ActivitiesView;
class ActivityModel;
class BoardView;
class DealListView;
enum class ClashChoice;
class DealColumns;
class EmptyState;
class FunnelView;

// Sales process (销售过程): the Board, the List, Activities and the Funnel analysis of one book.
// Every edit goes through an undo command on the window's stack.
class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    enum View { BoardTab, ListTab, ActivitiesTab, FunnelTab };

    PipelinePage(Book &book, QUndoStack *undoStack, QWidget *parent = nullptr);

    QList<QAction *> dealActions() const;
    QAction *newDealAction() const { return m_newDeal; }
    QAction *manageStagesAction() const { return m_manageStages; }
    QAction *findAction() const { return m_find; }
    QList<QAction *> viewActions() const { return m_viewActions; }
    // File › Import, offered where the page has no deals yet.
    void setImportAction(QAction *import);

    void showView(View view);
    // The List with only these deals (the ones behind a dashboard figure).
    void showDeals(const QList<qint64> &ids, const QString &what);
    // What deals show in the Board's cards and the List's columns.
    DealColumns *dealColumns() const;
    // The Board, its deals read now if they are due (it reads them when it is first shown).
    BoardView *board() const;
    DealListView *list() const { return m_list; }
    ActivitiesView *activities() const { return m_activities; }
    FunnelView *funnel() const { return m_funnel; }

    // The operations behind the actions, for drag and drop and for tests.
    void newDeal();
    void editDeal(qint64 id);
    void moveDeals(const QList<qint64> &ids, qint64 stageId, DealStatus status);
    void deleteDeals(const QList<qint64> &ids);

signals:
    void statusMessage(const QString &text);
    void backRequested(); // from the deals a dashboard figure opened
    // A one-line summary of the open pipeline for the status bar.
    void summaryChanged(const QString &text);

private:
    QList<qint64> selectedDealIds() const;
    // Commission: a won deal cancelled or refunded; who shares a deal's credit.
    void reverseDeal(qint64 id);
    void splitCredit(qint64 id);
    void updateActions();
    void showError(const QString &text);
    // Someone else saved the deal since it was opened as `opened` (a team server): what now.
    ClashChoice askAboutConflict(const Deal &opened);
    // Creates the customer and owner named in the editor if they are new and saves changed
    // contact details (as `customerEdit`); returns false, after saying why, when that fails.
    bool resolveParties(const class DealEditor &editor, Deal &deal,
                        std::unique_ptr<QUndoCommand> &customerEdit);
    void pushTogether(std::unique_ptr<QUndoCommand> first, std::unique_ptr<QUndoCommand> second,
                      const QString &text);
    void newActivity();
    void editActivity(qint64 id);
    void setActivityDone(qint64 id, bool done);
    void manageStages();
    void showDealMenu(const QPoint &globalPos);
    void showActivityMenu(qint64 id, const QPoint &globalPos);
    void fillOwnerFilter();
    void updateSummary();
    void updateEmptyStates();

    Book &m_book;
    QUndoStack *m_undo;
    DealColumns *m_dealColumns;
    ActivityModel *m_activityModel;
    QTabWidget *m_tabs;
    BoardView *m_board;
    DealListView *m_list;
    ActivitiesView *m_activities;
    FunnelView *m_funnel;
    QComboBox *m_ownerFilter;

    QAction *m_newDeal;
    QAction *m_editDeal;
    QAction *m_deleteDeal;
    QAction *m_markWon;
    QAction *m_markLost;
    QAction *m_reverse;
    QAction *m_splitCredit;
    QAction *m_manageStages;
    QAction *m_find;
    QList<QAction *> m_viewActions;
    QAction *m_import = nullptr;
    QAction *m_showEveryone;
    EmptyState *m_boardEmpty;
    EmptyState *m_listEmpty;
    QTimer *m_summaryTimer;
    // What the summary last added up, and on which day: asked again only when a deal, an
    // activity or a rate changed since (m_summaryStale) or the deals shown or the day did.
    struct SummaryOf
    {
        DealListQuery shown;
        QDate day;
        friend bool operator==(const SummaryOf &, const SummaryOf &) = default;
    };
    std::optional<SummaryOf> m_summaryOf;
    bool m_summaryStale = true;
    int m_openDeals = 0; // every open deal, as the summary last counted them
};

} // namespace salesdesk::ui
