#include "serverimage.h"

namespace veil::sync {

QString ServerImage::status() const
{
    if (!isProcessed)
        return QStringLiteral("pending");
    return isFailed ? QStringLiteral("failed") : QStringLiteral("done");
}

ServerImage ServerImage::fromJson(const QJsonObject &o)
{
    ServerImage image;
    image.id = o.value(QStringLiteral("id")).toString();
    image.url = o.value(QStringLiteral("url")).toString();
    image.isProcessed = o.value(QStringLiteral("isProcessed")).toBool();
    image.isFailed = o.value(QStringLiteral("isFailed")).toBool();
    image.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    image.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    return image;
}

} // namespace veil::sync
