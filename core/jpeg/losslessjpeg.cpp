#include "losslessjpeg.h"

#include "blockcodec.h"
#include "jpegerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <cstring>
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

// Overlapping tiles are merged so each MCU is decoded and written by one tile only.
QList<CellRect> mergeTiles(QList<CellRect> tiles)
{
    bool merged = true;
    while (merged) {
        merged = false;
        for (qsizetype i = 0; i < tiles.size() && !merged; ++i)
            for (qsizetype j = i + 1; j < tiles.size(); ++j)
                if (tiles[i].overlaps(tiles[j])) {
                    tiles[i].unite(tiles[j]);
                    tiles.removeAt(j);
                    merged = true;
                    break;
                }
    }
    return tiles;
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

class TileProcessor
{
public:
    TileProcessor(Codec &codec, const Geometry &geometry, const std::vector<char> &touched,
                  LosslessJpegResult &result)
        : c(codec), g(geometry), touched(touched), result(result)
    {
    }

    // Returns an error message, empty on success.
    QString process(const CellRect &t, const std::function<void(QImage &, QPoint)> &obfuscate)
    {
        tile = t;
        padW = (t.x1 - t.x0) * g.cellW;
        padH = (t.y1 - t.y0) * g.cellH;
        origin = QPoint(t.x0 * g.cellW, t.y0 * g.cellH);
        const int tileW = std::min(padW, g.width - origin.x());
        const int tileH = std::min(padH, g.height - origin.y());
        const int n = c.src.num_components;
        planes.assign(size_t(n), {});
        for (int ci = 0; ci < n; ++ci) {
            if (QString e = decodeComponent(ci); !e.isEmpty())
                return e;
        }
        QImage image(tileW, tileH, QImage::Format_RGB32);
        if (image.isNull())
            return Tr::tr("out of memory for a %1x%2 tile").arg(tileW).arg(tileH);
        toRgb(image);
        const QImage before = image;
        if (obfuscate)
            obfuscate(image, origin);
        if (image.size() != before.size())
            return Tr::tr("the obfuscation changed the tile size from %1x%2 to %3x%4")
                .arg(before.width()).arg(before.height()).arg(image.width()).arg(image.height());
        if (image.format() != QImage::Format_RGB32)
            image = image.convertToFormat(QImage::Format_RGB32);
        fromRgb(image);
        for (int ci = 0; ci < n; ++ci) {
            if (QString e = encodeComponent(ci, before, image); !e.isEmpty())
                return e;
        }
        return {};
    }

private:
    struct Plane
    {
        int w = 0, h = 0;
        std::vector<float> v;
    };

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
        const int bx0 = tile.x0 * comp.h_samp_factor, bx1 = tile.x1 * comp.h_samp_factor;
        const int by0 = tile.y0 * comp.v_samp_factor, by1 = tile.y1 * comp.v_samp_factor;
        p.w = (bx1 - bx0) * 8;
        p.h = (by1 - by0) * 8;
        p.v.assign(size_t(p.w) * size_t(p.h), 128.0f);
        for (int by = by0; by < by1; ++by) {
            JBLOCKROW row = blockRow(c, ci, by);
            if (!row)
                return c.errors.message();
            for (int bx = bx0; bx < bx1; ++bx)
                jpegblocks::inverseDct(row[bx], quant, &p.v[size_t((by - by0) * 8) * size_t(p.w) + size_t((bx - bx0) * 8)], p.w);
        }
        return {};
    }

    // Chroma is replicated, not interpolated: the round trip through fromRgb's box filter
    // then returns the same chroma for pixels the obfuscation did not touch.
    void toRgb(QImage &image) const
    {
        const int n = c.src.num_components;
        for (int y = 0; y < image.height(); ++y) {
            QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const float Y = sample(0, x, y);
                int r, gg, b;
                if (n == 1)
                    r = gg = b = std::clamp(int(std::lround(Y)), 0, 255);
                else
                    jpegblocks::yccToRgb(Y, sample(1, x, y), sample(2, x, y), &r, &gg, &b);
                line[x] = qRgb(r, gg, b);
            }
        }
    }

    float sample(int ci, int x, int y) const
    {
        const Plane &p = planes[size_t(ci)];
        return p.v[size_t(y / sy(ci)) * size_t(p.w) + size_t(x / sx(ci))];
    }

    // Full-resolution Y, Cb, Cr of the padded tile (edges replicated), box-averaged down
    // to each component's sampling.
    void fromRgb(const QImage &image)
    {
        const int n = c.src.num_components;
        std::vector<float> full[3];
        for (int ci = 0; ci < n; ++ci)
            full[ci].resize(size_t(padW) * size_t(padH));
        for (int y = 0; y < padH; ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(std::min(y, image.height() - 1)));
            for (int x = 0; x < padW; ++x) {
                const QRgb px = line[std::min(x, image.width() - 1)];
                const size_t i = size_t(y) * size_t(padW) + size_t(x);
                if (n == 1) {
                    full[0][i] = jpegblocks::rgbToYcc(qRed(px), qGreen(px), qBlue(px)).y;
                } else {
                    const jpegblocks::Ycc ycc = jpegblocks::rgbToYcc(qRed(px), qGreen(px), qBlue(px));
                    full[0][i] = ycc.y;
                    full[1][i] = ycc.cb;
                    full[2][i] = ycc.cr;
                }
            }
        }
        for (int ci = 0; ci < n; ++ci) {
            Plane &p = planes[size_t(ci)];
            const int fx = sx(ci), fy = sy(ci);
            const float scale = 1.0f / float(fx * fy);
            for (int y = 0; y < p.h; ++y)
                for (int x = 0; x < p.w; ++x) {
                    float sum = 0;
                    for (int dy = 0; dy < fy; ++dy)
                        for (int dx = 0; dx < fx; ++dx)
                            sum += full[ci][size_t(y * fy + dy) * size_t(padW) + size_t(x * fx + dx)];
                    p.v[size_t(y) * size_t(p.w) + size_t(x)] = sum * scale;
                }
        }
    }

    QString encodeComponent(int ci, const QImage &before, const QImage &after)
    {
        const jpeg_component_info &comp = c.src.comp_info[ci];
        const quint16 *quant = quantTable(ci);
        const Plane &p = planes[size_t(ci)];
        const int bx0 = tile.x0 * comp.h_samp_factor, bx1 = tile.x1 * comp.h_samp_factor;
        const int by0 = tile.y0 * comp.v_samp_factor, by1 = tile.y1 * comp.v_samp_factor;
        const int fw = 8 * sx(ci), fh = 8 * sy(ci); // a block's footprint in pixels
        for (int by = by0; by < by1; ++by) {
            JBLOCKROW row = nullptr;
            for (int bx = bx0; bx < bx1; ++bx) {
                const int cell = (by / comp.v_samp_factor) * g.cellsX + bx / comp.h_samp_factor;
                if (!touched[size_t(cell)])
                    continue;
                const int px = (bx - bx0) * fw, py = (by - by0) * fh;
                if (!footprintChanged(before, after, px, py, fw, fh))
                    continue;
                if (!row && !(row = blockRow(c, ci, by)))
                    return c.errors.message();
                jpegblocks::forwardDct(&p.v[size_t((by - by0) * 8) * size_t(p.w) + size_t((bx - bx0) * 8)], p.w, quant,
                                       row[bx]);
                ++result.blocksReencoded;
                reencodedCells.push_back(cell);
            }
        }
        return {};
    }

public:
    std::vector<int> reencodedCells;

private:
    Codec &c;
    const Geometry &g;
    const std::vector<char> &touched;
    LosslessJpegResult &result;
    CellRect tile{};
    int padW = 0, padH = 0;
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
        result.error = c.errors.message();
        return result;
    }
    if (!c.fallback.isEmpty()) {
        result.fallbackReason = Tr::tr("the lossless JPEG path does not handle %1").arg(c.fallback);
        return result;
    }
    result.progressive = c.src.progressive_mode;

    Geometry g;
    g.width = int(c.src.image_width);
    g.height = int(c.src.image_height);
    g.cellW = 8 * c.src.max_h_samp_factor;
    g.cellH = 8 * c.src.max_v_samp_factor;
    g.cellsX = (g.width + g.cellW - 1) / g.cellW;
    g.cellsY = (g.height + g.cellH - 1) / g.cellH;
    result.mcusTotal = g.cellsX * g.cellsY;

    const QRect bounds(0, 0, g.width, g.height);
    std::vector<char> touched(size_t(g.cellsX) * size_t(g.cellsY), 0);
    QList<CellRect> tiles;
    const int margin = std::max(request.contextPixels, 0);
    for (const QRect &region : request.storedRegions) {
        const QRect r = region.normalized() & bounds;
        if (r.isEmpty())
            continue;
        const CellRect cells = cellsCovering(r, g);
        for (int y = cells.y0; y < cells.y1; ++y)
            for (int x = cells.x0; x < cells.x1; ++x)
                touched[size_t(y) * size_t(g.cellsX) + size_t(x)] = 1;
        tiles.append(cellsCovering(r.adjusted(-margin, -margin, margin, margin) & bounds, g));
    }

    TileProcessor processor(c, g, touched, result);
    for (const CellRect &tile : mergeTiles(tiles)) {
        if (QString e = processor.process(tile, request.obfuscate); !e.isEmpty()) {
            result.error = e;
            return result;
        }
    }
    std::vector<int> &cells = processor.reencodedCells;
    std::sort(cells.begin(), cells.end());
    result.mcusReencoded = int(std::unique(cells.begin(), cells.end()) - cells.begin());

    if (!writeCoefficients(c, request.markers, request.optimizeHuffman)) {
        result.error = c.errors.message();
        return result;
    }
    result.jpeg = QByteArray(reinterpret_cast<const char *>(c.output), qsizetype(c.outputSize));
    result.usedLosslessPath = true;
    return result;
}

} // namespace veil
