#pragma once

#include "imageformat.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace veil {

struct LoadOptions
{
    // Images with more pixels than this are refused before any pixel is decoded.
    qint64 maxPixels = 250'000'000;
    // 0: full resolution. Otherwise the displayed image's longer side is at most this;
    // JPEGs are then decoded with libjpeg's scaled IDCT, which is much faster.
    int maxDimension = 0;
    // false: the image is returned as stored, the EXIF orientation not applied (it is still
    // in header.orientation). Saves rotating a whole photo when only parts are needed.
    bool orient = true;
    // JPEG only, when maxDimension is 0: decode with libjpeg's scaled IDCT at 1/reduce of
    // the stored size (1, 2, 4 or 8; each side rounded up). Every byte of entropy-coded
    // data is still read, so a corrupt file fails as at full size. Other formats: ignored.
    int reduce = 1;
    // JPEG only: decode only the rows and columns these parts need (stored orientation,
    // full-size pixels; JpegDecodeOptions::onlyRegions). Other formats: ignored.
    QList<QRect> onlyRegions;
};

// The size a JPEG of `stored` size decodes to at 1/reduce (each side rounded up).
inline QSize reducedSize(QSize stored, int reduce)
{
    return {(stored.width() + reduce - 1) / reduce, (stored.height() + reduce - 1) / reduce};
}

struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    QSize storedSize;  // pixels as stored in the file
    int orientation = 1; // EXIF orientation still to apply (1 for HEIF: libheif applies it)
    QString error;
    bool ok() const { return error.isEmpty(); }
    QSize displayedSize() const;
};

struct LoadedImage
{
    QImage image;        // displayed orientation, Format_RGB32 or ARGB32
    ImageHeader header;
    QString error;       // empty on success
    bool ok() const { return error.isEmpty() && !image.isNull(); }
};

// Reads format, size and orientation without decoding pixels.
ImageHeader readImageHeader(const QByteArray &fileData);

// Empty when an image of this header may be decoded under `options`, else why not.
QString pixelLimitError(const ImageHeader &header, const LoadOptions &options = {});

LoadedImage loadImageFromData(const QByteArray &fileData, const LoadOptions &options = {});
LoadedImage loadImage(const QString &path, const LoadOptions &options = {});

// Reads a whole file read-only; returns an error message instead of data on failure.
QByteArray readFileReadOnly(const QString &path, QString *error);

} // namespace veil
