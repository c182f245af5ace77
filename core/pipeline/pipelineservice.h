#pragma once

#include "core/pipeline/funnel.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/pipeline/pipelinetypes.h"

#include <QHash>
#include <QObject>

namespace salesdesk {

class Database;

// Where a deal is moved: an open stage, or won, or lost (with a reason).
struct DealMove
{
    qint64 stageId = 0; // for DealStatus::Open; ignored when closing
    DealStatus status = DealStatus::Open;
    qint64 lostReasonId = 0;
    QString lostNote;
};

// A rule a deal breaks, with the field it concerns, for inline validation in the editor.
struct DealProblem
{
    enum class Field { Title, Customer, Value, ExpectedClose, Stage, LostReason, Dates };
    Field field;
    QString message;
};

// The sales process (pipeline) of one book: stages, customers and reps as the pipeline knows
// them, deals with their stage history, and the funnel. Every change is committed at once and
// announced with a signal, so views update one row at a time.
class PipelineService : public QObject
{
    Q_OBJECT

public:
    explicit PipelineService(Database &db, QObject *parent = nullptr);

    Status load();

    // Book properties
    const QString &companyName() const { return m_companyName; }
    const QString &currency() const { return m_currency; }
    Status setBookProperties(const QString &companyName, const QString &currency);

    // Stages and lost reasons
    const QList<Stage> &stages() const { return m_stages; } // archived included
    QList<Stage> activeStages() const;
    const Stage *stage(qint64 id) const;
    // Matches a stage by its code or displayed name, case-insensitively.
    const Stage *findStage(const QString &name) const;
    // Replaces the stage list: updates those with ids, inserts those without, deletes the
    // missing ones (refused while a deal or its history uses them). Used by the stage editor.
    Status saveStages(const QList<Stage> &stages);
    const QList<LostReason> &lostReasons() const { return m_lostReasons; }
    // Replaces the list of lost reasons like saveStages does the stages; a reason that deals
    // use cannot be removed, only archived.
    Status saveLostReasons(const QList<LostReason> &reasons);
    const LostReason *findLostReason(const QString &name) const;

    // Customers and reps
    const QList<Customer> &customers() const { return m_customers; }
    const QList<Rep> &reps() const { return m_reps; }
    QString customerName(qint64 id) const
    {
        const Customer *c = customer(id);
        return c ? c->name : QString();
    }
    QString repName(qint64 id) const { return m_repNames.value(id); }
    qint64 findCustomer(const QString &name) const;
    qint64 findRep(const QString &name) const;
    Result<qint64> ensureCustomer(const QString &name);
    Result<qint64> ensureRep(const QString &name);
    const Customer *customer(qint64 id) const;
    // Saves a customer's name and contact details.
    Status updateCustomer(const Customer &customer);

    // Deals
    static QList<DealProblem> validate(const Deal &deal);
    int probability(const DealSummary &deal) const;
    int probability(const Deal &deal) const;
    // All deals, or those with a status and/or in a stage.
    Result<QList<DealSummary>> dealSummaries(std::optional<DealStatus> status = std::nullopt,
                                             qint64 stageId = 0) const;
    Result<DealSummary> dealSummary(qint64 id) const;
    Result<QList<DealSummary>> dealsOfCustomer(qint64 customerId) const;
    Result<Deal> deal(qint64 id) const;
    Result<QList<StageChange>> history(qint64 id) const;
    Result<DealSnapshot> snapshot(qint64 id) const;

    // Creates a deal at `at` (UTC; now when invalid), in its stage or the first active one.
    Result<qint64> addDeal(Deal deal, const QDateTime &at = {});
    // Saves edited fields; a changed stage or status is recorded as a move at `at`.
    Status updateDeal(const Deal &deal, const QDateTime &at = {});
    Status moveDeal(qint64 id, const DealMove &move, const QDateTime &at = {});
    Status removeDeal(qint64 id);
    // Puts a deal back exactly as the snapshot says, or removes it when `snapshot` is empty;
    // undo and redo go through here.
    Status restoreDeal(qint64 id, const std::optional<DealSnapshot> &snapshot);

    // Funnel of the deals created in [from, to] (local dates, inclusive).
    Result<FunnelReport> funnel(const QDate &from, const QDate &to) const;

    Result<QStringList> checkInvariants() const;

    // Reads everything again after a bulk change written past the service (an import or its
    // undo) and tells the views to start over.
    Status reloadAll();
    // Reads the customers and reps again after they were changed past the service.
    Status reloadCustomers();

signals:
    void bookReloaded();
    void bookChanged();
    void stagesChanged();
    void partiesChanged();
    void dealChanged(qint64 id); // inserted or updated
    void dealRemoved(qint64 id);

private:
    // `at` in UTC with whole seconds, or now when `at` is invalid.
    static QDateTime timestamp(const QDateTime &at);
    Status applyMove(Deal &deal, const DealMove &move, const QDateTime &at);
    Status reloadStages();
    Status reloadParties();

    Database &m_db;
    StageRepository m_stageRepo;
    PartyRepository m_partyRepo;
    DealRepository m_dealRepo;
    ActivityRepository m_activityRepo;
    BookRepository m_bookRepo;

    QString m_companyName;
    QString m_currency;
    QList<Stage> m_stages;
    QList<LostReason> m_lostReasons;
    QList<Customer> m_customers;
    QList<Rep> m_reps;
    QHash<qint64, qsizetype> m_customerIndex; // id → position in m_customers
    QHash<qint64, QString> m_repNames;
};

} // namespace salesdesk
