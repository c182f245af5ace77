#include "ui/common/dialogs.h"

#include "core/book/book.h"
#include "core/book/settings.h"
#include "core/common/money.h"
#include "core/targets/targetservice.h"
#include "ui/common/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

void useDateFormat(QDateTimeEdit *edit)
{
    const QLocale locale;
    const bool withTime = edit->displayedSections() & QDateTimeEdit::TimeSections_Mask;
    edit->setDisplayFormat(withTime ? dateFormat(locale) + u' '
                                              + locale.timeFormat(QLocale::ShortFormat)
                                    : dateFormat(locale));
}

QString plainActionText(QString text)
{
    static const QRegularExpression mnemonic(u"\\(&\\w\\)"_s);
    return text.remove(mnemonic).remove(u'&').remove(u"…"_s);
}

QString titleName(const QString &name, int max)
{
    const QString simple = name.simplified();
    return QCoreApplication::translate("Dialogs", "“%1”")
            .arg(simple.size() > max ? simple.left(max - 1).trimmed() + u'…' : simple);
}

namespace {
class Clash
{
    Q_DECLARE_TR_FUNCTIONS(Clash)
};
} // namespace

ClashChoice askAboutClash(QWidget *parent, const QString &title, const QString &text,
                          const QString &advice)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(advice);
    QPushButton *onTop = box.addButton(Clash::tr("&Apply Mine on Top"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(Clash::tr("&Reload"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(onTop);
    box.exec();
    if (box.clickedButton() == onTop) {
        return ClashChoice::ApplyOnTop;
    }
    return box.clickedButton() == reload ? ClashChoice::Reload : ClashChoice::Cancel;
}

namespace {
class ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)
};
} // namespace

std::optional<QString> askServerPassword(QWidget *parent, const QString &user, const QString &host,
                                         bool *remember)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"serverPasswordDialog"_s);
    dialog.setWindowTitle(ServerPassword::tr("Connect to Team Server"));
    auto *password = new QLineEdit;
    password->setObjectName(u"serverPasswordLineEdit"_s);
    password->setEchoMode(QLineEdit::Password);
    password->setMinimumWidth(260);
    auto *keep = new QCheckBox(ServerPassword::tr("&Remember in the desktop's keychain"));
    keep->setObjectName(u"rememberPasswordCheckBox"_s);
    keep->setChecked(*remember);
    keep->setToolTip(
            ServerPassword::tr("The password is kept by the desktop's keychain (GNOME Keyring, "
                               "KWallet), never in SalesDesk's own files."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"serverPasswordButtonBox"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(ServerPassword::tr("Password of %1 on %2:").arg(user, host)));
    form->addRow(password);
    form->addRow(keep);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    *remember = keep->isChecked();
    return password->text();
}

namespace {
const SettingValue<QString> languageSetting {u"ui/language"_s, QString()};
// Where this computer kept the target statuses before the book did.
const QString LegacyOnTrack = u"targets/onTrackPercent"_s;
const QString LegacyAtRisk = u"targets/atRiskPercent"_s;

enum RateColumn { CurrencyColumn, FromColumn, RateColumnIndex };
} // namespace

PropertiesDialog::PropertiesDialog(const QString &companyName, const QString &code,
                                   bool currencyFixed, QWidget *parent)
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
    m_currency->setEnabled(!currencyFixed);
    auto *note
            = new QLabel(currencyFixed ? tr("Every total is in the home currency. It can change "
                                            "only while the book has no deals and no exchange "
                                            "rates; deals in other "
                                            "currencies count at the exchange rates in Edit › "
                                            "Preferences.")
                                       : tr("Every total is in the home currency; deals in other "
                                            "currencies count at the exchange rates in Edit › "
                                            "Preferences."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Home currency:"), m_currency);
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

PreferencesDialog::PreferencesDialog(Book *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    auto *computer = new QWidget;
    auto *computerForm = new QFormLayout(computer);
    computerForm->addRow(tr("&Language:"), m_language);
    auto *computerNote = new QLabel(tr("This computer's own setting. The settings of a company "
                                       "are kept in its file and shown on the other pages when "
                                       "a company is open."));
    computerNote->setWordWrap(true);
    computerForm->addRow(computerNote);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"preferencesTabWidget"_s);
    tabs->addTab(computer, tr("This computer"));
    if (m_book) {
        tabs->addTab(bookPage(), tr("Targets and customers"));
        tabs->addTab(ratesPage(), tr("Exchange rates"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

namespace {

// A month chosen by name ("April"), kept as its number.
class MonthSpinBox : public QSpinBox
{
public:
    MonthSpinBox()
    {
        setRange(1, 12);
        setWrapping(true);
    }

protected:
    QString textFromValue(int value) const override
    {
        return QLocale().standaloneMonthName(value, QLocale::LongFormat);
    }
    int valueFromText(const QString &text) const override
    {
        for (int m = 1; m <= 12; ++m) {
            if (QLocale()
                        .standaloneMonthName(m, QLocale::LongFormat)
                        .compare(text, Qt::CaseInsensitive)
                == 0) {
                return m;
            }
        }
        return value();
    }
    QValidator::State validate(QString &text, int &) const override
    {
        for (int m = 1; m <= 12; ++m) {
            const QString name = QLocale().standaloneMonthName(m, QLocale::LongFormat);
            if (name.compare(text, Qt::CaseInsensitive) == 0) {
                return QValidator::Acceptable;
            }
            if (name.startsWith(text, Qt::CaseInsensitive)) {
                return QValidator::Intermediate;
            }
        }
        return QValidator::Invalid;
    }
};

} // namespace

QWidget *PreferencesDialog::bookPage()
{
    const BookSettings &settings = m_book->settings();
    const auto box = [&](const QString &key, const QString &objectName, const QString &suffix) {
        auto *spin = new QSpinBox;
        spin->setObjectName(objectName);
        if (const SettingSpec *spec = settings.spec(key)) {
            spin->setRange(spec->minimum, spec->maximum);
        }
        spin->setSuffix(suffix);
        spin->setValue(settings.integer(key));
        m_settingBoxes.insert(key, spin);
        return spin;
    };
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *targets = new QGroupBox(tr("Target status"));
    targets->setObjectName(u"targetStatusGroup"_s);
    auto *targetsForm = new QFormLayout(targets);
    targetsForm->addRow(tr("On &track from:"),
                        box(u"targets.on_track_percent"_s, u"onTrackSpinBox"_s, u" %"_s));
    targetsForm->addRow(tr("At &risk from:"),
                        box(u"targets.at_risk_percent"_s, u"atRiskSpinBox"_s, u" %"_s));
    auto *thresholdNote = new QLabel(tr("Compared with what a target expects by now: at or above "
                                        "the first it is on track, at or above the second at "
                                        "risk, below that behind."));
    thresholdNote->setWordWrap(true);
    targetsForm->addRow(thresholdNote);
    auto *yearStart = new MonthSpinBox;
    yearStart->setObjectName(u"yearStartSpinBox"_s);
    yearStart->setValue(settings.integer(TargetService::yearStartKey()));
    yearStart->setToolTip(tr("New targets' years and quarters start in this month; targets "
                             "already set keep their own dates."));
    m_settingBoxes.insert(TargetService::yearStartKey(), yearStart);
    targetsForm->addRow(tr("The &year starts in:"), yearStart);
    layout->addWidget(targets);

    // This company's rules for segments and the communication plan.
    const QList<std::tuple<QString, QString, QString>> rules = {
            {u"segments.look_back_months"_s, tr("Look back over:"), tr(" months")},
            {u"segments.high_value_share_percent"_s, tr("High-value: the top"),
             tr(" % by won value")},
            {u"segments.high_value_min_won_deals"_s, tr("…with at least:"), tr(" won deals")},
            {u"segments.new_customer_days"_s, tr("Potential: first purchase within:"), tr(" days")},
            {u"segments.at_risk_factor_percent"_s, tr("At risk after:"),
             tr(" % of the usual interval")},
            {u"cadence.high_value_days"_s, tr("Contact high-value every:"), tr(" days")},
            {u"cadence.potential_days"_s, tr("Contact potential every:"), tr(" days")},
            {u"cadence.general_days"_s, tr("Contact general every:"), tr(" days")}};
    auto *group = new QGroupBox(tr("Customer segments and contact plan"));
    group->setObjectName(u"customerRulesGroup"_s);
    auto *rulesForm = new QFormLayout(group);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const auto &[key, label, suffix] = rules[i];
        rulesForm->addRow(label, box(key, u"ruleSpinBox%1"_s.arg(i), suffix));
    }
    auto *rulesNote = new QLabel(tr("Potential also takes in every customer with an open "
                                    "deal. The rules apply from the next time the Customers tab "
                                    "is shown."));
    rulesNote->setWordWrap(true);
    rulesForm->addRow(rulesNote);
    layout->addWidget(group);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::ratesPage()
{
    const CurrencyService &currencies = m_book->currencies();
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Every total is in %1. A deal in another currency counts at the "
                                "rate valid on the day it closed (an open deal: at today's); "
                                "before a currency's first rate, at that first rate.")
                                     .arg(currencies.home()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_rates = new QTableWidget(0, 3);
    m_rates->setObjectName(u"ratesTableWidget"_s);
    m_rates->setHorizontalHeaderLabels(
            {tr("Currency"), tr("Valid from"), tr("%1 per unit").arg(currencies.home())});
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setStretchLastSection(true);
    for (const auto &r : currencies.rates()) {
        addRateRow(r);
    }
    layout->addWidget(m_rates, 1);
    auto *add = new QPushButton(tr("&Add Rate"));
    add->setObjectName(u"addRateButton"_s);
    auto *remove = new QPushButton(tr("&Remove Rate"));
    remove->setObjectName(u"removeRateButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        // Ready to type the rate: the cell is current, and typing starts editing it.
        addRateRow({u"USD"_s, m_book->clock().today(), 0});
        m_rates->setCurrentCell(m_rates->rowCount() - 1, RateColumnIndex);
        m_rates->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0) {
            m_rates->removeRow(m_rates->currentRow());
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void PreferencesDialog::addRateRow(const ExchangeRate &rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, CurrencyColumn, new QTableWidgetItem(rate.currency));
    auto *from = new QDateEdit(rate.validFrom);
    useDateFormat(from);
    from->setCalendarPopup(true);
    m_rates->setCellWidget(row, FromColumn, from);
    m_rates->setItem(row, RateColumnIndex,
                     new QTableWidgetItem(rate.rateNano > 0 ? rate.rateText() : QString()));
}

QHash<QString, QString> PreferencesDialog::settingsChanges() const
{
    QHash<QString, QString> changes;
    if (!m_book) {
        return changes;
    }
    for (auto it = m_settingBoxes.cbegin(); it != m_settingBoxes.cend(); ++it) {
        const QString value = QString::number(it.value()->value());
        if (value != m_book->settings().value(it.key())) {
            changes.insert(it.key(), value);
        }
    }
    return changes;
}

QList<ExchangeRate> PreferencesDialog::rates() const
{
    QList<ExchangeRate> list;
    if (!m_rates) {
        return list;
    }
    for (int r = 0; r < m_rates->rowCount(); ++r) {
        const auto *from = qobject_cast<QDateEdit *>(m_rates->cellWidget(r, FromColumn));
        const auto *code = m_rates->item(r, CurrencyColumn);
        const auto *rate = m_rates->item(r, RateColumnIndex);
        const auto parsed = ExchangeRate::parseRate(rate ? rate->text() : QString());
        list.append({code ? code->text().trimmed().toUpper() : QString(),
                     from ? from->date() : QDate(), parsed ? *parsed : 0});
    }
    std::sort(list.begin(), list.end(), [](const ExchangeRate &a, const ExchangeRate &b) {
        return a.currency != b.currency ? a.currency < b.currency : a.validFrom < b.validFrom;
    });
    return list;
}

bool PreferencesDialog::ratesChanged() const
{
    return m_book && m_rates && rates() != m_book->currencies().rates();
}

QStringList PreferencesDialog::problems() const
{
    QStringList p;
    if (!m_book) {
        return p;
    }
    p += m_book->settings().problems(settingsChanges());
    if (m_rates) {
        for (int r = 0; r < m_rates->rowCount(); ++r) {
            const auto *rate = m_rates->item(r, RateColumnIndex);
            if (auto parsed = ExchangeRate::parseRate(rate ? rate->text() : QString()); !parsed) {
                p.append(tr("Row %1: %2").arg(r + 1).arg(parsed.message()));
            }
        }
        if (p.isEmpty()) {
            p += m_book->currencies().problems(rates());
        }
    }
    return p;
}

void PreferencesDialog::accept()
{
    if (const QStringList p = problems(); !p.isEmpty()) {
        QMessageBox::warning(this, tr("Preferences"), p.join(u'\n'));
        return;
    }
    const QString chosen = m_language->currentData().toString();
    if (chosen != language()) {
        setLanguage(chosen);
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language applies the next time SalesDesk starts."));
    }
    QDialog::accept();
}

QString PreferencesDialog::language()
{
    return languageSetting.get();
}

void PreferencesDialog::setLanguage(const QString &name)
{
    languageSetting.set(name);
}

std::optional<std::pair<int, int>> PreferencesDialog::legacyThresholds()
{
    QSettings settings;
    if (!settings.contains(LegacyOnTrack) && !settings.contains(LegacyAtRisk)) {
        return std::nullopt;
    }
    const int onTrack = std::clamp(settings.value(LegacyOnTrack, 95).toInt(), 1, 100);
    const int atRisk = std::clamp(settings.value(LegacyAtRisk, 80).toInt(), 0, onTrack);
    if (onTrack == 95 && atRisk == 80) {
        return std::nullopt;
    }
    return std::pair {onTrack, atRisk};
}

} // namespace salesdesk::ui
