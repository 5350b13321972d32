#pragma once

#include "backend.h"

#include <opencv2/objdetect.hpp>

namespace veil {

// Debian's Haar cascade: the last resort when no network is found. It has no real
// score; every hit is reported with a fixed one.
class HaarBackend : public DetectorBackend
{
public:
    explicit HaarBackend(const QString &cascadePath);
    bool loaded() const { return !m_cascade.empty(); }
    cv::Size inputSize() const override { return {}; }
    QList<RawBox> detect(const cv::Mat &bgr, double minScore) override;

private:
    cv::CascadeClassifier m_cascade;
};

// Where Debian's opencv-data installs the cascade; empty when it is absent.
QString haarCascadePath();

} // namespace veil
