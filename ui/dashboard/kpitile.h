#pragma once

#include "core/kpi/kpitext.h"

#include <QFrame>

class QLabel;

namespace salesdesk::ui {

// One figure on the dashboard: its name, its value, the change against the compared period
// (▲/▼ and %, green when the change is good news, red when bad) and what it means in a
// tooltip. A click (or Enter when focused) asks for the deals behind it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(Kpi kpi, QWidget *parent = nullptr);

    Kpi kpi() const { return m_kpi; }
    void setFigures(const QString &value, const QString &detail, std::optional<double> change,
                    const QString &comparedWith);
    QString valueText() const;
    QString changeText() const;
    QString detailText() const;
    void setDrillable(bool drillable);

signals:
    void activated(salesdesk::Kpi kpi);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Kpi m_kpi;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_change;
    bool m_drillable = true;
};

} // namespace salesdesk::ui
