#include "ui/report/reportdialog.h"

#include "core/book/book.h"
#include "core/exchange/reportworkbook.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportsection.h"
#include "core/targets/targetservice.h"
#include "ui/common/welcomepage.h"
#include "ui/report/reportpainter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

constexpr int quartersOffered = 8;

} // namespace

ReportDialog::ReportDialog(Book &book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
{
    setWindowTitle(tr("Export Quarterly Report"));
    setObjectName(u"reportDialog"_s);

    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(u"quarterComboBox"_s);
    const int startMonth = book.targets().yearStartMonth();
    const QDate today = book.clock().today();
    // The last finished quarter first (the one a report is usually for), then the running one
    // (a report so far), then the ones before.
    const Period last = ReportBuilder::lastFinishedQuarter(today, startMonth);
    const Period running = Period::containing(Period::Kind::Quarter, today, startMonth);
    const auto name = [](const Period &p) {
        return ReportContext::periodName(p, QLocale());
    };
    m_quarter->addItem(tr("%1 (last finished)").arg(name(last)), last.toString());
    m_quarter->addItem(tr("%1 (so far)").arg(name(running)), running.toString());
    Period p = last;
    for (int i = 1; i < quartersOffered; ++i) {
        p = KpiService::previous(p);
        m_quarter->addItem(name(p), p.toString());
    }

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 1 : 0);

    auto *pdf = new QRadioButton(tr("&PDF, to print or send"), this);
    pdf->setObjectName(u"pdfRadioButton"_s);
    auto *xlsx = new QRadioButton(tr("E&xcel workbook, to work with the numbers"), this);
    xlsx->setObjectName(u"xlsxRadioButton"_s);
    pdf->setChecked(true);
    m_format = new QButtonGroup(this);
    m_format->addButton(pdf, 0);
    m_format->addButton(xlsx, 1);
    auto *formats = new QVBoxLayout;
    formats->addWidget(pdf);
    formats->addWidget(xlsx);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    ReportBuilder builder(book);
    for (const auto &s : builder.sections()) {
        auto *box = new QCheckBox(s->title(), sections);
        box->setObjectName(s->code() + u"CheckBox"_s);
        box->setProperty("code", s->code());
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateButtons);
        sectionLayout->addWidget(box);
        m_sections.append(box);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Format:"), formats);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Every figure comes from the same engine as the dashboard and "
                       "“salesdesk kpi”."));
    m_hint->setStyleSheet(u"color: palette(placeholder-text);"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QButtonGroup::idToggled, this, &ReportDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateButtons();
}

void ReportDialog::choose(const Period &quarter, const QString &language, bool pdf)
{
    const int q = m_quarter->findData(quarter.toString());
    if (q < 0) {
        m_quarter->addItem(quarter.toString(), quarter.toString());
    }
    m_quarter->setCurrentIndex(m_quarter->findData(quarter.toString()));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_format->button(pdf ? 0 : 1)->setChecked(true);
}

Period ReportDialog::chosenQuarter() const
{
    return Period::parse(m_quarter->currentData().toString(), m_book.targets().yearStartMonth())
            .value_or(Period());
}

QString ReportDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

bool ReportDialog::pdfChosen() const
{
    return m_format->checkedId() == 0;
}

QStringList ReportDialog::chosenSections() const
{
    QStringList codes;
    for (const QCheckBox *box : m_sections) {
        if (box->isChecked()) {
            codes.append(box->property("code").toString());
        }
    }
    return codes;
}

void ReportDialog::updateButtons()
{
    const bool any = !chosenSections().isEmpty();
    m_exportButton->setEnabled(any);
    m_previewButton->setEnabled(any && pdfChosen());
}

QString ReportDialog::suggestedFileName() const
{
    const QString base = WelcomePage::fileNameFor(
            tr("%1 %2 report").arg(m_book.companyName(), chosenQuarter().toString()));
    return base.left(base.size() - int(QStringLiteral(".salesdesk").size()))
           + (pdfChosen() ? u".pdf"_s : u".xlsx"_s);
}

std::optional<ReportDocument> ReportDialog::buildDocument()
{
    ReportRequest request;
    request.period = chosenQuarter();
    request.language = chosenLanguage();
    request.sections = chosenSections();
    request.asOf = m_book.clock().today();
    // The figures are computed on a thread of their own, from a read-only connection to the
    // same file (every edit is committed at once): the window stays free, and Cancel is heard
    // between sections.
    std::atomic<int> done {0};
    std::atomic<int> total {1};
    std::atomic<bool> cancelled {false};
    std::optional<Result<ReportDocument>> result;
    const QString path = m_book.path();
    const Clock clock = m_book.clock();
    std::unique_ptr<QThread> worker(QThread::create([&, path, clock, request] {
        auto book = Book::open(path, Database::Access::ReadOnly, clock);
        if (!book) {
            result = Result<ReportDocument>(book.error());
            return;
        }
        ReportBuilder builder(**book);
        result = builder.build(request, [&](int d, int t) {
            done = d;
            total = t;
            return !cancelled;
        });
    }));
    QProgressDialog progress(tr("Computing the figures…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        progress.setMaximum(total);
        progress.setValue(std::min(done.load(), total.load() - 1));
    });
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancelled = true; });
    tick.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    tick.stop();
    const bool userCancelled = cancelled || progress.wasCanceled();
    progress.reset();
    if (!result || !*result) {
        if (!userCancelled && result) {
            QMessageBox::warning(this, tr("Report Not Made"), result->error().message);
        }
        return std::nullopt;
    }
    return std::move(*result).value();
}

bool ReportDialog::writeTo(const QString &path, const ReportDocument &doc)
{
    Status written;
    if (pdfChosen()) {
        QProgressDialog progress(tr("Laying out the pages…"), tr("Cancel"), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        written = writeReportPdf(doc, path, [&progress](int page) {
            progress.setLabelText(tr("Page %1…").arg(page));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (progress.wasCanceled()) {
            return false; // nothing written: the file is as it was
        }
    } else {
        written = writeReportWorkbook(doc, path);
    }
    if (!written) {
        QMessageBox::warning(this, tr("Report Not Saved"), written.error().message);
        return false;
    }
    return true;
}

void ReportDialog::preview()
{
    auto doc = buildDocument();
    if (!doc) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the report keeps its own margins
    printer.setDocName(doc->title + u" · "_s + doc->periodLabel);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Quarterly Report Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) {
        ReportPainter painter(*doc);
        painter.paint(p);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportDialog::exportReport()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool pdf = pdfChosen();
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export Quarterly Report"), QDir(documents).filePath(suggestedFileName()),
            pdf ? tr("PDF files (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = pdf ? u".pdf"_s : u".xlsx"_s;
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    auto doc = buildDocument();
    if (!doc || !writeTo(path, *doc)) {
        return;
    }
    setProperty("writtenPath", path);
    accept();
}

} // namespace salesdesk::ui
