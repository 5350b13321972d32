#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>

namespace veil {

// EXIF orientation values 1..8 (TIFF/EP): how the stored pixels must be transformed to
// be displayed. Anything outside 1..8 is treated as 1.
int normalizedOrientation(int exifOrientation);

// True for orientations 5..8, whose displayed width is the stored height.
bool orientationSwapsAxes(int orientation);

QSize displayedSize(QSize stored, int orientation);

// Applies the orientation to stored pixels, giving the image as it is displayed.
QImage applyOrientation(const QImage &stored, int orientation);

// Maps a rectangle between stored-pixel and displayed-pixel coordinates. Both sizes are
// given in pixels of their own space. These are exact inverses of each other.
QRectF storedToDisplayed(const QRectF &rect, QSize storedSize, int orientation);
QRectF displayedToStored(const QRectF &rect, QSize storedSize, int orientation);

} // namespace veil
