#pragma once

// An "anonymize" batch run from an event loop (the desktop app): the same pipeline as
// `veil-cli anonymize` and `veil-cli resume` (BatchRunner over makeAnonymizeProcessor),
// started without blocking the calling thread.

#include "anonymizeprocessor.h"
#include "batchrunner.h"

#include <QFuture>
#include <QObject>
#include <memory>

namespace veil {

class BatchLock;
class DbWriter;

struct CreatedBatch
{
    qint64 id = 0; // 0: not recorded, see error
    QString error;
    bool held = false; // not recorded: another process runs this job's batch (error says which)
};

// Records a new batch of `items` through the writer. `extraOptions` are stored with the
// batch's options (e.g. the output folder and name template, for the user's eyes). When
// another process runs an unfinished batch of the same job, nothing is recorded (held).
QFuture<CreatedBatch> createAnonymizeBatch(DbWriter &writer, const AnonymizeBatchOptions &options,
                                           const QJsonObject &extraOptions, QList<BatchItem> items);

// Gives up an unfinished batch: it is marked cancelled, so it is never offered again,
// and the temporary files its interrupted exports left beside their outputs are
// removed (finished outputs were verified before they got their name: they stay).
// Returns the number of temporary files removed, or -1 when another process runs the batch
// (it is left as it is). Run it on the writer thread.
int discardBatch(LibraryDatabase &db, qint64 batchId);

// Closes every unfinished batch that a later batch of the same job superseded (its photos
// are that batch's photos): like discardBatch(), but recording which batch took over.
// Returns (closed, superseded by) pairs. Run it on the writer thread.
// Batches another process runs are left alone.
QList<std::pair<qint64, qint64>> closeSupersededBatches(LibraryDatabase &db);

// What a restart offers to resume: the unfinished batches that no process runs now
// (superseded ones closed first). Run it on the writer thread.
QList<Batch> interruptedBatches(LibraryDatabase &db);

class AnonymizeBatchJob : public QObject
{
    Q_OBJECT

public:
    AnonymizeBatchJob(DbWriter &writer, qint64 batchId, AnonymizeBatchOptions options, int threads,
                      QObject *parent = nullptr);
    // Waits for the photos being worked on; the batch stays resumable unless cancelled.
    ~AnonymizeBatchJob() override;

    qint64 batchId() const { return m_batchId; }
    // Puts items caught mid-stage back to a safe state and runs those not yet exported
    // or failed. Returns at once; `started` follows, or `refused` when another process
    // runs the batch (nothing is changed then).
    void start();
    // Stops at the next stage boundary; the batch is marked cancelled (not offered again).
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    // Every item of the batch as stored once `finished` was emitted, in batch order.
    const QList<BatchItem> &items() const { return m_items; }
    int exportedCount() const;
    QList<BatchItem> failedItems() const;
    QStringList warnings() const;

signals:
    void started(int total);
    void itemFinished(const veil::BatchItem &item);
    void progress(int done, int total);
    void finished(bool cancelled);
    // The batch is being run by another process (`why` says which); this job did nothing.
    void refused(const QString &why);

private:
    void run(const QList<BatchItem> &all);
    void collect(bool cancelled);

    DbWriter &m_writer;
    qint64 m_batchId;
    AnonymizeBatchOptions m_options;
    QJsonObject m_storedOptions; // as recorded with the batch
    int m_threads;
    std::unique_ptr<DetectorPool> m_pool;
    std::unique_ptr<BatchRunner> m_runner;
    std::unique_ptr<BatchLock> m_lock; // held from start() to finished()
    QList<BatchItem> m_items;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace veil
