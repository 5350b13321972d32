#pragma once

#include <QByteArray>
#include <QString>

namespace veil {

enum class ImageFormat { Unknown, Jpeg, Png, Tiff, WebP, Bmp, Heif };

// Recognises the format from the first bytes of a file (magic numbers, not the file
// name: a text file named .jpg is not a JPEG).
ImageFormat sniffImageFormat(const QByteArray &head);
ImageFormat sniffImageFormat(const QString &path);

// Lower-case short name used in the library and in reports ("jpeg", "heif", ...).
QString formatName(ImageFormat format);
ImageFormat formatFromName(const QString &name);

} // namespace veil
