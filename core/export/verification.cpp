#include "verification.h"

#include "detect/facedetector.h"
#include "imaging/imageloader.h"
#include "metadata.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstring>
#include <exception>

namespace veil {

namespace {
// The detector looks at the anonymized region itself (mask plus soft edge). With a wider
// margin the fused detectors of this build report the head silhouette around even a solid
// fill as a face (score ~0.8), which says nothing about what the fill hides.
constexpr double kCropScale = 1.0;
// Detectors miss faces smaller than this; smaller regions are upscaled to it.
constexpr double kMinFaceSide = 80;
// Small inputs are padded to this: detectors need room, and the detect backends of this
// build throw on inputs with a side between ~128 and ~184 pixels.
constexpr int kMinCanvas = 200;

void checkFaces(const QImage &image, const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                FaceDetector &detector, double threshold, VerificationResult &result)
{
    for (const QRectF &face : anonymized) {
        const QRectF mask = maskRect(face, obfuscation.maskScale);
        const QRect crop = maskRect(affectedRect(face, obfuscation), kCropScale).toAlignedRect().intersected(image.rect());
        if (crop.isEmpty())
            continue;
        QImage region = image.copy(crop);
        const double scale = std::clamp(kMinFaceSide / std::max(1.0, std::min(face.width(), face.height())), 1.0, 8.0);
        if (scale > 1.0)
            region = region.scaled(region.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (region.width() < kMinCanvas || region.height() < kMinCanvas) {
            // Slivers at the image border: detectors need some room to run at all.
            QImage canvas(std::max(region.width(), kMinCanvas), std::max(region.height(), kMinCanvas), region.format());
            canvas.fill(Qt::gray);
            for (int y = 0; y < region.height(); ++y)
                memcpy(canvas.scanLine(y), region.constScanLine(y), size_t(region.bytesPerLine()));
            region = canvas;
        }
        ++result.regionsChecked;
        QList<Detection> detections;
        try {
            detections = detector.detect(region);
        } catch (const std::exception &e) {
            result.detectorError = QString::fromLocal8Bit(e.what()).trimmed();
            return;
        }
        for (const Detection &d : std::as_const(detections)) {
            const QRectF box(crop.x() + d.box.x() / scale, crop.y() + d.box.y() / scale, d.box.width() / scale,
                             d.box.height() / scale);
            // Only the face itself counts: centred in its box and of comparable size. A
            // neighbour in a crowd (kept, or too small to be found in the whole photo) is not
            // this region's face.
            if (!face.contains(box.center()) || box.width() * box.height() < 0.25 * face.width() * face.height())
                continue;
            // A box spanning the whole crop is a backend artefact on small inputs, not a face
            // at this face's scale (the face fills at most ~65% of the crop).
            if (d.box.width() >= 0.9 * std::min(region.width(), int(crop.width() * scale))
                && d.box.height() >= 0.9 * std::min(region.height(), int(crop.height() * scale)))
                continue;
            result.maxFaceScore = std::max(result.maxFaceScore, d.score);
            if (d.score >= threshold)
                result.facesFound.append(box);
        }
    }
    result.facesChecked = true;
}
} // namespace

QString VerificationResult::failureReason() const
{
    if (!decoded)
        return QCoreApplication::translate("export", "the written file does not decode: %1").arg(decodeError);
    if (!detectorError.isEmpty())
        return QCoreApplication::translate("export", "the face detector could not check it: %1").arg(detectorError);
    if (!forbiddenMetadata.isEmpty())
        return QCoreApplication::translate("export", "the written file still holds %1")
            .arg(forbiddenMetadata.join(QStringLiteral(", ")));
    if (!facesFound.isEmpty())
        return QCoreApplication::translate("export", "a face is still detected in %n anonymized region(s) (score %1)",
                                           nullptr, int(facesFound.size()))
            .arg(maxFaceScore, 0, 'f', 2);
    return {};
}

QJsonObject VerificationResult::toJson() const
{
    QJsonArray found;
    for (const QRectF &r : facesFound)
        found.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    QJsonObject o{
        {QStringLiteral("performed"), performed},
        {QStringLiteral("passed"), performed && passed()},
        {QStringLiteral("decoded"), decoded},
        {QStringLiteral("forbiddenMetadata"), QJsonArray::fromStringList(forbiddenMetadata)},
        {QStringLiteral("facesChecked"), facesChecked},
        {QStringLiteral("regionsChecked"), regionsChecked},
        {QStringLiteral("maxFaceScore"), maxFaceScore},
        {QStringLiteral("facesFound"), found},
    };
    if (!decodeError.isEmpty())
        o.insert(QStringLiteral("decodeError"), decodeError);
    if (!detectorError.isEmpty())
        o.insert(QStringLiteral("detectorError"), detectorError);
    return o;
}

VerificationResult verifyExport(const QByteArray &exportData, QSize displayedSize,
                                const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                                FaceDetector *detector, double threshold)
{
    VerificationResult result;
    result.performed = true;
    const LoadedImage loaded = loadImageFromData(exportData);
    result.decoded = loaded.ok() && loaded.image.size() == displayedSize;
    if (!loaded.ok())
        result.decodeError = loaded.error;
    else if (!result.decoded)
        result.decodeError = QCoreApplication::translate("export", "it shows %1x%2 pixels instead of %3x%4")
                                 .arg(loaded.image.width())
                                 .arg(loaded.image.height())
                                 .arg(displayedSize.width())
                                 .arg(displayedSize.height());
    result.forbiddenMetadata = forbiddenMetadata(exportData);
    if (result.decoded && detector && !anonymized.isEmpty())
        checkFaces(loaded.image, anonymized, obfuscation, *detector, threshold, result);
    else if (result.decoded && detector)
        result.facesChecked = true; // nothing to check
    return result;
}

} // namespace veil
