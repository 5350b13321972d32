#pragma once

// What `veil-cli anonymize` works on: files and folders from the command line, or
// photos of the library with their reviewed boxes.

#include "library/photo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace veil {
class LibraryDatabase;
}

namespace veil::cli {

struct AnonymizeItem
{
    QString input;
    QString root;          // the folder whose tree the output mirrors; empty: none
    QString output;        // filled by assignOutputs
    qint64 photoId = 0;    // library mode
    bool haveFaces = false; // library mode: faces come from the review, no detection
    QList<FaceBox> faces;
    QString error;         // known before any work (missing file, duplicate output, ...)
};

// Files given directly, and the image files found recursively in folders. Files inside
// `outputDir` are skipped, so a re-run never anonymizes its own exports.
QList<AnonymizeItem> collectFiles(const QStringList &paths, const QString &outputDir);

// Library photos (all non-archived ones when `ids` is empty) with their stored boxes.
// A photo nobody has looked at (status "new" or "failed") is refused: its boxes would be
// empty or unchecked.
QList<AnonymizeItem> collectLibraryPhotos(LibraryDatabase &db, const QList<qint64> &ids);

// Computes each item's output path; two inputs meeting on one output: the second fails.
void assignOutputs(QList<AnonymizeItem> &items, const QString &outputDir, const QString &nameTemplate,
                   bool outputFormatFixed, const QString &fixedExtension);

} // namespace veil::cli
