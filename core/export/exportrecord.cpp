#include "exportrecord.h"

#include "library/database.h"
#include "library/photorepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace veil {

bool recordExport(LibraryDatabase &db, qint64 photoId, const ExportResult &result, const ExportOptions &options,
                  QString *error)
{
    return db.transaction(
        [&] {
            QSqlQuery q(db.database());
            q.prepare(QStringLiteral("INSERT INTO exports (photo_id, input_path, output_path, created_at, settings, "
                                     "verified, error) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(photoId ? QVariant(photoId) : QVariant());
            q.addBindValue(sqlText(result.input));
            q.addBindValue(sqlText(result.output));
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            q.addBindValue(QString::fromUtf8(QJsonDocument(exportOptionsJson(options)).toJson(QJsonDocument::Compact)));
            q.addBindValue(result.ok && result.verification.performed && result.verification.passed() ? 1 : 0);
            q.addBindValue(sqlText(result.error));
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            db.logActivity(QStringLiteral("export"),
                           result.ok ? QCoreApplication::translate("export", "exported %1 to %2 (%n face(s) anonymized)",
                                                                   nullptr, int(result.anonymized.size()))
                                           .arg(result.input, result.output)
                           : result.notReplaced
                               ? QCoreApplication::translate("export", "%1 not exported: %2 exists already and was "
                                                                       "not replaced")
                                     .arg(result.input, result.output)
                               : QCoreApplication::translate("export", "export of %1 failed: %2")
                                     .arg(result.input, result.error),
                           photoId);
            if (result.ok && photoId)
                return PhotoRepository(db).setReviewStatus(photoId, ReviewStatus::Exported);
            return true;
        },
        error);
}

} // namespace veil
