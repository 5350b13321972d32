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

// True when the box reaches within `margin` of a tile edge that is not also an image
// edge: a face cut by the tile, which a neighbouring tile sees whole.
bool touchesInnerEdge(const QRectF &box, const QRect &tile, QSize image, double margin);

// The scales (network input pixels per image pixel) a network with a working range of
// face heights [minFace, maxFace] at its input must run at to find faces from
// `smallestFace` image pixels up to the whole image, finest first. The finest scale is
// capped at maxUpscale and so that the scaled image has at most maxPixels pixels; each
// next scale is coarser by the factor that keeps neighbouring ranges overlapping.
QList<double> pyramidScales(QSize image, double smallestFace, double minFace, double maxFace, double maxUpscale,
                            double maxPixels);

} // namespace veil
