#include "reconcile.h"

#include <QCoreApplication>

namespace veil::sync {

namespace {
bool urlNames(const QString &url, const QString &objectName)
{
    return !objectName.isEmpty() && url.contains(objectName, Qt::CaseInsensitive);
}
} // namespace

Reconciliation reconcileSubmit(const QString &objectName, const QList<ServerImage> &images,
                               const QSet<QString> &claimedIds, const QSet<QString> &otherObjectNames,
                               const QDateTime &createdFloor)
{
    Reconciliation r;
    for (const ServerImage &image : images) {
        if (urlNames(image.url, objectName)) {
            r.outcome = Reconciliation::Outcome::Found;
            r.image = image;
            r.reason = QCoreApplication::translate("sync", "found on the server by its object name");
            return r;
        }
    }
    QList<ServerImage> candidates;
    for (const ServerImage &image : images) {
        if (claimedIds.contains(image.id) || !image.isProcessed)
            continue;
        if (createdFloor.isValid() && image.createdAt.isValid() && image.createdAt < createdFloor)
            continue;
        bool namesAnother = false;
        for (const QString &other : otherObjectNames)
            namesAnother = namesAnother || urlNames(image.url, other);
        if (!namesAnother)
            candidates.append(image);
    }
    if (candidates.isEmpty()) {
        r.outcome = Reconciliation::Outcome::NotOnServer;
        r.reason = QCoreApplication::translate("sync", "not on the server");
    } else if (candidates.size() == 1) {
        r.outcome = Reconciliation::Outcome::Found;
        r.image = candidates.first();
        r.reason = QCoreApplication::translate("sync", "found on the server as the only new processed image");
    } else {
        r.outcome = Reconciliation::Outcome::Unclear;
        r.reason = QCoreApplication::translate("sync", "%1 new images on the server could be this photo; it is not "
                                                       "submitted again to avoid a duplicate")
                       .arg(candidates.size());
    }
    return r;
}

} // namespace veil::sync
