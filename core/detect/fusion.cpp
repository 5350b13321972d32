#include "fusion.h"

#include <algorithm>
#include <map>

namespace veil {

double intersectionOverUnion(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 ? inter / uni : 0;
}

double coveredFraction(const QRectF &inner, const QRectF &outer)
{
    const double area = inner.width() * inner.height();
    if (area <= 0)
        return 0;
    const QRectF i = inner.intersected(outer);
    return i.isEmpty() ? 0 : i.width() * i.height() / area;
}

QList<RawBox> nmsRaw(QList<RawBox> boxes, double iouThreshold)
{
    std::stable_sort(boxes.begin(), boxes.end(), [](const RawBox &a, const RawBox &b) { return a.score > b.score; });
    QList<RawBox> kept;
    for (const RawBox &b : boxes) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const RawBox &k) {
            return intersectionOverUnion(k.box, b.box) > iouThreshold;
        });
        if (!overlaps)
            kept.append(b);
    }
    return kept;
}

QList<FusedBox> fuseBoxes(QList<SourcedBox> boxes, double iouThreshold)
{
    std::stable_sort(boxes.begin(), boxes.end(),
                     [](const SourcedBox &a, const SourcedBox &b) { return a.score > b.score; });
    std::vector<bool> used(size_t(boxes.size()), false);
    QList<FusedBox> fused;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (used[size_t(i)])
            continue;
        const QRectF anchor = boxes[i].box;
        std::map<int, double> bestPerSource;
        double wx = 0, wy = 0, wr = 0, wb = 0, wsum = 0;
        for (qsizetype j = i; j < boxes.size(); ++j) {
            if (used[size_t(j)] || (j != i && intersectionOverUnion(anchor, boxes[j].box) < iouThreshold))
                continue;
            used[size_t(j)] = true;
            const SourcedBox &b = boxes[j];
            const double w = b.score;
            wx += b.box.left() * w;
            wy += b.box.top() * w;
            wr += b.box.right() * w;
            wb += b.box.bottom() * w;
            wsum += w;
            double &best = bestPerSource[b.source];
            best = std::max(best, b.score);
        }
        double miss = 1;
        for (const auto &[source, score] : bestPerSource)
            miss *= 1 - score;
        FusedBox f;
        f.box = wsum > 0 ? QRectF(QPointF(wx / wsum, wy / wsum), QPointF(wr / wsum, wb / wsum)) : anchor;
        f.score = 1 - miss;
        f.sources = int(bestPerSource.size());
        fused.append(f);
    }
    std::stable_sort(fused.begin(), fused.end(), [](const FusedBox &a, const FusedBox &b) { return a.score > b.score; });
    return fused;
}

QList<FusedBox> suppressContained(QList<FusedBox> boxes, double containedFraction)
{
    std::stable_sort(boxes.begin(), boxes.end(), [](const FusedBox &a, const FusedBox &b) { return a.score > b.score; });
    QList<FusedBox> kept;
    for (const FusedBox &b : boxes) {
        const bool inside = std::any_of(kept.cbegin(), kept.cend(), [&](const FusedBox &k) {
            return coveredFraction(b.box, k.box) >= containedFraction;
        });
        if (!inside)
            kept.append(b);
    }
    return kept;
}

} // namespace veil
