#include "batchstore.h"

#include "library/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

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
    return b;
}

const QString batchSelect = QStringLiteral(
    "SELECT b.id, b.kind, b.options, b.state, b.created_at, "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch_id = b.id), "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch_id = b.id AND i.state IN ('exported', 'failed')) "
    "FROM batches b ");

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

QList<BatchItem> items(LibraryDatabase &db, qint64 batchId)
{
    QList<BatchItem> result;
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT id, batch_id, seq, input_path, output_path, photo_id, state, error, result "
                             "FROM batch_items WHERE batch_id = ? ORDER BY seq"));
    q.addBindValue(batchId);
    q.exec();
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
