#pragma once

#include "backend.h"

#include <opencv2/dnn.hpp>

#include <vector>

namespace veil {

// RetinaFace MobileNet-0.25 through cv::dnn: the patch is letterboxed into 640x640.
class RetinaFaceBackend : public DetectorBackend
{
public:
    explicit RetinaFaceBackend(const QString &modelPath);
    cv::Size inputSize() const override { return {640, 640}; }
    QList<RawBox> detect(const cv::Mat &bgr, double minScore) override;

private:
    cv::dnn::Net m_net;
    std::vector<cv::Vec4f> m_priors; // cx, cy, w, h in input pixels
};

} // namespace veil
