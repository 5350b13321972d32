#pragma once

#include "detect/facedetector.h"
#include "export/exportoptions.h"
#include "jobs/anonymizeprocessor.h"
#include "jobs/batchstore.h"

#include <QList>
#include <QString>

namespace veil {
class LibraryDatabase;
}

namespace veil::ui {

// What the export dialog asks for.
struct ExportRequest
{
    QList<qint64> photoIds;
    QString outputDirectory;
    QString nameTemplate;
    ExportOptions options;
    DetectorOptions detector; // for the face check of the outputs
    bool verifyFaces = true;  // run the face detector over the output (slower)
};

// The batch of an export: one item per photo with its reviewed boxes and its output
// path. Photos that cannot be exported (no longer in the library, a bad name, a second
// photo on an output name already taken) are items failed from the start, so the
// summary lists them with the others. Reads the library on the calling thread.
QList<BatchItem> planExport(LibraryDatabase &db, const ExportRequest &request);
AnonymizeBatchOptions exportBatchOptions(const ExportRequest &request);

} // namespace veil::ui
