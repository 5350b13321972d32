#include "syncstates.h"

#include "library/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace veil::sync {

QHash<qint64, QString> photoSyncStates(LibraryDatabase &db)
{
    QHash<qint64, QString> states;
    QSqlQuery q(db.database());
    // Rows in id order: a later row of the same photo overwrites an earlier one.
    if (!q.exec(QStringLiteral("SELECT photo_id, stage, server_status FROM sync_outbox WHERE photo_id IS NOT NULL "
                               "ORDER BY id")))
        return states;
    while (q.next()) {
        const QString stage = q.value(1).toString();
        QString state = stage;
        if (stage == QLatin1String("submitted"))
            state = q.value(2).toString();
        else if (stage == QLatin1String("done"))
            state = QStringLiteral("downloaded");
        else if (stage == QLatin1String("failed"))
            state = QStringLiteral("error");
        states.insert(q.value(0).toLongLong(), state);
    }
    return states;
}

} // namespace veil::sync
