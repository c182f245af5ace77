#include "ui/common/welcomepage.h"

#include "core/common/money.h"
#include "ui/common/dialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(u"welcomePage"_s);
    auto *heading = new QLabel(tr("<h2>Welcome to SalesDesk</h2>"
                                  "<p>Your sales in one file on this computer: targets, deals, "
                                  "customers. Start a company, or open one.</p>"));
    heading->setWordWrap(true);

    // Start a company.
    m_name = new QLineEdit;
    m_name->setObjectName(u"companyNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Bright Star Trading Co."));
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->setAccessibleName(tr("Home currency"));
    const QLocale locale;
    for (const QString &code : currency::currentCodes()) {
        // Typing "CN" finds CNY: every item starts with its code.
        m_currency->addItem(u"%1 — %2"_s.arg(code, currency::name(code, locale)), code);
    }
    m_currency->setCurrentIndex(
            std::max(0, m_currency->findData(currency::defaultFor(QLocale::system()))));
    m_currency->setToolTip(tr("Every total is in this currency. Deals in other currencies count "
                              "at exchange rates you enter. It can change only while the "
                              "company has no deals."));
    m_yearStart = new QComboBox;
    m_yearStart->setObjectName(u"yearStartComboBox"_s);
    for (int m = 1; m <= 12; ++m) {
        m_yearStart->addItem(locale.standaloneMonthName(m, QLocale::LongFormat), m);
    }
    m_yearStart->setToolTip(tr("When the company's year begins: targets for a year or a quarter "
                               "follow it (January for a calendar year; April for a year "
                               "running April to March). Edit › Preferences changes it later."));
    m_path = new QLabel;
    m_path->setObjectName(u"filePathLabel"_s);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *change = new QPushButton(tr("C&hange…"));
    change->setObjectName(u"changeLocationButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(change);
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(PreferencesDialog::language())));
    m_languageNote = new QLabel;
    m_languageNote->setObjectName(u"languageNoteLabel"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    m_create = new QPushButton(tr("&Create Company"));
    m_create->setObjectName(u"createCompanyButton"_s);
    m_create->setDefault(true);
    m_import = new QPushButton(tr("Create and &Import From Another CRM…"));
    m_import->setObjectName(u"createAndImportButton"_s);
    m_import->setToolTip(tr("Creates the company, then reads a CSV file into it: an export of "
                            "Pipedrive, HubSpot, Zoho or Odoo, or a spreadsheet saved as CSV."));
    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("Home &currency:"), m_currency);
    form->addRow(tr("The &year starts in:"), m_yearStart);
    form->addRow(tr("Saved as:"), pathRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *start = new QGroupBox(tr("Start a company"));
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addLayout(form);
    startLayout->addSpacing(8);
    startLayout->addLayout(buttons);
    startLayout->addStretch(1);

    // Or open one.
    auto *open = new QPushButton(tr("&Open a Company File…"));
    open->setObjectName(u"openCompanyButton"_s);
    auto *demo = new QPushButton(tr("Try the &Demo Company"));
    demo->setObjectName(u"demoCompanyButton"_s);
    demo->setToolTip(tr("A made-up company with three years of deals, customers and targets, to "
                        "look around in. Your own companies stay apart from it."));
    m_recent = new QListWidget;
    m_recent->setObjectName(u"recentFilesListWidget"_s);
    m_recent->setAccessibleName(tr("Recent company files"));
    auto *other = new QGroupBox(tr("Or open one"));
    auto *otherLayout = new QVBoxLayout(other);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addWidget(demo);
    openRow->addStretch(1);
    otherLayout->addLayout(openRow);
    otherLayout->addWidget(new QLabel(tr("Recent files:")));
    otherLayout->addWidget(m_recent, 1);
    m_recent->setMinimumHeight(5 * fontMetrics().lineSpacing() * 2);

    m_message = new QLabel;
    m_message->setObjectName(u"startMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c0392b;"_s);
    m_message->hide();

    auto *columns = new QHBoxLayout;
    columns->addWidget(start, 3);
    columns->addWidget(other, 2);
    auto *inner = new QVBoxLayout;
    inner->addSpacing(24);
    inner->addWidget(heading);
    inner->addWidget(m_message);
    inner->addLayout(columns);
    inner->addStretch(1);
    // A readable width on a wide screen, all of it on a laptop's.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *frame = new QWidget;
    frame->setLayout(inner);
    frame->setMaximumWidth(1100);
    outer->addWidget(frame, 8);
    outer->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updatePath();
        updateButtons();
    });
    connect(change, &QPushButton::clicked, this, &WelcomePage::chooseLocation);
    connect(m_language, &QComboBox::currentIndexChanged, this, &WelcomePage::languageChosen);
    connect(m_create, &QPushButton::clicked, this,
            [this] { emit createRequested(filePath(), companyName(), currency()); });
    connect(m_name, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_import, &QPushButton::clicked, this,
            [this] { emit createAndImportRequested(filePath(), companyName(), currency()); });
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });
    updatePath();
    updateButtons();
}

QString WelcomePage::fileNameFor(const QString &companyName)
{
    // Letters of any script stay; what a file system refuses becomes a space.
    QString name = companyName.simplified();
    static const QString refused = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (refused.contains(c) || c.unicode() < 32) {
            c = u' ';
        }
    }
    name = name.simplified();
    while (name.endsWith(u'.')) {
        name.chop(1);
    }
    return (name.isEmpty() ? tr("New company") : name) + u".salesdesk"_s;
}

void WelcomePage::setFolder(const QString &folder)
{
    m_folder = folder;
    m_chosenPath.clear();
    updatePath();
    updateButtons();
}

QString WelcomePage::companyName() const
{
    return m_name->text().simplified();
}

int WelcomePage::yearStartMonth() const
{
    return m_yearStart->currentData().toInt();
}

QString WelcomePage::currency() const
{
    return m_currency->currentData().toString();
}

QString WelcomePage::filePath() const
{
    return m_chosenPath.isEmpty() ? QDir(m_folder).filePath(fileNameFor(companyName()))
                                  : m_chosenPath;
}

void WelcomePage::updatePath()
{
    const QString path = QDir::toNativeSeparators(filePath());
    m_path->setText(m_path->fontMetrics().elidedText(path, Qt::ElideMiddle, 420));
    m_path->setToolTip(path);
}

void WelcomePage::chooseLocation()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Company As"), filePath(),
                                                tr("SalesDesk companies (*.salesdesk)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".salesdesk"_s)) {
        path += u".salesdesk"_s;
    }
    m_chosenPath = path;
    m_folder = QFileInfo(path).absolutePath();
    updatePath();
    updateButtons();
}

void WelcomePage::updateButtons()
{
    // A company needs a name; its file must not be one already there.
    const bool exists = QFileInfo::exists(filePath());
    const bool ready = !companyName().isEmpty() && !exists;
    m_create->setEnabled(ready);
    m_import->setEnabled(ready);
    if (exists && !companyName().isEmpty()) {
        setMessage(tr("“%1” already exists: open it on the right, or choose another name or "
                      "place.")
                           .arg(QDir::toNativeSeparators(filePath())));
    } else {
        setMessage(QString());
    }
}

void WelcomePage::languageChosen()
{
    const QString chosen = m_language->currentData().toString();
    PreferencesDialog::setLanguage(chosen);
    m_languageNote->setText(
            tr("SalesDesk speaks %1 from its next start.").arg(m_language->currentText()));
    m_languageNote->setVisible(true);
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
                u"%1\n%2"_s.arg(info.completeBaseName(),
                                QDir::toNativeSeparators(info.absolutePath())),
                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(Qt::NoItemFlags); // moved or deleted: shown, not offered
            item->setText(item->text() + u' ' + tr("(not found)"));
        }
    }
    if (files.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace salesdesk::ui
