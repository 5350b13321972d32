#pragma once

#include "backend.h"

#include <opencv2/objdetect.hpp>

namespace veil {

// YuNet 2022mar through cv::FaceDetectorYN; any input size. Finds faces of about 10 to
// 300 pixels at the size it is given.
class YuNetBackend : public DetectorBackend
{
public:
    explicit YuNetBackend(const QString &modelPath);
    cv::Size inputSize() const override { return {}; }
    QList<RawBox> detect(const cv::Mat &bgr, double minScore) override;

private:
    cv::Ptr<cv::FaceDetectorYN> m_net;
};

} // namespace veil
