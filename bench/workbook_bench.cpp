// How long reading a file for the import takes, CSV beside workbooks: each file read as the
// import reads it (readTableFile), best of three. Prints figures; never fails on a time.
//
//   workbook_bench FILE…     (e.g. the same deals as .csv, .xlsx, .ods and .xls)
#include "core/exchange/workbookreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace salesdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("SALESDESK_XLS_READER", SALESDESK_XLS_READER_PATH); // built beside salesdesk
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: workbook_bench FILE…\n");
        return 1;
    }
    std::printf("%-24s %10s %8s %10s %10s\n", "file", "MB", "rows", "cells", "read s");
    for (const QString &path : files) {
        double best = 1e9;
        qsizetype rows = 0, cells = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto table = readTableFile(path);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!table) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(table.message()));
                return 2;
            }
            best = std::min(best, seconds);
            rows = table->rows.size();
            cells = rows * table->header.size();
        }
        std::printf("%-24s %10.1f %8lld %10lld %10.2f\n", qPrintable(QFileInfo(path).fileName()),
                    double(QFileInfo(path).size()) / (1 << 20), qlonglong(rows), qlonglong(cells),
                    best);
    }
    return 0;
}
