#include "outbox.h"

#include "library/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace veil::sync {

namespace {

const char *const stageNames[] = {"queued", "uploading", "uploaded", "submitting", "submitted", "done", "failed"};

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

const QString columns = QStringLiteral(
    "id, server, photo_id, source, payload_path, stage, object_name, upload_url, upload_url_at, submit_sent_at, "
    "server_id, server_status, server_url, server_created_at, attempts, next_attempt_at, last_error, result_path");

OutboxEntry fromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.server = q.value(1).toString();
    e.photoId = q.value(2).toLongLong();
    e.source = q.value(3).toString();
    e.payloadPath = q.value(4).toString();
    e.stage = OutboxEntry::stageFromName(q.value(5).toString());
    e.objectName = q.value(6).toString();
    e.uploadUrl = q.value(7).toString();
    e.uploadUrlAt = timeFrom(q.value(8));
    e.submitSentAt = timeFrom(q.value(9));
    e.serverId = q.value(10).toString();
    e.serverStatus = q.value(11).toString();
    e.serverUrl = q.value(12).toString();
    e.serverCreatedAt = timeFrom(q.value(13));
    e.attempts = q.value(14).toInt();
    e.nextAttemptAt = timeFrom(q.value(15));
    e.lastError = q.value(16).toString();
    e.resultPath = q.value(17).toString();
    return e;
}

} // namespace

QString OutboxEntry::stageName(Stage stage)
{
    return QString::fromLatin1(stageNames[int(stage)]);
}

OutboxEntry::Stage OutboxEntry::stageFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(stageNames)); ++i)
        if (name == QLatin1String(stageNames[i]))
            return Stage(i);
    return Stage::Failed;
}

Outbox::Outbox(LibraryDatabase &db, QString server)
    : m_db(db)
    , m_server(std::move(server))
{
}

qint64 Outbox::enqueue(qint64 photoId, const QString &source, const QString &payloadPath, QString *error)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO sync_outbox (server, photo_id, source, payload_path, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.addBindValue(m_server);
    q.addBindValue(photoId > 0 ? QVariant(photoId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlText(source));
    q.addBindValue(sqlText(payloadPath));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_outbox WHERE id = ?").arg(columns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<OutboxEntry> Outbox::forPhoto(qint64 photoId) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_outbox WHERE server = ? AND photo_id = ? ORDER BY id DESC LIMIT 1")
                  .arg(columns));
    q.addBindValue(m_server);
    q.addBindValue(photoId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> list;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_outbox WHERE server = ? ORDER BY id").arg(columns));
    q.addBindValue(m_server);
    if (q.exec())
        while (q.next())
            list.append(fromQuery(q));
    return list;
}

bool Outbox::save(const OutboxEntry &e, QString *error)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "UPDATE sync_outbox SET payload_path = ?, stage = ?, object_name = ?, upload_url = ?, upload_url_at = ?, "
        "submit_sent_at = ?, server_id = ?, server_status = ?, server_url = ?, server_created_at = ?, attempts = ?, "
        "next_attempt_at = ?, last_error = ?, result_path = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sqlText(e.payloadPath));
    q.addBindValue(OutboxEntry::stageName(e.stage));
    q.addBindValue(sqlText(e.objectName));
    q.addBindValue(sqlText(e.uploadUrl));
    q.addBindValue(timeValue(e.uploadUrlAt));
    q.addBindValue(timeValue(e.submitSentAt));
    q.addBindValue(sqlText(e.serverId));
    q.addBindValue(sqlText(e.serverStatus));
    q.addBindValue(sqlText(e.serverUrl));
    q.addBindValue(timeValue(e.serverCreatedAt));
    q.addBindValue(e.attempts);
    q.addBindValue(timeValue(e.nextAttemptAt));
    q.addBindValue(sqlText(e.lastError));
    q.addBindValue(sqlText(e.resultPath));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(e.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().text().isEmpty() ? QStringLiteral("outbox row %1 is gone").arg(e.id)
                                                    : q.lastError().text();
        return false;
    }
    return true;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE server = ? AND stage IN "
                             "('queued', 'uploading', 'uploaded', 'submitting')"));
    q.addBindValue(m_server);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace veil::sync
