#pragma once

// Detection on a photo file: decode (at reduced size when the preset allows), apply the
// EXIF orientation, detect, and give boxes in full-resolution displayed pixels.

#include "facedetector.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

namespace veil {

struct PhotoDetections
{
    QSize displayedSize; // full resolution, orientation applied
    QList<Detection> faces;
    QString error; // empty on success; does not name the file (callers know it)
    bool ok() const { return error.isEmpty(); }
};

PhotoDetections detectPhoto(FaceDetector &detector, const QByteArray &fileData);
PhotoDetections detectPhoto(FaceDetector &detector, const QString &path);

// Maps detections made on an image of `from` size onto the same image at `to` size.
QList<Detection> scaleDetections(const QList<Detection> &detections, QSize from, QSize to);

} // namespace veil
