#pragma once

#include <QHash>
#include <QString>

namespace veil {
class LibraryDatabase;
}

namespace veil::sync {

// For the grid's sync badges: each pushed photo's state from its newest outbox row,
// across servers: "queued", "uploading", "uploaded", "submitting" (on the way),
// "pending", "done", "failed" (the server's status), "downloaded", or "error" (the
// client gave up; see the row's last_error). Photos never pushed are absent.
QHash<qint64, QString> photoSyncStates(LibraryDatabase &db);

} // namespace veil::sync
