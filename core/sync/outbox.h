#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace veil {
class LibraryDatabase;
}

namespace veil::sync {

// One photo on its way to (and back from) one server. Every stage is written to the
// library before the network action that follows it, so a quit at any point resumes
// without losing work or submitting twice.
struct OutboxEntry
{
    enum class Stage {
        Queued,     // nothing sent yet
        Uploading,  // objectName and signed URL known; PUT next
        Uploaded,   // bytes are in the object store; submit next
        Submitting, // submit was sent and its answer is unknown: reconcile before any resubmit
        Submitted,  // the server id is known; waiting for processing
        Done,       // processed and the result downloaded (or processing failed)
        Failed,     // gave up; lastError says why (needs the user)
    };
    qint64 id = 0;
    QString server;
    qint64 photoId = 0;
    QString source;      // "export", "original" or "file"
    QString payloadPath; // the file whose bytes are pushed
    Stage stage = Stage::Queued;
    QString objectName;
    QString uploadUrl;
    QDateTime uploadUrlAt;
    QDateTime submitSentAt;
    QString serverId;
    QString serverStatus; // pending, done, failed (as last listed)
    QString serverUrl;
    QDateTime serverCreatedAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString resultPath;

    static QString stageName(Stage stage);
    static Stage stageFromName(const QString &name);
};

// The sync_outbox table, for one server.
class Outbox
{
public:
    Outbox(LibraryDatabase &db, QString server);

    QString server() const { return m_server; }
    // Adds a photo; returns the new row id, or 0 with `error`.
    qint64 enqueue(qint64 photoId, const QString &source, const QString &payloadPath, QString *error);
    std::optional<OutboxEntry> entry(qint64 id) const;
    // The newest row of a photo on this server.
    std::optional<OutboxEntry> forPhoto(qint64 photoId) const;
    QList<OutboxEntry> entries() const;
    // Writes every mutable field of the row; false (and `error`) on a database error.
    bool save(const OutboxEntry &entry, QString *error = nullptr);
    // Rows not yet Submitted/Done/Failed.
    int pendingCount() const;

private:
    LibraryDatabase &m_db;
    QString m_server;
};

} // namespace veil::sync
