#pragma once

#include "imaging/thumbnailcache.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace veil {

// Thumbnails for the grid, loaded on a private pool and kept in a memory cache. Lives
// on the GUI thread; thumbnail() never blocks: it returns a null image and emits
// thumbnailReady() once the image is in memory. The most recent requests are served
// first, so scrolling quickly through a large library loads what is on screen.
class ThumbnailProvider : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailProvider(const QString &cacheDirectory, QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    QImage thumbnail(const QString &sha256, const QString &sourcePath);
    // Drops the memory copy (after the photo's thumbnail changed).
    void invalidate(const QString &sha256);
    int pendingCount() const { return int(m_pending.size()); }

signals:
    void thumbnailReady(const QString &sha256);
    // The thumbnail could not be made (unreadable original): `error` says why.
    void thumbnailFailed(const QString &sha256, const QString &error);

private:
    void deliver(const QString &sha256, const QImage &image, const QString &error);

    ThumbnailCache m_disk;
    QCache<QString, QImage> m_memory;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QThreadPool m_pool;
    int m_priority = 0;
};

} // namespace veil
