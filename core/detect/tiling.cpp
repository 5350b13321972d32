#include "tiling.h"

#include <algorithm>
#include <cmath>

namespace veil {

namespace {
// Start positions of tiles of length `tile` along `length`, overlapping by >= overlap.
QList<int> starts(int length, int tile, int overlap)
{
    if (tile >= length)
        return {0};
    overlap = std::clamp(overlap, 0, tile - 1);
    const int stride = tile - overlap;
    const int count = int(std::ceil(double(length - tile) / stride)) + 1;
    QList<int> result;
    for (int i = 0; i < count; ++i)
        result.append(int(std::lround(double(length - tile) * i / (count - 1))));
    return result;
}
} // namespace

QList<QRect> tileGrid(QSize image, QSize tile, int overlap)
{
    QList<QRect> tiles;
    if (image.isEmpty() || tile.isEmpty())
        return tiles;
    const int w = std::min(tile.width(), image.width());
    const int h = std::min(tile.height(), image.height());
    for (int y : starts(image.height(), h, overlap))
        for (int x : starts(image.width(), w, overlap))
            tiles.append(QRect(x, y, w, h));
    return tiles;
}

namespace {
int tileLength(int length, int maxSide, int overlap, int align)
{
    if (length <= maxSide)
        return length;
    overlap = std::clamp(overlap, 0, maxSide / 2);
    for (int n = int(std::ceil(double(length - overlap) / (maxSide - overlap)));; ++n) {
        // n tiles of length t overlap by (n * t - length) / (n - 1) >= overlap.
        const int needed = int(std::ceil(double(length + (n - 1) * overlap) / n));
        const int t = std::max(align, (needed + align - 1) / align * align);
        if (t <= maxSide || t <= align)
            return std::min(t, length);
    }
}
} // namespace

QSize tileSizeFor(QSize image, int maxSide, int overlap, int align)
{
    if (image.isEmpty() || maxSide <= 0)
        return image;
    return QSize(tileLength(image.width(), maxSide, overlap, align), tileLength(image.height(), maxSide, overlap, align));
}

bool touchesInnerEdge(const QRectF &box, const QRect &tile, QSize image, double margin)
{
    const double left = tile.x(), top = tile.y();
    const double right = tile.x() + tile.width(), bottom = tile.y() + tile.height();
    return (left > 0 && box.left() < left + margin) || (top > 0 && box.top() < top + margin)
        || (right < image.width() && box.right() > right - margin)
        || (bottom < image.height() && box.bottom() > bottom - margin);
}

QList<double> pyramidScales(QSize image, double smallestFace, double minFace, double maxFace, double maxUpscale,
                            double maxPixels, double step)
{
    QList<double> scales;
    if (image.isEmpty() || smallestFace <= 0 || minFace <= 0 || maxFace <= minFace)
        return scales;
    const double pixels = double(image.width()) * image.height();
    double s = std::min(minFace / smallestFace, maxUpscale);
    if (pixels * s * s > maxPixels)
        s = std::sqrt(maxPixels / pixels);
    // Neighbouring scales overlap by a factor of two in face size.
    if (step <= 1)
        step = std::max(1.5, maxFace / minFace / 2);
    const double largestFace = std::min(image.width(), image.height());
    while (true) {
        scales.append(s);
        if (largestFace * s <= maxFace)
            break;
        s /= step;
    }
    return scales;
}

} // namespace veil
