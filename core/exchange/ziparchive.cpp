#include "core/exchange/ziparchive.h"

#include "core/exchange/workbookreader.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace salesdesk::zip {

namespace {

constexpr quint64 MaxPartBytes = quint64(1) << 30;
constexpr quint64 BombFloorBytes = quint64(64) << 20;
constexpr quint64 BombRatio = 200;

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};

} // namespace

struct Archive::Entry
{
    unz64_file_pos position {};
    quint64 size = 0;
};

struct Archive::State
{
    QString path;
    std::unique_ptr<void, ZipCloser> zip;
    QHash<QString, Entry> entries; // by lower-case name
};

Archive::Archive()
    : d(std::make_unique<State>())
{ }

Archive::~Archive() = default;

QString Archive::fileName() const
{
    return QFileInfo(d->path).fileName();
}

Status Archive::open(const QString &path)
{
    d->path = path;
    d->zip.reset(unzOpen64(QFile::encodeName(path).constData()));
    if (!d->zip) {
        return Error::data(WorkbookReader::tr("“%1” is not a workbook that can be read (not a "
                                              "zip file).")
                                   .arg(fileName()));
    }
    unzFile zip = d->zip.get();
    for (int at = unzGoToFirstFile(zip); at == UNZ_OK; at = unzGoToNextFile(zip)) {
        unz_file_info64 info {};
        char name[512];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK) {
            return Error::data(WorkbookReader::tr("“%1” is damaged: its list of parts cannot be "
                                                  "read.")
                                       .arg(fileName()));
        }
        const quint64 size = info.uncompressed_size;
        const quint64 packed = std::max<quint64>(info.compressed_size, 1);
        if (size > MaxPartBytes || (size > BombFloorBytes && size / packed > BombRatio)) {
            return Error::data(WorkbookReader::tr("“%1” is refused: its part “%2” would unpack "
                                                  "to %3 MB from %4 KB, more than a real "
                                                  "workbook holds.")
                                       .arg(fileName(), QString::fromUtf8(name))
                                       .arg(size >> 20)
                                       .arg(info.compressed_size >> 10));
        }
        Entry entry;
        entry.size = size;
        unzGetFilePos64(zip, &entry.position);
        d->entries.insert(QString::fromUtf8(name).toLower(), entry);
    }
    return {};
}

bool Archive::contains(const QString &name) const
{
    return d->entries.contains(name.toLower());
}

std::unique_ptr<Part> Archive::part(const QString &name, bool required, Status &error)
{
    const auto it = d->entries.constFind(name.toLower());
    if (it == d->entries.cend()) {
        if (required) {
            error = Error::data(WorkbookReader::tr("“%1” is not a complete workbook: its part "
                                                   "“%2” is missing.")
                                        .arg(fileName(), name));
        }
        return nullptr;
    }
    unz64_file_pos position = it->position;
    auto device = std::make_unique<Part>(d->zip.get(), it->size);
    if (unzGoToFilePos64(d->zip.get(), &position) != UNZ_OK || !device->open(QIODevice::ReadOnly)) {
        error = Error::data(WorkbookReader::tr("“%1” is damaged: its part “%2” cannot be read.")
                                    .arg(fileName(), name));
        return nullptr;
    }
    return device;
}

Status Archive::xmlError(const QXmlStreamReader &xml, const Part &device, const QString &part) const
{
    if (device.failed()) {
        return Error::data(WorkbookReader::tr("“%1” is damaged: its part “%2” cannot be "
                                              "unpacked.")
                                   .arg(fileName(), part));
    }
    return Error::data(WorkbookReader::tr("“%1” is damaged: %2 (part “%3”, line %4).")
                               .arg(fileName(), xml.errorString(), part)
                               .arg(xml.lineNumber()));
}

Part::Part(void *zip, quint64 size)
    : m_zip(zip)
    , m_size(size)
{ }

Part::~Part()
{
    if (isOpen()) {
        unzCloseCurrentFile(m_zip);
    }
}

bool Part::open(OpenMode mode)
{
    return unzOpenCurrentFile(m_zip) == UNZ_OK && QIODevice::open(mode);
}

qint64 Part::readData(char *data, qint64 maxSize)
{
    const qint64 want = std::min<qint64>(maxSize, 1 << 20);
    const int got = unzReadCurrentFile(m_zip, data, unsigned(want));
    if (got < 0) {
        m_failed = true;
        return -1;
    }
    m_read += quint64(got);
    if (m_read > m_size) {
        m_failed = true; // more than it said: a lie, or a bomb
        return -1;
    }
    return got;
}

void refuseDtd(QXmlStreamReader &xml)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(WorkbookReader::tr("it declares a document type, which no workbook does"));
    }
}

} // namespace salesdesk::zip
