#include "jpegdecode.h"

#include "jpegerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

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

// The output rows to decode, as sorted, disjoint [first, last) bands, and the column span
// [left, right), for `regions` (full-size stored pixels) at 1/denominator.
struct Bands
{
    QList<QPair<int, int>> rows;
    int left = 0;
    int right = 0;
};

Bands bandsFor(const QList<QRect> &regions, int denominator, int width, int height)
{
    Bands b;
    b.left = width;
    QList<QPair<int, int>> rows;
    for (const QRect &r : regions) {
        if (r.isEmpty())
            continue;
        const int top = std::max(0, r.top() / denominator - kRegionMargin);
        const int bottom = std::min(height, (r.bottom() + denominator) / denominator + kRegionMargin);
        const int left = std::max(0, r.left() / denominator - kRegionMargin);
        const int right = std::min(width, (r.right() + denominator) / denominator + kRegionMargin);
        if (top >= bottom || left >= right)
            continue;
        rows.append({top, bottom});
        b.left = std::min(b.left, left);
        b.right = std::max(b.right, right);
    }
    std::sort(rows.begin(), rows.end());
    for (const auto &band : std::as_const(rows)) {
        if (!b.rows.isEmpty() && band.first <= b.rows.last().second)
            b.rows.last().second = std::max(b.rows.last().second, band.second);
        else
            b.rows.append(band);
    }
    return b;
}

struct DecodeState
{
    jpeg_decompress_struct cinfo{};
    StrictJpegErrors errors;
    QImage image;
    QByteArray cmykRow;
    Bands bands;
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
    const int width = int(s.cinfo.output_width);
    const int height = int(s.cinfo.output_height);
    s.image = QImage(width, height, QImage::Format_RGB32);
    if (s.image.isNull())
        return true;
    // Everything, or only the bands and columns the regions need.
    Bands &bands = s.bands;
    bands.rows = {{0, height}};
    bands.right = width;
    if (!options.onlyRegions.isEmpty()) {
        bands = bandsFor(options.onlyRegions, result.scaleDenominator, width, height);
        if (bands.rows.isEmpty())
            bands.rows = {{0, 1}}; // nothing to see, but the whole file is still read
        bands.right = std::max(bands.right, bands.left + 1);
        if (bands.left > 0 || bands.right < width) {
            // libjpeg widens the span to whole iMCU columns.
            auto x = JDIMENSION(bands.left);
            auto w = JDIMENSION(bands.right - bands.left);
            jpeg_crop_scanline(&s.cinfo, &x, &w);
            bands.left = int(x);
            bands.right = int(x + w);
        }
    }
    const int decodedWidth = int(s.cinfo.output_width); // the cropped span
    if (cmyk)
        s.cmykRow.resize(qsizetype(decodedWidth) * 4);
    const auto blank = [&s](int y, int x, int n) {
        if (n > 0)
            std::memset(s.image.scanLine(y) + qsizetype(x) * 4, 0, size_t(n) * 4);
    };
    const auto readRow = [&]() {
        const int y = int(s.cinfo.output_scanline);
        uchar *line = s.image.scanLine(y);
        if (cmyk) {
            JSAMPROW row = reinterpret_cast<JSAMPLE *>(s.cmykRow.data());
            jpeg_read_scanlines(&s.cinfo, &row, 1);
            cmykRowToRgb32(row, reinterpret_cast<QRgb *>(line) + bands.left, decodedWidth, s.cinfo.saw_Adobe_marker);
        } else {
            JSAMPROW row = line + qsizetype(bands.left) * 4;
            jpeg_read_scanlines(&s.cinfo, &row, 1);
        }
        blank(y, 0, bands.left);
        blank(y, bands.left + decodedWidth, width - bands.left - decodedWidth);
    };
    const auto skipTo = [&](int end) {
        while (int(s.cinfo.output_scanline) < end) {
            const int from = int(s.cinfo.output_scanline);
            const auto skipped = int(jpeg_skip_scanlines(&s.cinfo, JDIMENSION(end - from)));
            for (int y = from; y < from + skipped; ++y)
                blank(y, 0, width);
            if (skipped <= 0)
                break;
        }
    };
    // Rows between bands are skipped, but never up to the very end, where libjpeg would stop
    // reading the file: the last row is always read, so the entropy-coded data is read (and
    // checked) to its end.
    for (const auto &band : std::as_const(bands.rows)) {
        skipTo(band.first);
        while (int(s.cinfo.output_scanline) < band.second)
            readRow();
    }
    skipTo(height - 1);
    while (int(s.cinfo.output_scanline) < height)
        readRow();
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
