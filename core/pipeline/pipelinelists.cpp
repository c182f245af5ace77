// PipelineService, part two: the book's lists that deals refer to — its stages and lost
// reasons. Deals and the funnel are in pipelineservice.cpp.
#include "core/pipeline/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

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

const LostReason *PipelineService::lostReason(qint64 id) const
{
    for (const auto &r : m_lostReasons) {
        if (r.id == id) {
            return &r;
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

} // namespace salesdesk
