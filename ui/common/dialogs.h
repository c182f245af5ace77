#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

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

// Edit › Preferences: the interface language (applies after a restart).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    // "" follows the system; otherwise a locale name such as "en" or "zh_CN".
    static QString language();
    static void setLanguage(const QString &name);

private:
    QComboBox *m_language;
};

} // namespace salesdesk::ui
