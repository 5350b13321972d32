// Timer-lag probe (issue 6): while an anonymize batch runs on the pipeline in the same
// process as the real main window, a 5 ms timer on the GUI thread records how late each
// tick fires. The largest lateness is the longest stall of the event loop.
//   veil-bench-guilag INPUT_DIR OUTPUT_DIR [JOBS]     (QT_QPA_PLATFORM=offscreen is fine)
#include "allocator.h"
#include "jobs/anonymizeprocessor.h"
#include "jobs/batchrunner.h"
#include "jobs/dbwriter.h"
#include "library/database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    veil::tuneAllocatorForLargeImages(); // as the app's main() does
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s INPUT_DIR OUTPUT_DIR [JOBS]\n", argv[0]);
        return 1;
    }
    const QString inputDir = QString::fromLocal8Bit(argv[1]);
    const QString outputDir = QString::fromLocal8Bit(argv[2]);
    const int jobs = argc > 3 ? std::atoi(argv[3]) : 2;
    QTemporaryDir tmp;
    const QString library = tmp.filePath(QStringLiteral("lib.sqlite"));
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    veil::ui::MainWindow window(library, &settings);
    window.show();
    auto *bar = new QProgressBar;
    window.statusBar()->addPermanentWidget(bar);

    veil::DbWriter writer(library);
    QString error;
    if (!writer.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<veil::BatchItem> items;
    QDirIterator it(inputDir, {QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        veil::BatchItem item;
        item.inputPath = it.next();
        item.outputPath = QStringLiteral("%1/p%2_anon.jpg").arg(outputDir).arg(n++, 4, 10, QLatin1Char('0'));
        items.append(item);
    }
    const qint64 batchId = writer
                               .post([&](veil::LibraryDatabase &db) {
                                   return veil::batchstore::create(db, QStringLiteral("anonymize"), {}, items);
                               })
                               .result();
    veil::AnonymizeBatchOptions options;
    veil::DetectorPool pool(options.detector);
    veil::BatchRunner runner(writer, veil::makeAnonymizeProcessor(options, pool, writer), jobs);
    bar->setRange(0, int(items.size()));
    QObject::connect(&runner, &veil::BatchRunner::progress, bar, [bar](int done, int) { bar->setValue(done); });

    QList<qint64> lateness;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    qint64 expected = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        lateness.append(std::max<qint64>(0, now - expected));
        expected = now + 5;
    });
    QElapsedTimer wall;
    QObject::connect(&runner, &veil::BatchRunner::finished, &app, [&] {
        tick.stop();
        std::sort(lateness.begin(), lateness.end());
        const auto pct = [&](double p) { return lateness.isEmpty() ? 0 : lateness[qsizetype(p * (lateness.size() - 1))]; };
        std::printf("photos=%d jobs=%d wall=%.1f s ticks=%lld max_stall=%lld ms p99=%lld ms p50=%lld ms\n",
                    int(items.size()), jobs, wall.elapsed() / 1000.0, qlonglong(lateness.size()),
                    qlonglong(lateness.isEmpty() ? 0 : lateness.last()), qlonglong(pct(0.99)), qlonglong(pct(0.5)));
        app.quit();
    });
    QTimer::singleShot(500, [&] { // let the window settle first
        clock.start();
        expected = 5;
        tick.start(5);
        wall.start();
        runner.start(batchId, items);
    });
    return QApplication::exec();
}
