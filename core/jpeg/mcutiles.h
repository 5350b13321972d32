#pragma once

// The MCU bookkeeping of the lossless JPEG path: which MCUs the regions touch, how they
// group into tiles, and the decode -> obfuscate -> re-encode of one tile. Internal to
// core/jpeg.

#include "coefficientcodec.h"
#include "losslessjpeg.h"

#include <QImage>
#include <QList>
#include <QPoint>
#include <QRect>

#include <algorithm>
#include <functional>
#include <vector>

namespace veil::jpegtiles {

// The image and its MCU grid, in pixels of the stored image.
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

struct CellMaps
{
    std::vector<char> touched; // MCUs intersecting a region: written back when changed
    std::vector<char> needed;  // MCUs within the context of a region: decoded
};

// The MCUs covering a pixel rectangle (which must lie inside the image).
CellRect cellsCovering(const QRect &pixels, const Geometry &g);

// Overlapping tiles are merged so each MCU is decoded and written by one tile only. The
// result is pairwise disjoint: each tile absorbs every tile it overlaps, until none does.
QList<CellRect> mergeTiles(const QList<CellRect> &tiles);

// Decodes the needed MCUs of `tile` (or, when `pixels` is given, the whole image already
// decoded from the same coefficients, copies the tile from it), calls `obfuscate`, and
// writes back the blocks of touched MCUs whose pixels changed, counting them in `result`.
// Returns an error message, empty on success.
QString processTile(jpegcodec::Codec &codec, const Geometry &geometry, const CellMaps &maps, const CellRect &tile,
                    const QImage *pixels, const std::function<void(QImage &, QPoint)> &obfuscate,
                    LosslessJpegResult &result);

} // namespace veil::jpegtiles
