#pragma once

// Where each network looks: the scales of a photo it is run at and the overlapping
// tiles fixed-input networks are fed.

#include <QList>
#include <QRect>
#include <QRectF>
#include <QSize>

namespace veil {

// Tiles of `tile` size covering an image of `image` size, neighbours overlapping by at
// least `overlap` pixels. Tiles are spread evenly and stay inside the image; when the
// image is smaller than a tile in one direction, the tile is clipped to it.
QList<QRect> tileGrid(QSize image, QSize tile, int overlap);

// The tiles an any-size network (YuNet-n) is fed at one scale: all of one size, at most
// maxSide on each side and with sides that are multiples of `align` (unless the image is
// smaller), as few as cover the image with neighbours overlapping by at least `overlap`.
// Bounds the memory of one inference (YuNet-n needs ~230 bytes per input pixel).
QSize tileSizeFor(QSize image, int maxSide, int overlap, int align = 32);

// True when the box reaches within `margin` of a tile edge that is not also an image
// edge: a face cut by the tile, which a neighbouring tile sees whole.
bool touchesInnerEdge(const QRectF &box, const QRect &tile, QSize image, double margin);

// The scales (network input pixels per image pixel) a network with a working range of
// face heights [minFace, maxFace] at its input must run at to find faces from
// `smallestFace` image pixels up to the whole image, finest first. The finest scale is
// capped at maxUpscale and so that the scaled image has at most maxPixels pixels; each
// next scale is coarser by the factor that keeps neighbouring ranges overlapping.
// `step` > 0 sets the factor between neighbouring scales (otherwise max(1.5, maxFace /
// minFace / 2)).
QList<double> pyramidScales(QSize image, double smallestFace, double minFace, double maxFace, double maxUpscale,
                            double maxPixels, double step = 0);

} // namespace veil
