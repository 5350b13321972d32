#pragma once

#include "photo.h"

#include <QList>
#include <QString>
#include <optional>

namespace veil {

class LibraryDatabase;

// Reads and writes photos and their faces. Every multi-row change runs in one
// transaction. Never touches the photo files themselves.
class PhotoRepository
{
public:
    explicit PhotoRepository(LibraryDatabase &db);

    std::optional<qint64> findBySha256(const QString &sha256) const;
    // Inserts and returns the new id (0 on failure, with `error` set).
    qint64 insert(const Photo &photo, QString *error = nullptr);
    std::optional<Photo> photo(qint64 id) const;
    QList<Photo> all(bool includeArchived = true) const;
    int count() const;
    // Removes the photos from the library (faces and tags with them); the files stay.
    // Returns the ids that existed and were removed.
    QList<qint64> remove(const QList<qint64> &ids, QString *error = nullptr);

    bool setReviewStatus(qint64 id, ReviewStatus status);
    bool setArchived(qint64 id, bool archived);

    QList<FaceBox> faces(qint64 photoId) const;
    // Replaces all face boxes of a photo in one transaction; assigns ids to `faces`. With
    // `rejected`, the photo's rejected boxes are replaced in the same transaction.
    bool replaceFaces(qint64 photoId, QList<FaceBox> &faces, QString *error = nullptr,
                      const QList<QRectF> *rejected = nullptr);
    // Boxes the user rejected (normalised): detection does not propose them again.
    QList<QRectF> rejectedFaces(qint64 photoId) const;

    QStringList tags(qint64 photoId) const;
    bool setTags(qint64 photoId, const QStringList &tags, QString *error = nullptr);

    QString lastError() const { return m_lastError; }

private:
    LibraryDatabase &m_db;
    mutable QString m_lastError;
};

} // namespace veil
