#include "thumbnailprovider.h"

namespace veil {

namespace {
constexpr int MaxPending = 300; // beyond this the oldest (off-screen) requests are dropped
}

ThumbnailProvider::ThumbnailProvider(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_disk(cacheDirectory)
    , m_memory(160 * 1024) // KiB
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

ThumbnailProvider::~ThumbnailProvider()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailProvider::thumbnail(const QString &sha256, const QString &sourcePath)
{
    if (const QImage *cached = m_memory.object(sha256))
        return *cached;
    if (m_pending.contains(sha256) || m_failed.contains(sha256))
        return {};
    if (m_pending.size() >= MaxPending) {
        m_pool.clear();
        m_pending.clear();
    }
    m_pending.insert(sha256);
    const ThumbnailCache disk = m_disk;
    // Later requests get a higher priority: what is on screen now loads first.
    m_pool.start(
        [this, disk, sha256, sourcePath] {
            QString error;
            const QImage image = disk.thumbnail(sha256, sourcePath, &error);
            QMetaObject::invokeMethod(
                this, [this, sha256, image, error] { deliver(sha256, image, error); }, Qt::QueuedConnection);
        },
        ++m_priority);
    return {};
}

void ThumbnailProvider::invalidate(const QString &sha256)
{
    m_memory.remove(sha256);
    m_failed.remove(sha256);
}

void ThumbnailProvider::deliver(const QString &sha256, const QImage &image, const QString &error)
{
    m_pending.remove(sha256);
    if (image.isNull()) {
        m_failed.insert(sha256);
        emit thumbnailFailed(sha256, error);
        return;
    }
    m_memory.insert(sha256, new QImage(image), int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    emit thumbnailReady(sha256);
}

} // namespace veil
