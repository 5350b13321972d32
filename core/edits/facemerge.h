#pragma once

#include "library/photo.h"

#include <QList>
#include <QRectF>

namespace veil {

// Two boxes whose intersection over union is above this are the same face.
constexpr double SameFaceOverlap = 0.4;

double boxOverlap(const QRectF &a, const QRectF &b);

// The detected boxes that are new: neither the same face as a box in `current` nor as
// a box the user rejected. Rects are normalised; the result keeps the detector's order.
QList<FaceBox> freshDetections(const QList<FaceBox> &current, const QList<QRectF> &rejected,
                               const QList<FaceBox> &detected);

// A photo's faces after detecting again, keeping the user's decisions: every decided box
// (drawn, accepted, kept visible, or certain) stays as it is; undecided candidates
// (uncertain and possible faces) of the earlier detection give way to the new detection;
// a new box on a decided box or on a rejected one is dropped.
QList<FaceBox> mergeDetections(const QList<FaceBox> &current, const QList<QRectF> &rejected,
                               const QList<FaceBox> &detected);

} // namespace veil
