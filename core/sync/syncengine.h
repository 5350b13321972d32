#pragma once

#include "backoff.h"
#include "outbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace veil {
class LibraryDatabase;
}

namespace veil::sync {

class ApiClient;
struct ApiResult;
struct ServerImage;

struct SyncOptions
{
    int parallelTransfers = 4;     // upload-url/get + PUT, and downloads, in flight at once
    int retryBaseMs = 1000;        // backoff of a failed step: base * 2^(n-1), jittered
    int retryCapMs = 5 * 60 * 1000;
    int maxAttemptsPerRun = 0;     // >0: a row failing this often is parked until the next run
    int pollIntervalMs = 30000;    // list the server this often while the live channel is down
    qint64 uploadUrlLifetimeMs = 55 * 60 * 1000; // signed URLs live 1 h; renew a little before
    bool downloadResults = true;
    bool push = true;              // false: only reconcile, track and download (pull)
    QString resultsDirectory;      // where processed images are saved
};

// Drives the outbox of one server: upload-url/get → PUT → submit, status tracking and
// result downloads. Transfers run in parallel; submits run one at a time, and never
// while an earlier submit's outcome is unknown, so that list can settle it (see
// reconcile.h). Lives on the thread that owns `db`.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(LibraryDatabase &db, ApiClient &client, SyncOptions options, QObject *parent = nullptr);

    Outbox &outbox() { return m_outbox; }
    void start();
    void stop();
    // Lists the server now and updates every submitted row (coalesced while one runs).
    void refresh();
    // The live channel is up: stop polling.
    void setLiveConnected(bool connected);

    bool isStopped() const { return m_stopped; }
    // Set when the server refused the token or the account, or TLS failed.
    QString fatalError() const { return m_fatalError; }
    // Rows that failed maxAttemptsPerRun times in this run.
    QSet<qint64> parked() const { return m_parked; }
    bool isBusy() const;

    struct Counters
    {
        int submitsSent = 0;
        int reconciliations = 0;
        int reconciledFound = 0;
        int resubmitsAfterReconcile = 0;
        int uploadUrlRenewals = 0;
    };
    Counters counters() const { return m_counters; }

signals:
    void entryChanged(qint64 id);
    void refreshed(bool ok);
    void fatal(const QString &error);
    // Emitted after every finished step; listeners re-check what they wait for.
    void progress();
    // Nothing in flight and nothing scheduled: the remaining rows are parked, blocked
    // or finished.
    void stalled();

private:
    void pump();
    void scheduleWake(const QList<OutboxEntry> &entries);
    void requestUploadUrl(OutboxEntry e);
    void upload(OutboxEntry e);
    void submit(OutboxEntry e);
    void reconcile(OutboxEntry e);
    void download(OutboxEntry e);
    void claim(OutboxEntry &e, const ServerImage &image);
    void failStep(OutboxEntry &e, const ApiResult &r);
    void retryLater(OutboxEntry &e, const QString &error);
    void persist(const OutboxEntry &e);
    void finishStep(qint64 id);
    bool due(const OutboxEntry &e, const QDateTime &now) const;
    void applyList(const QList<ServerImage> &images);

    LibraryDatabase &m_db;
    ApiClient &m_client;
    SyncOptions m_options;
    Outbox m_outbox;
    Backoff m_backoff;
    QTimer m_wake;
    QTimer m_poll;
    QSet<qint64> m_busy;
    QSet<qint64> m_parked;
    QHash<qint64, int> m_runAttempts;
    int m_transfers = 0;
    bool m_serialBusy = false; // a submit or a reconciliation is in flight
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_stopped = true;
    bool m_liveConnected = false;
    bool m_pumpQueued = false;
    QString m_fatalError;
    Counters m_counters;
};

} // namespace veil::sync
