#pragma once

#include <QImage>
#include <QString>

namespace veil {

// Thumbnails of library photos, cached on disk as JPEG files named by the photo's
// SHA-256 (so a moved or renamed photo keeps its thumbnail).
class ThumbnailCache
{
public:
    static constexpr int DefaultSize = 256;

    explicit ThumbnailCache(QString directory, int size = DefaultSize);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Returns the cached thumbnail, making it from a reduced-size decode of the
    // original on a miss. Null image when the original cannot be read.
    QImage thumbnail(const QString &sha256, const QString &sourcePath, QString *error = nullptr) const;
    // Makes (or remakes) the thumbnail from already-read file bytes.
    bool store(const QString &sha256, const QByteArray &fileData, QString *error = nullptr) const;
    void remove(const QString &sha256) const;

private:
    QString m_directory;
    int m_size;
};

} // namespace veil
