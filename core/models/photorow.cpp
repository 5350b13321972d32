#include "photorow.h"

#include "library/database.h"
#include "library/exportstate.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace veil {

namespace {

const QString rowQuery = QStringLiteral(
    "SELECT p.id, p.path, p.sha256, p.model, p.date_taken, p.imported_at, p.review_status, p.archived, "
    "p.perceptual_hash, "
    "(SELECT COUNT(*) FROM faces f WHERE f.photo_id = p.id AND f.possible = 0), "
    "(SELECT COUNT(*) FROM faces f WHERE f.photo_id = p.id AND f.uncertain = 1), "
    "(SELECT group_concat(t.name, char(31)) FROM photo_tags pt JOIN tags t ON t.id = pt.tag_id "
    "WHERE pt.photo_id = p.id), "
    // Looked for faces at least once (the detection job logs each photo it finished):
    // what tells "no face found" from "not scanned yet". Indexed by migration 4.
    "EXISTS (SELECT 1 FROM activity a WHERE a.photo_id = p.id AND a.kind = 'detect'), "
    // Only an exported (or reviewed since) photo can have changed since its export: the
    // boxes its export recorded, compared with its boxes now by withExportState().
    "CASE WHEN p.review_status IN ('exported', 'reviewed') THEN %2 END "
    "FROM photos p %1 ORDER BY p.id");

PhotoRow readRow(const QSqlQuery &q)
{
    PhotoRow r;
    r.id = q.value(0).toLongLong();
    r.path = q.value(1).toString();
    r.fileName = QFileInfo(r.path).fileName();
    r.sha256 = q.value(2).toString();
    r.model = q.value(3).toString();
    if (!q.value(4).isNull())
        r.dateTaken = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    r.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.status = reviewStatusFromName(q.value(6).toString());
    r.archived = q.value(7).toBool();
    if (!q.value(8).isNull())
        r.perceptualHash = quint64(q.value(8).toLongLong());
    r.faceCount = q.value(9).toInt();
    r.uncertainCount = q.value(10).toInt();
    r.checkedForFaces = q.value(12).toBool();
    const QString tags = q.value(11).toString();
    if (!tags.isEmpty()) {
        r.tags = tags.split(QChar(31));
        r.tags.sort(Qt::CaseInsensitive);
    }
    return r;
}

// The status as shown: Exported or ChangedSinceExport for the rows exported
// (`exportedBoxes`: their export's boxes, column 13).
void withExportState(LibraryDatabase &db, QList<PhotoRow> &rows, const QHash<qint64, QString> &exportedBoxes)
{
    if (exportedBoxes.isEmpty())
        return;
    const QSet<qint64> changed = changedSinceExport(db, exportedBoxes);
    for (PhotoRow &r : rows)
        if (exportedBoxes.contains(r.id))
            r.status = shownStatus(r.status, changed.contains(r.id));
}

} // namespace

QList<PhotoRow> queryPhotoRows(LibraryDatabase &db, QString *error)
{
    QList<PhotoRow> rows;
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.exec(rowQuery.arg(QString(), lastExportedBoxesSql()))) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    QHash<qint64, QString> exportedBoxes;
    while (q.next()) {
        rows.append(readRow(q));
        if (!q.value(13).isNull())
            exportedBoxes.insert(rows.last().id, q.value(13).toString());
    }
    withExportState(db, rows, exportedBoxes);
    return rows;
}

std::optional<PhotoRow> queryPhotoRow(LibraryDatabase &db, qint64 id)
{
    QSqlQuery q(db.database());
    q.prepare(rowQuery.arg(QStringLiteral("WHERE p.id = ?"), lastExportedBoxesSql()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<PhotoRow> rows{readRow(q)};
    QHash<qint64, QString> exportedBoxes;
    if (!q.value(13).isNull())
        exportedBoxes.insert(id, q.value(13).toString());
    withExportState(db, rows, exportedBoxes);
    return rows.first();
}

QList<PhotoRow> queryPhotoRows(const QString &databasePath, QString *error)
{
    LibraryDatabase db(databasePath);
    QString why; // LibraryDatabase::open needs somewhere to put its reason
    if (!db.open(&why)) {
        if (error)
            *error = why;
        return {};
    }
    return queryPhotoRows(db, error);
}

} // namespace veil
