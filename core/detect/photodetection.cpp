#include "photodetection.h"

#include "imaging/imageloader.h"

#include <algorithm>

namespace veil {

QList<Detection> scaleDetections(const QList<Detection> &detections, QSize from, QSize to)
{
    if (from == to || from.isEmpty())
        return detections;
    const double sx = double(to.width()) / from.width();
    const double sy = double(to.height()) / from.height();
    QList<Detection> result = detections;
    for (Detection &d : result)
        d.box = QRectF(d.box.x() * sx, d.box.y() * sy, d.box.width() * sx, d.box.height() * sy);
    return result;
}

PhotoDetections detectPhoto(FaceDetector &detector, const QByteArray &fileData)
{
    PhotoDetections result;
    const ImageHeader header = readImageHeader(fileData);
    if (!header.ok()) {
        result.error = header.error;
        return result;
    }
    LoadOptions options;
    const QSize full = header.displayedSize();
    const QSize wanted = detector.preferredDecodeSize(full);
    if (wanted.isValid() && wanted.width() < full.width())
        options.maxDimension = std::max(wanted.width(), wanted.height());
    const LoadedImage loaded = loadImageFromData(fileData, options);
    if (!loaded.ok()) {
        result.error = loaded.error.isEmpty() ? QStringLiteral("cannot decode image") : loaded.error;
        return result;
    }
    result.displayedSize = loaded.header.displayedSize();
    result.faces = scaleDetections(detector.detect(loaded.image), loaded.image.size(), result.displayedSize);
    return result;
}

PhotoDetections detectPhoto(FaceDetector &detector, const QString &path)
{
    QString error;
    const QByteArray data = readFileReadOnly(path, &error);
    if (!error.isEmpty()) {
        PhotoDetections result;
        result.error = error;
        return result;
    }
    return detectPhoto(detector, data);
}

} // namespace veil
