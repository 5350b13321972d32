#include "haarbackend.h"

#include <QFileInfo>

#include <opencv2/imgproc.hpp>

namespace veil {

QString haarCascadePath()
{
    for (const char *dir : {"/usr/share/opencv4/haarcascades", "/usr/local/share/opencv4/haarcascades"}) {
        const QString path = QString::fromLatin1(dir) + QStringLiteral("/haarcascade_frontalface_default.xml");
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

HaarBackend::HaarBackend(const QString &cascadePath)
{
    m_cascade.load(cascadePath.toStdString());
}

QList<RawBox> HaarBackend::detect(const cv::Mat &bgr, double minScore)
{
    Q_UNUSED(minScore)
    QList<RawBox> boxes;
    if (bgr.empty())
        return boxes;
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    cv::equalizeHist(gray, gray);
    std::vector<cv::Rect> found;
    m_cascade.detectMultiScale(gray, found, 1.1, 4, 0, cv::Size(12, 12));
    for (const cv::Rect &r : found)
        boxes.append({QRectF(r.x, r.y, r.width, r.height), 0.9});
    return boxes;
}

} // namespace veil
