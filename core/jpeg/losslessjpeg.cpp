#include "losslessjpeg.h"

#include "coefficientcodec.h"
#include "decodedjpeg.h"
#include "mcutiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace veil {

namespace {

// Tr::tr() translates in the "veil::LosslessJpeg" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(veil::LosslessJpeg)
};

} // namespace

LosslessJpegResult anonymizeJpegLossless(const LosslessJpegRequest &request)
{
    using namespace jpegcodec;
    using namespace jpegtiles;
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

    // A DecodedJpeg serves one export; a second use reads the file again.
    const bool predecoded = request.decoded && !request.decoded->consumed();
    Codec own;
    Codec &c = predecoded ? request.decoded->codec() : own;
    const QImage *pixels = predecoded ? &request.decoded->pixels() : nullptr;
    if (predecoded)
        request.decoded->markConsumed();
    if (!predecoded && !readCoefficients(c, jpeg)) {
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

    for (const CellRect &tile : mergeTiles(tiles)) {
        if (QString e = processTile(c, g, maps, tile, pixels, request.obfuscate, result); !e.isEmpty()) {
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
    if (predecoded)
        request.decoded->release(); // the pixels and coefficients are no longer needed
    return result;
}

} // namespace veil
