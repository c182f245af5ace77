#include "core/exchange/workbookfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct WorkbookText
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

} // namespace

Status writeWorkbook(const QString &path, bool constantMemory,
                     const std::function<Status(lxw_workbook *)> &fill)
{
    // libxlsxwriter writes the file in place; written next to it and renamed, a failure never
    // leaves half a workbook under the user's name.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        return Error::user(
                WorkbookText::tr("Cannot write “%1”: %2").arg(path, target.errorString()));
    }
    const QString temporary = path + u".part"_s;
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(temporary).constData(), &options);
    if (!book) {
        return Error::user(WorkbookText::tr("Cannot write “%1”.").arg(path));
    }
    const Status filled = fill(book);
    const lxw_error closed = workbook_close(book);
    if (!filled || closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        if (!filled) {
            return filled;
        }
        return Error::user(WorkbookText::tr("Cannot write “%1”: %2")
                                   .arg(path, QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile part(temporary);
    if (!part.open(QIODevice::ReadOnly)) {
        return Error::user(WorkbookText::tr("Cannot write “%1”.").arg(path));
    }
    target.write(part.readAll());
    part.close();
    QFile::remove(temporary);
    if (!target.commit()) {
        return Error::user(
                WorkbookText::tr("Cannot write “%1”: %2").arg(path, target.errorString()));
    }
    return {};
}

QString sheetName(const QString &wanted)
{
    QString name = wanted.left(31);
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        name.replace(bad, u'_');
    }
    return name;
}

} // namespace salesdesk
