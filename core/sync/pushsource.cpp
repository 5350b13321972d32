#include "pushsource.h"

#include "library/database.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace veil::sync {

QString latestVerifiedExport(LibraryDatabase &db, qint64 photoId)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT output_path FROM exports WHERE photo_id = ? AND verified = 1 AND error = '' "
                             "ORDER BY id DESC"));
    q.addBindValue(photoId);
    if (q.exec())
        while (q.next())
            if (QFileInfo::exists(q.value(0).toString()))
                return q.value(0).toString();
    return {};
}

} // namespace veil::sync
