#include "mcutiles.h"

#include "blockcodec.h"

#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace veil::jpegtiles {

namespace {

// Tr::tr() translates in the "veil::LosslessJpeg" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(veil::LosslessJpeg)
};

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

// The mean of each fx x fy footprint of an 8x8 block (`stride` floats a row). The common
// samplings (4:4:4 and luma, 4:2:0 chroma, 4:2:2 chroma) get fixed-size loops the compiler
// unrolls and vectorises; the sums are added in the same order either way, so the result
// is the same to the bit.
template <int FX, int FY> void boxAverage(const float *src, int stride, float *samples)
{
    constexpr float scale = 1.0f / float(FX * FY);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            float sum = 0;
            for (int dy = 0; dy < FY; ++dy)
                for (int dx = 0; dx < FX; ++dx)
                    sum += src[(y * FY + dy) * stride + x * FX + dx];
            samples[y * 8 + x] = sum * scale;
        }
}

void boxAverage(const float *src, int stride, int fx, int fy, float *samples)
{
    const float scale = 1.0f / float(fx * fy);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            float sum = 0;
            for (int dy = 0; dy < fy; ++dy)
                for (int dx = 0; dx < fx; ++dx)
                    sum += src[(y * fy + dy) * stride + x * fx + dx];
            samples[y * 8 + x] = sum * scale;
        }
}

class TileProcessor
{
public:
    TileProcessor(jpegcodec::Codec &codec, const Geometry &geometry, const CellMaps &maps, LosslessJpegResult &result)
        : c(codec), g(geometry), maps(maps), result(result)
    {
    }

    // Returns an error message, empty on success.
    QString process(const CellRect &t, const QImage *pixels, const std::function<void(QImage &, QPoint)> &obfuscate)
    {
        tile = t;
        origin = QPoint(t.x0 * g.cellW, t.y0 * g.cellH);
        const int tileW = std::min((t.x1 - t.x0) * g.cellW, g.width - origin.x());
        const int tileH = std::min((t.y1 - t.y0) * g.cellH, g.height - origin.y());
        QImage image;
        if (pixels) {
            if (pixels->size() != QSize(g.width, g.height) || pixels->format() != QImage::Format_RGB32)
                return Tr::tr("the decoded image is %1x%2 pixels, the JPEG %3x%4")
                    .arg(pixels->width()).arg(pixels->height()).arg(g.width).arg(g.height);
            image = pixels->copy(QRect(origin, QSize(tileW, tileH)));
            if (image.isNull())
                return Tr::tr("out of memory for a %1x%2 tile").arg(tileW).arg(tileH);
        } else {
            const int n = c.src.num_components;
            planes.clear();
            planes.resize(size_t(n));
            for (int ci = 0; ci < n; ++ci) {
                if (QString e = decodeComponent(ci); !e.isEmpty())
                    return e;
            }
            image = QImage(tileW, tileH, QImage::Format_RGB32);
            if (image.isNull())
                return Tr::tr("out of memory for a %1x%2 tile").arg(tileW).arg(tileH);
            image.fill(qRgb(128, 128, 128)); // MCUs beyond every region's context stay grey
            for (int cy = t.y0; cy < t.y1; ++cy)
                for (int cx = t.x0; cx < t.x1; ++cx)
                    if (maps.needed[cellIndex(cx, cy)])
                        cellToRgb(image, cx, cy);
        }
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
                if (!row && !(row = jpegcodec::blockRow(c, ci, by)))
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
                    if (!row && !(row = jpegcodec::blockRow(c, ci, by)))
                        return c.errors.message();
                    if (!yccReady) {
                        cellToYcc(after, cx, cy, ycc);
                        yccReady = true;
                    }
                    // Box-average the block's footprint down to the component's sampling.
                    const float *src = ycc + (c.src.num_components == 1 ? 0 : ci * plane) + j * fh * g.cellW + i * fw;
                    if (fx == 1 && fy == 1)
                        boxAverage<1, 1>(src, g.cellW, samples);
                    else if (fx == 2 && fy == 2)
                        boxAverage<2, 2>(src, g.cellW, samples);
                    else if (fx == 2 && fy == 1)
                        boxAverage<2, 1>(src, g.cellW, samples);
                    else
                        boxAverage(src, g.cellW, fx, fy, samples);
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

    jpegcodec::Codec &c;
    const Geometry &g;
    const CellMaps &maps;
    LosslessJpegResult &result;
    CellRect tile{};
    QPoint origin;
    std::vector<Plane> planes;
};

} // namespace

CellRect cellsCovering(const QRect &pixels, const Geometry &g)
{
    return {pixels.left() / g.cellW, pixels.top() / g.cellH, pixels.right() / g.cellW + 1,
            pixels.bottom() / g.cellH + 1};
}

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

QString processTile(jpegcodec::Codec &codec, const Geometry &geometry, const CellMaps &maps, const CellRect &tile,
                    const QImage *pixels, const std::function<void(QImage &, QPoint)> &obfuscate,
                    LosslessJpegResult &result)
{
    TileProcessor processor(codec, geometry, maps, result);
    return processor.process(tile, pixels, obfuscate);
}

} // namespace veil::jpegtiles
