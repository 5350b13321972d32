#include "heifsupport.h"

#include <libheif/heif.h>

#include <memory>
#include <vector>

namespace veil {

namespace {

struct ContextDeleter
{
    void operator()(heif_context *c) const { heif_context_free(c); }
};
struct HandleDeleter
{
    void operator()(heif_image_handle *h) const { heif_image_handle_release(h); }
};
struct ImageDeleter
{
    void operator()(heif_image *i) const { heif_image_release(i); }
};

struct Primary
{
    std::unique_ptr<heif_context, ContextDeleter> context;
    std::unique_ptr<heif_image_handle, HandleDeleter> handle;
    QString error;
};

// fileData must outlive the returned context (it is read without a copy).
Primary openPrimary(const QByteArray &fileData)
{
    Primary p;
    p.context.reset(heif_context_alloc());
    heif_error err = heif_context_read_from_memory_without_copy(p.context.get(), fileData.constData(),
                                                                static_cast<size_t>(fileData.size()), nullptr);
    if (err.code != heif_error_Ok) {
        p.error = QStringLiteral("HEIF: %1").arg(QString::fromUtf8(err.message));
        return p;
    }
    heif_image_handle *handle = nullptr;
    err = heif_context_get_primary_image_handle(p.context.get(), &handle);
    if (err.code != heif_error_Ok) {
        p.error = QStringLiteral("HEIF: %1").arg(QString::fromUtf8(err.message));
        return p;
    }
    p.handle.reset(handle);
    return p;
}

} // namespace

HeifDecodeResult decodeHeif(const QByteArray &fileData, QSize maxSize)
{
    HeifDecodeResult result;
    Primary p = openPrimary(fileData);
    if (!p.handle) {
        result.error = p.error;
        return result;
    }
    heif_image *raw = nullptr;
    const heif_error err = heif_decode_image(p.handle.get(), &raw, heif_colorspace_RGB,
                                             heif_chroma_interleaved_RGB, nullptr);
    if (err.code != heif_error_Ok) {
        result.error = QStringLiteral("HEIF decode: %1").arg(QString::fromUtf8(err.message));
        return result;
    }
    std::unique_ptr<heif_image, ImageDeleter> image(raw);
    const int w = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int h = heif_image_get_height(image.get(), heif_channel_interleaved);
    int stride = 0;
    const uint8_t *data = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    if (!data || w <= 0 || h <= 0) {
        result.error = QStringLiteral("HEIF decode: no pixel data");
        return result;
    }
    QImage wrapped(data, w, h, stride, QImage::Format_RGB888);
    result.image = wrapped.convertToFormat(QImage::Format_RGB32); // deep copy
    if (maxSize.isValid() && (w > maxSize.width() || h > maxSize.height()))
        result.image = result.image.scaled(maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return result;
}

QSize heifImageSize(const QByteArray &fileData, QString *error)
{
    Primary p = openPrimary(fileData);
    if (!p.handle) {
        if (error)
            *error = p.error;
        return {};
    }
    return {heif_image_handle_get_width(p.handle.get()), heif_image_handle_get_height(p.handle.get())};
}

QByteArray heifExifBlock(const QByteArray &fileData)
{
    Primary p = openPrimary(fileData);
    if (!p.handle)
        return {};
    heif_item_id id = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(p.handle.get(), "Exif", &id, 1) < 1)
        return {};
    const size_t size = heif_image_handle_get_metadata_size(p.handle.get(), id);
    if (size < 4)
        return {};
    QByteArray raw(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (heif_image_handle_get_metadata(p.handle.get(), id, raw.data()).code != heif_error_Ok)
        return {};
    // ISO/IEC 23008-12: a 32-bit offset to the TIFF header precedes the EXIF payload.
    const quint32 offset = (quint8(raw[0]) << 24) | (quint8(raw[1]) << 16) | (quint8(raw[2]) << 8) | quint8(raw[3]);
    if (offset > size - 4)
        return {};
    return raw.mid(4 + static_cast<qsizetype>(offset));
}

} // namespace veil
