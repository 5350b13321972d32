#include "verification.h"

#include "detect/facedetector.h"
#include "imaging/imageloader.h"
#include "metadata.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace veil {

namespace {
// Faces are found by their context too: look at the mask with a margin around it.
constexpr double kCropScale = 1.6;
// Detectors miss faces smaller than this; smaller regions are upscaled to it.
constexpr double kMinFaceSide = 80;

void checkFaces(const QImage &image, const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                FaceDetector &detector, double threshold, VerificationResult &result)
{
    for (const QRectF &face : anonymized) {
        const QRectF mask = maskRect(face, obfuscation.maskScale);
        const QRect crop = maskRect(mask, kCropScale).toAlignedRect().intersected(image.rect());
        if (crop.isEmpty())
            continue;
        QImage region = image.copy(crop);
        const double scale = std::clamp(kMinFaceSide / std::max(1.0, std::min(face.width(), face.height())), 1.0, 8.0);
        if (scale > 1.0)
            region = region.scaled(region.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        ++result.regionsChecked;
        for (const Detection &d : detector.detect(region)) {
            const QRectF box(crop.x() + d.box.x() / scale, crop.y() + d.box.y() / scale, d.box.width() / scale,
                             d.box.height() / scale);
            // Only a face centred in this mask counts: a kept neighbour in the margin does not.
            if (!mask.contains(box.center()))
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
