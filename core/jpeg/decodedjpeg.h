#pragma once

// A JPEG decoded once for both of its uses in an export: its pixels (for face detection)
// and its DCT coefficients (for the lossless JPEG path, which copies every untouched
// block). libjpeg's buffered-image mode keeps the whole image's coefficients while it
// decodes the pixels from them, so the entropy-coded data is read once, not twice, and
// the MCUs the lossless path re-encodes take their pixels from the decoded image instead
// of a second inverse DCT.

#include <QByteArray>
#include <QImage>
#include <QString>

#include <memory>

namespace veil {

namespace jpegcodec {
struct Codec;
}

class DecodedJpeg
{
public:
    ~DecodedJpeg();
    DecodedJpeg(const DecodedJpeg &) = delete;
    DecodedJpeg &operator=(const DecodedJpeg &) = delete;

    // Decodes `jpeg` at full size. Null when it cannot be decoded this way: not a JPEG, a
    // kind the lossless path does not handle (CMYK, 12-bit, arithmetic coding...), over
    // `maxPixels`, or corrupt; `error` then says why, and the caller decodes it the usual
    // way (which reports a corrupt file as such).
    static std::unique_ptr<DecodedJpeg> decode(const QByteArray &jpeg, qint64 maxPixels, QString *error);

    // Stored orientation (the EXIF orientation not applied), full size, Format_RGB32.
    const QImage &pixels() const { return m_pixels; }

    // For anonymizeJpegLossless only: the coefficients are changed in place and written
    // once, so a DecodedJpeg serves one export.
    jpegcodec::Codec &codec() { return *m_codec; }
    bool consumed() const { return m_consumed; }
    void markConsumed() { m_consumed = true; }
    // Frees the pixels and the coefficients (an export is done with them).
    void release();

private:
    DecodedJpeg();
    std::unique_ptr<jpegcodec::Codec> m_codec;
    QImage m_pixels;
    bool m_consumed = false;
};

} // namespace veil
