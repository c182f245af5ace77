#pragma once

#include "core/customers/segmentservice.h"
#include "core/targets/targettypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace salesdesk::ui {

// File › Properties: the company's name and the book's currency.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(const QString &companyName, const QString &currency,
                     QWidget *parent = nullptr);
    QString companyName() const;
    QString currency() const;

private:
    QLineEdit *m_name;
    QComboBox *m_currency;
};

// Edit › Preferences: the interface language (applies after a restart) and when a target
// counts as on track or at risk.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // With the rules of the open company's book, a section to change them too.
    explicit PreferencesDialog(QWidget *parent = nullptr,
                               std::optional<CustomerRules> bookRules = std::nullopt);
    void accept() override;
    // The book's rules as the dialog left them (the ones given when there were any).
    std::optional<CustomerRules> bookRules() const;

    // "" follows the system; otherwise a locale name such as "en" or "zh_CN".
    static QString language();
    static void setLanguage(const QString &name);
    static StatusThresholds statusThresholds();

private:
    QComboBox *m_language;
    QSpinBox *m_onTrack;
    QSpinBox *m_atRisk;
    std::optional<CustomerRules> m_rules;
    QList<QSpinBox *> m_ruleBoxes;
};

} // namespace salesdesk::ui
