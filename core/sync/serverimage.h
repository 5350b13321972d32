#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace veil::sync {

// The service's Image object (faceblur-v1.md).
struct ServerImage
{
    QString id;
    QString url; // processed image once processed, else the original object
    bool isProcessed = false;
    bool isFailed = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "pending", "done" or "failed", derived from the two booleans as the spec says.
    QString status() const;
    static ServerImage fromJson(const QJsonObject &o);
};

} // namespace veil::sync
