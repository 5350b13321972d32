#include "syncengine.h"

#include "apiclient.h"
#include "reconcile.h"
#include "serverurl.h"

#include "library/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSaveFile>

namespace veil::sync {

SyncEngine::SyncEngine(LibraryDatabase &db, ApiClient &client, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_options(std::move(options))
    , m_outbox(db, serverKey(client.server()))
    , m_backoff(m_options.retryBaseMs, m_options.retryCapMs)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SyncEngine::pump);
    m_poll.setInterval(m_options.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &SyncEngine::refresh);
}

void SyncEngine::start()
{
    m_stopped = false;
    m_fatalError.clear();
    m_parked.clear();
    m_runAttempts.clear();
    if (!m_liveConnected)
        m_poll.start();
    pump();
}

void SyncEngine::stop()
{
    m_stopped = true;
    m_wake.stop();
    m_poll.stop();
}

void SyncEngine::setLiveConnected(bool connected)
{
    m_liveConnected = connected;
    if (connected)
        m_poll.stop();
    else if (!m_stopped)
        m_poll.start();
}

bool SyncEngine::isBusy() const
{
    return !m_busy.isEmpty() || m_serialBusy || m_refreshing;
}

bool SyncEngine::due(const OutboxEntry &e, const QDateTime &now) const
{
    return !m_busy.contains(e.id) && !m_parked.contains(e.id) && (!e.nextAttemptAt.isValid() || e.nextAttemptAt <= now);
}

void SyncEngine::pump()
{
    m_pumpQueued = false;
    if (m_stopped)
        return;
    const QList<OutboxEntry> entries = m_outbox.entries();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A submit whose outcome is unknown blocks every other submit until list settles it.
    bool unsettled = false;
    for (const OutboxEntry &e : entries)
        unsettled = unsettled || e.stage == OutboxEntry::Stage::Submitting;
    for (const OutboxEntry &e : entries) {
        if (m_stopped)
            return;
        if (!due(e, now))
            continue;
        switch (e.stage) {
        case OutboxEntry::Stage::Queued:
            if (m_options.push && m_transfers < m_options.parallelTransfers)
                requestUploadUrl(e);
            break;
        case OutboxEntry::Stage::Uploading:
            if (!m_options.push || m_transfers >= m_options.parallelTransfers)
                break;
            if (!e.uploadUrlAt.isValid() || e.uploadUrlAt.msecsTo(now) > m_options.uploadUrlLifetimeMs) {
                ++m_counters.uploadUrlRenewals;
                requestUploadUrl(e);
            } else {
                upload(e);
            }
            break;
        case OutboxEntry::Stage::Uploaded:
            if (m_options.push && !m_serialBusy && !unsettled)
                submit(e);
            break;
        case OutboxEntry::Stage::Submitting:
            if (!m_serialBusy)
                reconcile(e);
            break;
        case OutboxEntry::Stage::Submitted:
            if (m_options.downloadResults && e.serverStatus == QLatin1String("done") && e.resultPath.isEmpty()
                && m_transfers < m_options.parallelTransfers)
                download(e);
            break;
        case OutboxEntry::Stage::Done:
        case OutboxEntry::Stage::Failed:
            break;
        }
    }
    scheduleWake(m_outbox.entries());
    if (!isBusy() && !m_wake.isActive() && !m_pumpQueued)
        emit stalled();
}

void SyncEngine::scheduleWake(const QList<OutboxEntry> &entries)
{
    QDateTime next;
    for (const OutboxEntry &e : entries) {
        if (m_busy.contains(e.id) || m_parked.contains(e.id) || !e.nextAttemptAt.isValid())
            continue;
        if (e.stage == OutboxEntry::Stage::Done || e.stage == OutboxEntry::Stage::Failed)
            continue;
        if (!next.isValid() || e.nextAttemptAt < next)
            next = e.nextAttemptAt;
    }
    if (next.isValid())
        m_wake.start(int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), 0, 24 * 3600 * 1000)));
}

void SyncEngine::finishStep(qint64 id)
{
    m_busy.remove(id);
    emit entryChanged(id);
    emit progress();
    // Coalesce: many replies finishing together pump once.
    if (!m_pumpQueued && !m_stopped) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &SyncEngine::pump, Qt::QueuedConnection);
    }
}

void SyncEngine::persist(const OutboxEntry &e)
{
    QString error;
    if (!m_outbox.save(e, &error)) {
        m_fatalError = tr("cannot write the sync outbox: %1").arg(error);
        stop();
        emit fatal(m_fatalError);
    }
}

void SyncEngine::retryLater(OutboxEntry &e, const QString &error)
{
    ++e.attempts;
    e.lastError = error;
    e.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(m_backoff.delayMs(e.attempts));
    const int runAttempts = ++m_runAttempts[e.id];
    if (m_options.maxAttemptsPerRun > 0 && runAttempts >= m_options.maxAttemptsPerRun)
        m_parked.insert(e.id);
}

void SyncEngine::failStep(OutboxEntry &e, const ApiResult &r)
{
    if (r.stopsSync()) {
        // Not the row's fault: it keeps its stage and is retried on the next run.
        e.lastError = r.error;
        persist(e);
        if (m_fatalError.isEmpty()) {
            m_fatalError = r.error;
            stop();
            emit fatal(m_fatalError);
        }
        return;
    }
    retryLater(e, r.error);
    persist(e);
}

void SyncEngine::requestUploadUrl(OutboxEntry e)
{
    m_busy.insert(e.id);
    ++m_transfers;
    m_client.getUploadUrl(this, [this, e](const ApiResult &r, const UploadTicket &ticket) mutable {
        --m_transfers;
        if (r.ok()) {
            // Kept before the PUT: an unused objectName is harmless, a lost one is not.
            e.objectName = ticket.objectName;
            e.uploadUrl = ticket.url.toString(QUrl::FullyEncoded);
            e.uploadUrlAt = QDateTime::currentDateTimeUtc();
            e.stage = OutboxEntry::Stage::Uploading;
            e.nextAttemptAt = {};
            e.lastError.clear();
            persist(e);
        } else {
            failStep(e, r);
        }
        finishStep(e.id);
    });
}

void SyncEngine::upload(OutboxEntry e)
{
    QFile file(e.payloadPath);
    if (!file.open(QIODevice::ReadOnly)) {
        e.stage = OutboxEntry::Stage::Failed;
        e.lastError = tr("%1: cannot read the file to push: %2").arg(e.payloadPath, file.errorString());
        persist(e);
        emit entryChanged(e.id);
        emit progress();
        return;
    }
    const QByteArray bytes = file.readAll();
    m_busy.insert(e.id);
    ++m_transfers;
    m_client.putObject(QUrl(e.uploadUrl, QUrl::StrictMode), bytes, this, [this, e](const ApiResult &r) mutable {
        --m_transfers;
        if (r.ok()) {
            e.stage = OutboxEntry::Stage::Uploaded;
            e.nextAttemptAt = {};
            e.lastError.clear();
            persist(e);
        } else if (r.kind == ApiResult::Kind::Rejected) {
            // Expired or refused signed URL: nothing was submitted with this
            // objectName, so a fresh one is safe.
            e.stage = OutboxEntry::Stage::Queued;
            e.objectName.clear();
            e.uploadUrl.clear();
            e.uploadUrlAt = {};
            ++m_counters.uploadUrlRenewals;
            retryLater(e, r.error);
            persist(e);
        } else {
            failStep(e, r);
        }
        finishStep(e.id);
    });
}

void SyncEngine::submit(OutboxEntry e)
{
    // Written before the request leaves: after a crash or a lost answer the row says
    // "maybe submitted", and only list can say otherwise.
    e.stage = OutboxEntry::Stage::Submitting;
    e.submitSentAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_outbox.save(e, &error)) {
        persist(e); // reports the error and stops
        return;
    }
    m_busy.insert(e.id);
    m_serialBusy = true;
    ++m_counters.submitsSent;
    m_client.submit(e.objectName, this, [this, e](const ApiResult &r, const ServerImage &image) mutable {
        m_serialBusy = false;
        if (r.ok()) {
            claim(e, image);
        } else if (r.mayHaveBeenProcessed) {
            // Ambiguous: stays Submitting; reconcile() lists before anything is resent.
            retryLater(e, r.error);
            e.nextAttemptAt = QDateTime::currentDateTimeUtc();
            persist(e);
        } else if (r.kind == ApiResult::Kind::Rejected) {
            // Refused outright (e.g. the object is not in the store): upload again.
            e.stage = OutboxEntry::Stage::Queued;
            e.objectName.clear();
            e.uploadUrl.clear();
            e.uploadUrlAt = {};
            retryLater(e, r.error);
            if (e.attempts > 8) {
                e.stage = OutboxEntry::Stage::Failed;
            }
            persist(e);
        } else {
            // Definitely not processed (refused connection, bad token): back to Uploaded.
            e.stage = OutboxEntry::Stage::Uploaded;
            failStep(e, r);
        }
        finishStep(e.id);
    });
}

void SyncEngine::claim(OutboxEntry &e, const ServerImage &image)
{
    e.stage = OutboxEntry::Stage::Submitted;
    e.serverId = image.id;
    e.serverStatus = image.status();
    e.serverUrl = image.url;
    e.serverCreatedAt = image.createdAt;
    e.attempts = 0;
    e.nextAttemptAt = {};
    e.lastError.clear();
    persist(e);
}

void SyncEngine::reconcile(OutboxEntry e)
{
    m_busy.insert(e.id);
    m_serialBusy = true;
    ++m_counters.reconciliations;
    m_client.listAll(this, [this, e](const ApiResult &r, const QList<ServerImage> &images) mutable {
        m_serialBusy = false;
        if (!r.ok()) {
            failStep(e, r);
            finishStep(e.id);
            return;
        }
        // Re-read: other rows may have been claimed while the list was in flight.
        QSet<QString> claimed;
        QSet<QString> otherNames;
        QDateTime floor;
        for (const OutboxEntry &other : m_outbox.entries()) {
            if (other.id == e.id)
                continue;
            if (!other.serverId.isEmpty())
                claimed.insert(other.serverId);
            if (!other.objectName.isEmpty())
                otherNames.insert(other.objectName);
            if (other.serverCreatedAt.isValid() && (!floor.isValid() || other.serverCreatedAt > floor))
                floor = other.serverCreatedAt;
        }
        const Reconciliation rec = reconcileSubmit(e.objectName, images, claimed, otherNames, floor);
        switch (rec.outcome) {
        case Reconciliation::Outcome::Found:
            ++m_counters.reconciledFound;
            claim(e, rec.image);
            break;
        case Reconciliation::Outcome::NotOnServer:
            ++m_counters.resubmitsAfterReconcile;
            e.stage = OutboxEntry::Stage::Uploaded;
            e.nextAttemptAt = {};
            persist(e);
            break;
        case Reconciliation::Outcome::Unclear:
            e.stage = OutboxEntry::Stage::Failed;
            e.lastError = rec.reason;
            persist(e);
            break;
        }
        applyList(images);
        finishStep(e.id);
    });
}

void SyncEngine::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_client.listAll(this, [this](const ApiResult &r, const QList<ServerImage> &images) {
        m_refreshing = false;
        if (r.ok())
            applyList(images);
        else if (r.stopsSync() && m_fatalError.isEmpty()) {
            m_fatalError = r.error;
            stop();
            emit fatal(m_fatalError);
        }
        emit refreshed(r.ok());
        emit progress();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        } else if (!m_stopped && !m_pumpQueued) {
            m_pumpQueued = true;
            QMetaObject::invokeMethod(this, &SyncEngine::pump, Qt::QueuedConnection);
        }
    });
}

void SyncEngine::applyList(const QList<ServerImage> &images)
{
    QHash<QString, const ServerImage *> byId;
    for (const ServerImage &i : images)
        byId.insert(i.id, &i);
    for (OutboxEntry e : m_outbox.entries()) {
        if (e.serverId.isEmpty() || m_busy.contains(e.id))
            continue;
        const ServerImage *image = byId.value(e.serverId);
        if (!image)
            continue;
        if (image->status() == e.serverStatus && image->url == e.serverUrl)
            continue;
        e.serverStatus = image->status();
        e.serverUrl = image->url;
        persist(e);
        emit entryChanged(e.id);
    }
}

void SyncEngine::download(OutboxEntry e)
{
    m_busy.insert(e.id);
    ++m_transfers;
    m_client.download(QUrl(e.serverUrl), this, [this, e](const ApiResult &r) mutable {
        --m_transfers;
        if (!r.ok()) {
            failStep(e, r);
            finishStep(e.id);
            return;
        }
        const QImage decoded = QImage::fromData(r.data);
        if (decoded.isNull()) {
            retryLater(e, tr("%1: the processed image is not a readable image").arg(e.serverUrl));
            persist(e);
            finishStep(e.id);
            return;
        }
        QDir().mkpath(m_options.resultsDirectory);
        const QString path =
            QDir(m_options.resultsDirectory).filePath(resultFileName(e.photoId > 0 ? e.photoId : e.id, e.serverId));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(r.data) != r.data.size() || !out.commit()) {
            retryLater(e, tr("%1: cannot save the processed image: %2").arg(path, out.errorString()));
            persist(e);
            finishStep(e.id);
            return;
        }
        e.resultPath = path;
        e.stage = OutboxEntry::Stage::Done;
        e.lastError.clear();
        e.nextAttemptAt = {};
        persist(e);
        m_db.logActivity(QStringLiteral("sync"), tr("downloaded the processed image %1").arg(e.serverId), e.photoId);
        finishStep(e.id);
    });
}

} // namespace veil::sync
