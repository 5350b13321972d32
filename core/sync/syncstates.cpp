#include "syncstates.h"

#include "library/database.h"

#include <QCoreApplication>
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
        if (stage == QLatin1String("submitted") && !q.value(2).toString().isEmpty())
            state = q.value(2).toString(); // else "submitted": not listed yet
        else if (stage == QLatin1String("done"))
            state = QStringLiteral("downloaded");
        else if (stage == QLatin1String("failed"))
            state = QStringLiteral("error");
        states.insert(q.value(0).toLongLong(), state);
    }
    return states;
}

QHash<qint64, QString> photoSyncStates(const QString &databasePath)
{
    LibraryDatabase db(databasePath);
    QString error;
    if (!db.open(&error))
        return {};
    return photoSyncStates(db);
}

SyncBadge syncBadge(const QString &state)
{
    if (state.isEmpty())
        return SyncBadge::None;
    if (state == QLatin1String("pending"))
        return SyncBadge::Processing;
    if (state == QLatin1String("done") || state == QLatin1String("downloaded"))
        return SyncBadge::Done;
    if (state == QLatin1String("failed") || state == QLatin1String("error"))
        return SyncBadge::Failed;
    // queued, uploading, uploaded, submitting, and a "submitted" row not listed yet.
    return SyncBadge::Sending;
}

QString syncStateText(const QString &state)
{
    if (state.isEmpty())
        return {};
    if (state == QLatin1String("queued"))
        return QCoreApplication::translate("sync", "Sync: waiting to be sent");
    if (state == QLatin1String("pending"))
        return QCoreApplication::translate("sync", "Sync: processing on the server");
    if (state == QLatin1String("done"))
        return QCoreApplication::translate("sync", "Sync: processed by the server");
    if (state == QLatin1String("downloaded"))
        return QCoreApplication::translate("sync", "Sync: processed, result downloaded");
    if (state == QLatin1String("failed"))
        return QCoreApplication::translate("sync", "Sync: the server could not process it");
    if (state == QLatin1String("error"))
        return QCoreApplication::translate("sync", "Sync: sending failed");
    return QCoreApplication::translate("sync", "Sync: being sent");
}

} // namespace veil::sync
