#pragma once

// Strict, fast JPEG decoding to pixels with libjpeg-turbo.
//
// Unlike Qt's JPEG plugin, a truncated or corrupt file is an error ("truncated or corrupt
// JPEG data: Premature end of JPEG file") rather than an image with a grey bottom, and the
// scaled IDCT (1/2, 1/4, 1/8) is used directly when a smaller image is enough.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace veil {

struct JpegDecodeOptions
{
    // Decode with the largest IDCT reduction (1/1, 1/2, 1/4, 1/8) whose result is still at
    // least this large in both dimensions (stored orientation). Invalid: full resolution.
    QSize minimumSize;
    // libjpeg's "fancy" (triangle) chroma upsampling; off gives exact block replication,
    // which the lossless-path tests use for bit-exact comparisons.
    bool fancyUpsampling = true;
    // Refused before any pixel is decoded when width*height exceeds this.
    qint64 maxPixels = 250'000'000;
    // Not empty: only these parts of the image are needed (stored orientation, full-size
    // pixels). Rows that none of them touches are skipped (jpeg_skip_scanlines) and only
    // the columns from the leftmost to the rightmost part are decoded (jpeg_crop_scanline);
    // the rest of the image is black. Inside the parts (and kRegionMargin output pixels
    // around them) the pixels are those of a full decode. Every MCU is still entropy-decoded
    // up to the end of the file, so a truncated or corrupt file fails as in a full decode.
    QList<QRect> onlyRegions;
};

// Output pixels decoded around each of JpegDecodeOptions::onlyRegions: two of the largest
// iMCUs (16 rows of 4:2:0), so chroma upsampling at a band's edge uses the same neighbours
// as in a full decode.
inline constexpr int kRegionMargin = 32;

struct JpegDecodeResult
{
    QImage image;      // stored orientation (EXIF orientation not applied), Format_RGB32
    QSize storedSize;  // full-resolution size from the frame header
    int scaleDenominator = 1; // 1, 2, 4 or 8
    QString error;     // empty on success
    bool ok() const { return error.isEmpty() && !image.isNull(); }
};

JpegDecodeResult decodeJpeg(const QByteArray &data, const JpegDecodeOptions &options = {});

// The IDCT reduction decodeJpeg would pick: the largest of 1, 2, 4, 8 with
// ceil(stored / d) >= minimum in both dimensions.
int jpegScaleDenominator(QSize stored, QSize minimum);

} // namespace veil
