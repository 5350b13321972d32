#include "jpegdecode.h"

#include "jpegerror.h"

#include <QCoreApplication>

namespace veil {

int jpegScaleDenominator(QSize stored, QSize minimum)
{
    if (!minimum.isValid() || minimum.isEmpty())
        return 1;
    for (int d : {8, 4, 2}) {
        const int w = (stored.width() + d - 1) / d;
        const int h = (stored.height() + d - 1) / d;
        if (w >= minimum.width() && h >= minimum.height())
            return d;
    }
    return 1;
}

namespace {

// Adobe-style (inverted) CMYK/YCCK output from libjpeg to RGB32, as Qt's plugin does.
void cmykRowToRgb32(const JSAMPLE *in, QRgb *out, int width, bool inverted)
{
    for (int x = 0; x < width; ++x, in += 4) {
        int c = in[0], m = in[1], y = in[2], k = in[3];
        if (!inverted) {
            c = 255 - c;
            m = 255 - m;
            y = 255 - y;
            k = 255 - k;
        }
        out[x] = qRgb(c * k / 255, m * k / 255, y * k / 255);
    }
}

struct DecodeState
{
    jpeg_decompress_struct cinfo{};
    StrictJpegErrors errors;
    QImage image;
    QByteArray cmykRow;
    bool overLimit = false;
    DecodeState()
    {
        cinfo.err = errors.install();
        jpeg_create_decompress(&cinfo);
    }
    ~DecodeState() { jpeg_destroy_decompress(&cinfo); }
};

// All libjpeg calls live here, below setjmp. Every C++ object touched after setjmp lives
// in the caller's frame (DecodeState), so a longjmp skips no destructor; temporaries are
// gone before the next libjpeg call.
bool runDecode(DecodeState &s, const QByteArray &data, const JpegDecodeOptions &options, JpegDecodeResult &result)
{
    if (setjmp(s.errors.jump))
        return false;
    jpeg_mem_src(&s.cinfo, reinterpret_cast<const unsigned char *>(data.constData()),
                 static_cast<unsigned long>(data.size()));
    jpeg_read_header(&s.cinfo, TRUE);
    result.storedSize = QSize(int(s.cinfo.image_width), int(s.cinfo.image_height));
    if (qint64(s.cinfo.image_width) * s.cinfo.image_height > options.maxPixels) {
        s.overLimit = true;
        return true;
    }
    const bool cmyk = s.cinfo.jpeg_color_space == JCS_CMYK || s.cinfo.jpeg_color_space == JCS_YCCK;
    if (cmyk)
        s.cinfo.out_color_space = JCS_CMYK;
    else
        s.cinfo.out_color_space = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? JCS_EXT_BGRX : JCS_EXT_XRGB;
    result.scaleDenominator = jpegScaleDenominator(result.storedSize, options.minimumSize);
    s.cinfo.scale_num = 1;
    s.cinfo.scale_denom = unsigned(result.scaleDenominator);
    s.cinfo.do_fancy_upsampling = options.fancyUpsampling ? TRUE : FALSE;
    s.cinfo.dct_method = JDCT_ISLOW;
    jpeg_start_decompress(&s.cinfo);
    s.image = QImage(int(s.cinfo.output_width), int(s.cinfo.output_height), QImage::Format_RGB32);
    if (s.image.isNull())
        return true;
    if (cmyk)
        s.cmykRow.resize(qsizetype(s.cinfo.output_width) * 4);
    while (s.cinfo.output_scanline < s.cinfo.output_height) {
        const int y = int(s.cinfo.output_scanline);
        if (cmyk) {
            JSAMPROW row = reinterpret_cast<JSAMPLE *>(s.cmykRow.data());
            jpeg_read_scanlines(&s.cinfo, &row, 1);
            cmykRowToRgb32(row, reinterpret_cast<QRgb *>(s.image.scanLine(y)), s.image.width(),
                           s.cinfo.saw_Adobe_marker);
        } else {
            JSAMPROW row = s.image.scanLine(y);
            jpeg_read_scanlines(&s.cinfo, &row, 1);
        }
    }
    jpeg_finish_decompress(&s.cinfo);
    return true;
}

} // namespace

JpegDecodeResult decodeJpeg(const QByteArray &data, const JpegDecodeOptions &options)
{
    JpegDecodeResult result;
    if (data.isEmpty()) {
        result.error = QCoreApplication::translate("veil::Jpeg", "file is empty (0 bytes)");
        return result;
    }
    DecodeState state;
    if (!runDecode(state, data, options, result)) {
        result.error = state.errors.message();
        return result;
    }
    if (state.overLimit) {
        result.error = QCoreApplication::translate("veil::Jpeg", "image is %1x%2 pixels, above the limit of %3 megapixels")
                           .arg(result.storedSize.width())
                           .arg(result.storedSize.height())
                           .arg(options.maxPixels / 1'000'000);
        return result;
    }
    if (state.image.isNull()) {
        result.error = QCoreApplication::translate("veil::Jpeg", "out of memory for a %1x%2 image")
                           .arg(state.cinfo.output_width)
                           .arg(state.cinfo.output_height);
        return result;
    }
    result.image = state.image;
    return result;
}

} // namespace veil
