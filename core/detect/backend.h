#pragma once

// One face detection network, run on one BGR patch. Scaling, tiling and fusion are
// done by the caller (multiscaledetector.cpp); a backend only knows its network.

#include <QList>
#include <QRectF>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>

namespace veil {

enum class ModelKind { YuNet, UltraFace640, UltraFace320, RetinaFace, Haar, YuNetN };

struct RawBox
{
    QRectF box; // pixels of the patch given to detect()
    double score = 0;
};

class DetectorBackend
{
public:
    virtual ~DetectorBackend() = default;
    // YuNet takes any size; the others have a fixed input and are fed patches of it.
    // An empty size means "any".
    virtual cv::Size inputSize() const = 0;
    // Candidates scoring at least minScore, boxes in pixels of `bgr`.
    virtual QList<RawBox> detect(const cv::Mat &bgr, double minScore) = 0;
};

// File name of the model inside the models folder (empty for Haar).
QString modelFileName(ModelKind kind);
QString modelDisplayName(ModelKind kind);

// Loads the network; null with *error set when the file is missing or does not load.
std::unique_ptr<DetectorBackend> createBackend(ModelKind kind, const QString &path, QString *error);

} // namespace veil
