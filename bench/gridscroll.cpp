// Scrolling the library grid of a large library (issue 7): a library of N photo rows
// (default 100,000; synthetic rows whose files do not exist, so thumbnails fail fast and
// what is timed is the grid itself: model, proxy, layout, delegate), the real main window,
// and the grid scrolled a quarter page at a time from top to bottom, each step repainted
// synchronously and timed. Prints frame times; a frame under 16 ms keeps 60 fps.
//   veil-bench-gridscroll [ROWS] [STEPS]     (QT_QPA_PLATFORM=offscreen is fine)

#include "library/database.h"
#include "mainwindow.h"
#include "librarypage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int steps = argc > 2 ? std::atoi(argv[2]) : 400;
    QTemporaryDir tmp;
    const QString library = tmp.filePath(QStringLiteral("lib.sqlite"));
    {
        veil::LibraryDatabase db(library);
        QString error;
        if (!db.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(db.database());
        const bool ok = q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < %1) "
            "INSERT INTO photos (path, sha256, byte_size, format, width, height, make, model, date_taken, "
            "imported_at, review_status, perceptual_hash) "
            "SELECT '/nonexistent/p'||i||'.jpg', 'sha'||i, 1000, 'jpeg', 4000, 3000, 'Canon', 'EOS '||(i%50), "
            "'2020-01-01T10:00:00', '2026-11-22T10:00:00.000Z', "
            "CASE i%4 WHEN 0 THEN 'new' WHEN 1 THEN 'needs-review' WHEN 2 THEN 'reviewed' ELSE 'exported' END, i FROM n")
                                     .arg(rows));
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QElapsedTimer load;
    load.start();
    veil::ui::MainWindow window(library, &settings);
    QSignalSpy reloaded(&window, &veil::ui::MainWindow::libraryReloaded);
    window.resize(1400, 900);
    window.show();
    if (reloaded.isEmpty() && !reloaded.wait(60000)) {
        std::fprintf(stderr, "the library did not load\n");
        return 1;
    }
    const double loadSeconds = load.elapsed() / 1000.0;
    QListView *grid = window.libraryPage()->grid();
    QScrollBar *bar = grid->verticalScrollBar();
    const int count = grid->model()->rowCount();
    // The grid lays out in batches of 500 rows: wait until the scroll range stops growing.
    QElapsedTimer layout;
    layout.start();
    int lastMaximum = -1;
    QElapsedTimer stable;
    stable.start();
    while (stable.elapsed() < 300 && layout.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (bar->maximum() != lastMaximum) {
            lastMaximum = bar->maximum();
            stable.restart();
        }
    }
    const double layoutSeconds = (layout.elapsed() - stable.elapsed()) / 1000.0;
    QList<double> frames;
    QElapsedTimer frame;
    const int stride = std::max(1, (bar->maximum() - bar->minimum()) / std::max(1, steps));
    for (int v = bar->minimum(); v <= bar->maximum(); v += stride) {
        frame.start();
        bar->setValue(v);
        grid->viewport()->repaint();
        QCoreApplication::processEvents(); // thumbnail requests, deliveries
        frames.append(frame.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("VEIL_BENCH_VERBOSE"))
            std::fprintf(stderr, "frame at %d: %.1f ms\n", v, frames.constLast());
    }
    std::sort(frames.begin(), frames.end());
    const auto pct = [&](double p) { return frames.isEmpty() ? 0.0 : frames[qsizetype(p * (frames.size() - 1))]; };
    std::printf("rows=%d shown=%d load=%.2f s layout=%.2f s frames=%lld frame p50=%.1f ms p99=%.1f ms max=%.1f ms\n",
                rows, count, loadSeconds, layoutSeconds, qlonglong(frames.size()), pct(0.5), pct(0.99),
                frames.isEmpty() ? 0.0 : frames.last());
    return 0;
}
