#include "batchrunner.h"

#include "dbwriter.h"
#include "library/database.h"

#include <QMutexLocker>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace veil {

BatchRunner::BatchRunner(DbWriter &writer, ItemProcessor processor, int threads, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_processor(std::move(processor))
{
    qRegisterMetaType<veil::BatchItem>();
    m_pool.setMaxThreadCount(std::max(1, threads));
}

BatchRunner::~BatchRunner()
{
    cancel();
    m_pool.waitForDone();
}

void BatchRunner::start(qint64 batchId, QList<BatchItem> items)
{
    {
        QMutexLocker lock(&m_mutex);
        Q_ASSERT(!m_running);
        m_batchId = batchId;
        m_cancelled = false;
        m_draining = false;
        m_leftItems = false;
        m_pending.assign(items.begin(), items.end());
        m_total = int(items.size());
        m_done = 0;
        m_running = true;
    }
    if (items.isEmpty()) {
        m_writer.post([batchId](LibraryDatabase &db) { batchstore::setBatchState(db, batchId, BatchState::Finished); });
        {
            QMutexLocker lock(&m_mutex);
            m_running = false;
            m_idle.wakeAll();
        }
        emit finished(false);
        return;
    }
    feed();
}

void BatchRunner::cancel()
{
    m_cancelled = true;
}

void BatchRunner::stopAfterCurrent()
{
    m_draining = true;
}

bool BatchRunner::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

void BatchRunner::wait()
{
    QMutexLocker lock(&m_mutex);
    while (m_running)
        m_idle.wait(&m_mutex);
}

void BatchRunner::feed()
{
    QMutexLocker lock(&m_mutex);
    const int limit = m_pool.maxThreadCount() + 1;
    while (!m_draining && m_inFlight < limit && !m_pending.empty()) {
        BatchItem item = std::move(m_pending.front());
        m_pending.pop_front();
        ++m_inFlight;
        int peak = m_peakInFlight.load();
        while (m_inFlight > peak && !m_peakInFlight.compare_exchange_weak(peak, m_inFlight)) {
        }
        m_pool.start([this, item = std::move(item)]() mutable { process(std::move(item)); });
    }
}

namespace {
// Once per pool thread: batch work yields to interactive work.
void lowerThisThreadsPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#if defined(Q_OS_LINUX)
    // Linux schedules threads by their own nice value; Qt's thread priorities have no
    // effect under the default SCHED_OTHER policy.
    const auto tid = id_t(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(19, nice + 10));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
} // namespace

void BatchRunner::process(BatchItem item)
{
    lowerThisThreadsPriority();
    const ItemState before = item.state;
    if (!m_cancelled) {
        ProcessContext ctx{m_cancelled, [this](const BatchItem &i) {
                               // Wait for the state to be on disk before the stage starts,
                               // so that a crash never hides work that already began.
                               m_writer.post([i](LibraryDatabase &db) { return batchstore::updateItem(db, i); })
                                   .waitForFinished();
                           }};
        m_processor(item, ctx);
        if (item.state != before || isFinished(item.state))
            m_writer.post([item](LibraryDatabase &db) { return batchstore::updateItem(db, item); }).waitForFinished();
    }
    // Detect-only batches end at Detected; export batches only stop there when cancelled.
    const bool final = isFinished(item.state)
                       || (item.state == ItemState::Detected && !m_cancelled);

    // This item's signals go out while it still counts as in flight: the item that sees
    // itself last emits finished() after every other item's itemFinished() and progress()
    // were posted, so a receiver never gets finished() before an item's result.
    int done = 0, total = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (final)
            ++m_done;
        done = m_done;
        total = m_total;
    }
    {
        // One item's signals at a time: receivers connected directly (QSignalSpy in the
        // tests, any Qt::DirectConnection) are never called from two pool threads at once.
        QMutexLocker emitting(&m_emitMutex);
        if (final)
            emit itemFinished(item);
        emit progress(done, total);
    }

    bool last = false;
    {
        QMutexLocker lock(&m_mutex);
        --m_inFlight;
        if ((m_cancelled || m_draining) && !m_pending.empty()) {
            m_leftItems = true;
            m_pending.clear();
        }
        last = m_inFlight == 0 && m_pending.empty();
    }
    if (!last) {
        feed();
        return;
    }
    bool paused = false;
    {
        QMutexLocker lock(&m_mutex);
        paused = m_leftItems && !m_cancelled;
    }
    const bool cancelled = m_cancelled.load() || paused;
    const qint64 batchId = m_batchId;
    // Cancelled: given up, not offered again. Paused: left unfinished, to be resumed.
    if (!paused)
        m_writer
            .post([batchId, cancelled](LibraryDatabase &db) {
                return batchstore::setBatchState(db, batchId, cancelled ? BatchState::Cancelled : BatchState::Finished);
            })
            .waitForFinished();
    {
        QMutexLocker lock(&m_mutex);
        m_running = false;
        m_idle.wakeAll();
    }
    emit finished(cancelled);
}

} // namespace veil
