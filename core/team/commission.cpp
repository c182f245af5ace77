#include "core/team/commission.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// Products of money and millionths overflow 64 bits (a quota of 10^12 minor units times a tier
// boundary in millionths times a rate in millionths); the arithmetic is exact in 128.
__extension__ typedef __int128 Wide;

// num ÷ den rounded half away from zero (den > 0).
qint64 roundedDivision(Wide num, Wide den)
{
    const Wide magnitude = num < 0 ? -num : num;
    const Wide q = (magnitude * 2 + den) / (den * 2);
    return qint64(num < 0 ? -q : q);
}

// The tier reached by a total: the last whose start it reaches (1-based).
int tierReached(const QList<CommissionTier> &tiers, std::optional<qint64> quota, qint64 total)
{
    int reached = 1;
    if (!quota || *quota <= 0) {
        return reached;
    }
    for (int k = 0; k < tiers.size(); ++k) {
        if (Wide(total) * kPpm >= Wide(*quota) * tiers[k].fromPpm) {
            reached = k + 1;
        }
    }
    return reached;
}

QList<CommissionLine> marginalLines(const QList<CommissionTier> &tiers, std::optional<qint64> quota,
                                    const QList<CreditedDeal> &deals)
{
    QList<CommissionLine> lines;
    qint64 filled = 0;
    for (const CreditedDeal &deal : deals) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::Deal;
        line.dealId = deal.dealId;
        line.title = deal.title;
        line.closedOn = deal.closedOn;
        line.creditedMinor = deal.creditedMinor;
        if (!quota || *quota <= 0) {
            line.tier = 1;
            line.ratePpm = tiers.value(0).ratePpm;
            line.commissionMinor = applyPpm(deal.creditedMinor, line.ratePpm);
            line.slices.append({1, deal.creditedMinor, line.ratePpm});
            lines.append(line);
            filled += deal.creditedMinor;
            continue;
        }
        // Positions in millionths of a minor unit, where tier boundaries are exact.
        const Wide from = Wide(filled) * kPpm;
        const Wide to = Wide(filled + deal.creditedMinor) * kPpm;
        Wide earned = 0; // minor units × 10^12
        for (int k = 0; k < tiers.size(); ++k) {
            const Wide lo = Wide(*quota) * tiers[k].fromPpm;
            const bool last = k + 1 == tiers.size();
            const Wide hi = last ? to : Wide(*quota) * tiers[k + 1].fromPpm;
            const Wide overlap = std::min(to, hi) - std::max(from, lo);
            if (overlap <= 0) {
                continue;
            }
            earned += overlap * tiers[k].ratePpm;
            line.slices.append({k + 1, roundedDivision(overlap, kPpm), tiers[k].ratePpm});
            line.tier = k + 1;
            line.ratePpm = tiers[k].ratePpm;
        }
        if (line.tier == 0) { // a deal of nothing
            line.tier = tierReached(tiers, quota, filled);
            line.ratePpm = tiers.value(line.tier - 1).ratePpm;
        }
        line.commissionMinor = roundedDivision(earned, Wide(kPpm) * kPpm);
        lines.append(line);
        filled += deal.creditedMinor;
    }
    return lines;
}

QList<CommissionLine> flatLines(const QList<CommissionTier> &tiers, std::optional<qint64> quota,
                                const QList<CreditedDeal> &deals)
{
    qint64 total = 0;
    for (const CreditedDeal &d : deals) {
        total += d.creditedMinor;
    }
    const int tier = tierReached(tiers, quota, total);
    const qint64 rate = tiers.value(tier - 1).ratePpm;
    QList<CommissionLine> lines;
    for (const CreditedDeal &deal : deals) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::Deal;
        line.dealId = deal.dealId;
        line.title = deal.title;
        line.closedOn = deal.closedOn;
        line.creditedMinor = deal.creditedMinor;
        line.tier = tier;
        line.ratePpm = rate;
        line.commissionMinor = applyPpm(deal.creditedMinor, rate);
        line.slices.append({tier, deal.creditedMinor, rate});
        lines.append(line);
    }
    return lines;
}

qint64 sumOf(const QList<CommissionLine> &lines)
{
    qint64 sum = 0;
    for (const auto &l : lines) {
        sum += l.commissionMinor;
    }
    return sum;
}

} // namespace

qint64 applyPpm(qint64 minor, qint64 ppm)
{
    return roundedDivision(Wide(minor) * ppm, kPpm);
}

QList<CommissionLine> commissionLines(const CommissionTerms &terms,
                                      std::optional<qint64> quotaMinor,
                                      const QList<CreditedDeal> &deals)
{
    QList<CommissionLine> lines;
    if (terms.tiers.isEmpty()) {
        return lines;
    }
    switch (terms.mode) {
    case CommissionMode::Marginal:
        lines = marginalLines(terms.tiers, quotaMinor, deals);
        break;
    case CommissionMode::Flat:
        lines = flatLines(terms.tiers, quotaMinor, deals);
        break;
    case CommissionMode::Retroactive: {
        lines = marginalLines(terms.tiers, quotaMinor, deals);
        const auto flat = flatLines(terms.tiers, quotaMinor, deals);
        const qint64 topUp = sumOf(flat) - sumOf(lines);
        if (topUp != 0) {
            CommissionLine line;
            line.kind = CommissionLine::Kind::TrueUp;
            line.title = CommissionText::name(CommissionLine::Kind::TrueUp);
            line.tier = flat.isEmpty() ? 0 : flat.first().tier;
            line.ratePpm = flat.isEmpty() ? 0 : flat.first().ratePpm;
            line.commissionMinor = topUp;
            lines.append(line);
        }
        break;
    }
    }
    qint64 total = 0;
    for (const CreditedDeal &deal : deals) {
        total += deal.creditedMinor;
        const auto spiff = terms.spiffs.constFind(deal.product);
        if (deal.product.isEmpty() || spiff == terms.spiffs.cend()) {
            continue;
        }
        CommissionLine line;
        line.kind = CommissionLine::Kind::Spiff;
        line.dealId = deal.dealId;
        line.title = deal.title;
        line.closedOn = deal.closedOn;
        line.commissionMinor = applyPpm(*spiff, deal.sharePpm);
        line.note = deal.product;
        lines.append(line);
    }
    if (terms.bonusMinor > 0 && terms.bonusFromPpm && quotaMinor && *quotaMinor > 0
        && Wide(total) * kPpm >= Wide(*quotaMinor) * *terms.bonusFromPpm) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::Bonus;
        line.title = CommissionText::name(CommissionLine::Kind::Bonus);
        line.commissionMinor = terms.bonusMinor;
        line.ratePpm = *terms.bonusFromPpm;
        lines.append(line);
    }
    return lines;
}

void totalStatement(CommissionStatement &s, const std::optional<qint64> &capMinor)
{
    s.lines.removeIf([](const CommissionLine &l) { return l.kind == CommissionLine::Kind::Cap; });
    s.commissionMinor = 0;
    s.extrasMinor = 0;
    s.clawbackMinor = 0;
    s.creditedMinor = 0;
    qsizetype lastEarning = -1;
    for (qsizetype i = 0; i < s.lines.size(); ++i) {
        const CommissionLine &l = s.lines[i];
        switch (l.kind) {
        case CommissionLine::Kind::Deal:
            s.creditedMinor += l.creditedMinor;
            s.commissionMinor += l.commissionMinor;
            break;
        case CommissionLine::Kind::TrueUp:
            s.commissionMinor += l.commissionMinor;
            break;
        case CommissionLine::Kind::Spiff:
        case CommissionLine::Kind::Bonus:
        case CommissionLine::Kind::Pool:
            s.extrasMinor += l.commissionMinor;
            break;
        case CommissionLine::Kind::Clawback:
            s.clawbackMinor -= l.commissionMinor;
            continue;
        case CommissionLine::Kind::Cap:
            continue;
        }
        lastEarning = i;
    }
    const qint64 earned = s.commissionMinor + s.extrasMinor;
    s.capMinor = 0;
    if (capMinor && earned > *capMinor) {
        CommissionLine cap;
        cap.kind = CommissionLine::Kind::Cap;
        cap.title = CommissionText::name(CommissionLine::Kind::Cap);
        cap.commissionMinor = *capMinor - earned;
        s.capMinor = cap.commissionMinor;
        s.lines.insert(lastEarning + 1, cap);
    }
    s.payoutMinor = earned + s.capMinor - s.clawbackMinor;
    s.attainment.reset();
    if (s.quotaMinor && *s.quotaMinor > 0) {
        s.attainment = double(s.creditedMinor) / double(*s.quotaMinor);
    }
}

QString CommissionText::code(CommissionMode mode)
{
    switch (mode) {
    case CommissionMode::Marginal:
        return u"marginal"_s;
    case CommissionMode::Flat:
        return u"flat"_s;
    case CommissionMode::Retroactive:
        return u"retroactive"_s;
    }
    return {};
}

std::optional<CommissionMode> CommissionText::mode(const QString &code)
{
    for (auto m : {CommissionMode::Marginal, CommissionMode::Flat, CommissionMode::Retroactive}) {
        if (code.compare(CommissionText::code(m), Qt::CaseInsensitive) == 0) {
            return m;
        }
    }
    return std::nullopt;
}

QString CommissionText::name(CommissionMode mode)
{
    switch (mode) {
    case CommissionMode::Marginal:
        return tr("Marginal (each slice at its tier's rate)");
    case CommissionMode::Flat:
        return tr("Flat (all at the rate of the tier reached)");
    case CommissionMode::Retroactive:
        return tr("Retroactive (marginal, topped up to flat when settled)");
    }
    return {};
}

QString CommissionText::code(CommissionLine::Kind kind)
{
    switch (kind) {
    case CommissionLine::Kind::Deal:
        return u"deal"_s;
    case CommissionLine::Kind::TrueUp:
        return u"true_up"_s;
    case CommissionLine::Kind::Spiff:
        return u"spiff"_s;
    case CommissionLine::Kind::Bonus:
        return u"bonus"_s;
    case CommissionLine::Kind::Pool:
        return u"pool"_s;
    case CommissionLine::Kind::Cap:
        return u"cap"_s;
    case CommissionLine::Kind::Clawback:
        return u"clawback"_s;
    }
    return {};
}

CommissionLine::Kind CommissionText::lineKind(const QString &code)
{
    for (auto k :
         {CommissionLine::Kind::TrueUp, CommissionLine::Kind::Spiff, CommissionLine::Kind::Bonus,
          CommissionLine::Kind::Pool, CommissionLine::Kind::Cap, CommissionLine::Kind::Clawback}) {
        if (code == CommissionText::code(k)) {
            return k;
        }
    }
    return CommissionLine::Kind::Deal;
}

QString CommissionText::name(CommissionLine::Kind kind)
{
    switch (kind) {
    case CommissionLine::Kind::Deal:
        return tr("Deal");
    case CommissionLine::Kind::TrueUp:
        return tr("True-up to the rate of the tier reached");
    case CommissionLine::Kind::Spiff:
        return tr("SPIFF");
    case CommissionLine::Kind::Bonus:
        return tr("Bonus for reaching the threshold");
    case CommissionLine::Kind::Pool:
        return tr("Share of the team's bonus pool");
    case CommissionLine::Kind::Cap:
        return tr("Cap of the period");
    case CommissionLine::Kind::Clawback:
        return tr("Clawback");
    }
    return {};
}

std::optional<qint64> CommissionText::parsePercent(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'%')) {
        text.chop(1);
        text = text.trimmed();
    }
    static const QRegularExpression number(u"^(\\d{1,7})(?:\\.(\\d{1,4}))?$"_s);
    const auto m = number.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 whole = m.captured(1).toLongLong();
    const QString fraction = m.captured(2).leftJustified(4, u'0');
    return whole * 10000 + fraction.toLongLong();
}

QString CommissionText::percentText(qint64 ppm)
{
    QString text = QString::number(ppm / 10000);
    if (const qint64 rest = ppm % 10000) {
        QString digits = QString::number(rest).rightJustified(4, u'0');
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        text += u'.' + digits;
    }
    return text + u'%';
}

Result<QList<CommissionTier>> CommissionText::parseTiers(const QString &text)
{
    QList<CommissionTier> tiers;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        const auto from = colon > 0 ? parsePercent(part.left(colon)) : std::nullopt;
        const auto rate = colon > 0 ? parsePercent(part.mid(colon + 1)) : std::nullopt;
        if (!from || !rate) {
            return Error::user(tr("“%1” is not a tier: write attainment-from:rate, as in "
                                  "“100%:8%”.")
                                       .arg(part.trimmed()));
        }
        tiers.append({*from, *rate});
    }
    if (tiers.isEmpty()) {
        return Error::user(tr("A plan needs at least one tier, as in “0:5%”."));
    }
    return tiers;
}

QString CommissionText::tiersText(const QList<CommissionTier> &tiers)
{
    QStringList parts;
    for (const auto &t : tiers) {
        parts.append((t.fromPpm == 0 ? u"0"_s : percentText(t.fromPpm)) + u':'
                     + percentText(t.ratePpm));
    }
    return parts.join(u',');
}

Status CommissionText::validate(const CommissionTerms &terms)
{
    if (terms.tiers.isEmpty()) {
        return Error::user(tr("A plan needs at least one tier, as in “0:5%”."));
    }
    QList<CommissionTier> sorted = terms.tiers;
    std::sort(sorted.begin(), sorted.end(), [](const CommissionTier &a, const CommissionTier &b) {
        return a.fromPpm < b.fromPpm;
    });
    if (sorted.first().fromPpm != 0) {
        return Error::user(tr("The first tier must start at 0 % of quota (this table starts at "
                              "%1): revenue below it would earn nothing by accident.")
                                   .arg(percentText(sorted.first().fromPpm)));
    }
    for (int k = 1; k < sorted.size(); ++k) {
        if (sorted[k].fromPpm == sorted[k - 1].fromPpm) {
            return Error::user(tr("Two tiers start at %1 of quota; each tier needs its own "
                                  "start.")
                                       .arg(percentText(sorted[k].fromPpm)));
        }
    }
    for (const auto &t : sorted) {
        if (t.ratePpm > kPpm) {
            return Error::user(
                    tr("A rate of %1 is more than the whole revenue.").arg(percentText(t.ratePpm)));
        }
    }
    if (terms.capMinor && *terms.capMinor < 0) {
        return Error::user(tr("A cap cannot be negative."));
    }
    if (terms.clawbackDays < 0) {
        return Error::user(tr("The clawback window cannot be negative."));
    }
    if (terms.bonusMinor < 0) {
        return Error::user(tr("A bonus cannot be negative."));
    }
    for (auto it = terms.spiffs.cbegin(); it != terms.spiffs.cend(); ++it) {
        if (it.key().trimmed().isEmpty() || *it <= 0) {
            return Error::user(tr("A SPIFF needs a product and an amount above zero."));
        }
    }
    return {};
}

} // namespace salesdesk
