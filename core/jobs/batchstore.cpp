#include "batchstore.h"

#include "batchlock.h"
#include "library/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <tuple>

namespace veil {

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::Queued: return QStringLiteral("queued");
    case ItemState::Detecting: return QStringLiteral("detecting");
    case ItemState::Detected: return QStringLiteral("detected");
    case ItemState::Exporting: return QStringLiteral("exporting");
    case ItemState::Exported: return QStringLiteral("exported");
    case ItemState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

ItemState itemStateFromName(const QString &name)
{
    for (ItemState s : {ItemState::Queued, ItemState::Detecting, ItemState::Detected, ItemState::Exporting,
                        ItemState::Exported, ItemState::Failed})
        if (itemStateName(s) == name)
            return s;
    return ItemState::Queued;
}

namespace {

QString batchStateName(BatchState s)
{
    switch (s) {
    case BatchState::Running: return QStringLiteral("running");
    case BatchState::Finished: return QStringLiteral("finished");
    case BatchState::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("running");
}

BatchState batchStateFromName(const QString &name)
{
    if (name == QLatin1String("finished"))
        return BatchState::Finished;
    if (name == QLatin1String("cancelled"))
        return BatchState::Cancelled;
    return BatchState::Running;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Batch batchFromQuery(const QSqlQuery &q)
{
    Batch b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString();
    b.options = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    b.state = batchStateFromName(q.value(3).toString());
    b.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    b.total = q.value(5).toInt();
    b.done = q.value(6).toInt();
    b.failed = q.value(7).toInt();
    b.jobKey = q.value(8).toString();
    b.supersededBy = q.value(9).toLongLong();
    return b;
}

const QString batchSelect = QStringLiteral(
    "SELECT b.id, b.kind, b.options, b.state, b.created_at, "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch_id = b.id), "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch_id = b.id AND i.state IN ('exported', 'failed')), "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch_id = b.id AND i.state = 'failed'), "
    "b.job_key, b.superseded_by "
    "FROM batches b ");

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QList<BatchItem> itemsOf(QSqlQuery &q)
{
    QList<BatchItem> result;
    while (q.next()) {
        BatchItem i;
        i.id = q.value(0).toLongLong();
        i.batchId = q.value(1).toLongLong();
        i.seq = q.value(2).toInt();
        i.inputPath = q.value(3).toString();
        i.outputPath = q.value(4).toString();
        i.photoId = q.value(5).toLongLong();
        i.state = itemStateFromName(q.value(6).toString());
        i.error = q.value(7).toString();
        i.result = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        result.append(i);
    }
    return result;
}

const QString itemSelect =
    QStringLiteral("SELECT id, batch_id, seq, input_path, output_path, photo_id, state, error, result FROM batch_items ");

} // namespace

namespace batchstore {

qint64 create(LibraryDatabase &db, const QString &kind, const QJsonObject &options, QList<BatchItem> &items,
              QString *error)
{
    qint64 batchId = 0;
    const bool ok = db.transaction(
        [&] {
            QSqlQuery q(db.database());
            q.prepare(QStringLiteral("INSERT INTO batches (kind, options, state, created_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(kind);
            q.addBindValue(json(options));
            q.addBindValue(batchStateName(BatchState::Running));
            q.addBindValue(now());
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            batchId = q.lastInsertId().toLongLong();
            const QString key = jobKey(kind, options, items);
            q.prepare(QStringLiteral("UPDATE batches SET job_key = ? WHERE id = ?"));
            q.addBindValue(key);
            q.addBindValue(batchId);
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            // A batch of the job that another process runs goes on (it is not interrupted);
            // callers check for one first (anonymize, createAnonymizeBatch).
            q.prepare(QStringLiteral("SELECT id FROM batches WHERE job_key = ? AND state = 'running' AND id != ?"));
            q.addBindValue(key);
            q.addBindValue(batchId);
            q.exec();
            QList<qint64> older;
            while (q.next())
                older.append(q.value(0).toLongLong());
            for (qint64 id : std::as_const(older)) {
                if (batchHolder(db.path(), id))
                    continue;
                q.prepare(QStringLiteral("UPDATE batches SET state = 'cancelled', superseded_by = ?, finished_at = ? "
                                         "WHERE id = ?"));
                q.addBindValue(batchId);
                q.addBindValue(now());
                q.addBindValue(id);
                q.exec();
            }
            q.prepare(QStringLiteral("INSERT INTO batch_items (batch_id, seq, input_path, output_path, photo_id, "
                                     "state, error, result, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            int seq = 0;
            for (BatchItem &item : items) {
                item.batchId = batchId;
                item.seq = seq++;
                q.addBindValue(batchId);
                q.addBindValue(item.seq);
                q.addBindValue(sqlText(item.inputPath));
                q.addBindValue(sqlText(item.outputPath));
                q.addBindValue(item.photoId ? QVariant(item.photoId) : QVariant());
                q.addBindValue(itemStateName(item.state));
                q.addBindValue(sqlText(item.error));
                q.addBindValue(json(item.result));
                q.addBindValue(now());
                if (!q.exec()) {
                    if (error)
                        *error = q.lastError().text();
                    return false;
                }
                item.id = q.lastInsertId().toLongLong();
            }
            return true;
        },
        error);
    return ok ? batchId : 0;
}

QString jobKey(const QString &kind, const QJsonObject &options, const QList<BatchItem> &items)
{
    QStringList inputs;
    inputs.reserve(items.size());
    // Boxes decided before the batch (the review): other boxes, another job. (Boxes a
    // batch detects itself are its work, not its identity.)
    const bool givenBoxes = options.value(QStringLiteral("fromLibrary")).toBool();
    for (const BatchItem &i : items) {
        QString input = i.photoId ? QStringLiteral("photo:%1").arg(i.photoId) : QStringLiteral("file:") + i.inputPath;
        const QJsonValue faces = i.result.value(QStringLiteral("faces"));
        if (givenBoxes && faces.isArray())
            input += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(faces.toArray()).toJson(QJsonDocument::Compact));
        inputs.append(input);
    }
    inputs.sort();
    QByteArray text = kind.toUtf8() + '\n' + QJsonDocument(options).toJson(QJsonDocument::Compact) + '\n';
    text += inputs.join(QLatin1Char('\n')).toUtf8();
    return sha256Hex(text);
}

QString settingsKey(const QJsonObject &options)
{
    QJsonObject content = options;
    for (const char *key : {"overwrite", "outputDir", "nameTemplate", "origin"})
        content.remove(QLatin1String(key));
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

void ensureJobKeys(LibraryDatabase &db)
{
    QSqlQuery q(db.database());
    q.exec(QStringLiteral("SELECT id, kind, options FROM batches WHERE job_key = ''"));
    QList<std::tuple<qint64, QString, QJsonObject>> missing;
    while (q.next())
        missing.append({q.value(0).toLongLong(), q.value(1).toString(),
                        QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    for (const auto &[id, kind, options] : std::as_const(missing)) {
        QSqlQuery u(db.database());
        u.prepare(QStringLiteral("UPDATE batches SET job_key = ? WHERE id = ?"));
        u.addBindValue(jobKey(kind, options, items(db, id)));
        u.addBindValue(id);
        u.exec();
    }
}

std::optional<Batch> unfinishedOfJob(LibraryDatabase &db, const QString &key)
{
    ensureJobKeys(db);
    QSqlQuery q(db.database());
    q.prepare(batchSelect + QStringLiteral("WHERE b.state = 'running' AND b.job_key = ? ORDER BY b.id DESC LIMIT 1"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return batchFromQuery(q);
    return std::nullopt;
}

QList<std::pair<Batch, qint64>> superseded(LibraryDatabase &db)
{
    QList<std::pair<Batch, qint64>> result;
    for (const Batch &b : unfinished(db)) {
        QSqlQuery q(db.database());
        q.prepare(QStringLiteral("SELECT MAX(id) FROM batches WHERE job_key = ? AND id > ? "
                                 "AND state IN ('running', 'finished')"));
        q.addBindValue(b.jobKey);
        q.addBindValue(b.id);
        if (q.exec() && q.next() && !q.value(0).isNull())
            result.append({b, q.value(0).toLongLong()});
    }
    return result;
}

bool setSuperseded(LibraryDatabase &db, qint64 batchId, qint64 by)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("UPDATE batches SET state = 'cancelled', superseded_by = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(by);
    q.addBindValue(now());
    q.addBindValue(batchId);
    return q.exec() && q.numRowsAffected() == 1;
}

int requeueFailed(LibraryDatabase &db, qint64 batchId)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("UPDATE batch_items SET state = 'queued', error = '', updated_at = ? "
                             "WHERE batch_id = ? AND state = 'failed'"));
    q.addBindValue(now());
    q.addBindValue(batchId);
    q.exec();
    return q.numRowsAffected();
}

QList<EarlierExport> exportsTo(LibraryDatabase &db, const QString &outputPath, qint64 excludeBatch)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT i.id, i.batch_id, i.seq, i.input_path, i.output_path, i.photo_id, i.state, "
                             "i.error, i.result, b.options, i.updated_at FROM batch_items i "
                             "JOIN batches b ON b.id = i.batch_id "
                             "WHERE i.output_path = ? AND i.state IN ('exported', 'exporting') AND i.batch_id != ? "
                             "ORDER BY i.id DESC"));
    q.addBindValue(outputPath);
    q.addBindValue(excludeBatch);
    q.exec();
    QList<EarlierExport> result;
    while (q.next()) {
        EarlierExport e;
        e.item.id = q.value(0).toLongLong();
        e.item.batchId = q.value(1).toLongLong();
        e.item.seq = q.value(2).toInt();
        e.item.inputPath = q.value(3).toString();
        e.item.outputPath = q.value(4).toString();
        e.item.photoId = q.value(5).toLongLong();
        e.item.state = itemStateFromName(q.value(6).toString());
        e.item.error = q.value(7).toString();
        e.item.result = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        e.options = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        e.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        result.append(e);
    }
    return result;
}

QList<BatchItem> items(LibraryDatabase &db, qint64 batchId)
{
    QSqlQuery q(db.database());
    q.prepare(itemSelect + QStringLiteral("WHERE batch_id = ? ORDER BY seq"));
    q.addBindValue(batchId);
    q.exec();
    return itemsOf(q);
}

std::optional<Batch> batch(LibraryDatabase &db, qint64 batchId)
{
    QSqlQuery q(db.database());
    q.prepare(batchSelect + QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(batchId);
    if (q.exec() && q.next())
        return batchFromQuery(q);
    return std::nullopt;
}

QList<Batch> unfinished(LibraryDatabase &db)
{
    ensureJobKeys(db);
    QList<Batch> result;
    QSqlQuery q(db.database());
    q.exec(batchSelect + QStringLiteral("WHERE b.state = 'running' ORDER BY b.id"));
    while (q.next())
        result.append(batchFromQuery(q));
    return result;
}

bool updateItem(LibraryDatabase &db, const BatchItem &item)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("UPDATE batch_items SET output_path = ?, state = ?, error = ?, result = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(sqlText(item.outputPath));
    q.addBindValue(itemStateName(item.state));
    q.addBindValue(sqlText(item.error));
    q.addBindValue(json(item.result));
    q.addBindValue(now());
    q.addBindValue(item.id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool setBatchState(LibraryDatabase &db, qint64 batchId, BatchState state)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("UPDATE batches SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(batchStateName(state));
    q.addBindValue(state == BatchState::Running ? QVariant() : QVariant(now()));
    q.addBindValue(batchId);
    return q.exec() && q.numRowsAffected() == 1;
}

int prepareResume(LibraryDatabase &db, qint64 batchId)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("UPDATE batch_items SET state = 'queued', updated_at = ? "
                             "WHERE batch_id = ? AND state = 'detecting'"));
    q.addBindValue(now());
    q.addBindValue(batchId);
    q.exec();
    const int reset = q.numRowsAffected();
    setBatchState(db, batchId, BatchState::Running);
    return reset;
}

} // namespace batchstore

} // namespace veil
