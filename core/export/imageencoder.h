#pragma once

#include "imaging/imageformat.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace veil {

// Encodes pixels as JPEG, PNG or WebP carrying exactly the given metadata: `exifBlock`
// ("Exif\0\0" + TIFF, may be empty) and `iccProfile` (may be empty) — nothing the
// encoder or the source image would add (comments, text chunks) gets through.
// WebP gets the ICC profile but no EXIF. Empty result with `error` set on failure.
QByteArray encodeImage(const QImage &image, ImageFormat format, int quality, const QByteArray &exifBlock,
                       const QByteArray &iccProfile, QString *error);

} // namespace veil
