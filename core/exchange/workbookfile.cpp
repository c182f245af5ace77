#include "core/exchange/workbookfile.h"

#include "core/common/privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cerrno>
#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct WorkbookText
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

} // namespace

bool isCompleteZip(const QByteArray &zip)
{
    // The end of central directory record: "PK\5\6", 22 bytes and a comment of at most 64 KiB.
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end < 0 || zip.size() - end < 22) {
        return false;
    }
    const auto *record = reinterpret_cast<const uchar *>(zip.constData() + end);
    const quint32 size = qFromLittleEndian<quint32>(record + 12);
    const quint32 offset = qFromLittleEndian<quint32>(record + 16);
    const quint16 comment = qFromLittleEndian<quint16>(record + 20);
    return qint64(offset) + qint64(size) == qint64(end) && end + 22 + comment == zip.size();
}

namespace {

// What libxlsxwriter could not write, as cannotWrite() says it of a file.
Error cannotWriteWorkbook(const QString &path, const QString &detail, int error = 0)
{
    if (error == ENOSPC || error == EDQUOT) {
        return Error::data(WorkbookText::tr("Cannot write “%1”: the disk is full. Free some space "
                                            "and try again.")
                                   .arg(path));
    }
    return Error::data(detail.isEmpty()
                               ? WorkbookText::tr("Cannot write “%1”.").arg(path)
                               : WorkbookText::tr("Cannot write “%1”: %2").arg(path, detail));
}

} // namespace

Status writeWorkbook(const QString &path, bool constantMemory,
                     const std::function<Status(lxw_workbook *)> &fill)
{
    // libxlsxwriter writes the file in place; written next to it and renamed, a failure never
    // leaves half a workbook under the user's name.
    const bool existed = QFileInfo::exists(path);
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) || !makePrivateIfNew(target, existed)) {
        return cannotWrite(path, target);
    }
    const QString temporary = path + u".part"_s;
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(temporary).constData(), &options);
    if (!book) {
        return cannotWriteWorkbook(path, {}, errno);
    }
    const Status filled = fill(book);
    errno = 0;
    const lxw_error closed = workbook_close(book);
    const int closeError = errno; // libxlsxwriter says "system error" and leaves errno as it was
    if (!filled || closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        if (!filled) {
            return filled;
        }
        return cannotWriteWorkbook(path, QString::fromUtf8(lxw_strerror(closed)), closeError);
    }
    QFile part(temporary);
    if (!part.open(QIODevice::ReadOnly)) {
        return cannotWriteWorkbook(path, part.errorString());
    }
    const QByteArray bytes = part.readAll();
    part.close();
    QFile::remove(temporary);
    // A workbook is a zip: one cut short (a full disk) has no complete central directory.
    if (!isCompleteZip(bytes)) {
        return cannotWriteWorkbook(path,
                                   WorkbookText::tr("the workbook came out incomplete (is the disk "
                                                    "full?)"));
    }
    if (target.write(bytes) != bytes.size() || !target.commit()) {
        return cannotWrite(path, target, bytes.size());
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
