#pragma once

#include "library/photo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace veil {

class LibraryDatabase;

// What the library grid needs of one photo: small enough to hold 100,000 in memory.
struct PhotoRow
{
    qint64 id = 0;
    QString path;
    QString fileName;
    QString sha256;
    QString model;
    QDateTime dateTaken;
    QDateTime importedAt;
    ReviewStatus status = ReviewStatus::New; // as shown: ChangedSinceExport derived (library/exportstate.h)
    bool archived = false;
    int faceCount = 0;
    int uncertainCount = 0;
    bool checkedForFaces = false; // the face detector has looked at it (faceCount 0: none found)
    QStringList tags;
    std::optional<quint64> perceptualHash;
};

// Reads the rows of every photo (or of one), ordered by id. Use a connection opened on
// the calling thread.
QList<PhotoRow> queryPhotoRows(LibraryDatabase &db, QString *error = nullptr);
std::optional<PhotoRow> queryPhotoRow(LibraryDatabase &db, qint64 id);
// Opens its own connection to `databasePath` (for worker threads).
QList<PhotoRow> queryPhotoRows(const QString &databasePath, QString *error = nullptr);

} // namespace veil
