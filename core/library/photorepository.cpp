#include "photorepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace veil {

namespace {

const QString photoColumns = QStringLiteral(
    "id, path, sha256, byte_size, format, width, height, orientation, make, model, date_taken, has_gps, "
    "has_serial, has_thumbnail, metadata_error, imported_at, review_status, archived");

Photo photoFromQuery(const QSqlQuery &q)
{
    Photo p;
    p.id = q.value(0).toLongLong();
    p.path = q.value(1).toString();
    p.sha256 = q.value(2).toString();
    p.byteSize = q.value(3).toLongLong();
    p.format = q.value(4).toString();
    p.width = q.value(5).toInt();
    p.height = q.value(6).toInt();
    p.orientation = q.value(7).toInt();
    p.make = q.value(8).toString();
    p.model = q.value(9).toString();
    p.dateTaken = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    p.hasGps = q.value(11).toBool();
    p.hasSerialNumber = q.value(12).toBool();
    p.hasThumbnail = q.value(13).toBool();
    p.metadataError = q.value(14).toString();
    p.importedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    p.reviewStatus = reviewStatusFromName(q.value(16).toString());
    p.archived = q.value(17).toBool();
    return p;
}

} // namespace

PhotoRepository::PhotoRepository(LibraryDatabase &db)
    : m_db(db)
{
}

std::optional<qint64> PhotoRepository::findBySha256(const QString &sha256) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id FROM photos WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 PhotoRepository::insert(const Photo &p, QString *error)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "INSERT INTO photos (path, sha256, byte_size, format, width, height, orientation, make, model, date_taken, "
        "has_gps, has_serial, has_thumbnail, metadata_error, imported_at, review_status, archived) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sqlText(p.path));
    q.addBindValue(sqlText(p.sha256));
    q.addBindValue(p.byteSize);
    q.addBindValue(sqlText(p.format));
    q.addBindValue(p.width);
    q.addBindValue(p.height);
    q.addBindValue(p.orientation);
    q.addBindValue(sqlText(p.make));
    q.addBindValue(sqlText(p.model));
    q.addBindValue(p.dateTaken.isValid() ? QVariant(p.dateTaken.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(p.hasGps);
    q.addBindValue(p.hasSerialNumber);
    q.addBindValue(p.hasThumbnail);
    q.addBindValue(sqlText(p.metadataError));
    q.addBindValue((p.importedAt.isValid() ? p.importedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs));
    q.addBindValue(reviewStatusName(p.reviewStatus));
    q.addBindValue(p.archived);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = m_lastError;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<Photo> PhotoRepository::photo(qint64 id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM photos WHERE id = ?").arg(photoColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return photoFromQuery(q);
    return std::nullopt;
}

QList<Photo> PhotoRepository::all(bool includeArchived) const
{
    QList<Photo> result;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM photos %2 ORDER BY id")
               .arg(photoColumns, includeArchived ? QString() : QStringLiteral("WHERE archived = 0")));
    while (q.next())
        result.append(photoFromQuery(q));
    return result;
}

int PhotoRepository::count() const
{
    QSqlQuery q(m_db.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM photos")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<qint64> PhotoRepository::remove(const QList<qint64> &ids, QString *error)
{
    QList<qint64> removed;
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(QStringLiteral("DELETE FROM photos WHERE id = ?"));
            for (qint64 id : ids) {
                q.addBindValue(id);
                if (!q.exec()) {
                    m_lastError = q.lastError().text();
                    return false;
                }
                if (q.numRowsAffected() > 0)
                    removed.append(id);
            }
            return true;
        },
        error);
    if (!ok) {
        if (error && error->isEmpty())
            *error = m_lastError;
        return {};
    }
    return removed;
}

bool PhotoRepository::setReviewStatus(qint64 id, ReviewStatus status)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE photos SET review_status = ? WHERE id = ?"));
    q.addBindValue(reviewStatusName(status));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool PhotoRepository::setArchived(qint64 id, bool archived)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE photos SET archived = ? WHERE id = ?"));
    q.addBindValue(archived);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<FaceBox> PhotoRepository::faces(qint64 photoId) const
{
    QList<FaceBox> result;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "SELECT id, x, y, w, h, score, origin, anonymize, uncertain, possible FROM faces WHERE photo_id = ? ORDER BY id"));
    q.addBindValue(photoId);
    q.exec();
    while (q.next()) {
        FaceBox f;
        f.id = q.value(0).toLongLong();
        f.rect = QRectF(q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toDouble());
        f.score = q.value(5).toDouble();
        f.origin = q.value(6).toString() == QLatin1String("manual") ? FaceOrigin::Manual : FaceOrigin::Automatic;
        f.anonymize = q.value(7).toBool();
        f.uncertain = q.value(8).toBool();
        f.possible = q.value(9).toBool();
        result.append(f);
    }
    return result;
}

QList<QRectF> PhotoRepository::rejectedFaces(qint64 photoId) const
{
    QList<QRectF> result;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT x, y, w, h FROM face_rejections WHERE photo_id = ? ORDER BY id"));
    q.addBindValue(photoId);
    q.exec();
    while (q.next())
        result.append(QRectF(q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble()));
    return result;
}

bool PhotoRepository::replaceFaces(qint64 photoId, QList<FaceBox> &faces, QString *error,
                                   const QList<QRectF> *rejected)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            const auto failed = [&] {
                m_lastError = q.lastError().text();
                if (error)
                    *error = m_lastError;
                return false;
            };
            q.prepare(QStringLiteral("DELETE FROM faces WHERE photo_id = ?"));
            q.addBindValue(photoId);
            if (!q.exec())
                return failed();
            if (rejected) {
                q.prepare(QStringLiteral("DELETE FROM face_rejections WHERE photo_id = ?"));
                q.addBindValue(photoId);
                if (!q.exec())
                    return failed();
                q.prepare(QStringLiteral("INSERT INTO face_rejections (photo_id, x, y, w, h) VALUES (?, ?, ?, ?, ?)"));
                for (const QRectF &r : *rejected) {
                    q.addBindValue(photoId);
                    q.addBindValue(r.x());
                    q.addBindValue(r.y());
                    q.addBindValue(r.width());
                    q.addBindValue(r.height());
                    if (!q.exec())
                        return failed();
                }
            }
            q.prepare(QStringLiteral("INSERT INTO faces (photo_id, x, y, w, h, score, origin, anonymize, uncertain, possible) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (FaceBox &f : faces) {
                q.addBindValue(photoId);
                q.addBindValue(f.rect.x());
                q.addBindValue(f.rect.y());
                q.addBindValue(f.rect.width());
                q.addBindValue(f.rect.height());
                q.addBindValue(f.score);
                q.addBindValue(f.origin == FaceOrigin::Manual ? QStringLiteral("manual") : QStringLiteral("auto"));
                q.addBindValue(f.anonymize);
                q.addBindValue(f.uncertain);
                q.addBindValue(f.possible);
                if (!q.exec()) {
                    m_lastError = q.lastError().text();
                    if (error)
                        *error = m_lastError;
                    return false;
                }
                f.id = q.lastInsertId().toLongLong();
            }
            return true;
        },
        error);
}

QStringList PhotoRepository::tags(qint64 photoId) const
{
    QStringList result;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT t.name FROM tags t JOIN photo_tags pt ON pt.tag_id = t.id "
                             "WHERE pt.photo_id = ? ORDER BY t.name"));
    q.addBindValue(photoId);
    q.exec();
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

bool PhotoRepository::setTags(qint64 photoId, const QStringList &tags, QString *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(QStringLiteral("DELETE FROM photo_tags WHERE photo_id = ?"));
            q.addBindValue(photoId);
            if (!q.exec())
                return false;
            for (const QString &raw : tags) {
                const QString tag = raw.trimmed();
                if (tag.isEmpty())
                    continue;
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
                q.addBindValue(tag);
                if (!q.exec())
                    return false;
                q.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO photo_tags (photo_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
                q.addBindValue(photoId);
                q.addBindValue(tag);
                if (!q.exec())
                    return false;
            }
            return true;
        },
        error);
}

} // namespace veil
