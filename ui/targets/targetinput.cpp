// Reading and showing target values, and the SMART check view, shared by the dialogs and the
// detail pane.
#include "core/common/money.h"
#include "ui/targets/targetdialogs.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

Result<qint64> parseTargetValue(Metric metric, const QString &text, const QString &currency)
{
    if (TargetText::isMoney(metric)) {
        auto money = Money::parse(text, currency, QLocale());
        if (!money) {
            return money.error();
        }
        return money->minor();
    }
    bool ok = false;
    if (metric == Metric::WinRate) {
        const double percent = QLocale().toDouble(QString(text).remove(u'%').trimmed(), &ok);
        if (!ok || percent < 0 || percent > 100) {
            return Error::user(QCoreApplication::translate("salesdesk::ui::NewTargetDialog",
                                                           "Enter the rate in percent, 0 to "
                                                           "100."));
        }
        return std::llround(percent / 100.0 * double(PartsPerMillion));
    }
    const qint64 count = QLocale().toLongLong(text.trimmed(), &ok);
    if (!ok || count < 0) {
        return Error::user(QCoreApplication::translate("salesdesk::ui::NewTargetDialog",
                                                       "Enter a whole number."));
    }
    return count;
}

QString targetValueText(Metric metric, qint64 value, const QString &currency)
{
    if (TargetText::isMoney(metric)) {
        return currency::formatAmount(value, currency);
    }
    if (metric == Metric::WinRate) {
        return QLocale().toString(double(value) * 100.0 / PartsPerMillion, 'f', 1);
    }
    return QLocale().toString(value);
}

// ---- SmartCheckView -----------------------------------------------------------------------

SmartCheckView::SmartCheckView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"smartCheckView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < 5; ++i) {
        auto *row = new QLabel;
        row->setWordWrap(true);
        row->setTextFormat(Qt::RichText);
        layout->addWidget(row);
        m_rows.append(row);
    }
}

void SmartCheckView::show(const TargetService::SmartCheck &check)
{
    const QList<std::pair<QString, TargetService::SmartItem>> items
            = {{tr("Specific"), check.specific},
               {tr("Measurable"), check.measurable},
               {tr("Achievable"), check.achievable},
               {tr("Relevant"), check.relevant},
               {tr("Time-bound"), check.timeBound}};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto &[letter, item] = items[i];
        // ✓ met, ! not met, ? nothing to judge by yet.
        const QString mark = !item.known ? u"?"_s : item.ok ? u"✓"_s : u"!"_s;
        const QString color = !item.known ? u"#6b7280"_s : item.ok ? u"#1f9d55"_s : u"#e67e22"_s;
        m_rows[i]->setText(
                u"<span style='color:%1; font-weight:bold'>%2</span> <b>%3</b> — %4"_s.arg(
                        color, mark, letter.toHtmlEscaped(), item.hint.toHtmlEscaped()));
    }
}

} // namespace salesdesk::ui
