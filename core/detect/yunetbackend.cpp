#include "yunetbackend.h"

#include <algorithm>

namespace veil {

YuNetBackend::YuNetBackend(const QString &modelPath)
    : m_net(cv::FaceDetectorYN::create(modelPath.toStdString(), "", cv::Size(320, 320), 0.5f, 0.3f, 5000))
{
}

QList<RawBox> YuNetBackend::detect(const cv::Mat &bgr, double minScore)
{
    QList<RawBox> boxes;
    if (bgr.empty())
        return boxes;
    // The network downsamples 32x: smaller inputs fail inside OpenCV, so they are padded
    // (coarse passes of large photos produce such small images).
    constexpr int MinSide = 64;
    cv::Mat input = bgr;
    if (bgr.cols < MinSide || bgr.rows < MinSide) {
        input = cv::Mat(std::max(bgr.rows, MinSide), std::max(bgr.cols, MinSide), CV_8UC3, cv::Scalar(0, 0, 0));
        bgr.copyTo(input(cv::Rect(0, 0, bgr.cols, bgr.rows)));
    }
    m_net->setInputSize(input.size());
    m_net->setScoreThreshold(float(minScore));
    cv::Mat faces;
    m_net->detect(input, faces);
    // Each row: x, y, w, h, five landmarks (10 values), score at index 14.
    for (int i = 0; i < faces.rows; ++i) {
        const float *r = faces.ptr<float>(i);
        if (r[2] > 0 && r[3] > 0)
            boxes.append({QRectF(r[0], r[1], r[2], r[3]), r[14]});
    }
    return boxes;
}

} // namespace veil
