#pragma once

#include "batchstore.h"

#include <QObject>
#include <QThreadPool>

#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <functional>

namespace veil {

class DbWriter;

// What a stage function may use while it works on one item.
struct ProcessContext
{
    // Set when the batch is cancelled: stop at the next stage boundary and return with
    // the item in the last state reached (it stays resumable).
    const std::atomic_bool &cancelled;
    // Persists an intermediate state (e.g. Detecting, or Exporting with the planned
    // output path) before the stage that follows it starts.
    std::function<void(const BatchItem &)> saveState;
};

// Does the work for one item: detection, anonymization, export... It sets the item's
// final state (Exported, Detected or Failed, with error/result) or, when cancelled,
// leaves it where it stopped. Runs on pool threads; must be thread-safe.
using ItemProcessor = std::function<void(BatchItem &item, ProcessContext &ctx)>;

// Runs the items of a batch on its own QThreadPool. Items are fed lazily: at most
// threads + 1 are in flight at any time (threads running, one ready), so memory stays
// bounded however long the batch is — there is never a queue of decoded images.
// Every state change is persisted through the DbWriter; the GUI thread never waits.
// Batch threads run at a lower scheduling priority than the rest of the process and the
// desktop (nice +10 on Linux, QThread::LowPriority elsewhere): the photo on screen, the
// thumbnails being scrolled and other programs get the CPU first; the batch takes the rest.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    BatchRunner(DbWriter &writer, ItemProcessor processor, int threads, QObject *parent = nullptr);
    ~BatchRunner() override; // cancels and waits for running items

    // Runs `items` (those not yet exported/failed) of `batchId`.
    void start(qint64 batchId, QList<BatchItem> items);
    void cancel();
    // Starts no new item; those in flight finish all their stages. The batch stays
    // unfinished (resumable) when items were left: `finished(true)` follows.
    void stopAfterCurrent();
    bool isRunning() const;
    // For the command-line tool only: waits until the batch is done.
    void wait();
    int threadCount() const { return m_pool.maxThreadCount(); }
    // Highest number of items that were in flight at once (for tests and benchmarks).
    int peakInFlight() const { return m_peakInFlight.load(); }

signals:
    void itemFinished(const veil::BatchItem &item);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void feed();
    void process(BatchItem item);

    DbWriter &m_writer;
    ItemProcessor m_processor;
    QThreadPool m_pool;
    qint64 m_batchId = 0;
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_draining{false};
    bool m_leftItems = false;
    mutable QMutex m_mutex;
    QMutex m_emitMutex; // serializes itemFinished/progress emissions
    QWaitCondition m_idle;
    std::deque<BatchItem> m_pending;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    std::atomic_int m_peakInFlight{0};
};

} // namespace veil

Q_DECLARE_METATYPE(veil::BatchItem)
