#pragma once

#include "backend.h"
#include "detectionplan.h"
#include "facedetector.h"
#include "fusion.h"

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace veil {

// The FaceDetector behind FaceDetector::create(): runs each network of the preset at the
// scales its plan asks for (tiling fixed-input networks), then fuses everything.
class MultiScaleDetector : public FaceDetector
{
public:
    // `backends` parallels config.models; entries must not be null.
    MultiScaleDetector(const DetectorOptions &options, PresetConfig config,
                       std::vector<std::unique_ptr<DetectorBackend>> backends);

    QList<Detection> detect(const QImage &displayed) override;
    DetectorOptions options() const override { return m_options; }
    QSize preferredDecodeSize(QSize displayed) const override;
    QList<Detection> detectSinglePass(const QImage &image, double minScore) override;

    // The same on an 8-bit BGR image.
    QList<Detection> detectBgr(const cv::Mat &bgr);

private:
    // The second look at weak candidates (PresetConfig::verifyBelow): rescores them.
    void secondLook(const cv::Mat &bgr, QList<FusedBox> *fused);
    static double lookAt(DetectorBackend &backend, const cv::Mat &bgr, const QRectF &box, double face, int side,
                         bool flip);
    // YuNet 2022mar: the preset's own, or loaded on first use (verification, looks).
    DetectorBackend *yunet2022();
    // Candidates from this score get the second look.
    double verifyFrom() const;
    // Candidates below this never enter fusion (they may become possible faces).
    double candidateFloor(const ModelUse &use) const;
    QList<RawBox> runPass(const ModelPass &pass, const cv::Mat &scaled, QSize imageSize);
    // Fused weak candidates (below every network's floor) that no detection accounts for.
    QList<Detection> possibleFaces(const QList<SourcedBox> &weak, const QList<Detection> &detections) const;

    DetectorOptions m_options;
    PresetConfig m_config;
    std::vector<std::unique_ptr<DetectorBackend>> m_backends;
    // YuNet 2022mar for detectSinglePass() when the preset does not run it.
    std::unique_ptr<DetectorBackend> m_verifier;
    bool m_verifierTried = false;
};

// QImage (any format) to a BGR cv::Mat that owns its pixels.
cv::Mat toBgrMat(const QImage &image);

} // namespace veil
