#pragma once

// Records a library photo's export: a row in `exports`, a line in the activity log and,
// on success, the photo's review status set to Exported. Call on the thread that owns
// the database connection.

#include "exportphoto.h"

namespace veil {

class LibraryDatabase;

bool recordExport(LibraryDatabase &db, qint64 photoId, const ExportResult &result, const ExportOptions &options,
                  QString *error = nullptr);

} // namespace veil
