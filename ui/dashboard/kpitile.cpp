#include "ui/dashboard/kpitile.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

KpiTile::KpiTile(Kpi kpi, QWidget *parent)
    : QFrame(parent)
    , m_kpi(kpi)
{
    setObjectName(u"kpiTile%1"_s.arg(int(kpi)));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_name = new QLabel(this);
    m_name->setObjectName(u"tileNameLabel"_s);
    m_value = new QLabel(this);
    m_value->setObjectName(u"tileValueLabel"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"tileDetailLabel"_s);
    m_change = new QLabel(this);
    m_change->setObjectName(u"tileChangeLabel"_s);
    for (QLabel *l : {m_name, m_detail}) {
        l->setForegroundRole(QPalette::PlaceholderText);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
    retranslate();
    setCursor(Qt::PointingHandCursor);
}

void KpiTile::retranslate()
{
    m_name->setText(KpiText::name(m_kpi));
    setAccessibleName(KpiText::name(m_kpi));
    setToolTip(KpiText::explained(m_kpi)
               + (m_drillable ? u"\n\n"_s + tr("Click to see the deals behind it.") : QString()));
}

void KpiTile::setDrillable(bool drillable)
{
    m_drillable = drillable;
    setCursor(drillable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    retranslate();
}

void KpiTile::setFigures(const QString &value, const QString &detail, std::optional<double> change,
                         const QString &comparedWith)
{
    m_value->setText(value);
    m_detail->setText(detail.isEmpty() ? u" "_s : detail); // every tile as tall as the others
    if (!change) {
        m_change->setText(tr("– vs %1").arg(comparedWith));
        m_change->setStyleSheet(u"color: palette(placeholder-text);"_s);
        return;
    }
    const double pct = *change * 100;
    const QLocale locale;
    const QString amount = locale.toString(std::abs(pct), 'f', std::abs(pct) < 10 ? 1 : 0);
    const bool flat = std::abs(pct) < 0.05;
    const QString arrow = flat ? u"="_s : (pct > 0 ? u"▲"_s : u"▼"_s);
    m_change->setText(tr("%1 %2 % vs %3").arg(arrow, amount, comparedWith));
    const bool good = flat || ((pct > 0) == KpiText::higherIsBetter(m_kpi));
    // Green and red with a mark, never colour alone.
    m_change->setStyleSheet(flat ? QString() : good ? u"color: #1e7d32;"_s : u"color: #c62828;"_s);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::detailText() const
{
    return m_detail->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())
        && m_drillable) {
        emit activated(m_kpi);
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
         || event->key() == Qt::Key_Space)
        && m_drillable) {
        emit activated(m_kpi);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace salesdesk::ui
