#include "ultrafacebackend.h"

#include "fusion.h"

#include <opencv2/imgproc.hpp>

namespace veil {

UltraFaceBackend::UltraFaceBackend(const QString &modelPath, cv::Size input)
    : m_net(cv::dnn::readNetFromONNX(modelPath.toStdString()))
    , m_input(input)
{
}

QList<RawBox> UltraFaceBackend::detect(const cv::Mat &bgr, double minScore)
{
    QList<RawBox> boxes;
    if (bgr.empty())
        return boxes;
    // RGB, (pixel - 127) / 128.
    const cv::Mat blob = cv::dnn::blobFromImage(bgr, 1.0 / 128, m_input, cv::Scalar(127, 127, 127), true, false);
    m_net.setInput(blob);
    std::vector<cv::Mat> outs;
    m_net.forward(outs, std::vector<cv::String>{"scores", "boxes"});
    const cv::Mat &scores = outs[0]; // [1, N, 2], index 1 = face
    const cv::Mat &locs = outs[1];   // [1, N, 4], x1 y1 x2 y2 normalised
    const int n = scores.size[1];
    const auto *s = scores.ptr<float>();
    const auto *b = locs.ptr<float>();
    for (int i = 0; i < n; ++i) {
        const float score = s[i * 2 + 1];
        if (score < minScore)
            continue;
        const float *r = b + i * 4;
        const QRectF box(QPointF(r[0] * bgr.cols, r[1] * bgr.rows), QPointF(r[2] * bgr.cols, r[3] * bgr.rows));
        if (box.width() > 1 && box.height() > 1)
            boxes.append({box, score});
    }
    return nmsRaw(boxes, 0.3);
}

} // namespace veil
