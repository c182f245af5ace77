// PipelineService, part two: the book's lists that deals refer to — its properties, stages,
// lost reasons, customers and reps. Deals and the funnel are in pipelineservice.cpp.
#include "core/common/money.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

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
    m_customerIndex.clear();
    m_customerIndex.reserve(m_customers.size());
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        m_customerIndex.insert(m_customers[i].id, i);
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
    const auto at = m_customerIndex.constFind(id);
    return at == m_customerIndex.cend() ? nullptr : &m_customers[*at];
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
    c.createdAt = timestamp({});
    auto id = m_partyRepo.insertCustomer(c);
    if (!id) {
        return id;
    }
    c.id = *id;
    m_customerIndex.insert(c.id, m_customers.size());
    m_customers.append(c);
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
    auto id = m_partyRepo.insertRep(r, timestamp({}));
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

} // namespace salesdesk
