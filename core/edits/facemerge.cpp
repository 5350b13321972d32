#include "facemerge.h"

#include <algorithm>

namespace veil {

double boxOverlap(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.width() * i.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

QList<FaceBox> freshDetections(const QList<FaceBox> &current, const QList<QRectF> &rejected,
                               const QList<FaceBox> &detected)
{
    QList<FaceBox> fresh;
    for (const FaceBox &f : detected) {
        if (f.rect.width() <= 0 || f.rect.height() <= 0)
            continue;
        const bool known = std::any_of(current.cbegin(), current.cend(),
                                       [&](const FaceBox &e) { return boxOverlap(e.rect, f.rect) > SameFaceOverlap; })
            || std::any_of(fresh.cbegin(), fresh.cend(),
                           [&](const FaceBox &e) { return boxOverlap(e.rect, f.rect) > SameFaceOverlap; });
        const bool refused = std::any_of(rejected.cbegin(), rejected.cend(),
                                         [&](const QRectF &r) { return boxOverlap(r, f.rect) > SameFaceOverlap; });
        if (!known && !refused)
            fresh.append(f);
    }
    return fresh;
}

QList<FaceBox> mergeDetections(const QList<FaceBox> &current, const QList<QRectF> &rejected,
                               const QList<FaceBox> &detected)
{
    QList<FaceBox> kept;
    for (const FaceBox &f : current)
        if (!f.uncertain && !f.possible)
            kept.append(f);
    return kept + freshDetections(kept, rejected, detected);
}

} // namespace veil
