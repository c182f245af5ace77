#include "dialogs.h"

#include "common/money.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
const SettingValue<QString> languageSetting {u"ui/language"_s, QString()};
const SettingValue<int> onTrackSetting {u"targets/onTrackPercent"_s, 95};
const SettingValue<int> atRiskSetting {u"targets/atRiskPercent"_s, 80};
} // namespace

PropertiesDialog::PropertiesDialog(const QString &companyName, const QString &code, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"propertiesDialog"_s);
    setWindowTitle(tr("Company Properties"));
    m_name = new QLineEdit(companyName);
    m_name->setObjectName(u"companyNameLineEdit"_s);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->setEditable(true);
    m_currency->addItems({u"CNY"_s, u"HKD"_s, u"TWD"_s, u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s,
                          u"KRW"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s, u"CHF"_s, u"INR"_s});
    m_currency->setCurrentText(code);
    auto *note = new QLabel(tr("The currency applies to new deals; existing deals keep the "
                               "currency they were entered in."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(!m_name->text().trimmed().isEmpty()
                             && currency::isValidCode(currency()));
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
}

QString PropertiesDialog::companyName() const
{
    return m_name->text().trimmed();
}

QString PropertiesDialog::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    m_onTrack = new QSpinBox;
    m_onTrack->setObjectName(u"onTrackSpinBox"_s);
    m_onTrack->setRange(1, 100);
    m_onTrack->setSuffix(u" %"_s);
    m_onTrack->setValue(onTrackSetting.get());
    m_atRisk = new QSpinBox;
    m_atRisk->setObjectName(u"atRiskSpinBox"_s);
    m_atRisk->setRange(0, 100);
    m_atRisk->setSuffix(u" %"_s);
    m_atRisk->setValue(atRiskSetting.get());
    auto *thresholdNote = new QLabel(tr("Compared with what a target expects by now: at or above "
                                        "the first it is on track, at or above the second at "
                                        "risk, below that behind."));
    thresholdNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("On &track from:"), m_onTrack);
    form->addRow(tr("At &risk from:"), m_atRisk);
    form->addRow(thresholdNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    onTrackSetting.set(m_onTrack->value());
    atRiskSetting.set(std::min(m_atRisk->value(), m_onTrack->value()));
    const QString chosen = m_language->currentData().toString();
    if (chosen != language()) {
        setLanguage(chosen);
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language applies the next time SalesDesk starts."));
    }
    QDialog::accept();
}

StatusThresholds PreferencesDialog::statusThresholds()
{
    StatusThresholds t;
    t.onTrack = onTrackSetting.get() / 100.0;
    t.atRisk = std::min(atRiskSetting.get(), onTrackSetting.get()) / 100.0;
    return t;
}

QString PreferencesDialog::language()
{
    return languageSetting.get();
}

void PreferencesDialog::setLanguage(const QString &name)
{
    languageSetting.set(name);
}

} // namespace salesdesk::ui
