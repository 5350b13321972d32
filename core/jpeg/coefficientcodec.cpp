#include "coefficientcodec.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace veil::jpegcodec {

namespace {

// Tr::tr() translates in the "veil::LosslessJpeg" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(veil::LosslessJpeg)
};

} // namespace

namespace {

QString unsupportedFeature(const jpeg_decompress_struct &s)
{
    if (s.arith_code)
        return Tr::tr("arithmetic coding");
    if (s.data_precision != 8)
        return Tr::tr("%1-bit samples").arg(s.data_precision);
    if (s.jpeg_color_space == JCS_CMYK || s.jpeg_color_space == JCS_YCCK)
        return Tr::tr("CMYK/YCCK colour");
    if (s.num_components == 1 && s.jpeg_color_space == JCS_GRAYSCALE)
        return {};
    if (s.num_components != 3)
        return Tr::tr("%1 colour components").arg(s.num_components);
    if (s.jpeg_color_space != JCS_YCbCr)
        return Tr::tr("RGB-coded colour (no YCbCr transform)");
    for (int c = 0; c < s.num_components; ++c) {
        const jpeg_component_info &comp = s.comp_info[c];
        if (s.max_h_samp_factor % comp.h_samp_factor || s.max_v_samp_factor % comp.v_samp_factor)
            return Tr::tr("non-integral chroma subsampling");
    }
    return {};
}

} // namespace

bool readCoefficients(Codec &c, const QByteArray &jpeg)
{
    if (setjmp(c.errors.jump))
        return false;
    jpeg_mem_src(&c.src, reinterpret_cast<const unsigned char *>(jpeg.constData()),
                 static_cast<unsigned long>(jpeg.size()));
    jpeg_read_header(&c.src, TRUE);
    c.fallback = unsupportedFeature(c.src);
    if (!c.fallback.isEmpty())
        return true;
    c.coefficients = jpeg_read_coefficients(&c.src);
    return true;
}

bool readPixelsAndCoefficients(Codec &c, const QByteArray &jpeg, qint64 maxPixels, QImage &pixels)
{
    if (setjmp(c.errors.jump))
        return false;
    jpeg_mem_src(&c.src, reinterpret_cast<const unsigned char *>(jpeg.constData()),
                 static_cast<unsigned long>(jpeg.size()));
    jpeg_read_header(&c.src, TRUE);
    c.fallback = unsupportedFeature(c.src);
    if (!c.fallback.isEmpty() || qint64(c.src.image_width) * c.src.image_height > maxPixels)
        return true;
    // As decodeJpeg() decodes: full size, accurate IDCT, fancy upsampling.
    c.src.buffered_image = TRUE;
    c.src.out_color_space = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? JCS_EXT_BGRX : JCS_EXT_XRGB;
    c.src.dct_method = JDCT_ISLOW;
    c.src.do_fancy_upsampling = TRUE;
    jpeg_start_decompress(&c.src);
    // Every scan into the coefficient buffer first: the output pass then decodes the final
    // image (a progressive file is not shown scan by scan).
    while (!jpeg_input_complete(&c.src))
        if (jpeg_consume_input(&c.src) == JPEG_SUSPENDED)
            break; // not with a memory source: its end of data is a (fatal) warning
    pixels = QImage(int(c.src.output_width), int(c.src.output_height), QImage::Format_RGB32);
    if (pixels.isNull())
        return true;
    jpeg_start_output(&c.src, c.src.input_scan_number);
    JSAMPROW rows[16];
    while (c.src.output_scanline < c.src.output_height) {
        const int y = int(c.src.output_scanline);
        const int n = std::min(16, int(c.src.output_height) - y);
        for (int i = 0; i < n; ++i)
            rows[i] = pixels.scanLine(y + i);
        jpeg_read_scanlines(&c.src, rows, JDIMENSION(n));
    }
    jpeg_finish_output(&c.src);
    // In buffered-image mode, once all input is absorbed, jpeg_read_coefficients() hands
    // out the arrays the output pass decoded from.
    c.coefficients = jpeg_read_coefficients(&c.src);
    return true;
}

// One row of blocks; nullptr after a libjpeg error (which is then in c.errors).
JBLOCKROW blockRow(Codec &c, int component, int row)
{
    if (setjmp(c.errors.jump))
        return nullptr;
    JBLOCKARRAY rows = (*c.src.mem->access_virt_barray)(reinterpret_cast<j_common_ptr>(&c.src),
                                                            c.coefficients[component], JDIMENSION(row), 1, TRUE);
    return rows[0];
}

// Corrupt entropy data can decode to coefficients no 8-bit JPEG holds. libjpeg-turbo's
// Huffman encoder does not check AC magnitudes, so copying them would write a broken file:
// refuse them here. Returns a message, or empty when every block is in range.
QString findOutOfRangeCoefficient(Codec &c)
{
    for (int ci = 0; ci < c.src.num_components; ++ci) {
        const jpeg_component_info &comp = c.src.comp_info[ci];
        for (JDIMENSION by = 0; by < comp.height_in_blocks; ++by) {
            JBLOCKROW row = blockRow(c, ci, int(by));
            if (!row)
                return c.errors.message();
            // Fast path over the whole row (a loop the compiler vectorises); a DC of +-1024
            // is legal, so only a row outside +-1023 gets the exact per-coefficient look.
            const JCOEF *flat = row[0];
            const size_t count = size_t(comp.width_in_blocks) * DCTSIZE2;
            JCOEF lo = 0, hi = 0;
            for (size_t i = 0; i < count; ++i) {
                lo = std::min(lo, flat[i]);
                hi = std::max(hi, flat[i]);
            }
            if (lo >= -1023 && hi <= 1023)
                continue;
            int worstAc = 0, worstDc = 0;
            for (JDIMENSION bx = 0; bx < comp.width_in_blocks; ++bx) {
                const JCOEF *block = row[bx];
                worstDc = std::max(worstDc, std::abs(int(block[0])));
                for (int i = 1; i < DCTSIZE2; ++i)
                    worstAc = std::max(worstAc, std::abs(int(block[i])));
            }
            if (worstAc > 1023 || worstDc > 1024)
                return Tr::tr("truncated or corrupt JPEG data: DCT coefficient out of range in component %1, block row %2")
                    .arg(ci)
                    .arg(by);
        }
    }
    return {};
}

bool writeCoefficients(Codec &c, const QList<QPair<int, QByteArray>> &markers, bool optimize)
{
    if (setjmp(c.errors.jump))
        return false;
    c.dst.err = &c.errors.manager;
    jpeg_create_compress(&c.dst);
    c.dstCreated = true;
    jpeg_mem_dest(&c.dst, &c.output, &c.outputSize);
    jpeg_copy_critical_parameters(&c.src, &c.dst);
    bool exifGiven = false;
    for (const auto &marker : markers)
        exifGiven = exifGiven || marker.first == JPEG_APP0 + 1;
    // EXIF wants to be the first segment; JFIF carries only density, which is kept when
    // there is no EXIF to hold it.
    c.dst.write_JFIF_header = (c.src.saw_JFIF_marker && !exifGiven) ? TRUE : FALSE;
    c.dst.optimize_coding = optimize ? TRUE : FALSE;
    if (c.src.progressive_mode)
        jpeg_simple_progression(&c.dst);
    jpeg_write_coefficients(&c.dst, c.coefficients);
    for (const auto &marker : markers)
        jpeg_write_marker(&c.dst, marker.first, reinterpret_cast<const JOCTET *>(marker.second.constData()),
                          unsigned(marker.second.size()));
    jpeg_finish_compress(&c.dst);
    jpeg_finish_decompress(&c.src);
    return true;
}

} // namespace veil::jpegcodec
