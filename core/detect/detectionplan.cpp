#include "detectionplan.h"

#include "tiling.h"

#include <algorithm>
#include <cmath>

namespace veil {

namespace {
// Each network's use when a preset or VEIL_DETECT_TUNING's models= asks for it. YuNet
// 2022mar, UltraFace and RetinaFace keep the calibration they had in the presets before
// issue 15 (tuned on wider-dev): box scales fit their boxes to whole faces.
QList<ModelUse> networkUses()
{
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
    // YuNet-n (issue 15): tuned on wider-native and on 12 MP --native photos only
    // (docs/detection.md). One network, at the photo's own resolution for small faces:
    // the finest pass at 1:1 takes faces up to 60 px, each coarser pass (3x coarser)
    // sees the larger ones at 20 px or more. Tiles of at most 1024 px keep memory
    // bounded (~230 MB an inference). Its boxes are a little tight for a mask.
    ModelUse yunetn;
    yunetn.model = ModelKind::YuNetN;
    yunetn.minFace = 20;
    yunetn.maxFace = 320;
    yunetn.maxUpscale = 1;
    yunetn.minScale = 1;
    yunetn.maxPixels = 0;
    yunetn.minScore = 0.3;
    yunetn.tileSide = 1024;
    yunetn.scaleStep = 3;
    yunetn.boxScale = 1.3;
    return {yunetn, yunet, ultra, retina};
}
} // namespace

PresetConfig presetConfig(DetectionPreset preset)
{
    PresetConfig c;
    c.fusionIou = 0.3;
    c.containedFraction = 0.8;
    ModelUse yunetn = networkUses().first();
    switch (preset) {
    case DetectionPreset::Fast:
        // At most 3 MP: a 12 MP photo is looked at at half its size, where faces below
        // ~40 px are at the bottom of the network's range.
        yunetn.minScale = 0;
        yunetn.maxPixels = 3e6;
        c.models = {yunetn};
        break;
    case DetectionPreset::Balanced:
        c.models = {yunetn};
        break;
    case DetectionPreset::Thorough:
        // As balanced, with small photos looked at twice their size and large ones at up
        // to 1.4x (24 MP of input): more of the faces below 24 px, more false boxes,
        // about twice the time.
        yunetn.maxUpscale = 2;
        yunetn.maxPixels = 24e6;
        c.models = {yunetn};
        break;
    }
    // Certain from 0.6; what anonymize blurs unasked (uncertain) from 0.35, after a
    // second look at every candidate from 0.35 to 0.7: YuNet-n on a crop where the
    // candidate is 48 px high, the score becomes the mean of both looks (on 12 MP photos
    // it takes precision from 0.75 to 0.85 at the same coverage). More looks (the crop
    // mirrored, YuNet 2022mar, other scales) and looks from 0.30 were measured: a little
    // more coverage on 12 MP photos at the same precision, none on wider-native, for more
    // CPU than the budget allows (docs/detection.md, "What was tried").
    c.threshold = 0.6;
    c.uncertainThreshold = 0.35;
    c.verifyBelow = 0.7;
    return c;
}

namespace {
const std::pair<const char *, ModelKind> modelKeys[] = {{"yunet", ModelKind::YuNet},
                                                        {"yunetn", ModelKind::YuNetN},
                                                        {"ultra640", ModelKind::UltraFace640},
                                                        {"ultra320", ModelKind::UltraFace320},
                                                        {"retina", ModelKind::RetinaFace}};

ModelUse defaultUse(ModelKind kind)
{
    for (const ModelUse &m : networkUses())
        if (m.model == kind)
            return m;
    ModelUse m;
    m.model = kind;
    return m;
}
// The configured use of the network a "MODEL.field" key names, or null.
ModelUse *modelOf(PresetConfig *config, const QString &key)
{
    const QString model = key.section(QLatin1Char('.'), 0, 0);
    for (const auto &[k, kind] : modelKeys)
        if (model == QLatin1String(k))
            for (ModelUse &m : config->models)
                if (m.model == kind)
                    return &m;
    return nullptr;
}
} // namespace

bool applyTuning(PresetConfig *config, const QString &overrides, QString *error)
{
    for (const QString &item : overrides.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        if (key.endsWith(QLatin1String(".aspects"))) {
            QList<double> aspects;
            for (const QString &a : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                aspects.append(a.toDouble(&ok));
                if (!ok || aspects.last() <= 0) {
                    *error = QStringLiteral("'%1' is not a list of positive numbers").arg(item);
                    return false;
                }
            }
            ModelUse *m = modelOf(config, key);
            if (!m || aspects.isEmpty()) {
                *error = QStringLiteral("unknown or unused key '%1'").arg(key);
                return false;
            }
            m->aspects = aspects;
            continue;
        }
        if (key == QLatin1String("looks")) {
            // e.g. "looks=48,48f,y48": face height, f = mirrored, y = by YuNet 2022mar.
            QList<PresetConfig::Look> looks;
            for (QString l : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                PresetConfig::Look look;
                look.yunet2022 = l.startsWith(QLatin1Char('y'));
                look.flip = l.endsWith(QLatin1Char('f'));
                l.remove(QLatin1Char('y')).remove(QLatin1Char('f'));
                bool ok = false;
                look.face = l.toDouble(&ok);
                if (!ok || look.face < 8 || look.face > 160) {
                    *error = QStringLiteral("'%1' is not a list of looks (e.g. 48,48f,y48)").arg(item);
                    return false;
                }
                look.side = lookSide(look.face);
                looks.append(look);
            }
            config->looks = looks;
            continue;
        }
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
        else if (key == QLatin1String("verifyBelow"))
            target = &config->verifyBelow;
        else if (key == QLatin1String("verifyFrom"))
            target = &config->verifyFrom;
        if (ModelUse *m = modelOf(config, key)) {
            const QString field = key.section(QLatin1Char('.'), 1);
            if (field == QLatin1String("minFace"))
                target = &m->minFace;
            else if (field == QLatin1String("maxFace"))
                target = &m->maxFace;
            else if (field == QLatin1String("maxUpscale"))
                target = &m->maxUpscale;
            else if (field == QLatin1String("maxPixels"))
                target = &m->maxPixels;
            else if (field == QLatin1String("minScale"))
                target = &m->minScale;
            else if (field == QLatin1String("minScore"))
                target = &m->minScore;
            else if (field == QLatin1String("weight"))
                target = &m->scoreWeight;
            else if (field == QLatin1String("heightScale"))
                target = &m->heightScale;
            else if (field == QLatin1String("boxScale"))
                target = &m->boxScale;
            else if (field == QLatin1String("squeezedMinScale"))
                target = &m->squeezedMinScale;
            else if (field == QLatin1String("tileSide"))
                target = &m->tileSide;
            else if (field == QLatin1String("step"))
                target = &m->scaleStep;
            else if (field == QLatin1String("finestOnly")) {
                m->finestOnly = v != 0;
                continue;
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
        // A pass squeezed by `aspect` costs 1/aspect of an unsqueezed one.
        double cost = 0;
        for (double a : m.aspects)
            cost += 1 / a;
        const double pixels = double(image.width()) * image.height();
        const double budget = std::max(m.maxPixels / std::max(1.0, cost), pixels * m.minScale * m.minScale);
        const QList<double> scales =
            pyramidScales(image, config.smallestFace, m.minFace, m.maxFace, m.maxUpscale, budget, m.scaleStep);
        const double step = m.scaleStep > 1 ? m.scaleStep : std::max(1.5, m.maxFace / m.minFace / 2);
        for (int k = 0; k < scales.size(); ++k) {
            const double s = scales[k];
            // The next coarser pass finds faces from minFace at its scale; the coarsest
            // (or only) pass is responsible for every larger face.
            const bool last = k + 1 == scales.size() || m.finestOnly;
            const double responsible = last ? m.maxFace : std::min(m.maxFace, m.minFace * step);
            for (double a : m.aspects)
                if (a == 1.0 || s >= m.squeezedMinScale)
                    passes.append({i, s, a, responsible});
            if (m.finestOnly)
                break;
        }
    }
    return passes;
}

int lookSide(double face)
{
    // The candidate and as much again of context on each side, in multiples of 32.
    return std::max(64, int(std::lround(face * 10 / 3 / 32)) * 32);
}

int tileOverlap(const ModelPass &pass)
{
    return int(std::ceil(pass.maxFace * 1.3)) + 8;
}

QList<QRect> passTiles(const ModelUse &use, const ModelPass &pass, QSize scaledImage)
{
    if (use.tileSide <= 0)
        return {QRect(QPoint(0, 0), scaledImage)};
    const int overlap = tileOverlap(pass);
    return tileGrid(scaledImage, tileSizeFor(scaledImage, int(use.tileSide), overlap), overlap);
}

double maxPassScale(const PresetConfig &config, QSize image)
{
    double s = 0;
    for (const ModelPass &p : planPasses(config, image))
        s = std::max({s, p.scale, p.scaleY()});
    return s;
}

} // namespace veil
