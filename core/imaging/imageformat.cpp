#include "imageformat.h"

#include <QFile>

namespace veil {

ImageFormat sniffImageFormat(const QByteArray &head)
{
    auto startsWith = [&](const char *magic, int len, int offset = 0) {
        return head.size() >= offset + len && head.mid(offset, len) == QByteArray(magic, len);
    };
    if (startsWith("\xFF\xD8\xFF", 3))
        return ImageFormat::Jpeg;
    if (startsWith("\x89PNG\r\n\x1A\n", 8))
        return ImageFormat::Png;
    if (startsWith("II*\0", 4) || startsWith("MM\0*", 4))
        return ImageFormat::Tiff;
    if (startsWith("RIFF", 4) && startsWith("WEBP", 4, 8))
        return ImageFormat::WebP;
    if (startsWith("BM", 2) && head.size() >= 26)
        return ImageFormat::Bmp;
    if (startsWith("ftyp", 4, 4)) {
        const QByteArray brand = head.mid(8, 4);
        static const char *const heifBrands[] = {"heic", "heix", "hevc", "hevx", "heim", "heis",
                                                 "mif1", "msf1", "avif", "hevm", "hevs"};
        for (const char *b : heifBrands)
            if (brand == b)
                return ImageFormat::Heif;
    }
    return ImageFormat::Unknown;
}

ImageFormat sniffImageFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImageFormat::Unknown;
    return sniffImageFormat(file.read(32));
}

QString formatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: return QStringLiteral("jpeg");
    case ImageFormat::Png: return QStringLiteral("png");
    case ImageFormat::Tiff: return QStringLiteral("tiff");
    case ImageFormat::WebP: return QStringLiteral("webp");
    case ImageFormat::Bmp: return QStringLiteral("bmp");
    case ImageFormat::Heif: return QStringLiteral("heif");
    case ImageFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

ImageFormat formatFromName(const QString &name)
{
    for (ImageFormat f : {ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::Tiff, ImageFormat::WebP,
                          ImageFormat::Bmp, ImageFormat::Heif})
        if (formatName(f) == name)
            return f;
    return ImageFormat::Unknown;
}

} // namespace veil
