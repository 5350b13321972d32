#pragma once

// Merging boxes: plain NMS within one network's output, and fusion of the candidates of
// several networks, scales and tiles into one list.

#include "backend.h"

#include <QList>
#include <QRectF>

namespace veil {

double intersectionOverUnion(const QRectF &a, const QRectF &b);
// Fraction of `inner`'s area that lies inside `outer`.
double coveredFraction(const QRectF &inner, const QRectF &outer);

// Greedy non-maximum suppression: keeps the best box of every group overlapping by more
// than iouThreshold. Result sorted by descending score.
QList<RawBox> nmsRaw(QList<RawBox> boxes, double iouThreshold);

struct SourcedBox
{
    QRectF box;
    double score = 0;
    int source = 0; // which network produced it (passes of one network share a source)
};

struct FusedBox
{
    QRectF box;
    double score = 0; // combined
    int sources = 0;  // how many networks agree
};

// Weighted box fusion: boxes are clustered greedily (best first) with every box that
// overlaps the cluster's first box by at least iouThreshold. A cluster's box is the
// score-weighted mean of its members; its score combines the best score of each network
// in it as a noisy-OR, 1 - prod(1 - s), so agreement between networks raises confidence
// while a lone confident network keeps its score.
QList<FusedBox> fuseBoxes(QList<SourcedBox> boxes, double iouThreshold);

// Removes a box when most of it (containedFraction) lies inside a better-scoring box:
// the duplicates fusion leaves when networks disagree about a face's extent.
QList<FusedBox> suppressContained(QList<FusedBox> boxes, double containedFraction);

} // namespace veil
