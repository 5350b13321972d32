#pragma once

// Hides faces in an image so that they cannot be recovered: every method first throws
// the face's detail away (at most ~8 samples or blocks across the face), so neither
// deblurring nor a recognition network has anything to work from.

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace veil {

enum class ObfuscationMethod { Blur, Pixelate, Solid };
enum class MaskShape { Ellipse, Rectangle };

QString methodName(ObfuscationMethod method);
bool methodFromName(const QString &name, ObfuscationMethod *method);
QString shapeName(MaskShape shape);
bool shapeFromName(const QString &name, MaskShape *shape);

struct ObfuscationOptions
{
    ObfuscationMethod method = ObfuscationMethod::Blur;
    MaskShape shape = MaskShape::Ellipse;
    // The mask is the face box grown about its centre by this factor (1..4).
    double maskScale = 1.3;
    QColor fillColor = Qt::black; // for Solid
    // Samples (blur) or blocks (pixelate) across the face's longer side. At most 8. With 2,
    // the balanced detector still finds under 1% of the blurred faces in their photos, from
    // the head's outline; with 4, 3% (docs/export.md).
    int samplesAcross = 2;
    // 0: fresh random noise each time; otherwise reproducible output (tests).
    quint32 noiseSeed = 0;
};

// The mask rectangle of a face box: grown about its centre by the mask scale.
QRectF maskRect(const QRectF &face, double maskScale);

// The rectangle that obfuscating `face` may change (pixels of its toAlignedRect()): the
// mask plus its soft edge.
// The soft edge lies outside the mask, so the mask itself is fully covered.
QRectF affectedRect(const QRectF &face, const ObfuscationOptions &options);

// Obfuscates each face box (pixels of `image`) in place. Works on any image whose
// boxes are given in its own pixel coordinates, e.g. a tile of a larger photo when the
// boxes are translated into the tile. Formats other than RGB32/ARGB32 are converted.
void obfuscateFaces(QImage &image, const QList<QRectF> &faces, const ObfuscationOptions &options);

} // namespace veil
