#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace veil {

// HEIF/HEIC through libheif. The decoder applies the container's rotation and mirror
// (irot/imir), so the image it gives is already the displayed image.
struct HeifDecodeResult
{
    QImage image;
    QString error;
};

HeifDecodeResult decodeHeif(const QByteArray &fileData, QSize maxSize = {});

// Displayed size of the primary image without decoding it; invalid on error.
QSize heifImageSize(const QByteArray &fileData, QString *error = nullptr);

// The primary image's EXIF block as a bare TIFF structure (the 4-byte header offset
// skipped); empty when there is none.
QByteArray heifExifBlock(const QByteArray &fileData);

} // namespace veil
