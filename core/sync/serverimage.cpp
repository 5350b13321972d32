#include "serverimage.h"

namespace veil::sync {

QString serverText(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.isValidUtf16())
        return text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i; // a valid pair
        else if (text[i].isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

QString ServerImage::status() const
{
    if (!isProcessed)
        return QStringLiteral("pending");
    return isFailed ? QStringLiteral("failed") : QStringLiteral("done");
}

ServerImage ServerImage::fromJson(const QJsonObject &o)
{
    ServerImage image;
    image.id = serverText(o.value(QStringLiteral("id")));
    image.url = serverText(o.value(QStringLiteral("url")));
    image.isProcessed = o.value(QStringLiteral("isProcessed")).toBool();
    image.isFailed = o.value(QStringLiteral("isFailed")).toBool();
    image.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    image.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    return image;
}

} // namespace veil::sync
