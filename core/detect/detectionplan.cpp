#include "detectionplan.h"

#include "tiling.h"

#include <algorithm>

namespace veil {

PresetConfig presetConfig(DetectionPreset preset)
{
    // Tuned on wider-dev with face_coverage's metric (docs/detection.md). Box scales
    // calibrate each network's boxes to whole faces: YuNet's are wide and short.
    PresetConfig c;
    c.fusionIou = 0.3;
    c.containedFraction = 0.8;
    ModelUse yunet;
    yunet.model = ModelKind::YuNet;
    yunet.minFace = 20;
    yunet.maxFace = 240;
    yunet.minScore = 0.3;
    yunet.heightScale = 1.15;
    yunet.boxScale = 1.15;
    ModelUse ultra;
    ultra.model = ModelKind::UltraFace640;
    ultra.minFace = 16;
    ultra.maxFace = 320;
    ultra.minScore = 0.3;
    ultra.boxScale = 1.2;
    ultra.finestOnly = true;
    ModelUse retina;
    retina.model = ModelKind::RetinaFace;
    retina.minFace = 16;
    retina.maxFace = 480;
    retina.minScore = 0.4;
    retina.boxScale = 1.2;
    retina.finestOnly = true;
    switch (preset) {
    case DetectionPreset::Fast:
        yunet.maxUpscale = 1.5;
        yunet.maxPixels = 0.4e6;
        c.models = {yunet};
        c.threshold = 0.6;
        c.uncertainThreshold = 0.35;
        break;
    case DetectionPreset::Balanced:
        yunet.maxUpscale = 2;
        // 12 MP photos: a quarter of the size, which libjpeg decodes directly.
        yunet.maxPixels = 0.75e6;
        ultra.maxUpscale = 1.5;
        ultra.maxPixels = 640 * 480;
        c.models = {yunet, ultra};
        c.threshold = 0.6;
        c.uncertainThreshold = 0.4;
        break;
    case DetectionPreset::Thorough:
        yunet.maxUpscale = 3;
        yunet.maxPixels = 4e6;
        ultra.maxUpscale = 2;
        ultra.maxPixels = 2e6;
        retina.maxUpscale = 2;
        retina.maxPixels = 2e6;
        c.models = {yunet, ultra, retina};
        c.threshold = 0.7;
        c.uncertainThreshold = 0.4;
        break;
    }
    return c;
}

namespace {
const std::pair<const char *, ModelKind> modelKeys[] = {{"yunet", ModelKind::YuNet},
                                                        {"ultra640", ModelKind::UltraFace640},
                                                        {"ultra320", ModelKind::UltraFace320},
                                                        {"retina", ModelKind::RetinaFace}};

ModelUse defaultUse(ModelKind kind)
{
    for (const ModelUse &m : presetConfig(DetectionPreset::Thorough).models)
        if (m.model == kind)
            return m;
    ModelUse m;
    m.model = kind;
    return m;
}
} // namespace

bool applyTuning(PresetConfig *config, const QString &overrides, QString *error)
{
    for (const QString &item : overrides.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("models")) {
            QList<ModelUse> models;
            for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool found = false;
                for (const auto &[k, kind] : modelKeys) {
                    if (name == QLatin1String(k)) {
                        found = true;
                        auto existing = std::find_if(config->models.cbegin(), config->models.cend(),
                                                     [kind = kind](const ModelUse &m) { return m.model == kind; });
                        models.append(existing != config->models.cend() ? *existing : defaultUse(kind));
                    }
                }
                if (!found) {
                    *error = QStringLiteral("unknown model '%1'").arg(name);
                    return false;
                }
            }
            config->models = models;
            continue;
        }
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("'%1' is not a number").arg(item);
            return false;
        }
        double *target = nullptr;
        if (key == QLatin1String("threshold"))
            target = &config->threshold;
        else if (key == QLatin1String("uncertain"))
            target = &config->uncertainThreshold;
        else if (key == QLatin1String("smallestFace"))
            target = &config->smallestFace;
        else if (key == QLatin1String("fusionIou"))
            target = &config->fusionIou;
        else if (key == QLatin1String("contained"))
            target = &config->containedFraction;
        const QString model = key.section(QLatin1Char('.'), 0, 0);
        const QString field = key.section(QLatin1Char('.'), 1);
        for (const auto &[k, kind] : modelKeys) {
            if (model != QLatin1String(k))
                continue;
            for (ModelUse &m : config->models) {
                if (m.model != kind)
                    continue;
                if (field == QLatin1String("minFace"))
                    target = &m.minFace;
                else if (field == QLatin1String("maxFace"))
                    target = &m.maxFace;
                else if (field == QLatin1String("maxUpscale"))
                    target = &m.maxUpscale;
                else if (field == QLatin1String("maxPixels"))
                    target = &m.maxPixels;
                else if (field == QLatin1String("minScore"))
                    target = &m.minScore;
                else if (field == QLatin1String("weight"))
                    target = &m.scoreWeight;
                else if (field == QLatin1String("heightScale"))
                    target = &m.heightScale;
                else if (field == QLatin1String("boxScale"))
                    target = &m.boxScale;
            }
        }
        if (!target) {
            *error = QStringLiteral("unknown or unused key '%1'").arg(key);
            return false;
        }
        *target = v;
    }
    return true;
}

QList<ModelPass> planPasses(const PresetConfig &config, QSize image)
{
    QList<ModelPass> passes;
    for (int i = 0; i < config.models.size(); ++i) {
        const ModelUse &m = config.models[i];
        const QList<double> scales =
            pyramidScales(image, config.smallestFace, m.minFace, m.maxFace, m.maxUpscale, m.maxPixels);
        for (double s : scales) {
            passes.append({i, s});
            if (m.finestOnly)
                break;
        }
    }
    return passes;
}

double maxPassScale(const PresetConfig &config, QSize image)
{
    double s = 0;
    for (const ModelPass &p : planPasses(config, image))
        s = std::max(s, p.scale);
    return s;
}

} // namespace veil
