#include "yunetnbackend.h"

#include "fusion.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace veil {

namespace {
constexpr int Strides[3] = {8, 16, 32};
}

const std::vector<std::string> &YuNetNBackend::outputNames()
{
    static const std::vector<std::string> names{"cls_8",  "cls_16",  "cls_32",  "obj_8",  "obj_16", "obj_32",
                                                "bbox_8", "bbox_16", "bbox_32"};
    return names;
}

YuNetNBackend::YuNetNBackend(const QString &modelPath)
    : m_net(cv::dnn::readNetFromONNX(modelPath.toStdString()))
{
    // The outputs are looked up by name: a model exported with other names is refused
    // here rather than decoded wrongly.
    const std::vector<std::string> have = m_net.getUnconnectedOutLayersNames();
    for (const std::string &name : outputNames())
        if (std::find(have.cbegin(), have.cend(), name) == have.cend())
            CV_Error(cv::Error::StsBadArg, "YuNet-n model has no output '" + name + "'");
}

QList<RawBox> YuNetNBackend::decode(const std::vector<cv::Mat> &outputs, cv::Size input, double minScore)
{
    QList<RawBox> boxes;
    if (outputs.size() < 9)
        return boxes;
    for (int k = 0; k < 3; ++k) {
        const int s = Strides[k];
        const int cols = input.width / s, rows = input.height / s;
        const size_t cells = size_t(cols) * size_t(rows);
        const cv::Mat &cls = outputs[size_t(k)];
        const cv::Mat &obj = outputs[size_t(3 + k)];
        const cv::Mat &bbox = outputs[size_t(6 + k)];
        if (cls.total() < cells || obj.total() < cells || bbox.total() < cells * 4)
            CV_Error(cv::Error::StsBadSize, "YuNet-n output smaller than its input's grid");
        const auto *c = cls.ptr<float>();
        const auto *o = obj.ptr<float>();
        const auto *b = bbox.ptr<float>();
        for (size_t i = 0; i < cells; ++i) {
            const double score = std::sqrt(std::clamp<double>(c[i], 0, 1) * std::clamp<double>(o[i], 0, 1));
            if (score < minScore)
                continue;
            const int col = int(i % size_t(cols)), row = int(i / size_t(cols));
            const float *d = b + i * 4;
            const double cx = (col + d[0]) * s, cy = (row + d[1]) * s;
            const double w = std::exp(d[2]) * s, h = std::exp(d[3]) * s;
            boxes.append({QRectF(cx - w / 2, cy - h / 2, w, h), score});
        }
    }
    return nmsRaw(boxes, 0.45);
}

QList<RawBox> YuNetNBackend::detect(const cv::Mat &bgr, double minScore)
{
    if (bgr.empty())
        return {};
    // Sides padded up to multiples of 32 (at least 64: the coarsest grid needs two cells).
    auto padded = [](int v) { return std::max(64, (v + 31) / 32 * 32); };
    cv::Mat input = bgr;
    if (padded(bgr.cols) != bgr.cols || padded(bgr.rows) != bgr.rows) {
        input = cv::Mat(padded(bgr.rows), padded(bgr.cols), CV_8UC3, cv::Scalar(0, 0, 0));
        bgr.copyTo(input(cv::Rect(0, 0, bgr.cols, bgr.rows)));
    }
    // BGR as float 0..255: no mean, no scale, no channel swap.
    m_net.setInput(cv::dnn::blobFromImage(input, 1.0, cv::Size(), cv::Scalar(), false, false));
    std::vector<cv::Mat> outs;
    m_net.forward(outs, outputNames());
    QList<RawBox> boxes;
    for (RawBox &b : decode(outs, input.size(), minScore)) {
        b.box = b.box.intersected(QRectF(0, 0, bgr.cols, bgr.rows));
        if (b.box.width() > 1 && b.box.height() > 1)
            boxes.append(b);
    }
    return boxes;
}

} // namespace veil
