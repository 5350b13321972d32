#include "batchexecution.h"

#include "jobs/anonymizeprocessor.h"
#include "jobs/batchrunner.h"
#include "jobs/dbwriter.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <opencv2/core/utility.hpp>

#include <csignal>

namespace veil::cli {

namespace {

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

QString bar(int done, int total, qint64 elapsedMs)
{
    const int width = 30;
    const int filled = total ? done * width / total : width;
    const double rate = elapsedMs > 0 ? done * 1000.0 / double(elapsedMs) : 0;
    return QStringLiteral("\r[%1%2] %3/%4  %5 photos/s ")
        .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
        .arg(done)
        .arg(total)
        .arg(rate, 0, 'f', 1);
}

} // namespace

BatchOutcome runAnonymizeBatch(Context &ctx, DbWriter &writer, qint64 batchId, const AnonymizeBatchOptions &options,
                               int jobs)
{
    BatchOutcome outcome;
    QList<BatchItem> todo;
    const QList<BatchItem> all = writer.post([batchId](LibraryDatabase &db) {
                                           batchstore::prepareResume(db, batchId);
                                           return batchstore::items(db, batchId);
                                       }).result();
    for (const BatchItem &item : all)
        if (!isFinished(item.state))
            todo.append(item);

    // The batch keeps every core busy with one photo each: OpenCV's own worker threads would
    // only compete with it (7-15% more CPU time for the same photos, docs/performance.md)
    // and hide network time from the per-photo CPU report. Set before any network runs.
    cv::setNumThreads(1);
    DetectorPool pool(options.detector);
    BatchRunner runner(writer, makeAnonymizeProcessor(options, pool, writer), jobs);
    QElapsedTimer clock;
    clock.start();
    const int total = int(todo.size());
    if (ctx.errIsTerminal) {
        // On a terminal, failures show as they happen, above the progress bar; the
        // caller lists every outcome at the end either way.
        QObject::connect(&runner, &BatchRunner::itemFinished, &runner, [&](const BatchItem &item) {
            if (item.state == ItemState::Failed)
                ctx.err << QStringLiteral("\r\x1b[K")
                        << QCoreApplication::translate("cli", "%1: error: %2").arg(item.inputPath, item.error)
                        << Qt::endl;
        });
        QObject::connect(&runner, &BatchRunner::progress, &runner, [&](int done, int) {
            ctx.err << bar(done, total, clock.elapsed());
            ctx.err.flush();
        });
    }
    // Ctrl-C: stop at the next stage boundary; the batch stays resumable.
    interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &runner, [&] {
        if (interrupted)
            runner.cancel();
    });
    poll.start(100);

    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, [&](bool cancelled) {
        outcome.cancelled = cancelled;
        loop.quit();
    });
    runner.start(batchId, todo);
    if (runner.isRunning())
        loop.exec();
    std::signal(SIGINT, previous);
    if (ctx.errIsTerminal)
        ctx.err << bar(total, total, clock.elapsed()) << Qt::endl;
    outcome.warnings = pool.warnings();
    for (const QString &w : std::as_const(outcome.warnings))
        ctx.err << QCoreApplication::translate("cli", "warning: %1").arg(w) << Qt::endl;

    outcome.items = writer.post([batchId](LibraryDatabase &db) { return batchstore::items(db, batchId); }).result();
    for (const BatchItem &item : std::as_const(outcome.items)) {
        outcome.exported += item.state == ItemState::Exported;
        outcome.failed += item.state == ItemState::Failed;
    }
    return outcome;
}

QJsonArray batchReport(const QList<BatchItem> &items)
{
    QJsonArray report;
    for (const BatchItem &item : items) {
        QJsonObject o = item.result;
        o.insert(QStringLiteral("input"), item.inputPath);
        o.insert(QStringLiteral("status"), itemStateName(item.state));
        if (item.photoId)
            o.insert(QStringLiteral("photoId"), item.photoId);
        if (item.state == ItemState::Exported)
            o.insert(QStringLiteral("output"), item.outputPath);
        if (!item.error.isEmpty())
            o.insert(QStringLiteral("error"), item.error);
        report.append(o);
    }
    return report;
}

} // namespace veil::cli
