#include "perceptualhash.h"

#include "imaging/thumbnailcache.h"
#include "library/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <bit>

namespace veil {

quint64 differenceHash(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage small = image.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(9, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    quint64 hash = 0;
    int bit = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *line = small.constScanLine(y);
        for (int x = 0; x < 8; ++x, ++bit)
            if (line[x] < line[x + 1])
                hash |= quint64(1) << bit;
    }
    return hash;
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

int backfillPerceptualHashes(LibraryDatabase &db, const std::atomic_bool *cancel)
{
    QList<QPair<qint64, QPair<QString, QString>>> todo;
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT id, sha256, path FROM photos WHERE perceptual_hash IS NULL")))
        return 0;
    while (q.next())
        todo.append({q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()}});
    q.finish();

    const ThumbnailCache cache(db.cacheDirectory() + QStringLiteral("/thumbnails"));
    int done = 0;
    QSqlQuery update(db.database());
    update.prepare(QStringLiteral("UPDATE photos SET perceptual_hash = ? WHERE id = ?"));
    for (const auto &[id, file] : std::as_const(todo)) {
        if (cancel && cancel->load())
            break;
        const QImage thumb = cache.thumbnail(file.first, file.second);
        if (thumb.isNull())
            continue;
        update.addBindValue(qint64(differenceHash(thumb)));
        update.addBindValue(id);
        if (update.exec())
            ++done;
    }
    return done;
}

} // namespace veil
