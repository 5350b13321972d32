#pragma once

// The detection contract the rest of Veil codes against (export verification, the
// pipeline, the GUI). Backends, tiling and fusion live behind it.

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace veil {

enum class DetectionPreset { Fast, Balanced, Thorough };
QString presetName(DetectionPreset preset);
// Accepts "fast", "balanced", "thorough"; false for anything else.
bool presetFromName(const QString &name, DetectionPreset *preset);

struct DetectorOptions
{
    DetectionPreset preset = DetectionPreset::Balanced;
    // Faces scoring at least this are certain; negative = the preset's default.
    double threshold = -1;
    // Candidates between this and `threshold` are kept as uncertain; negative = default.
    double uncertainThreshold = -1;
    // Candidates between this and uncertainThreshold are returned as `possible` faces: too
    // weak to blur unasked, kept so that a person reviewing the photo can step through
    // what the detector barely saw. Negative = none are returned (the batch paths).
    // Asking for them never changes the certain and uncertain detections.
    double possibleThreshold = -1;
    // Empty = modelsDirectory().
    QString modelsDir;
};

struct Detection
{
    QRectF box;          // displayed-image pixels of the image passed to detect()
    double score = 0;
    bool uncertain = false;
    // Below uncertainThreshold: only with DetectorOptions::possibleThreshold, never
    // anonymized unless the user accepts it. A possible detection is also uncertain.
    bool possible = false;
};

// Not thread-safe: create one per thread (networks are cheap to share read-only, but
// OpenCV DNN nets keep per-inference state).
class FaceDetector
{
public:
    virtual ~FaceDetector() = default;

    // Builds the detector for the options. Never returns null: when no model file is
    // found it falls back to Debian's Haar cascade and says so in `warnings`.
    static std::unique_ptr<FaceDetector> create(const DetectorOptions &options, QStringList *warnings = nullptr);

    // Detects faces in an image that is already in displayed orientation. Boxes are in
    // pixels of that image. Includes uncertain candidates (flagged).
    virtual QList<Detection> detect(const QImage &displayed) = 0;

    virtual DetectorOptions options() const = 0;

    // One pass of the detector's primary network (YuNet when it is loaded) over `image`
    // exactly as given: no scales, tiles, fusion or thresholds beyond `minScore`. Export
    // verification runs it over a mosaic of anonymized regions. The default runs detect().
    virtual QList<Detection> detectSinglePass(const QImage &image, double minScore);

    // The size a photo displayed at `displayed` needs to be decoded at for this detector
    // (smaller when the preset never looks at full resolution). detectPhoto() uses it.
    virtual QSize preferredDecodeSize(QSize displayed) const { return displayed; }
};

} // namespace veil
