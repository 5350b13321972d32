#include "yunetbackend.h"

namespace veil {

YuNetBackend::YuNetBackend(const QString &modelPath)
    : m_net(cv::FaceDetectorYN::create(modelPath.toStdString(), "", cv::Size(320, 320), 0.5f, 0.3f, 5000))
{
}

QList<RawBox> YuNetBackend::detect(const cv::Mat &bgr, double minScore)
{
    QList<RawBox> boxes;
    if (bgr.cols < 10 || bgr.rows < 10)
        return boxes;
    m_net->setInputSize(bgr.size());
    m_net->setScoreThreshold(float(minScore));
    cv::Mat faces;
    m_net->detect(bgr, faces);
    // Each row: x, y, w, h, five landmarks (10 values), score at index 14.
    for (int i = 0; i < faces.rows; ++i) {
        const float *r = faces.ptr<float>(i);
        if (r[2] > 0 && r[3] > 0)
            boxes.append({QRectF(r[0], r[1], r[2], r[3]), r[14]});
    }
    return boxes;
}

} // namespace veil
