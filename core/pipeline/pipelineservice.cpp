#include "core/pipeline/pipelineservice.h"

#include "core/common/money.h"
#include "core/common/textorder.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/dealmerge.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/team/teamservice.h"

#include <QCollator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

DealTotals &DealTotals::operator+=(const DealTotals &other)
{
    count += other.count;
    value += other.value;
    weightedHundredths += other.weightedHundredths;
    idle += other.idle;
    return *this;
}

DealTotals DealTotalsByStage::allOpen() const
{
    DealTotals all;
    for (const DealTotals &stage : open) {
        all += stage;
    }
    return all;
}

QDateTime PipelineService::timestamp(const QDateTime &at) const
{
    // Stored times have whole seconds; keep in-memory values equal to what is read back.
    if (!at.isValid()) {
        return m_clock.nowUtc();
    }
    QDateTime t = at.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

PipelineService::PipelineService(Database &db, CustomerService &customers, TeamService &team,
                                 const CurrencyService &currencies, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_customers(customers)
    , m_team(team)
    , m_currencies(currencies)
    , m_clock(clock)
    , m_stageRepo(db.connection())
    , m_dealRepo(db.connection())
    , m_activityRepo(db.connection())
    , m_eventRepo(db.connection())
{ }

Status PipelineService::load()
{
    return reloadStages();
}

QList<DealProblem> PipelineService::validate(const Deal &d)
{
    QList<DealProblem> problems;
    using F = DealProblem::Field;
    if (d.title.trimmed().isEmpty()) {
        problems.append({F::Title, tr("A deal needs a title.")});
    }
    if (d.customerId <= 0) {
        problems.append({F::Customer, tr("A deal needs a customer.")});
    }
    if (d.valueMinor < 0) {
        problems.append({F::Value, tr("The value cannot be negative.")});
    }
    if (d.expectedClose.isValid() && d.createdAt.isValid()
        && d.expectedClose < localDate(d.createdAt)) {
        problems.append({F::ExpectedClose,
                         tr("The expected close date cannot be before the deal was created "
                            "(%1).")
                                 .arg(dateText(localDate(d.createdAt)))});
    }
    if (d.status == DealStatus::Lost && d.lostReasonId <= 0) {
        problems.append({F::LostReason, tr("A lost deal needs a reason.")});
    }
    return problems;
}

int PipelineService::probability(const DealSummary &d) const
{
    if (d.status == DealStatus::Won) {
        return 100;
    }
    if (d.status == DealStatus::Lost) {
        return 0;
    }
    if (d.probability) {
        return *d.probability;
    }
    const Stage *s = stage(d.stageId);
    return s ? s->probability : 0;
}

int PipelineService::probability(const Deal &d) const
{
    DealSummary s;
    s.status = d.status;
    s.probability = d.probability;
    s.stageId = d.stageId;
    return probability(s);
}

qint64 PipelineService::homeValue(const DealSummary &d, const QDateTime &now) const
{
    if (d.currency == m_currencies.home()) {
        return d.valueMinor;
    }
    const QDate on = d.status == DealStatus::Open ? localDate(now) : localDate(d.closedAt);
    return m_currencies.toHome(d.valueMinor, d.currency, on);
}

qint64 PipelineService::weightedValue(const DealSummary &d, const QDateTime &now) const
{
    DealTotals one;
    count(one, d, now);
    return one.weighted();
}

int PipelineService::daysInStage(const DealSummary &d, const QDateTime &now) const
{
    const QDateTime end = d.status == DealStatus::Open ? now : d.closedAt;
    return d.stageEnteredAt.isValid() ? int(d.stageEnteredAt.daysTo(end)) : 0;
}

bool PipelineService::isIdle(const DealSummary &d, const QDateTime &now) const
{
    if (d.status != DealStatus::Open) {
        return false;
    }
    const Stage *s = stage(d.stageId);
    return s && s->idleDays > 0 && daysInStage(d, now) > s->idleDays;
}

void PipelineService::count(DealTotals &totals, const DealSummary &d, const QDateTime &now) const
{
    const qint64 value = homeValue(d, now);
    ++totals.count;
    totals.value += value;
    totals.weightedHundredths += value * probability(d);
    totals.idle += isIdle(d, now) ? 1 : 0;
}

Result<QList<DealSummary>> PipelineService::dealSummaries(const QList<qint64> &ids) const
{
    return m_dealRepo.summaries(ids);
}

Result<DealTotals> PipelineService::openTotals(qint64 ownerId, const QDateTime &now) const
{
    DealListQuery open;
    open.status = DealStatus::Open;
    open.ownerId = ownerId;
    auto byStage = totals(open, now);
    if (!byStage) {
        return byStage.error();
    }
    return byStage->allOpen();
}

Result<DealTotalsByStage> PipelineService::totals(const DealListQuery &query,
                                                  const QDateTime &now) const
{
    const QString &home = m_currencies.home();
    int foreignCount = 0;
    auto groups = m_dealRepo.groups(query, home, now.toUTC().date(), &foreignCount);
    if (!groups) {
        return groups.error();
    }
    DealTotalsByStage byStage;
    const auto totalsOf = [&byStage](DealStatus status, qint64 stageId) -> DealTotals & {
        switch (status) {
        case DealStatus::Won:
            return byStage.won;
        case DealStatus::Lost:
            return byStage.lost;
        default:
            return byStage.open[stageId];
        }
    };
    for (const auto &g : std::as_const(*groups)) {
        DealSummary d; // what probability() needs of the group's deals
        d.status = g.status;
        d.stageId = g.stageId;
        if (g.probability >= 0) {
            d.probability = g.probability;
        }
        DealTotals &t = totalsOf(g.status, g.stageId);
        t.count += g.count;
        t.value += g.value;
        t.weightedHundredths += g.value * probability(d);
        t.idle += g.idle;
    }
    if (foreignCount == 0) {
        return byStage;
    }
    // Deals in other currencies are converted one by one, each rounded, as count() does.
    auto foreign = m_dealRepo.foreign(query, home);
    if (!foreign) {
        return foreign.error();
    }
    for (const DealSummary &d : std::as_const(*foreign)) {
        count(totalsOf(d.status, d.stageId), d, now);
    }
    return byStage;
}

Result<QList<qint64>> PipelineService::dealIds(const DealListQuery &query,
                                               const QDateTime &now) const
{
    return dealIds(query, now, nullptr);
}

Result<QHash<qint64, QList<qint64>>> PipelineService::openDealIdsByStage(DealListQuery query,
                                                                         const QDateTime &now) const
{
    query.stageId = 0;
    query.status = DealStatus::Open;
    QList<qint64> stages;
    auto ids = dealIds(query, now, &stages);
    if (!ids) {
        return ids.error();
    }
    if (stages.size() != ids->size()) { // ordered by text: stages not read
        return Error::internal(u"The Board's columns are not ordered by text."_s);
    }
    QHash<qint64, QList<qint64>> byStage;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        byStage[stages[i]].append(ids->at(i));
    }
    return byStage;
}

Result<QList<qint64>> PipelineService::dealIds(const DealListQuery &query, const QDateTime &now,
                                               QList<qint64> *stageIds) const
{
    using Order = DealListQuery::Order;
    if (query.order == Order::Title || query.order == Order::Customer || query.order == Order::Owner
        || query.order == Order::NextStep || query.order == Order::Product) {
        auto rows = m_dealRepo.texts(query);
        if (!rows) {
            return rows.error();
        }
        return orderedByText(*rows, query.descending, QCollator());
    }
    DealRepository::OrderContext context;
    context.home = m_currencies.home();
    context.today = localDate(now);
    context.now = now;
    const double homeMinor = double(currency::minorPerMajor(context.home));
    for (const QString &code : m_currencies.ratedCurrencies()) {
        if (code != context.home) {
            context.scale.insert(code, homeMinor / (1e9 * double(currency::minorPerMajor(code))));
        }
    }
    // Sources and after-sales states are listed by their names in the language shown.
    const auto byName = [](auto values) {
        std::stable_sort(values.begin(), values.end(), [](auto a, auto b) {
            return PipelineText::name(a).localeAwareCompare(PipelineText::name(b)) < 0;
        });
        QStringList codes;
        for (auto v : values) {
            codes.append(PipelineText::code(v));
        }
        return codes;
    };
    context.sourceCodes = byName(QList {DealSource::None} + PipelineText::dealSources());
    context.serviceCodes = byName(QList {ServiceStatus::None} + PipelineText::serviceStatuses());
    return m_dealRepo.ids(query, context, stageIds);
}

Result<QList<DealSummary>> PipelineService::dealSummaries(std::optional<DealStatus> status,
                                                          qint64 stageId) const
{
    return m_dealRepo.summaries(status, stageId);
}

Result<QList<DealSummary>> PipelineService::dealsOfCustomer(qint64 customerId) const
{
    return m_dealRepo.summariesForCustomer(customerId);
}

Result<DealSummary> PipelineService::dealSummary(qint64 id) const
{
    return m_dealRepo.summary(id);
}

Result<Deal> PipelineService::deal(qint64 id) const
{
    return m_dealRepo.deal(id);
}

Result<QList<StageChange>> PipelineService::history(qint64 id) const
{
    return m_dealRepo.history(id);
}

Result<QHash<qint64, QList<StageChange>>>
PipelineService::historiesOfCustomer(qint64 customerId) const
{
    return m_dealRepo.historiesOfCustomer(customerId);
}

Result<DealSnapshot> PipelineService::snapshot(qint64 id) const
{
    auto d = m_dealRepo.deal(id);
    if (!d) {
        return d.error();
    }
    auto h = m_dealRepo.history(id);
    if (!h) {
        return h.error();
    }
    auto a = m_activityRepo.idsForDeal(id);
    if (!a) {
        return a.error();
    }
    auto e = m_eventRepo.events(id);
    if (!e) {
        return e.error();
    }
    auto r = m_eventRepo.reversal(id);
    if (!r) {
        return r.error();
    }
    return DealSnapshot {std::move(d).value(), std::move(h).value(), std::move(a).value(),
                         std::move(e).value(), std::move(r).value()};
}

Result<qint64> PipelineService::addDeal(Deal d, const QDateTime &at)
{
    const QDateTime when = timestamp(at);
    d.id = 0;
    d.createdAt = when;
    d.updatedAt = when;
    d.stageEnteredAt = when;
    if (d.currency.isEmpty()) {
        d.currency = m_currencies.home();
    }
    if (d.stageId == 0) {
        const auto active = activeStages();
        d.stageId = active.isEmpty() ? 0 : active.first().id;
    }
    const Stage *s = stage(d.stageId);
    if (!s || s->archived) {
        return Error::user(tr("Choose an open stage for the new deal."));
    }
    if (d.status == DealStatus::Open) {
        d.closedAt = {};
    } else {
        d.closedAt = when;
        if (d.status == DealStatus::Won && d.serviceStatus == ServiceStatus::None) {
            d.serviceStatus = ServiceStatus::Onboarding;
        }
    }
    if (const auto problems = validate(d); !problems.isEmpty()) {
        return Error::user(problems.first().message);
    }
    if (auto st = checkReferences(d); !st) {
        return st.error();
    }
    Transaction tx(m_db.connection());
    auto id = m_dealRepo.insert(d);
    if (!id) {
        return id;
    }
    if (auto h = m_dealRepo.appendHistory({0, *id, d.stageId, d.status, when}); !h) {
        return h.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    announceChanged(*id);
    return id;
}

Status PipelineService::applyMove(Deal &d, const DealMove &move, const QDateTime &when)
{
    if (d.stageEnteredAt.isValid() && when < d.stageEnteredAt) {
        return Error::user(tr("Deal #%1 entered its current stage on %2; a move cannot be dated "
                              "before that.")
                                   .arg(d.id)
                                   .arg(dateTimeText(d.stageEnteredAt.toLocalTime())));
    }
    if (move.status == DealStatus::Open) {
        const Stage *s = stage(move.stageId);
        if (!s || s->archived) {
            return Error::user(tr("Choose an open stage to move the deal to."));
        }
        if (d.status == DealStatus::Open && d.stageId == move.stageId) {
            return Error::user(tr("The deal is already in “%1”.").arg(s->displayName()));
        }
        d.stageId = move.stageId;
        d.closedAt = {};
        d.lostReasonId = 0;
        d.lostNote.clear();
        d.serviceStatus = ServiceStatus::None;
    } else {
        if (d.status == move.status) {
            return Error::user(
                    tr("The deal is already %1.").arg(PipelineText::name(move.status).toLower()));
        }
        d.closedAt = when;
        if (move.status == DealStatus::Lost) {
            d.lostReasonId = move.lostReasonId;
            if (d.lostReasonId <= 0) {
                const LostReason *other = findLostReason(u"other"_s);
                d.lostReasonId = other ? other->id : 0;
            }
            d.lostNote = move.lostNote;
            d.serviceStatus = ServiceStatus::None;
        } else {
            d.lostReasonId = 0;
            d.lostNote.clear();
            if (d.serviceStatus == ServiceStatus::None) {
                d.serviceStatus = ServiceStatus::Onboarding;
            }
        }
    }
    d.status = move.status;
    d.stageEnteredAt = when;
    d.updatedAt = std::max(when, d.updatedAt);
    return {};
}

Status PipelineService::updateDeal(const Deal &edited, const QDateTime &at)
{
    const QDateTime when = timestamp(at);
    auto current = m_dealRepo.deal(edited.id);
    if (!current) {
        return current.error();
    }
    if (edited.version.number > 0 && edited.version.number != current->version.number) {
        return DealRepository::changedSince(edited, current->version);
    }
    Deal d = edited;
    d.createdAt = current->createdAt;
    d.stageEnteredAt = current->stageEnteredAt;
    d.closedAt = current->closedAt;
    const bool moved = d.stageId != current->stageId || d.status != current->status;
    if (moved) {
        Deal before = *current;
        if (auto st = applyMove(before, {d.stageId, d.status, d.lostReasonId, d.lostNote}, when);
            !st) {
            return st;
        }
        d.stageEnteredAt = before.stageEnteredAt;
        d.closedAt = before.closedAt;
        if (d.status == DealStatus::Won && d.serviceStatus == ServiceStatus::None) {
            d.serviceStatus = ServiceStatus::Onboarding;
        }
    }
    d.updatedAt = std::max(when, current->updatedAt);
    if (const auto problems = validate(d); !problems.isEmpty()) {
        return Error::user(problems.first().message);
    }
    if (auto st = checkReferences(d); !st) {
        return st;
    }
    Transaction tx(m_db.connection());
    if (auto st = m_dealRepo.update(d); !st) {
        return st;
    }
    if (moved) {
        if (auto h = m_dealRepo.appendHistory({0, d.id, d.stageId, d.status, d.stageEnteredAt});
            !h) {
            return h.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    announceChanged(d.id);
    return {};
}

Result<PipelineService::DealConflict> PipelineService::dealConflict(const Deal &opened) const
{
    auto current = m_dealRepo.deal(opened.id);
    if (!current) {
        return current.error();
    }
    return DealConflict {current->version.changedBy, changedDealFields(opened, *current), *current};
}

Status PipelineService::updateDealOnTop(const Deal &opened, const Deal &edited, const QDateTime &at)
{
    auto current = m_dealRepo.deal(opened.id);
    if (!current) {
        return current.error();
    }
    return updateDeal(dealOnTop(opened, edited, *current), at);
}

void PipelineService::announceChanged(qint64 id)
{
    emit dealChanged(id);
    if (m_dealRepo.takeAddedCompetitors()) {
        emit competitorsAdded();
    }
}

Status PipelineService::moveDeal(qint64 id, const DealMove &move, const QDateTime &at)
{
    const QDateTime when = timestamp(at);
    auto current = m_dealRepo.deal(id);
    if (!current) {
        return current.error();
    }
    Deal d = std::move(current).value();
    if (auto st = applyMove(d, move, when); !st) {
        return st;
    }
    Transaction tx(m_db.connection());
    if (auto st = m_dealRepo.update(d, false); !st) {
        return st;
    }
    if (auto h = m_dealRepo.appendHistory({0, d.id, d.stageId, d.status, when}); !h) {
        return h.error();
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    announceChanged(id);
    return {};
}

Status PipelineService::reverseDeal(qint64 id, const QDate &day, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::user(tr("Say why the deal was reversed (cancelled, refunded…)."));
    }
    if (!day.isValid()) {
        return Error::user(tr("Give the day the deal was reversed."));
    }
    auto current = m_dealRepo.deal(id);
    if (!current) {
        return current.error();
    }
    Deal d = std::move(current).value();
    if (d.status != DealStatus::Won) {
        return Error::user(tr("Deal #%1 is not won; only a won deal can be reversed.").arg(id));
    }
    const QDateTime wonAt = d.closedAt;
    if (day < localDate(wonAt)) {
        return Error::user(tr("Deal #%1 was won on %2; it cannot be reversed before that.")
                                   .arg(id)
                                   .arg(dateText(localDate(wonAt))));
    }
    // The reversal is dated at the start of its day, or at the win itself on the day of the win.
    const QDateTime when = std::max(timestamp(day.startOfDay().toUTC()), wonAt);
    const LostReason *reversed = findLostReason(u"reversed"_s);
    DealMove move {0, DealStatus::Lost, reversed ? reversed->id : 0, reason.trimmed()};
    if (auto st = applyMove(d, move, when); !st) {
        return st;
    }
    Transaction tx(m_db.connection());
    if (auto st = m_dealRepo.update(d, false); !st) {
        return st;
    }
    if (auto h = m_dealRepo.appendHistory({0, d.id, d.stageId, d.status, when}); !h) {
        return h.error();
    }
    if (auto st = m_eventRepo.setReversal(
                id, DealReversal {id, wonAt, day, reason.trimmed(), m_clock.nowUtc()});
        !st) {
        return st;
    }
    DealEvent event {0, id, when, DealEvent::Kind::Reversed, d.ownerId, 0, reason.trimmed()};
    if (auto e = m_eventRepo.append(event); !e) {
        return e.error();
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    announceChanged(id);
    return {};
}

Status PipelineService::removeDeal(qint64 id)
{
    Transaction tx(m_db.connection());
    if (auto st = m_dealRepo.remove(id); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit dealRemoved(id);
    return {};
}

Status PipelineService::restoreDeal(qint64 id, const std::optional<DealSnapshot> &snapshot,
                                    const RowVersion &left)
{
    Transaction tx(m_db.connection());
    auto exists = m_dealRepo.summary(id);
    // The deal as the edit being undone (or redone) left it, or changed since only by this
    // user: anyone else's change stays.
    RowVersion now;
    if (exists) {
        auto version = m_dealRepo.version(id);
        if (!version) {
            return version.error();
        }
        now = *version;
        if (left.number > 0 && now.number != left.number
            && now.changedBy != editorName(m_db.connection())) {
            return Error::editConflict(
                    tr("“%1” was changed by %2 after your edit, so undoing it would undo theirs as "
                       "well: it was not undone.")
                            .arg(exists->title,
                                 now.changedBy.isEmpty() ? tr("someone else") : now.changedBy));
        }
    }
    if (!snapshot) {
        if (!exists) {
            return {};
        }
        if (auto st = m_dealRepo.remove(id); !st) {
            return st;
        }
    } else {
        Deal put = snapshot->deal;
        put.version.number = now.number; // as it is now, checked as it is written
        const Status written = exists ? m_dealRepo.update(put)
                                      : Status(m_dealRepo.insert(snapshot->deal, true).ok()
                                                       ? Status()
                                                       : Error::internal(tr("Could not restore "
                                                                            "deal #%1.")
                                                                                 .arg(id)));
        if (!written) {
            return written;
        }
        if (auto st = m_dealRepo.replaceHistory(id, snapshot->history); !st) {
            return st;
        }
        if (auto st = m_activityRepo.linkToDeal(snapshot->activityIds, id); !st) {
            return st;
        }
        if (auto st = m_eventRepo.replaceEvents(id, snapshot->events); !st) {
            return st;
        }
        if (auto st = m_eventRepo.setReversal(id, snapshot->reversal); !st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (snapshot) {
        announceChanged(id);
    } else {
        emit dealRemoved(id);
    }
    return {};
}

Result<FunnelReport> PipelineService::funnel(const QDate &from, const QDate &to) const
{
    const QDateTime start = from.isValid() ? from.startOfDay().toUTC()
                                           : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    const QDateTime end = to.isValid()
                                  ? to.addDays(1).startOfDay().toUTC()
                                  : QDateTime(QDate(9999, 1, 1), QTime(0, 0), QTimeZone::utc());
    auto rows = m_dealRepo.funnelRows(start, end);
    if (!rows) {
        return rows.error();
    }
    auto deals = m_dealRepo.funnelValues(start, end, m_currencies.home());
    if (!deals) {
        return deals.error();
    }
    // Each deal's value in the home currency: open ones at today's rate.
    const QDate today = m_clock.today();
    QHash<qint64, qint64> values;
    values.reserve(deals->size());
    for (const auto &d : std::as_const(*deals)) {
        if (d.currency.isEmpty()) {
            values.insert(d.dealId, d.value);
        } else {
            const QDate on = d.closedAt.isEmpty() ? today : localDate(fromStoredTime(d.closedAt));
            values.insert(d.dealId, m_currencies.toHome(d.value, d.currency, on));
        }
    }
    return computeFunnel(activeStages(), *rows, values);
}

Result<QList<StageWinRate>> PipelineService::stageWinRates(const QDate &asOf) const
{
    // Deals closed after the day do not count: as if the history ended on it.
    const QDateTime end = asOf.addDays(1).startOfDay().toUTC();
    // Counted as the rows come: at a million deals the history is 3.8 million rows.
    StageWinRateCounter counter(activeStages());
    const auto st
            = m_dealRepo.eachFunnelRow(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()), end,
                                       [&counter, &end](const DealRepository::FunnelRow &r) {
                                           if (r.enteredAt < end) {
                                               counter.add(r);
                                           }
                                       });
    if (!st) {
        return st.error();
    }
    return counter.rates();
}

Status PipelineService::checkReferences(const Deal &d) const
{
    if (!m_customers.exists(d.customerId)) {
        return Error::user(tr("There is no customer #%1.").arg(d.customerId));
    }
    if (d.ownerId > 0 && !m_team.rep(d.ownerId)) {
        return Error::user(tr("There is no sales rep #%1.").arg(d.ownerId));
    }
    if (!m_currencies.canConvert(d.currency)) {
        return Error::data(tr("The book has no exchange rate for %1: add one (Edit › "
                              "Preferences, or salesdesk rates set) before entering deals in it.")
                                   .arg(d.currency));
    }
    return {};
}

Result<QStringList> PipelineService::checkInvariants() const
{
    auto problems = m_dealRepo.invariantProblems();
    if (!problems) {
        return problems;
    }
    auto unconvertible = m_currencies.unconvertible();
    if (!unconvertible) {
        return unconvertible.error();
    }
    for (const auto &[code, deals] : std::as_const(*unconvertible)) {
        problems->append(tr("%n deal(s) in %1, for which the book has no exchange rate: they "
                            "count for nothing in totals until one is set.",
                            nullptr, deals)
                                 .arg(code));
    }
    return problems;
}

} // namespace salesdesk
