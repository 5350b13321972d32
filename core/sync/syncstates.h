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
// The same with a connection of its own to `databasePath`, for a pool thread.
QHash<qint64, QString> photoSyncStates(const QString &databasePath);

// What a badge shows: the states above in four groups a user tells apart at a glance.
enum class SyncBadge { None, Sending, Processing, Done, Failed };
SyncBadge syncBadge(const QString &state);
// A sentence for tooltips and screen readers ("Sync: processing on the server"); empty
// for a photo never pushed.
QString syncStateText(const QString &state);

} // namespace veil::sync
