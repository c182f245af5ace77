#include "ui/exchange/importdialog.h"

#include "core/currency/currencyservice.h"
#include "core/exchange/workbookreader.h"
#include "core/pipeline/pipelineservice.h"
#include "ui/commands/importcommand.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

constexpr int PreviewRows = 20;

} // namespace

ImportDialog::ImportDialog(Book &book, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Import"));
    setObjectName(u"importDialog"_s);

    m_file = new QLineEdit;
    m_file->setObjectName(u"importFileLineEdit"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV or TSV file exported from a spreadsheet or a CRM"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Import File"), QFileInfo(m_path).absolutePath(),
                tr("Spreadsheets and exports (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;All files "
                   "(*)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_entity = new QComboBox;
    m_entity->setObjectName(u"importEntityCombo"_s);
    for (auto e : {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Deals,
                   ImportEntity::Activities}) {
        m_entity->addItem(ImportColumns::name(e), int(e));
    }
    m_entity->setCurrentIndex(2);
    m_source = new QComboBox;
    m_source->setObjectName(u"importSourceCombo"_s);
    for (auto s :
         {ImportSource::Auto, ImportSource::SalesDesk, ImportSource::Pipedrive,
          ImportSource::HubSpot, ImportSource::Zoho, ImportSource::Odoo, ImportSource::Other}) {
        m_source->addItem(ImportColumns::name(s), int(s));
    }
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"importEncodingCombo"_s);
    m_encoding->addItem(tr("Recognise automatically"), int(TextEncoding::Auto));
    m_encoding->addItem(u"UTF-8"_s, int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 / GBK (Excel on Chinese Windows)"), int(TextEncoding::Gb18030));
    m_encoding->addItem(u"UTF-16"_s, int(TextEncoding::Utf16));
    m_sheet = new QComboBox;
    m_sheet->setObjectName(u"importSheetCombo"_s);
    m_sheet->setToolTip(tr("The workbook's sheet to import"));
    m_dates = new QComboBox;
    m_dates->setObjectName(u"importDatesCombo"_s);
    for (auto d : {DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        m_dates->addItem(ImportValues::name(d), int(d));
    }
    m_duplicates = new QComboBox;
    m_duplicates->setObjectName(u"importDuplicatesCombo"_s);
    m_duplicates->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Update them with the file's values"), int(DuplicatePolicy::Update));
    m_duplicates->addItem(tr("Import them as new records"), int(DuplicatePolicy::Create));
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and save the invalid ones to a "
                                     "rejects file"));
    m_skipInvalid->setObjectName(u"skipInvalidCheckBox"_s);
    m_skipInvalid->setToolTip(tr("Off: one invalid row and nothing is imported."));

    // Two columns of choices, so the columns and the preview get the height.
    auto *form = new QGridLayout;
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&File:"), browse), 0, 0);
    form->addLayout(fileRow, 0, 1, 1, 3);
    form->addWidget(label(tr("Import &as:"), m_entity), 1, 0);
    form->addWidget(m_entity, 1, 1);
    form->addWidget(label(tr("&Written by:"), m_source), 1, 2);
    form->addWidget(m_source, 1, 3);
    // A text file has an encoding; a workbook, sheets: one or the other shows in this place.
    m_encodingLabel = label(tr("&Encoding:"), m_encoding);
    form->addWidget(m_encodingLabel, 2, 0);
    form->addWidget(m_encoding, 2, 1);
    m_sheetLabel = label(tr("S&heet:"), m_sheet);
    form->addWidget(m_sheetLabel, 2, 0);
    form->addWidget(m_sheet, 2, 1);
    m_sheetLabel->hide();
    m_sheet->hide();
    form->addWidget(label(tr("&Dates:"), m_dates), 2, 2);
    form->addWidget(m_dates, 2, 3);
    form->addWidget(label(tr("Rows already in the &book:"), m_duplicates), 3, 0);
    form->addWidget(m_duplicates, 3, 1);
    form->addWidget(m_skipInvalid, 3, 2, 1, 2);
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(u"importFileInfoLabel"_s);
    form->addWidget(m_fileInfo, 4, 1, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(u"importMappingTable"_s);
    m_mapping->setHorizontalHeaderLabels(
            {tr("Column in the file"), tr("First values"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setMinimumSectionSize(120);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(u"importPreviewTable"_s);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    m_stages = new QTableWidget(0, 2);
    m_stages->setObjectName(u"importStageTable"_s);
    m_stages->setHorizontalHeaderLabels({tr("Stage in the file"), tr("Stage in SalesDesk")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Room for a few stages; more scroll.
    m_stages->setMaximumHeight(m_stages->horizontalHeader()->sizeHint().height()
                               + 3 * (m_stages->fontMetrics().height() + 14));
    auto *stageBox = new QGroupBox(tr("Stages the book does not have"));
    auto *stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addWidget(m_stages);
    stageBox->setObjectName(u"importStageBox"_s);
    stageBox->hide();

    m_summary = new QLabel;
    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_problems = new QTableWidget(0, 3);
    m_problems->setObjectName(u"importProblemsTable"_s);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Why it is rejected")});
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->hide();

    auto *mappingBox = new QGroupBox(tr("Columns"));
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mapping);
    auto *previewBox = new QGroupBox(tr("Preview of the first rows"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(mappingBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 440});

    m_check = new QPushButton(tr("&Check Rows"));
    m_check->setObjectName(u"importCheckButton"_s);
    m_check->setToolTip(tr("A dry run: says what the import would do, writes nothing."));
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::checkRows);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importRows()) {
            accept();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 3);
    layout->addWidget(stageBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 2);
    layout->addWidget(buttons);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportDialog::remap);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportDialog::remap);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    // Roomy, yet within a 1366×768 laptop screen with a taskbar (the tables scroll).
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(1000, screen.width() - 40), std::min(680, screen.height() - 60));
}

void ImportDialog::setEntity(ImportEntity entity)
{
    m_entity->setCurrentIndex(m_entity->findData(int(entity)));
}

namespace {

// Runs `read` on a thread of its own while the dialog keeps painting (user input waits): a
// workbook of 100,000 rows takes seconds to read, an .xls of 65,000 more. After 0.4 s a window
// says what is being read, with a Cancel button that sets the flag `read` is given.
template<typename Read>
auto readAside(QWidget *parent, const QString &path, Read read)
        -> decltype(read(static_cast<const std::atomic_bool *>(nullptr)))
{
    std::atomic_bool cancel = false;
    std::optional<decltype(read(&cancel))> result;
    QEventLoop loop;
    QThread *thread = QThread::create([&] { result.emplace(read(&cancel)); });
    bool done = false; // told here, in the dialog's thread, when the reading has ended
    QObject::connect(thread, &QThread::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    std::unique_ptr<QProgressDialog> progress; // made only when the reading takes a while
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &loop, [&] {
        progress = std::make_unique<QProgressDialog>(
                ImportDialog::tr("Reading “%1”…").arg(QFileInfo(path).fileName()),
                ImportDialog::tr("Cancel"), 0, 0, parent);
        progress->setWindowModality(Qt::WindowModal);
        progress->setAutoReset(false);
        QObject::connect(progress.get(), &QProgressDialog::canceled, &loop,
                         [&cancel] { cancel = true; });
        progress->show();
        loop.quit();
    });
    thread->start();
    later.start(400);
    // Until the reading window shows, no input at all; then it is modal over the dialog, so
    // only its Cancel can be pressed.
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!done) {
        loop.exec();
    }
    thread->wait();
    delete thread;
    progress.reset();
    return std::move(*result);
}

} // namespace

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    // A workbook: its visible sheets to choose from (the first with a header row is read).
    const bool workbook = WorkbookReader::kindOf(path).has_value();
    const QSignalBlocker quiet(m_sheet);
    m_sheet->clear();
    if (workbook) {
        if (auto sheets = readAside(this, path, [&](const std::atomic_bool *) {
                return WorkbookReader::sheets(path);
            })) {
            for (const SheetInfo &sheet : std::as_const(*sheets)) {
                if (!sheet.hidden) {
                    m_sheet->addItem(sheet.name, sheet.name);
                }
            }
        }
    }
    m_encodingLabel->setVisible(!workbook);
    m_encoding->setVisible(!workbook);
    m_sheetLabel->setVisible(m_sheet->count() > 1);
    m_sheet->setVisible(m_sheet->count() > 1);
    m_table.reset(); // the last file's sheet is no choice for this one
    m_stages->setRowCount(0); // nor are the stages it named
    reread();
    if (!m_table) {
        return false;
    }
    // A new file: named like deals or customers, it probably holds them; else its columns tell.
    // (Reading it again in another encoding keeps what the user chose.)
    const QString name = QFileInfo(path).baseName().toLower();
    std::optional<ImportEntity> named;
    for (auto e : {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Deals,
                   ImportEntity::Activities}) {
        if (name.contains(ImportColumns::code(e))) {
            named = e;
        }
    }
    setEntity(named.value_or(ImportColumns::guessEntity(m_table->header)));
    return true;
}

void ImportDialog::reread()
{
    if (m_path.isEmpty()) {
        return;
    }
    // The sheet chosen, once one was read (the first read takes the first with a header row).
    const QString sheet = m_table && !m_table->sheet.isEmpty() && m_sheet->count() > 0
                                  ? m_sheet->currentData().toString()
                                  : QString();
    const auto encoding = TextEncoding(m_encoding->currentData().toInt());
    auto table = readAside(this, m_path, [&](const std::atomic_bool *cancel) {
        return readTableFile(m_path, encoding, sheet, cancel);
    });
    m_report.reset();
    if (!table) {
        m_table.reset();
        m_fileInfo->setText(table.message());
        m_mapping->setRowCount(0);
        m_previewModel->clear();
        m_check->setEnabled(false);
        m_import->setEnabled(false);
        return;
    }
    m_table = std::move(table).value();
    const ImportSource detected = ImportColumns::detect(m_table->header);
    if (!m_table->sheet.isEmpty()) {
        const QSignalBlocker quiet(m_sheet);
        m_sheet->setCurrentIndex(m_sheet->findData(m_table->sheet));
        m_fileInfo->setText(
                tr("%n row(s), %1; looks like an export of %2.", "", int(m_table->rows.size()))
                        .arg(m_table->encoding, ImportColumns::name(detected)));
        remap();
        return;
    }
    const QString delimiter = m_table->delimiter == u'\t'  ? tr("tabs")
                              : m_table->delimiter == u';' ? tr("semicolons")
                                                           : tr("commas");
    m_fileInfo->setText(tr("%n row(s), %1, separated by %2; looks like an export of %3.", "",
                           int(m_table->rows.size()))
                                .arg(m_table->encoding, delimiter, ImportColumns::name(detected)));
    remap();
}

void ImportDialog::remap()
{
    if (!m_table) {
        return;
    }
    m_report.reset();
    const auto entity = ImportEntity(m_entity->currentData().toInt());
    const auto mapping = ImportColumns::map(m_table->header, entity,
                                            ImportSource(m_source->currentData().toInt()));
    // Emptied first: a combo box put over another one's cell does not delete the old one,
    // which then stays where it was drawn.
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(m_table->header.size()));
    for (int c = 0; c < m_table->header.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_table->header[c]));
        QStringList samples;
        for (int r = 0; r < std::min<qsizetype>(3, m_table->rows.size()); ++r) {
            if (const QString v = m_table->rows[r][c].simplified(); !v.isEmpty()) {
                samples.append(v);
            }
        }
        m_mapping->setItem(c, 1, new QTableWidgetItem(samples.join(u" · "_s)));
        auto *combo = new QComboBox;
        combo->addItem(tr("— not imported —"), -1);
        for (Field f : ImportColumns::fields(entity)) {
            combo->addItem(ImportColumns::name(f), int(f));
        }
        combo->setCurrentIndex(mapping[c] ? combo->findData(int(*mapping[c])) : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_report.reset();
            updatePreview();
        });
        m_mapping->setCellWidget(c, 2, combo);
    }
    updateStageTable({});
    updatePreview();
}

void ImportDialog::updatePreview()
{
    if (!m_table) {
        return;
    }
    const auto o = options();
    m_previewModel->clear();
    m_previewModel->setColumnCount(int(m_table->header.size()));
    for (int c = 0; c < m_table->header.size(); ++c) {
        const auto field = o.mapping.value(c);
        auto *item = new QStandardItem(field ? ImportColumns::name(*field) + u"\n("_s
                                                       + m_table->header[c] + u')'
                                             : m_table->header[c]);
        item->setForeground(field ? palette().text() : palette().placeholderText());
        m_previewModel->setHorizontalHeaderItem(c, item);
    }
    for (int r = 0; r < std::min<qsizetype>(PreviewRows, m_table->rows.size()); ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < m_table->header.size(); ++c) {
            auto *item = new QStandardItem(m_table->rows[r][c].simplified());
            if (!o.mapping.value(c)) {
                item->setForeground(palette().placeholderText());
            }
            items.append(item);
        }
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(
                r, new QStandardItem(QString::number(m_table->lines[r])));
    }
    // Each column as wide as its first rows need, within reason: a long note should not push
    // every other column out of sight.
    m_preview->resizeColumnsToContents();
    const int widest = m_preview->fontMetrics().averageCharWidth() * 28;
    for (int c = 0; c < m_previewModel->columnCount(); ++c) {
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), widest));
    }
    const bool requiredMapped = [&] {
        QList<Field> mapped;
        for (const auto &f : o.mapping) {
            if (f) {
                mapped.append(*f);
            }
        }
        for (Field f : ImportColumns::required(o.entity)) {
            const bool parts
                    = f == Field::ContactName
                      && (mapped.contains(Field::FirstName) || mapped.contains(Field::LastName));
            if (!mapped.contains(f) && !parts) {
                m_summary->setText(tr("Choose the column that holds the %1.")
                                           .arg(ImportColumns::name(f).toLower()));
                return false;
            }
        }
        m_summary->clear();
        return true;
    }();
    m_check->setEnabled(requiredMapped && !m_table->rows.isEmpty());
    m_import->setEnabled(requiredMapped && !m_table->rows.isEmpty());
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.entity = ImportEntity(m_entity->currentData().toInt());
    o.source = ImportSource(m_source->currentData().toInt());
    o.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    o.dateOrder = DateOrder(m_dates->currentData().toInt());
    o.skipInvalid = m_skipInvalid->isChecked();
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 2));
        const int field = combo ? combo->currentData().toInt() : -1;
        o.mapping.append(field >= 0 ? std::optional<Field>(Field(field)) : std::nullopt);
    }
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_stages->cellWidget(r, 1));
        if (combo && combo->currentData().toLongLong() != 0) {
            o.stageMap.insert(m_stages->item(r, 0)->text().trimmed().toLower(),
                              combo->currentData().toLongLong());
        }
    }
    o.rates = m_rates;
    return o;
}

bool ImportDialog::askRates(const QMap<QString, QList<int>> &missing)
{
    const QString home = m_book.currencies().home();
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        while (true) {
            bool ok = false;
            const QString text = QInputDialog::getText(
                    this, tr("Exchange Rate"),
                    tr("%1 is the currency of %n row(s) of the file, and the book has no rate for "
                       "it.\n"
                       "How many %2 is 1 %1 worth? (Used from today on; change it later in "
                       "Edit › Preferences.)",
                       nullptr, int(it.value().size()))
                            .arg(it.key(), home),
                    QLineEdit::Normal, QString(), &ok);
            if (!ok) {
                return false;
            }
            auto rate = ExchangeRate::parseRate(text);
            if (rate) {
                m_rates.append({it.key(), m_book.clock().today(), *rate});
                break;
            }
            QMessageBox::warning(this, tr("Exchange Rate"), rate.message());
        }
    }
    return true;
}

void ImportDialog::updateStageTable(const QStringList &unknown)
{
    // Keep what was already chosen for a stage that is still unknown.
    QHash<QString, qint64> chosen;
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        if (const auto *combo = qobject_cast<QComboBox *>(m_stages->cellWidget(r, 1))) {
            chosen.insert(m_stages->item(r, 0)->text(), combo->currentData().toLongLong());
        }
    }
    QStringList texts = chosen.keys();
    for (const QString &t : unknown) {
        if (!texts.contains(t)) {
            texts.append(t);
        }
    }
    m_stages->setRowCount(int(texts.size()));
    for (int r = 0; r < texts.size(); ++r) {
        m_stages->setItem(r, 0, new QTableWidgetItem(texts[r]));
        auto *combo = new QComboBox;
        combo->addItem(tr("— choose —"), 0);
        for (const Stage &s : m_book.pipeline().stages()) {
            if (!s.archived) {
                combo->addItem(s.displayName(), s.id);
            }
        }
        combo->addItem(tr("Won"), -1);
        combo->addItem(tr("Lost"), -2);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen.value(texts[r], 0))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_report.reset(); });
        m_stages->setCellWidget(r, 1, combo);
    }
    if (auto *box = findChild<QGroupBox *>(u"importStageBox"_s)) {
        box->setVisible(!texts.isEmpty());
    }
}

void ImportDialog::checkRows()
{
    if (!m_table) {
        return;
    }
    QProgressDialog progress(tr("Checking rows…"), tr("Cancel"), 0, int(m_table->rows.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Importer importer(m_book, options());
    auto report = importer.dryRun(*m_table, [&](int done, int) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report) {
        m_summary->setText(report.message());
        return;
    }
    m_report = *report;
    updateStageTable(report->unknownStages);
    showReport(*report, true);
}

bool ImportDialog::importRows()
{
    if (!m_table) {
        return false;
    }
    const ImportOptions o = options();
    QString rejectsPath;
    if (o.skipInvalid) {
        // Checked first, so the user knows what will be left out and where it goes.
        Importer checker(m_book, o);
        auto dry = checker.dryRun(*m_table);
        if (dry && dry->rejected > 0) {
            const QFileInfo info(m_path);
            rejectsPath = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"),
                                                       info.absolutePath() + u'/'
                                                               + info.completeBaseName()
                                                               + tr("-rejected") + u".csv"_s,
                                                       tr("CSV files (*.csv)"));
            if (rejectsPath.isEmpty()) {
                return false;
            }
        }
    }
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(m_table->rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ImportJournal journal;
    Importer importer(m_book, o);
    auto report = importer.run(*m_table, &journal, [&](int done, int) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report) {
        QMessageBox::warning(this, tr("Import Failed"), report.message());
        return false;
    }
    m_report = *report;
    if (report->cancelled) {
        m_summary->setText(tr("Cancelled: nothing was imported."));
        return false;
    }
    if (!report->missingRates.isEmpty()) {
        if (askRates(report->missingRates)) {
            return importRows(); // again, with the rates
        }
        QString next = tr("Import again to give the rates, or set them in Edit › Preferences.");
        if (report->homeChangeable && report->missingRates.size() == 1) {
            next += u' '
                    + tr("If the book's figures are all in %1, make it the home currency "
                         "instead (File › Properties).")
                              .arg(report->missingRates.firstKey());
        }
        m_summary->setText(report->missingRatesMessage() + u' ' + next);
        return false;
    }
    if (!report->written) {
        updateStageTable(report->unknownStages);
        showReport(*report, false);
        return false;
    }
    if (!rejectsPath.isEmpty()) {
        if (auto st = Importer::writeRejects(rejectsPath, *m_table, *report); !st) {
            QMessageBox::warning(this, tr("Rejected Rows Not Saved"), st.message());
        }
    }
    if (auto st = m_book.reload(); !st) {
        QMessageBox::warning(this, tr("Import"), st.message());
    }
    const QString text
            = tr("Import %1 from %2")
                      .arg(ImportColumns::name(o.entity).toLower(), QFileInfo(m_path).fileName());
    if (m_undoStack && !journal.isEmpty()) {
        m_undoStack->push(new ImportCommand(m_book, *m_table, o, std::move(journal), text));
    }
    return true;
}

void ImportDialog::showReport(const ImportReport &report, bool dryRun)
{
    QString text = tr("%1 rows: %2 new, %3 updated, %4 skipped as already in the book, "
                      "%5 rejected.")
                           .arg(report.read)
                           .arg(report.imported)
                           .arg(report.updated)
                           .arg(report.skipped)
                           .arg(report.rejected);
    if (!report.ambiguousDateColumns.isEmpty()) {
        text += u' '
                + tr("The dates in %1 can be read day first or month first; choose under Dates.")
                          .arg(report.ambiguousDateColumns.join(u", "_s));
    }
    if (!report.unknownStages.isEmpty()) {
        text += u' ' + tr("Choose a stage for each stage the book does not have.");
    }
    if (!report.missingRates.isEmpty()) {
        text += u' '
                + tr("Rows in %1 need an exchange rate; Import asks for it.")
                          .arg(QStringList(report.missingRates.keys()).join(u", "_s));
    }
    if (report.rejected > 0 && !m_skipInvalid->isChecked()) {
        text += u' '
                + (dryRun ? tr("As it stands nothing would be imported: fix these rows, or "
                               "import only the valid ones.")
                          : tr("Nothing was imported: fix these rows, or import only the "
                               "valid ones."));
    } else if (dryRun) {
        text += u' ' + tr("Nothing has been written yet.");
    }
    m_summary->setText(text);
    m_problems->setVisible(!report.errors.isEmpty());
    m_problems->setRowCount(int(report.errors.size()));
    for (int i = 0; i < report.errors.size(); ++i) {
        const auto &e = report.errors[i];
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(e.line)));
        m_problems->setItem(i, 1, new QTableWidgetItem(e.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(e.message));
    }
}

} // namespace salesdesk::ui
