#include "thumbnailcache.h"

#include "imageloader.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace veil {

ThumbnailCache::ThumbnailCache(QString directory, int size)
    : m_directory(std::move(directory))
    , m_size(size)
{
}

QString ThumbnailCache::pathFor(const QString &sha256) const
{
    // Two-level fan-out keeps folders small with 100,000 photos.
    return QDir(m_directory).filePath(sha256.left(2) + QLatin1Char('/') + sha256 + QStringLiteral(".jpg"));
}

bool ThumbnailCache::contains(const QString &sha256) const
{
    return QFile::exists(pathFor(sha256));
}

bool ThumbnailCache::store(const QString &sha256, const QByteArray &fileData, QString *error) const
{
    LoadOptions options;
    options.maxDimension = m_size;
    const LoadedImage loaded = loadImageFromData(fileData, options);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error;
        return false;
    }
    QImage thumb = loaded.image;
    if (std::max(thumb.width(), thumb.height()) > m_size)
        thumb = thumb.scaled(m_size, m_size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QString path = pathFor(sha256);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !thumb.save(&file, "JPEG", 85) || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write thumbnail %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QImage ThumbnailCache::thumbnail(const QString &sha256, const QString &sourcePath, QString *error) const
{
    const QString path = pathFor(sha256);
    QImage cached(path);
    if (!cached.isNull())
        return cached;
    QString readError;
    const QByteArray data = readFileReadOnly(sourcePath, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return {};
    }
    if (!store(sha256, data, error))
        return {};
    return QImage(path);
}

void ThumbnailCache::remove(const QString &sha256) const
{
    QFile::remove(pathFor(sha256));
}

} // namespace veil
