#include "pipelineservice.h"

#include "common/money.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QDateTime nowOr(const QDateTime &at)
{
    // Stored times have whole seconds; keep in-memory values equal to what is read back.
    QDateTime t = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

} // namespace

PipelineService::PipelineService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stageRepo(db.connection())
    , m_partyRepo(db.connection())
    , m_dealRepo(db.connection())
    , m_activityRepo(db.connection())
    , m_bookRepo(db.connection())
{ }

Status PipelineService::load()
{
    auto name = m_bookRepo.property(u"company_name"_s);
    auto code = m_bookRepo.property(u"currency"_s);
    if (!name || !code) {
        return !name ? name.error() : code.error();
    }
    m_companyName = *name;
    m_currency = code->isEmpty() ? currency::defaultFor(QLocale::system()) : *code;
    if (auto st = reloadStages(); !st) {
        return st;
    }
    return reloadParties();
}

Status PipelineService::setBookProperties(const QString &companyName, const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    if (companyName.trimmed().isEmpty()) {
        return Error::user(tr("The company name cannot be empty."));
    }
    if (!currency::isValidCode(upper)) {
        return Error::user(tr("“%1” is not a currency code (use three letters such as CNY, USD "
                              "or EUR).")
                                   .arg(code));
    }
    Transaction tx(m_db.connection());
    if (auto st = m_bookRepo.setProperty(u"company_name"_s, companyName.trimmed()); !st) {
        return st;
    }
    if (auto st = m_bookRepo.setProperty(u"currency"_s, upper); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    m_companyName = companyName.trimmed();
    m_currency = upper;
    emit bookChanged();
    return {};
}

Status PipelineService::reloadStages()
{
    auto stages = m_stageRepo.stages();
    if (!stages) {
        return stages.error();
    }
    auto reasons = m_stageRepo.lostReasons();
    if (!reasons) {
        return reasons.error();
    }
    m_stages = std::move(stages).value();
    m_lostReasons = std::move(reasons).value();
    return {};
}

Status PipelineService::reloadParties()
{
    auto customers = m_partyRepo.customers();
    if (!customers) {
        return customers.error();
    }
    auto reps = m_partyRepo.reps();
    if (!reps) {
        return reps.error();
    }
    m_customers = std::move(customers).value();
    m_reps = std::move(reps).value();
    m_customerNames.clear();
    m_customerNames.reserve(m_customers.size());
    for (const auto &c : std::as_const(m_customers)) {
        m_customerNames.insert(c.id, c.name);
    }
    m_repNames.clear();
    for (const auto &r : std::as_const(m_reps)) {
        m_repNames.insert(r.id, r.name);
    }
    return {};
}

QList<Stage> PipelineService::activeStages() const
{
    QList<Stage> out;
    for (const auto &s : m_stages) {
        if (!s.archived) {
            out.append(s);
        }
    }
    return out;
}

const Stage *PipelineService::stage(qint64 id) const
{
    for (const auto &s : m_stages) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

const Stage *PipelineService::findStage(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &s : m_stages) {
        if (s.code.compare(wanted, Qt::CaseInsensitive) == 0
            || s.displayName().compare(wanted, Qt::CaseInsensitive) == 0
            || (s.customName.isEmpty()
                && PipelineText::builtInStageName(s.code).compare(wanted, Qt::CaseInsensitive)
                           == 0)) {
            return &s;
        }
    }
    return nullptr;
}

const LostReason *PipelineService::findLostReason(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &r : m_lostReasons) {
        if (r.code.compare(wanted, Qt::CaseInsensitive) == 0
            || r.displayName().compare(wanted, Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

Status PipelineService::saveStages(const QList<Stage> &stages)
{
    int active = 0;
    for (const auto &s : stages) {
        if (s.displayName().trimmed().isEmpty()) {
            return Error::user(tr("Every stage needs a name."));
        }
        if (s.probability < 0 || s.probability > 100) {
            return Error::user(tr("A win probability is between 0 % and 100 %."));
        }
        if (s.idleDays < 0) {
            return Error::user(tr("An idle limit cannot be negative."));
        }
        active += s.archived ? 0 : 1;
    }
    if (active == 0) {
        return Error::user(tr("The pipeline needs at least one stage that is not archived."));
    }
    Transaction tx(m_db.connection());
    for (const auto &old : std::as_const(m_stages)) {
        const auto kept = std::find_if(stages.cbegin(), stages.cend(),
                                       [&](const Stage &s) { return s.id == old.id; });
        if (kept == stages.cend()) {
            auto used = m_stageRepo.dealCount(old.id);
            if (!used) {
                return used.error();
            }
            if (*used > 0 || !m_stageRepo.remove(old.id)) {
                return Error::user(tr("The stage “%1” has deals or history; archive it "
                                      "instead of removing it.")
                                           .arg(old.displayName()));
            }
        } else if (kept->archived && !old.archived) {
            auto used = m_stageRepo.dealCount(old.id);
            if (!used) {
                return used.error();
            }
            if (*used > 0) {
                return Error::user(tr("The stage “%1” still has %n open deal(s); move them "
                                      "before archiving it.",
                                      nullptr, *used)
                                           .arg(old.displayName()));
            }
        }
    }
    int position = 1;
    for (Stage s : stages) {
        s.position = position++;
        if (s.id > 0 && stage(s.id)) {
            if (auto st = m_stageRepo.update(s); !st) {
                return st;
            }
        } else if (auto id = m_stageRepo.insert(s); !id) {
            return id.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto st = reloadStages(); !st) {
        return st;
    }
    emit stagesChanged();
    return {};
}

Status PipelineService::saveLostReasons(const QList<LostReason> &reasons)
{
    for (const auto &r : reasons) {
        if (r.displayName().trimmed().isEmpty()) {
            return Error::user(tr("Every lost reason needs a name."));
        }
    }
    Transaction tx(m_db.connection());
    for (const auto &old : std::as_const(m_lostReasons)) {
        const bool kept = std::any_of(reasons.cbegin(), reasons.cend(),
                                      [&](const LostReason &r) { return r.id == old.id; });
        if (kept) {
            continue;
        }
        auto used = m_stageRepo.lostReasonUseCount(old.id);
        if (!used) {
            return used.error();
        }
        if (*used > 0 || !m_stageRepo.removeLostReason(old.id)) {
            return Error::user(tr("%n lost deal(s) give “%1” as the reason; archive it instead of "
                                  "removing it.",
                                  nullptr, *used)
                                       .arg(old.displayName()));
        }
    }
    int position = 1;
    for (LostReason r : reasons) {
        r.position = position++;
        const bool exists = std::any_of(m_lostReasons.cbegin(), m_lostReasons.cend(),
                                        [&](const LostReason &o) { return o.id == r.id; });
        if (r.id > 0 && exists) {
            if (auto st = m_stageRepo.updateLostReason(r); !st) {
                return st;
            }
        } else if (auto id = m_stageRepo.insertLostReason(r); !id) {
            return id.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto st = reloadStages(); !st) {
        return st;
    }
    emit stagesChanged();
    return {};
}

const Customer *PipelineService::customer(qint64 id) const
{
    for (const auto &c : m_customers) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

Status PipelineService::updateCustomer(const Customer &changed)
{
    if (changed.name.trimmed().isEmpty()) {
        return Error::user(tr("A customer needs a name."));
    }
    auto it = std::find_if(m_customers.begin(), m_customers.end(),
                           [&](const Customer &c) { return c.id == changed.id; });
    if (it == m_customers.end()) {
        return Error::user(tr("There is no customer #%1.").arg(changed.id));
    }
    Customer c = changed;
    c.name = c.name.trimmed();
    c.createdAt = it->createdAt;
    if (auto st = m_partyRepo.updateCustomer(c); !st) {
        return st;
    }
    *it = c;
    m_customerNames.insert(c.id, c.name);
    emit partiesChanged();
    return {};
}

qint64 PipelineService::findCustomer(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &c : m_customers) {
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return c.id;
        }
    }
    return 0;
}

qint64 PipelineService::findRep(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &r : m_reps) {
        if (r.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return r.id;
        }
    }
    return 0;
}

Result<qint64> PipelineService::ensureCustomer(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return Error::user(tr("A deal needs a customer."));
    }
    if (qint64 id = findCustomer(name)) {
        return id;
    }
    Customer c;
    c.name = name.trimmed();
    c.createdAt = nowOr({});
    auto id = m_partyRepo.insertCustomer(c);
    if (!id) {
        return id;
    }
    c.id = *id;
    m_customers.append(c);
    m_customerNames.insert(c.id, c.name);
    emit partiesChanged();
    return id;
}

Result<qint64> PipelineService::ensureRep(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return qint64(0);
    }
    if (qint64 id = findRep(name)) {
        return id;
    }
    Rep r;
    r.name = name.trimmed();
    auto id = m_partyRepo.insertRep(r, nowOr({}));
    if (!id) {
        return id;
    }
    r.id = *id;
    m_reps.append(r);
    std::sort(m_reps.begin(), m_reps.end(),
              [](const Rep &a, const Rep &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_repNames.insert(r.id, r.name);
    emit partiesChanged();
    return id;
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
        && d.expectedClose < d.createdAt.toLocalTime().date()) {
        problems.append({F::ExpectedClose,
                         tr("The expected close date cannot be before the deal was created "
                            "(%1).")
                                 .arg(QLocale().toString(d.createdAt.toLocalTime().date(),
                                                         QLocale::ShortFormat))});
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

Result<QList<DealSummary>> PipelineService::dealSummaries(std::optional<DealStatus> status,
                                                          qint64 stageId) const
{
    return m_dealRepo.summaries(status, stageId);
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
    return DealSnapshot {std::move(d).value(), std::move(h).value(), std::move(a).value()};
}

Result<qint64> PipelineService::addDeal(Deal d, const QDateTime &at)
{
    const QDateTime when = nowOr(at);
    d.id = 0;
    d.createdAt = when;
    d.updatedAt = when;
    d.stageEnteredAt = when;
    if (d.currency.isEmpty()) {
        d.currency = m_currency;
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
    emit dealChanged(*id);
    return id;
}

Status PipelineService::applyMove(Deal &d, const DealMove &move, const QDateTime &when)
{
    if (d.stageEnteredAt.isValid() && when < d.stageEnteredAt) {
        return Error::user(tr("Deal #%1 entered its current stage on %2; a move cannot be dated "
                              "before that.")
                                   .arg(d.id)
                                   .arg(QLocale().toString(d.stageEnteredAt.toLocalTime(),
                                                           QLocale::ShortFormat)));
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
    const QDateTime when = nowOr(at);
    auto current = m_dealRepo.deal(edited.id);
    if (!current) {
        return current.error();
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
    emit dealChanged(d.id);
    return {};
}

Status PipelineService::moveDeal(qint64 id, const DealMove &move, const QDateTime &at)
{
    const QDateTime when = nowOr(at);
    auto current = m_dealRepo.deal(id);
    if (!current) {
        return current.error();
    }
    Deal d = std::move(current).value();
    if (auto st = applyMove(d, move, when); !st) {
        return st;
    }
    Transaction tx(m_db.connection());
    if (auto st = m_dealRepo.update(d); !st) {
        return st;
    }
    if (auto h = m_dealRepo.appendHistory({0, d.id, d.stageId, d.status, when}); !h) {
        return h.error();
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit dealChanged(id);
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

Status PipelineService::restoreDeal(qint64 id, const std::optional<DealSnapshot> &snapshot)
{
    Transaction tx(m_db.connection());
    auto exists = m_dealRepo.summary(id);
    if (!snapshot) {
        if (!exists) {
            return {};
        }
        if (auto st = m_dealRepo.remove(id); !st) {
            return st;
        }
    } else {
        const Status written = exists ? m_dealRepo.update(snapshot->deal)
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
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (snapshot) {
        emit dealChanged(id);
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
    return computeFunnel(activeStages(), *rows);
}

Result<QStringList> PipelineService::checkInvariants() const
{
    return m_dealRepo.invariantProblems();
}

} // namespace salesdesk
