#pragma once

#include "backend.h"

#include <opencv2/dnn.hpp>

#include <string>
#include <vector>

namespace veil {

// YuNet-n (libfacedetection.train, 2023) through cv::dnn::readNetFromONNX: OpenCV 4.6's
// FaceDetectorYN rejects it. Takes any input whose sides are multiples of 32 (patches are
// padded right and bottom). Decodes the twelve cls/obj/bbox/kps outputs of strides 8, 16
// and 32 itself, as OpenCV 4.8's FaceDetectorYN does, then NMS at IoU 0.45.
class YuNetNBackend : public DetectorBackend
{
public:
    explicit YuNetNBackend(const QString &modelPath);
    cv::Size inputSize() const override { return {}; }
    QList<RawBox> detect(const cv::Mat &bgr, double minScore) override;

    // The decoding on its own, for the outputs of an input of `input` size, in the order
    // cls_8, cls_16, cls_32, obj_8, ..., bbox_8, ... (kps are not used).
    static QList<RawBox> decode(const std::vector<cv::Mat> &outputs, cv::Size input, double minScore);
    static const std::vector<std::string> &outputNames();

private:
    cv::dnn::Net m_net;
};

} // namespace veil
