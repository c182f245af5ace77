// libFuzzer target: any bytes as a CSV file, read as the import reads it and dry-run into an
// empty book as each of the four kinds. A dry run writes nothing, so the book stays empty.

#include "core/book/book.h"
#include "core/exchange/columns.h"
#include "core/exchange/csvtable.h"
#include "core/exchange/importer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace salesdesk;

namespace {

Book &emptyBook()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Book> book = [] {
        auto made = Book::create(dir.filePath(QStringLiteral("fuzz.salesdesk")));
        if (!made) {
            qFatal("cannot create the fuzzing book: %s", qPrintable(made.message()));
        }
        return std::move(made).value();
    }();
    return *book;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = parseCsv(bytes);
    if (!table) {
        return 0;
    }
    (void)ImportColumns::guessEntity(table->header);
    for (const ImportEntity entity : {ImportEntity::Customers, ImportEntity::Contacts,
                                      ImportEntity::Deals, ImportEntity::Activities}) {
        ImportOptions options;
        options.entity = entity;
        options.skipInvalid = true;
        (void)Importer(emptyBook(), options).dryRun(*table);
    }
    return 0;
}
