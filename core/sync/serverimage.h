#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace veil::sync {

// A string from the server's JSON as well-formed text. JSON can carry lone UTF-16
// surrogates ("\ud800"), which SQLite stores as something else: an id kept in the
// outbox would then never match the list again. They become U+FFFD here, once.
QString serverText(const QJsonValue &value);

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
