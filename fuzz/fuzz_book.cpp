// libFuzzer target: any bytes as a book file, opened to read and checked, as `salesdesk check`
// does. A damaged or foreign file must be refused with a message, never crash or hang.

#include "core/book/book.h"
#include "core/storage/database.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace salesdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.salesdesk"));
    for (const QString &left :
         QStringList {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile::remove(left);
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 0;
        }
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto book = Book::open(path, Database::Access::ReadOnly);
    if (book) {
        (void)(*book)->database().integrityProblems();
    }
    return 0;
}
