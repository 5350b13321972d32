#include "anonymizebatchjob.h"

#include "batchlock.h"
#include "dbwriter.h"
#include "earlierexports.h"
#include "futures.h"
#include "library/database.h"

namespace veil {

QFuture<CreatedBatch> createAnonymizeBatch(DbWriter &writer, const AnonymizeBatchOptions &options,
                                           const QJsonObject &extraOptions, QList<BatchItem> items)
{
    QJsonObject json = options.toJson();
    for (auto it = extraOptions.begin(); it != extraOptions.end(); ++it)
        json.insert(it.key(), it.value());
    return writer.post([json, items = std::move(items)](LibraryDatabase &db) mutable {
        CreatedBatch created;
        // The same job running in another process (the same export from another window):
        // a second batch of it would write the same outputs at the same time.
        const QString kind = QStringLiteral("anonymize");
        if (const auto running = batchstore::unfinishedOfJob(db, batchstore::jobKey(kind, json, items)))
            if (const auto holder = batchHolder(db.path(), running->id)) {
                created.held = true;
                created.error = batchHeldMessage(running->id, *holder, batchLockPath(db.path(), running->id));
                return created;
            }
        created.id = batchstore::create(db, kind, json, items, &created.error);
        return created;
    });
}

int discardBatch(LibraryDatabase &db, qint64 batchId)
{
    // A batch another process runs is not interrupted: its "temporary" files are the
    // exports it is writing. Held while discarding, so that no process starts it meanwhile.
    BatchLock lock(db.path(), batchId);
    if (lock.tryLock() != BatchLock::Result::Acquired)
        return -1;
    int removed = 0;
    for (const BatchItem &item : batchstore::items(db, batchId))
        if (!isFinished(item.state) && !item.outputPath.isEmpty())
            removed += removeStaleTemporaries(item.outputPath);
    batchstore::setBatchState(db, batchId, BatchState::Cancelled);
    return removed;
}

QList<std::pair<qint64, qint64>> closeSupersededBatches(LibraryDatabase &db)
{
    QList<std::pair<qint64, qint64>> closed;
    for (const auto &[batch, by] : batchstore::superseded(db)) {
        if (discardBatch(db, batch.id) < 0)
            continue;
        batchstore::setSuperseded(db, batch.id, by);
        closed.append({batch.id, by});
    }
    return closed;
}

QList<Batch> interruptedBatches(LibraryDatabase &db)
{
    closeSupersededBatches(db);
    QList<Batch> result;
    for (const Batch &b : batchstore::unfinished(db))
        if (!batchHolder(db.path(), b.id))
            result.append(b);
    return result;
}

AnonymizeBatchJob::AnonymizeBatchJob(DbWriter &writer, qint64 batchId, AnonymizeBatchOptions options, int threads,
                                     QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_batchId(batchId)
    , m_options(std::move(options))
    , m_threads(threads)
{
}

AnonymizeBatchJob::~AnonymizeBatchJob()
{
    // Destroyed while running without a cancel (the app quits): the photos being worked
    // on stop at their next stage boundary, and the batch stays unfinished so that the
    // next start offers to resume it. The runner goes before the detectors it borrows.
    const bool interrupted = m_runner && m_running && !m_cancelled;
    m_runner.reset();
    m_lock.reset();
    if (interrupted) {
        const qint64 id = m_batchId;
        m_writer.post([id](LibraryDatabase &db) { return batchstore::setBatchState(db, id, BatchState::Running); });
    }
}

void AnonymizeBatchJob::start()
{
    if (m_running)
        return;
    // One batch, one process: a batch another process runs (veil-cli, another window) is
    // left as it is. Said after start() returns, like every other outcome.
    m_lock = std::make_unique<BatchLock>(m_writer.libraryPath(), m_batchId);
    if (m_lock->tryLock() != BatchLock::Result::Acquired) {
        const QString why = m_lock->message();
        m_lock.reset();
        QMetaObject::invokeMethod(
            this, [this, why] { emit refused(why); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_cancelled = false;
    const qint64 id = m_batchId;
    whenFinished(m_writer.post([id](LibraryDatabase &db) {
        batchstore::prepareResume(db, id);
        const std::optional<Batch> batch = batchstore::batch(db, id);
        return std::pair(batchstore::items(db, id), batch ? batch->options : QJsonObject());
    }),
                 this, [this](const std::pair<QList<BatchItem>, QJsonObject> &stored) {
                     m_storedOptions = stored.second;
                     run(stored.first);
                 });
}

void AnonymizeBatchJob::cancel()
{
    m_cancelled = true;
    if (m_runner)
        m_runner->cancel();
}

void AnonymizeBatchJob::run(const QList<BatchItem> &all)
{
    QList<BatchItem> todo;
    for (const BatchItem &item : all)
        if (!isFinished(item.state))
            todo.append(item);
    const int before = int(all.size() - todo.size());
    const int total = int(all.size());
    if (m_cancelled) {
        // Cancelled before the first photo: the user gave it up like a running one.
        const qint64 id = m_batchId;
        m_writer.post([id](LibraryDatabase &db) { return batchstore::setBatchState(db, id, BatchState::Cancelled); });
        collect(true);
        return;
    }
    m_pool = std::make_unique<DetectorPool>(m_options.detector);
    // Outputs an earlier batch of the same job wrote count as done, not as conflicts.
    m_runner = std::make_unique<BatchRunner>(
        m_writer, withEarlierExports(makeAnonymizeProcessor(m_options, *m_pool, m_writer), m_writer, m_storedOptions),
        m_threads);
    // The runner reports from its pool threads: these connections queue to this thread.
    connect(m_runner.get(), &BatchRunner::itemFinished, this, &AnonymizeBatchJob::itemFinished);
    connect(m_runner.get(), &BatchRunner::progress, this,
            [this, before, total](int done, int) { emit progress(before + done, total); });
    connect(m_runner.get(), &BatchRunner::finished, this, &AnonymizeBatchJob::collect);
    emit started(total);
    emit progress(before, total);
    m_runner->start(m_batchId, todo);
}

void AnonymizeBatchJob::collect(bool cancelled)
{
    const qint64 id = m_batchId;
    whenFinished(m_writer.post([id](LibraryDatabase &db) { return batchstore::items(db, id); }), this,
                 [this, cancelled](const QList<BatchItem> &items) {
                     m_items = items;
                     m_running = false;
                     m_lock.reset();
                     emit finished(cancelled);
                 });
}

int AnonymizeBatchJob::exportedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const BatchItem &i) { return i.state == ItemState::Exported; }));
}

QList<BatchItem> AnonymizeBatchJob::failedItems() const
{
    QList<BatchItem> failed;
    for (const BatchItem &item : m_items)
        if (item.state == ItemState::Failed)
            failed.append(item);
    return failed;
}

QStringList AnonymizeBatchJob::warnings() const
{
    return m_pool ? m_pool->warnings() : QStringList();
}

} // namespace veil
