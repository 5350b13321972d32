#include "imageloader.h"

#include "exifinfo.h"
#include "heifsupport.h"
#include "orientation.h"
#include "jpeg/jpegdecode.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace veil {

QSize ImageHeader::displayedSize() const
{
    return veil::displayedSize(storedSize, orientation);
}

QByteArray readFileReadOnly(const QString &path, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("file does not exist");
        return {};
    }
    if (info.isDir()) {
        *error = QStringLiteral("is a folder, not a file");
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return {};
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("read failed: %1").arg(file.errorString());
        return {};
    }
    if (data.isEmpty())
        *error = QStringLiteral("file is empty (0 bytes)");
    return data;
}

ImageHeader readImageHeader(const QByteArray &fileData)
{
    ImageHeader header;
    if (fileData.isEmpty()) {
        header.error = QStringLiteral("file is empty (0 bytes)");
        return header;
    }
    header.format = sniffImageFormat(fileData.left(32));
    if (header.format == ImageFormat::Unknown) {
        header.error = QStringLiteral("not a supported image (JPEG, PNG, TIFF, WebP, BMP, HEIC/HEIF)");
        return header;
    }
    if (header.format == ImageFormat::Heif) {
        header.storedSize = heifImageSize(fileData, &header.error);
        if (header.error.isEmpty() && !header.storedSize.isValid())
            header.error = QStringLiteral("HEIF: no primary image");
        return header;
    }
    QBuffer buffer;
    buffer.setData(fileData);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatName(header.format).toLatin1());
    header.storedSize = reader.size();
    if (!header.storedSize.isValid() || header.storedSize.isEmpty()) {
        header.error = QStringLiteral("image header is unreadable (%1)").arg(reader.errorString());
        return header;
    }
    if (header.format == ImageFormat::Jpeg || header.format == ImageFormat::Tiff)
        header.orientation = readExifFromFile(fileData).orientation;
    return header;
}

QString pixelLimitError(const ImageHeader &header, const LoadOptions &options)
{
    const QSize stored = header.storedSize;
    const qint64 pixels = qint64(stored.width()) * stored.height();
    if (pixels <= options.maxPixels)
        return {};
    return QStringLiteral("image is %1x%2 pixels, above the limit of %3 megapixels")
        .arg(stored.width())
        .arg(stored.height())
        .arg(options.maxPixels / 1'000'000);
}

LoadedImage loadImageFromData(const QByteArray &fileData, const LoadOptions &options)
{
    LoadedImage result;
    result.header = readImageHeader(fileData);
    if (!result.header.ok()) {
        result.error = result.header.error;
        return result;
    }
    const QSize stored = result.header.storedSize;
    const qint64 pixels = qint64(stored.width()) * stored.height();
    result.error = pixelLimitError(result.header, options);
    if (!result.error.isEmpty())
        return result;
    const int orientation = options.orient ? result.header.orientation : 1;

    QSize target; // in stored orientation
    if (options.maxDimension > 0 && std::max(stored.width(), stored.height()) > options.maxDimension)
        target = stored.scaled(options.maxDimension, options.maxDimension, Qt::KeepAspectRatio);

    if (result.header.format == ImageFormat::Heif) {
        HeifDecodeResult heif = decodeHeif(fileData, target);
        result.error = heif.error;
        result.image = heif.image;
        return result;
    }

    if (result.header.format == ImageFormat::Jpeg) {
        // Strict: a truncated JPEG is an error, not a photo with a grey bottom.
        JpegDecodeOptions jpegOptions;
        jpegOptions.minimumSize = target;
        if (!target.isValid() && options.reduce > 1)
            jpegOptions.minimumSize = reducedSize(stored, options.reduce);
        jpegOptions.maxPixels = options.maxPixels;
        jpegOptions.onlyRegions = options.onlyRegions;
        const JpegDecodeResult jpeg = decodeJpeg(fileData, jpegOptions);
        if (!jpeg.ok()) {
            result.error = jpeg.error;
            return result;
        }
        QImage storedImage = jpeg.image;
        if (target.isValid() && storedImage.size() != target)
            storedImage = storedImage.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        result.image = applyOrientation(storedImage, orientation);
        return result;
    }

    QBuffer buffer;
    buffer.setData(fileData);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatName(result.header.format).toLatin1());
    reader.setAutoTransform(false); // orientation is applied here, once, for every format
    // 4 bytes a pixel plus headroom; the pixel limit above is the real guard.
    reader.setAllocationLimit(int(std::min<qint64>(pixels * 4 / (1024 * 1024) + 64, 8192)));
    if (target.isValid())
        reader.setScaledSize(target);
    QImage stored_image;
    if (!reader.read(&stored_image)) {
        result.error = QStringLiteral("cannot decode image: %1").arg(reader.errorString());
        return result;
    }
    if (stored_image.format() != QImage::Format_RGB32 && stored_image.format() != QImage::Format_ARGB32)
        stored_image = stored_image.convertToFormat(stored_image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                                 : QImage::Format_RGB32);
    result.image = applyOrientation(stored_image, orientation);
    return result;
}

LoadedImage loadImage(const QString &path, const LoadOptions &options)
{
    QString error;
    const QByteArray data = readFileReadOnly(path, &error);
    if (!error.isEmpty()) {
        LoadedImage result;
        result.error = error;
        return result;
    }
    return loadImageFromData(data, options);
}

} // namespace veil
