#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/report/reportdocument.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// File › Export Quarterly Report…: the quarter (the last finished one first), the language
// (either, whatever the window's), PDF or Excel, the sections; a print preview of the very
// pages the PDF gets; progress with a cancel; written in one step.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Book &book, QWidget *parent = nullptr);

    // Builds the report as chosen (with a cancellable progress dialog); empty when cancelled
    // or failed (the user has been told).
    std::optional<ReportDocument> buildDocument();
    // Writes the chosen format to `path`; false when cancelled or failed (the user was told).
    bool writeTo(const QString &path, const ReportDocument &doc);

    // For tests and the command line's twin: choose without clicking.
    void choose(const Period &quarter, const QString &language, bool pdf);
    QString suggestedFileName() const;

private:
    void preview();
    void exportReport();
    void updateButtons();
    Period chosenQuarter() const;
    QString chosenLanguage() const;
    bool pdfChosen() const;
    QStringList chosenSections() const;

    Book &m_book;
    QComboBox *m_quarter;
    QComboBox *m_language;
    QButtonGroup *m_format;
    QList<QCheckBox *> m_sections;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
    QLabel *m_hint;
};

} // namespace salesdesk::ui
