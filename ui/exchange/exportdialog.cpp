#include "ui/exchange/exportdialog.h"

#include "core/book/book.h"
#include "core/exchange/exporter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportDialog)
};

} // namespace

bool exportTable(QWidget *parent, Book &book)
{
    const QList<ImportEntity> entities = {ImportEntity::Customers, ImportEntity::Contacts,
                                          ImportEntity::Deals, ImportEntity::Activities};
    QStringList names;
    for (auto e : entities) {
        names.append(ImportColumns::name(e));
    }
    bool ok = false;
    const QString chosen
            = QInputDialog::getItem(parent, ExportText::tr("Export"),
                                    ExportText::tr("What to export:"), names, 2, false, &ok);
    if (!ok) {
        return false;
    }
    const ImportEntity entity = entities[names.indexOf(chosen)];
    const QString csvUtf8
            = ExportText::tr("CSV, UTF-8 for current Excel and other programs (*.csv)");
    const QString csvGb = ExportText::tr("CSV, GB18030 for older Excel on Chinese Windows (*.csv)");
    const QString xlsx = ExportText::tr("Excel workbook (*.xlsx)");
    QString filter = csvUtf8;
    const QString folder = QFileInfo(book.database().path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(
            parent, ExportText::tr("Export %1").arg(chosen),
            folder + u'/' + ImportColumns::code(entity) + u".csv"_s,
            QStringList {csvUtf8, csvGb, xlsx}.join(u";;"_s), &filter);
    if (path.isEmpty()) {
        return false;
    }
    const bool toXlsx = filter == xlsx;
    const QString suffix = toXlsx ? u".xlsx"_s : u".csv"_s;
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path = QFileInfo(path).path() + u'/' + QFileInfo(path).completeBaseName() + suffix;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = Exporter::table(book.database(), entity);
    Status written = table ? Exporter::write(*table, path,
                                             filter == csvGb ? Exporter::Encoding::Gb18030
                                                             : Exporter::Encoding::Utf8Bom)
                           : Status(table.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, ExportText::tr("Export Failed"), written.message());
        return false;
    }
    return true;
}

} // namespace salesdesk::ui
