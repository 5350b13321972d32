#include "losslessjpeg.h"

#include "blockcodec.h"
#include "jpegerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace veil {

namespace {

// Tr::tr() translates in the "veil::LosslessJpeg" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(veil::LosslessJpeg)
};

struct Codec
{
    StrictJpegErrors errors;
    jpeg_decompress_struct src{};
    jpeg_compress_struct dst{};
    jvirt_barray_ptr *coefficients = nullptr;
    unsigned char *output = nullptr;
    unsigned long outputSize = 0;
    bool dstCreated = false;
    QString fallback;

    Codec()
    {
        src.err = errors.install();
        jpeg_create_decompress(&src);
    }
    ~Codec()
    {
        if (dstCreated)
            jpeg_destroy_compress(&dst);
        jpeg_destroy_decompress(&src);
        std::free(output);
    }
};

// Below: every function calling libjpeg sets its own setjmp, and creates no C++ object
// with a destructor after it, so a longjmp skips nothing that needs destroying.

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

struct Geometry
{
    int width = 0, height = 0;   // image pixels
    int cellW = 8, cellH = 8;    // MCU pixels
    int cellsX = 0, cellsY = 0;
};

struct CellRect
{
    int x0, y0, x1, y1; // cells, exclusive end
    bool overlaps(const CellRect &o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    void unite(const CellRect &o)
    {
        x0 = std::min(x0, o.x0);
        y0 = std::min(y0, o.y0);
        x1 = std::max(x1, o.x1);
        y1 = std::max(y1, o.y1);
    }
};

CellRect cellsCovering(const QRect &pixels, const Geometry &g)
{
    return {pixels.left() / g.cellW, pixels.top() / g.cellH, pixels.right() / g.cellW + 1,
            pixels.bottom() / g.cellH + 1};
}

// Overlapping tiles are merged so each MCU is decoded and written by one tile only. The
// result is pairwise disjoint: each tile absorbs every tile it overlaps, until none does.
QList<CellRect> mergeTiles(const QList<CellRect> &tiles)
{
    QList<CellRect> merged;
    for (CellRect t : tiles) {
        for (bool grown = true; grown;) {
            grown = false;
            for (qsizetype i = 0; i < merged.size(); ++i)
                if (merged[i].overlaps(t)) {
                    t.unite(merged[i]);
                    merged.removeAt(i);
                    grown = true;
                    break;
                }
        }
        merged.append(t);
    }
    return merged;
}

bool footprintChanged(const QImage &before, const QImage &after, int x0, int y0, int w, int h)
{
    const int x1 = std::min(x0 + w, before.width());
    const int y1 = std::min(y0 + h, before.height());
    if (x0 >= x1 || y0 >= y1)
        return false;
    for (int y = y0; y < y1; ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(before.constScanLine(y)) + x0;
        const QRgb *b = reinterpret_cast<const QRgb *>(after.constScanLine(y)) + x0;
        if (std::memcmp(a, b, size_t(x1 - x0) * sizeof(QRgb)) != 0)
            return true;
    }
    return false;
}

struct CellMaps
{
    std::vector<char> touched; // MCUs intersecting a region: written back when changed
    std::vector<char> needed;  // MCUs within the context of a region: decoded
};

class TileProcessor
{
public:
    TileProcessor(Codec &codec, const Geometry &geometry, const CellMaps &maps, LosslessJpegResult &result)
        : c(codec), g(geometry), maps(maps), result(result)
    {
    }

    // Returns an error message, empty on success.
    QString process(const CellRect &t, const std::function<void(QImage &, QPoint)> &obfuscate)
    {
        tile = t;
        origin = QPoint(t.x0 * g.cellW, t.y0 * g.cellH);
        const int tileW = std::min((t.x1 - t.x0) * g.cellW, g.width - origin.x());
        const int tileH = std::min((t.y1 - t.y0) * g.cellH, g.height - origin.y());
        const int n = c.src.num_components;
        planes.clear();
        planes.resize(size_t(n));
        for (int ci = 0; ci < n; ++ci) {
            if (QString e = decodeComponent(ci); !e.isEmpty())
                return e;
        }
        QImage image(tileW, tileH, QImage::Format_RGB32);
        if (image.isNull())
            return Tr::tr("out of memory for a %1x%2 tile").arg(tileW).arg(tileH);
        image.fill(qRgb(128, 128, 128)); // MCUs beyond every region's context stay grey
        for (int cy = t.y0; cy < t.y1; ++cy)
            for (int cx = t.x0; cx < t.x1; ++cx)
                if (maps.needed[cellIndex(cx, cy)])
                    cellToRgb(image, cx, cy);
        const QImage before = image;
        if (obfuscate)
            obfuscate(image, origin);
        if (image.size() != before.size())
            return Tr::tr("the obfuscation changed the tile size from %1x%2 to %3x%4")
                .arg(before.width()).arg(before.height()).arg(image.width()).arg(image.height());
        if (image.format() != QImage::Format_RGB32)
            image = image.convertToFormat(QImage::Format_RGB32);
        for (int cy = t.y0; cy < t.y1; ++cy)
            for (int cx = t.x0; cx < t.x1; ++cx)
                if (maps.touched[cellIndex(cx, cy)]) {
                    if (QString e = encodeCell(cx, cy, before, image); !e.isEmpty())
                        return e;
                }
        return {};
    }

private:
    struct Plane
    {
        int w = 0, h = 0;
        std::unique_ptr<float[]> v; // uninitialised: only decoded blocks are read
    };

    size_t cellIndex(int cx, int cy) const { return size_t(cy) * size_t(g.cellsX) + size_t(cx); }
    int sx(int ci) const { return c.src.max_h_samp_factor / c.src.comp_info[ci].h_samp_factor; }
    int sy(int ci) const { return c.src.max_v_samp_factor / c.src.comp_info[ci].v_samp_factor; }

    const quint16 *quantTable(int ci) const
    {
        const jpeg_component_info &comp = c.src.comp_info[ci];
        const JQUANT_TBL *table = comp.quant_table ? comp.quant_table : c.src.quant_tbl_ptrs[comp.quant_tbl_no];
        return table ? table->quantval : nullptr;
    }

    QString decodeComponent(int ci)
    {
        const jpeg_component_info &comp = c.src.comp_info[ci];
        const quint16 *quant = quantTable(ci);
        if (!quant)
            return Tr::tr("component %1 has no quantisation table").arg(ci);
        Plane &p = planes[size_t(ci)];
        const int hs = comp.h_samp_factor, vs = comp.v_samp_factor;
        const int bx0 = tile.x0 * hs, bx1 = tile.x1 * hs;
        const int by0 = tile.y0 * vs, by1 = tile.y1 * vs;
        p.w = (bx1 - bx0) * 8;
        p.h = (by1 - by0) * 8;
        p.v.reset(new float[size_t(p.w) * size_t(p.h)]);
        for (int by = by0; by < by1; ++by) {
            JBLOCKROW row = nullptr;
            for (int bx = bx0; bx < bx1; ++bx) {
                if (!maps.needed[cellIndex(bx / hs, by / vs)])
                    continue;
                if (!row && !(row = blockRow(c, ci, by)))
                    return c.errors.message();
                jpegblocks::inverseDct(row[bx], quant, &p.v[size_t((by - by0) * 8) * size_t(p.w) + size_t((bx - bx0) * 8)], p.w);
            }
        }
        return {};
    }

    // Chroma is replicated, not interpolated, so that for pixels the obfuscation leaves
    // alone the box average in blockSamples gives back the same chroma.
    void cellToRgb(QImage &image, int cx, int cy) const
    {
        const int x0 = (cx - tile.x0) * g.cellW, y0 = (cy - tile.y0) * g.cellH;
        const int x1 = std::min(x0 + g.cellW, image.width()), y1 = std::min(y0 + g.cellH, image.height());
        if (c.src.num_components == 1) {
            const Plane &p = planes[0];
            for (int y = y0; y < y1; ++y) {
                QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                const float *in = &p.v[size_t(y / sy(0)) * size_t(p.w)];
                for (int x = x0; x < x1; ++x) {
                    const int v = jpegblocks::toByte(in[x / sx(0)]);
                    line[x] = qRgb(v, v, v);
                }
            }
            return;
        }
        // Column offsets into each plane, computed once per cell instead of per pixel.
        int column[3][32];
        for (int ci = 0; ci < 3; ++ci)
            for (int x = x0; x < x1; ++x)
                column[ci][x - x0] = x / sx(ci);
        for (int y = y0; y < y1; ++y) {
            QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            const float *rowY = &planes[0].v[size_t(y / sy(0)) * size_t(planes[0].w)];
            const float *rowCb = &planes[1].v[size_t(y / sy(1)) * size_t(planes[1].w)];
            const float *rowCr = &planes[2].v[size_t(y / sy(2)) * size_t(planes[2].w)];
            for (int x = x0; x < x1; ++x) {
                const int i = x - x0;
                line[x] = jpegblocks::yccToRgb(rowY[column[0][i]], rowCb[column[1][i]], rowCr[column[2][i]]);
            }
        }
    }

    // Full-resolution Y, Cb, Cr of one MCU of the tile, with the image's last row and
    // column replicated beyond its edge (as libjpeg's encoder pads).
    void cellToYcc(const QImage &image, int cx, int cy, float *out) const
    {
        const int x0 = (cx - tile.x0) * g.cellW, y0 = (cy - tile.y0) * g.cellH;
        const int maxX = image.width() - 1, maxY = image.height() - 1;
        const int plane = g.cellW * g.cellH;
        for (int y = 0; y < g.cellH; ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(std::min(y0 + y, maxY)));
            for (int x = 0; x < g.cellW; ++x) {
                const QRgb p = line[std::min(x0 + x, maxX)];
                const jpegblocks::Ycc ycc = jpegblocks::rgbToYcc(qRed(p), qGreen(p), qBlue(p));
                const int i = y * g.cellW + x;
                out[i] = ycc.y;
                out[plane + i] = ycc.cb;
                out[2 * plane + i] = ycc.cr;
            }
        }
    }

    // Re-encodes the blocks of one touched MCU whose pixels the obfuscation changed.
    QString encodeCell(int cx, int cy, const QImage &before, const QImage &after)
    {
        float ycc[3 * 32 * 32];
        bool yccReady = false;
        float samples[64];
        const int plane = g.cellW * g.cellH;
        bool changedAny = false;
        for (int ci = 0; ci < c.src.num_components; ++ci) {
            const jpeg_component_info &comp = c.src.comp_info[ci];
            const int fx = sx(ci), fy = sy(ci);
            const int fw = 8 * fx, fh = 8 * fy; // a block's footprint in pixels
            const quint16 *quant = quantTable(ci);
            for (int j = 0; j < comp.v_samp_factor; ++j) {
                JBLOCKROW row = nullptr;
                const int by = cy * comp.v_samp_factor + j;
                for (int i = 0; i < comp.h_samp_factor; ++i) {
                    const int bx = cx * comp.h_samp_factor + i;
                    const int px = (cx - tile.x0) * g.cellW + i * fw, py = (cy - tile.y0) * g.cellH + j * fh;
                    if (!footprintChanged(before, after, px, py, fw, fh))
                        continue;
                    if (!row && !(row = blockRow(c, ci, by)))
                        return c.errors.message();
                    if (!yccReady) {
                        cellToYcc(after, cx, cy, ycc);
                        yccReady = true;
                    }
                    // Box-average the block's footprint down to the component's sampling.
                    const float *src = ycc + (c.src.num_components == 1 ? 0 : ci * plane);
                    const float scale = 1.0f / float(fx * fy);
                    for (int y = 0; y < 8; ++y)
                        for (int x = 0; x < 8; ++x) {
                            float sum = 0;
                            for (int dy = 0; dy < fy; ++dy)
                                for (int dx = 0; dx < fx; ++dx)
                                    sum += src[(j * fh + y * fy + dy) * g.cellW + i * fw + x * fx + dx];
                            samples[y * 8 + x] = sum * scale;
                        }
                    jpegblocks::forwardDct(samples, 8, quant, row[bx]);
                    ++result.blocksReencoded;
                    changedAny = true;
                }
            }
        }
        if (changedAny)
            ++result.mcusReencoded;
        return {};
    }

    Codec &c;
    const Geometry &g;
    const CellMaps &maps;
    LosslessJpegResult &result;
    CellRect tile{};
    QPoint origin;
    std::vector<Plane> planes;
};

} // namespace

LosslessJpegResult anonymizeJpegLossless(const LosslessJpegRequest &request)
{
    LosslessJpegResult result;
    const QByteArray &jpeg = request.jpeg;
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8) {
        result.fallbackReason = Tr::tr("not a JPEG file");
        return result;
    }
    for (const auto &marker : request.markers) {
        const bool app = marker.first >= JPEG_APP0 && marker.first <= JPEG_APP0 + 15;
        if (!app && marker.first != JPEG_COM) {
            result.error = Tr::tr("marker 0x%1 is not an APPn or COM segment").arg(marker.first, 2, 16, QLatin1Char('0'));
            return result;
        }
        if (marker.second.size() > 65533) {
            result.error = Tr::tr("marker 0x%1 payload of %2 bytes is above the 65533-byte segment limit")
                               .arg(marker.first, 2, 16, QLatin1Char('0'))
                               .arg(marker.second.size());
            return result;
        }
    }

    Codec c;
    if (!readCoefficients(c, jpeg)) {
        // This libjpeg reads 8-bit DCT JPEGs only; other precisions and processes are a
        // matter for the pixel path, not a corrupt file.
        const int code = c.errors.manager.msg_code;
        if (code == JERR_BAD_PRECISION || code == JERR_SOF_UNSUPPORTED) {
            result.fallbackReason = Tr::tr("the lossless JPEG path does not handle this JPEG: %1")
                                        .arg(QString::fromLocal8Bit(c.errors.text));
            return result;
        }
        result.error = c.errors.message();
        return result;
    }
    if (!c.fallback.isEmpty()) {
        result.fallbackReason = Tr::tr("the lossless JPEG path does not handle %1").arg(c.fallback);
        return result;
    }
    result.progressive = c.src.progressive_mode;
    if (QString e = findOutOfRangeCoefficient(c); !e.isEmpty()) {
        result.error = e;
        return result;
    }

    Geometry g;
    g.width = int(c.src.image_width);
    g.height = int(c.src.image_height);
    g.cellW = 8 * c.src.max_h_samp_factor;
    g.cellH = 8 * c.src.max_v_samp_factor;
    g.cellsX = (g.width + g.cellW - 1) / g.cellW;
    g.cellsY = (g.height + g.cellH - 1) / g.cellH;
    result.mcusTotal = g.cellsX * g.cellsY;

    const QRect bounds(0, 0, g.width, g.height);
    CellMaps maps;
    maps.touched.assign(size_t(g.cellsX) * size_t(g.cellsY), 0);
    maps.needed = maps.touched;
    QList<CellRect> tiles;
    const int margin = std::max(request.contextPixels, 0);
    const auto mark = [&](std::vector<char> &map, const CellRect &cells) {
        for (int y = cells.y0; y < cells.y1; ++y)
            std::fill_n(map.begin() + qsizetype(y) * g.cellsX + cells.x0, cells.x1 - cells.x0, 1);
    };
    for (const QRect &region : request.storedRegions) {
        const QRect r = region.normalized() & bounds;
        if (r.isEmpty())
            continue;
        const CellRect context = cellsCovering(r.adjusted(-margin, -margin, margin, margin) & bounds, g);
        mark(maps.touched, cellsCovering(r, g));
        mark(maps.needed, context);
        tiles.append(context);
    }

    TileProcessor processor(c, g, maps, result);
    for (const CellRect &tile : mergeTiles(tiles)) {
        if (QString e = processor.process(tile, request.obfuscate); !e.isEmpty()) {
            result.error = e;
            return result;
        }
    }
    if (!writeCoefficients(c, request.markers, request.optimizeHuffman)) {
        result.error = c.errors.message();
        return result;
    }
    result.jpeg = QByteArray(reinterpret_cast<const char *>(c.output), qsizetype(c.outputSize));
    result.usedLosslessPath = true;
    return result;
}

} // namespace veil
