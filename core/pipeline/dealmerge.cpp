#include "core/pipeline/dealmerge.h"

#include <QCoreApplication>

#include <functional>

namespace salesdesk {

namespace {

struct Field
{
    const char *name; // translated in the context "DealMerge"
    std::function<bool(const Deal &, const Deal &)> same;
    std::function<void(Deal &, const Deal &)> take;
};

template<typename... Members>
Field field(const char *name, Members... members)
{
    return {name, [=](const Deal &a, const Deal &b) { return ((a.*members == b.*members) && ...); },
            [=](Deal &into, const Deal &from) {
                ((into.*members = from.*members), ...);
            }};
}

const QList<Field> &fields()
{
    static const QList<Field> all {
            field(QT_TRANSLATE_NOOP("DealMerge", "title"), &Deal::title),
            field(QT_TRANSLATE_NOOP("DealMerge", "customer"), &Deal::customerId),
            field(QT_TRANSLATE_NOOP("DealMerge", "owner"), &Deal::ownerId),
            field(QT_TRANSLATE_NOOP("DealMerge", "value"), &Deal::valueMinor, &Deal::currency),
            field(QT_TRANSLATE_NOOP("DealMerge", "expected close"), &Deal::expectedClose),
            field(QT_TRANSLATE_NOOP("DealMerge", "stage"), &Deal::stageId, &Deal::status,
                  &Deal::lostReasonId, &Deal::lostNote),
            field(QT_TRANSLATE_NOOP("DealMerge", "probability"), &Deal::probability),
            field(QT_TRANSLATE_NOOP("DealMerge", "source"), &Deal::source),
            field(QT_TRANSLATE_NOOP("DealMerge", "product"), &Deal::product),
            field(QT_TRANSLATE_NOOP("DealMerge", "competitors"), &Deal::competitors),
            field(QT_TRANSLATE_NOOP("DealMerge", "next step"), &Deal::nextStep,
                  &Deal::nextStepDate),
            field(QT_TRANSLATE_NOOP("DealMerge", "notes"), &Deal::notes),
            field(QT_TRANSLATE_NOOP("DealMerge", "service status"), &Deal::serviceStatus),
            field(QT_TRANSLATE_NOOP("DealMerge", "forecast category"), &Deal::forecastCategory),
    };
    return all;
}

} // namespace

QStringList changedDealFields(const Deal &from, const Deal &to)
{
    QStringList names;
    for (const Field &f : fields()) {
        if (!f.same(from, to)) {
            names.append(QCoreApplication::translate("DealMerge", f.name));
        }
    }
    return names;
}

Deal dealOnTop(const Deal &opened, const Deal &edited, const Deal &current)
{
    Deal merged = current;
    for (const Field &f : fields()) {
        if (!f.same(opened, edited)) {
            f.take(merged, edited);
        }
    }
    return merged;
}

} // namespace salesdesk
