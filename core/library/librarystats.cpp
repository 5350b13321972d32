#include "librarystats.h"

#include "database.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace veil {

LibraryStats computeLibraryStats(LibraryDatabase &db, QDate today)
{
    if (!today.isValid())
        today = QDateTime::currentDateTimeUtc().date();
    LibraryStats s;
    QSqlQuery q(db.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(has_gps), 0), COALESCE(SUM(has_serial), 0), "
                              "COALESCE(SUM(has_thumbnail), 0) FROM photos"))
        && q.next()) {
        s.photoCount = q.value(0).toInt();
        s.withGps = q.value(1).toInt();
        s.withSerialNumber = q.value(2).toInt();
        s.withEmbeddedThumbnail = q.value(3).toInt();
    }
    if (q.exec(QStringLiteral("SELECT format, COUNT(*) AS n FROM photos GROUP BY format ORDER BY n DESC, format "
                              "LIMIT 1"))
        && q.next()) {
        s.mostCommonFormat = q.value(0).toString();
        s.mostCommonFormatCount = q.value(1).toInt();
    }
    if (q.exec(QStringLiteral("SELECT CASE WHEN TRIM(model) = '' THEN 'unknown' ELSE TRIM(model) END AS m, "
                              "COUNT(*) AS n FROM photos GROUP BY m ORDER BY n DESC, m LIMIT 10"))) {
        while (q.next())
            s.topCameraModels.append({q.value(0).toString(), q.value(1).toInt()});
    }
    const QDate first = today.addDays(-29);
    QMap<QDate, int> perDay;
    q.prepare(QStringLiteral("SELECT substr(imported_at, 1, 10) AS d, COUNT(*) FROM photos "
                             "WHERE d >= ? AND d <= ? GROUP BY d"));
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    if (q.exec())
        while (q.next())
            perDay.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    for (QDate d = first; d <= today; d = d.addDays(1))
        s.importsPerDay.append({d, perDay.value(d, 0)});
    if (q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(anonymize), 0) FROM faces WHERE uncertain = 0 AND possible = 0"))
        && q.next()) {
        s.faceCount = q.value(0).toInt();
        s.facesAnonymized = q.value(1).toInt();
    }
    return s;
}

} // namespace veil
