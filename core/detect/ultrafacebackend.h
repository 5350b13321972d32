#pragma once

#include "backend.h"

#include <opencv2/dnn.hpp>

namespace veil {

// UltraFace RFB (640x480 or 320x240) through cv::dnn. The patch is resized to the input
// size, so callers pass patches of the input's aspect ratio.
class UltraFaceBackend : public DetectorBackend
{
public:
    UltraFaceBackend(const QString &modelPath, cv::Size input);
    cv::Size inputSize() const override { return m_input; }
    QList<RawBox> detect(const cv::Mat &bgr, double minScore) override;

private:
    cv::dnn::Net m_net;
    cv::Size m_input;
};

} // namespace veil
