#pragma once

#include <QString>

namespace veil {
class LibraryDatabase;
}

namespace veil::sync {

// What push sends for a photo by default: its newest verified anonymized export
// recorded in the library's `exports` table that still exists on disk; empty if none.
QString latestVerifiedExport(LibraryDatabase &db, qint64 photoId);

} // namespace veil::sync
