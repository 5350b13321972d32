#pragma once

#include "photo.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace veil {

class LibraryDatabase;
class ThumbnailCache;

struct ImportResult
{
    enum class Outcome { Imported, Duplicate, Failed };
    QString path;        // as given (or as found while walking a folder)
    Outcome outcome = Outcome::Failed;
    qint64 photoId = 0;  // the new photo, or the existing one for a duplicate
    QString error;       // why it failed
    QString warning;     // imported, but e.g. its EXIF was broken
};

// Everything an import learns about one file, computed without touching the database
// (safe to run on any thread).
struct ImportRecord
{
    Photo photo;
    QByteArray data; // the file's bytes, for the thumbnail
    QString error;
};
ImportRecord inspectFile(const QString &path);

// Imports files and folders into the library. Originals are only ever read.
class Importer
{
public:
    Importer(LibraryDatabase &db, const ThumbnailCache *thumbnails);

    // Expands folders recursively into the image files they hold (by extension);
    // plain files are kept whatever their name. Missing paths are reported as failed
    // results through `problems`.
    static QStringList expandPaths(const QStringList &inputs, QList<ImportResult> *problems);
    static bool hasImageExtension(const QString &path);

    ImportResult importFile(const QString &path);
    // Imports everything; `progress` is called after each file with (done, total, result).
    QList<ImportResult> importPaths(const QStringList &inputs,
                                    const std::function<void(int, int, const ImportResult &)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

private:
    LibraryDatabase &m_db;
    const ThumbnailCache *m_thumbnails;
};

} // namespace veil
