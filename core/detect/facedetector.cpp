#include "facedetector.h"

#include "haarbackend.h"
#include "multiscaledetector.h"
#include "paths.h"

#include <QCoreApplication>
#include <QDir>

namespace veil {

QString presetName(DetectionPreset preset)
{
    switch (preset) {
    case DetectionPreset::Fast: return QStringLiteral("fast");
    case DetectionPreset::Balanced: return QStringLiteral("balanced");
    case DetectionPreset::Thorough: return QStringLiteral("thorough");
    }
    return {};
}

bool presetFromName(const QString &name, DetectionPreset *preset)
{
    for (DetectionPreset p : {DetectionPreset::Fast, DetectionPreset::Balanced, DetectionPreset::Thorough}) {
        if (name == presetName(p)) {
            *preset = p;
            return true;
        }
    }
    return false;
}

namespace {
// The last resort: one pass of the Haar cascade, which scans all scales itself.
PresetConfig haarConfig()
{
    PresetConfig c;
    ModelUse haar;
    haar.model = ModelKind::Haar;
    haar.minFace = 12;
    haar.maxFace = 1e9;
    haar.maxUpscale = 1;
    haar.maxPixels = 4e6;
    haar.minScore = 0;
    c.models = {haar};
    c.threshold = 0.5;
    c.uncertainThreshold = 0.5;
    return c;
}
} // namespace

QList<Detection> FaceDetector::detectSinglePass(const QImage &image, double minScore)
{
    QList<Detection> found;
    for (const Detection &d : detect(image))
        if (d.score >= minScore)
            found.append(d);
    return found;
}

std::unique_ptr<FaceDetector> FaceDetector::create(const DetectorOptions &options, QStringList *warnings)
{
    const QDir dir(options.modelsDir.isEmpty() ? modelsDirectory() : options.modelsDir);
    PresetConfig config = presetConfig(options.preset);
    const QString tuning = qEnvironmentVariable("VEIL_DETECT_TUNING");
    QString tuningError;
    if (!tuning.isEmpty() && !applyTuning(&config, tuning, &tuningError) && warnings)
        warnings->append(QStringLiteral("VEIL_DETECT_TUNING: %1").arg(tuningError));
    PresetConfig loaded = config;
    loaded.models.clear();
    std::vector<std::unique_ptr<DetectorBackend>> backends;
    for (const ModelUse &use : config.models) {
        QString error;
        auto backend = createBackend(use.model, dir.filePath(modelFileName(use.model)), &error);
        if (!backend) {
            if (warnings)
                warnings->append(error);
            continue;
        }
        loaded.models.append(use);
        backends.push_back(std::move(backend));
    }
    if (backends.empty()) {
        QString error;
        const QString cascade = haarCascadePath();
        auto haar = cascade.isEmpty() ? nullptr : createBackend(ModelKind::Haar, cascade, &error);
        if (warnings) {
            warnings->append(QCoreApplication::translate(
                                 "detect", "No face detection model found in %1: falling back to the Haar cascade, "
                                           "which misses many faces. Check every photo by hand.")
                                 .arg(QDir::toNativeSeparators(dir.absolutePath())));
            if (!haar)
                warnings->append(QCoreApplication::translate(
                    "detect", "The Haar cascade is missing too (install opencv-data): no faces will be detected."));
        }
        loaded = haarConfig();
        if (haar)
            backends.push_back(std::move(haar));
        else
            loaded.models.clear();
    }
    return std::make_unique<MultiScaleDetector>(options, loaded, std::move(backends));
}

} // namespace veil
