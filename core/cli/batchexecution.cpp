#include "batchexecution.h"

#include "jobs/anonymizeprocessor.h"
#include "jobs/batchrunner.h"
#include "jobs/dbwriter.h"
#include "jobs/earlierexports.h"
#include "library/database.h"
#include "progressline.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <opencv2/core/utility.hpp>

#include <atomic>
#include <memory>

namespace veil::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Test hook (tst_batchlock): with VEIL_TEST_HOLD_FILE set, each photo after the first one
// of this run waits while that file exists, so that a test holds a real process inside
// its batch for as long as it needs. Unset, the processor is returned as it is.
ItemProcessor holdBetweenPhotos(ItemProcessor processor)
{
    const QString hold = qEnvironmentVariable("VEIL_TEST_HOLD_FILE");
    if (hold.isEmpty())
        return processor;
    auto started = std::make_shared<std::atomic_int>(0);
    return [processor = std::move(processor), hold, started](BatchItem &item, ProcessContext &ctx) {
        if (started->fetch_add(1) > 0)
            while (QFile::exists(hold) && !ctx.cancelled)
                QThread::msleep(20);
        processor(item, ctx);
    };
}
} // namespace

BatchOutcome runAnonymizeBatch(Context &ctx, DbWriter &writer, qint64 batchId, const AnonymizeBatchOptions &options,
                               const QJsonObject &storedOptions, int jobs)
{
    BatchOutcome outcome;
    QList<BatchItem> todo;
    const QList<BatchItem> all = writer
                                     .post([batchId](LibraryDatabase &db) {
                                         batchstore::prepareResume(db, batchId);
                                         return batchstore::items(db, batchId);
                                     })
                                     .result();
    int failedBefore = 0;
    for (const BatchItem &item : all) {
        if (!isFinished(item.state))
            todo.append(item);
        failedBefore += item.state == ItemState::Failed;
    }
    const int doneBefore = int(all.size() - todo.size());

    // The batch keeps every core busy with one photo each: OpenCV's own worker threads would
    // only compete with it (7-15% more CPU time for the same photos, docs/performance.md)
    // and hide network time from the per-photo CPU report. Set before any network runs.
    cv::setNumThreads(1);
    DetectorPool pool(options.detector);
    BatchRunner runner(
        writer,
        holdBetweenPhotos(withEarlierExports(makeAnonymizeProcessor(options, pool, writer), writer, storedOptions)),
        jobs);
    ProgressLine line(ctx, int(all.size()), true, doneBefore);
    int failedNow = 0;
    QObject::connect(&runner, &BatchRunner::itemFinished, &runner, [&](const BatchItem &item) {
        if (item.state != ItemState::Failed)
            return;
        ++failedNow;
        // On a terminal, failures show as they happen, above the progress line; the
        // caller lists every outcome at the end either way.
        if (line.enabled())
            line.note(Tr::tr("%1: error: %2").arg(item.inputPath, item.error));
    });
    QObject::connect(&runner, &BatchRunner::progress, &runner,
                     [&](int done, int) { line.update(doneBefore + done, failedBefore + failedNow); });

    // Ctrl-C: the photos in progress finish and no new one starts; a second Ctrl-C stops
    // them at their next stage boundary. Either way the batch stays resumable.
    InterruptGuard guard;
    int handledPresses = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &runner, [&] {
        const int presses = InterruptGuard::presses();
        if (presses == handledPresses)
            return;
        handledPresses = presses;
        if (presses == 1) {
            runner.stopAfterCurrent();
            line.note(Tr::tr("Stopping after the photos in progress (Ctrl-C again to stop sooner)…"));
        } else {
            runner.cancel();
        }
    });
    poll.start(50);

    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, [&](bool cancelled) {
        outcome.cancelled = cancelled;
        loop.quit();
    });
    line.update(doneBefore, failedBefore);
    runner.start(batchId, todo);
    if (runner.isRunning())
        loop.exec();
    poll.stop();
    if (outcome.cancelled)
        // Stopped by the user, not given up: `resume` and the same command continue it.
        writer
            .post(
                [batchId](LibraryDatabase &db) { return batchstore::setBatchState(db, batchId, BatchState::Running); })
            .waitForFinished();
    outcome.warnings = pool.warnings();

    outcome.items = writer.post([batchId](LibraryDatabase &db) { return batchstore::items(db, batchId); }).result();
    for (const BatchItem &item : std::as_const(outcome.items)) {
        outcome.exported += item.state == ItemState::Exported;
        outcome.failed += item.state == ItemState::Failed;
        outcome.earlier += item.state == ItemState::Exported && item.result.contains(QStringLiteral("earlierBatch"));
    }
    line.finish(outcome.exported + outcome.failed, outcome.failed);
    for (const QString &w : std::as_const(outcome.warnings))
        ctx.err << Tr::tr("warning: %1").arg(w) << Qt::endl;
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
