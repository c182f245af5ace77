#pragma once

#include "core/exchange/importer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// File › Import: a CSV/TSV export of a spreadsheet or CRM, its columns mapped onto SalesDesk's
// fields (recognised for SalesDesk, Pipedrive, HubSpot, Zoho and Odoo files, chosen by hand for
// any other) with a live preview, unknown stages mapped onto the book's, a dry run that lists
// every row that would be rejected, and the import itself as one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Book &book, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Loads a file (the Browse button does this too).
    bool loadFile(const QString &path);
    // The operations behind the buttons, for tests.
    void checkRows();
    bool importRows();
    const std::optional<ImportReport> &lastReport() const { return m_report; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *stageTable() const { return m_stages; }
    void setEntity(ImportEntity entity);
    // The exchange rates the file needs and the book lacks, as the user gave them (asked for
    // when an import meets such a currency); saved with the import.
    const QList<ExchangeRate> &givenRates() const { return m_rates; }
    void setGivenRates(const QList<ExchangeRate> &rates) { m_rates = rates; }

private:
    ImportOptions options() const;
    void reread();
    void remap();
    void updatePreview();
    void showReport(const ImportReport &report, bool dryRun);
    void updateStageTable(const QStringList &unknown);
    // Asks for the rate of each currency the book cannot convert; false when cancelled.
    bool askRates(const QMap<QString, QList<int>> &missing);

    Book &m_book;
    QList<ExchangeRate> m_rates;
    QUndoStack *m_undoStack;
    std::optional<CsvTable> m_table;
    std::optional<ImportReport> m_report;
    QString m_path;

    QLineEdit *m_file;
    QComboBox *m_entity;
    QComboBox *m_source;
    QComboBox *m_encoding;
    QLabel *m_encodingLabel;
    QComboBox *m_sheet; // a workbook's sheets, when it has more than one
    QLabel *m_sheetLabel;
    QComboBox *m_dates;
    QComboBox *m_duplicates;
    QCheckBox *m_skipInvalid;
    QLabel *m_fileInfo;
    QTableWidget *m_mapping;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    QTableWidget *m_stages;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_check;
    QPushButton *m_import;
};

} // namespace salesdesk::ui
