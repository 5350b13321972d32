// CPU time of the library's row query (queryPhotoRows) on an existing library, and how
// many rows it shows as each status: for the cost of "Changed since export" on a library
// of exported photos (docs/gui-100k.md). Usage: veil-bench-rowquery LIBRARY [RUNS]
#include "cputime.h"
#include "library/database.h"
#include "models/photorow.h"

#include <QCoreApplication>
#include <QMap>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: veil-bench-rowquery LIBRARY [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    veil::LibraryDatabase db(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0; i < runs; ++i) {
        const double start = veil::threadCpuMs();
        const QList<veil::PhotoRow> rows = veil::queryPhotoRows(db);
        const double cpu = veil::threadCpuMs() - start;
        QMap<QString, int> statuses;
        for (const veil::PhotoRow &r : rows)
            ++statuses[veil::reviewStatusName(r.status)];
        std::printf("%lld rows, %.0f ms CPU:", qlonglong(rows.size()), cpu);
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            std::printf(" %s %d", qPrintable(it.key()), it.value());
        std::printf("\n");
    }
    return 0;
}
