#include "imageencoder.h"

#include "containerchunks.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QImageWriter>

namespace veil {

namespace {
// A copy of the pixels alone: no text keys, no colour space, no resolution.
QImage pixelsOnly(const QImage &image, bool dropAlpha)
{
    QImage source = image;
    const QImage::Format want =
        dropAlpha || !image.hasAlphaChannel() ? QImage::Format_RGB32 : QImage::Format_ARGB32;
    if (source.format() != want)
        source = source.convertToFormat(want);
    return QImage(source.constBits(), source.width(), source.height(), source.bytesPerLine(), source.format())
        .copy();
}
} // namespace

QByteArray encodeImage(const QImage &image, ImageFormat format, int quality, const QByteArray &exifBlock,
                       const QByteArray &iccProfile, QString *error)
{
    QImage clean = pixelsOnly(image, format == ImageFormat::Jpeg);
    if (format != ImageFormat::Jpeg && !iccProfile.isEmpty()) {
        const QColorSpace cs = QColorSpace::fromIccProfile(iccProfile);
        if (cs.isValid())
            clean.setColorSpace(cs);
    }
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    const char *name = format == ImageFormat::Png ? "png" : format == ImageFormat::WebP ? "webp" : "jpeg";
    QImageWriter writer(&buffer, name);
    if (format != ImageFormat::Png)
        writer.setQuality(std::clamp(quality, 1, 100));
    if (format == ImageFormat::Jpeg)
        writer.setOptimizedWrite(true);
    if (!writer.write(clean)) {
        *error = QCoreApplication::translate("export", "cannot encode as %1: %2")
                     .arg(QString::fromLatin1(name), writer.errorString());
        return {};
    }
    buffer.close();

    QByteArray result;
    switch (format) {
    case ImageFormat::Jpeg: {
        QList<QByteArray> segments;
        if (!exifBlock.isEmpty())
            segments.append(jpegSegment(0xE1, exifBlock));
        segments += jpegIccSegments(iccProfile);
        result = replaceJpegMetadata(encoded, segments);
        break;
    }
    case ImageFormat::Png:
        result = exifBlock.isEmpty() ? encoded : pngWithExif(encoded, exifBlock.mid(6));
        break;
    case ImageFormat::WebP:
        result = exifBlock.isEmpty() ? encoded
                                     : webpWithExif(encoded, exifBlock.mid(6), clean.size(), clean.hasAlphaChannel());
        break;
    default:
        result = encoded;
        break;
    }
    if (result.isEmpty())
        *error = QCoreApplication::translate("export", "the encoder's %1 output is malformed")
                     .arg(QString::fromLatin1(name));
    return result;
}

} // namespace veil
