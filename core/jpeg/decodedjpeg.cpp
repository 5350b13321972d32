#include "decodedjpeg.h"

#include "coefficientcodec.h"

namespace veil {

DecodedJpeg::DecodedJpeg()
    : m_codec(std::make_unique<jpegcodec::Codec>())
{
}

DecodedJpeg::~DecodedJpeg() = default;

void DecodedJpeg::release()
{
    m_pixels = QImage();
    m_codec.reset();
    m_consumed = true;
}

std::unique_ptr<DecodedJpeg> DecodedJpeg::decode(const QByteArray &jpeg, qint64 maxPixels, QString *error)
{
    std::unique_ptr<DecodedJpeg> decoded(new DecodedJpeg);
    jpegcodec::Codec &c = *decoded->m_codec;
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8) {
        *error = QStringLiteral("not a JPEG file");
        return nullptr;
    }
    if (!jpegcodec::readPixelsAndCoefficients(c, jpeg, maxPixels, decoded->m_pixels)) {
        *error = c.errors.message();
        return nullptr;
    }
    if (!c.fallback.isEmpty()) {
        *error = c.fallback;
        return nullptr;
    }
    if (decoded->m_pixels.isNull()) {
        *error = QStringLiteral("out of memory or over the pixel limit");
        return nullptr;
    }
    return decoded;
}

} // namespace veil
