#include "retinafacebackend.h"

#include "fusion.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace veil {

namespace {
constexpr int Side = 640;
}

RetinaFaceBackend::RetinaFaceBackend(const QString &modelPath)
    : m_net(cv::dnn::readNetFromONNX(modelPath.toStdString()))
{
    // Priors: strides 8/16/32 with minimum sizes {16,32}, {64,128}, {256,512}, at cell
    // centres, in the order the network emits them.
    const int steps[3] = {8, 16, 32};
    const float sizes[3][2] = {{16, 32}, {64, 128}, {256, 512}};
    for (int k = 0; k < 3; ++k) {
        const int cells = Side / steps[k];
        for (int y = 0; y < cells; ++y)
            for (int x = 0; x < cells; ++x)
                for (float size : sizes[k])
                    m_priors.emplace_back((x + 0.5f) * steps[k], (y + 0.5f) * steps[k], size, size);
    }
}

QList<RawBox> RetinaFaceBackend::detect(const cv::Mat &bgr, double minScore)
{
    QList<RawBox> boxes;
    if (bgr.empty())
        return boxes;
    const double scale = double(Side) / std::max(bgr.cols, bgr.rows);
    cv::Mat canvas(Side, Side, CV_8UC3, cv::Scalar(104, 117, 123));
    cv::Mat resized;
    cv::resize(bgr, resized, cv::Size(std::max(1, int(std::lround(bgr.cols * scale))),
                                      std::max(1, int(std::lround(bgr.rows * scale)))),
               0, 0, cv::INTER_LINEAR);
    resized.copyTo(canvas(cv::Rect(0, 0, std::min(Side, resized.cols), std::min(Side, resized.rows))));
    // BGR minus the mean (104, 117, 123).
    m_net.setInput(cv::dnn::blobFromImage(canvas, 1.0, cv::Size(), cv::Scalar(104, 117, 123), false, false));
    std::vector<cv::Mat> outs;
    m_net.forward(outs, std::vector<cv::String>{"output0", "output1"});
    const auto *loc = outs[0].ptr<float>();
    const auto *conf = outs[1].ptr<float>();
    const int n = std::min<int>(outs[0].size[1], int(m_priors.size()));
    for (int i = 0; i < n; ++i) {
        const float score = conf[i * 2 + 1];
        if (score < minScore)
            continue;
        const cv::Vec4f &p = m_priors[size_t(i)];
        const float *d = loc + i * 4;
        const double cx = p[0] + d[0] * 0.1 * p[2];
        const double cy = p[1] + d[1] * 0.1 * p[3];
        const double w = p[2] * std::exp(d[2] * 0.2);
        const double h = p[3] * std::exp(d[3] * 0.2);
        const QRectF box((cx - w / 2) / scale, (cy - h / 2) / scale, w / scale, h / scale);
        boxes.append({box, score});
    }
    return nmsRaw(boxes, 0.3);
}

} // namespace veil
