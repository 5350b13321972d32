#include "backend.h"

#include "haarbackend.h"
#include "retinafacebackend.h"
#include "ultrafacebackend.h"
#include "yunetbackend.h"
#include "yunetnbackend.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace veil {

QString modelFileName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::YuNet: return QStringLiteral("yunet-2022mar.onnx");
    case ModelKind::UltraFace640: return QStringLiteral("ultraface-rfb-640.onnx");
    case ModelKind::UltraFace320: return QStringLiteral("ultraface-rfb-320.onnx");
    case ModelKind::RetinaFace: return QStringLiteral("retinaface-mnet025.onnx");
    case ModelKind::Haar: return QStringLiteral("haarcascade_frontalface_default.xml");
    case ModelKind::YuNetN: return QStringLiteral("yunet-n.onnx");
    }
    return {};
}

QString modelDisplayName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::YuNet: return QStringLiteral("YuNet 2022mar");
    case ModelKind::UltraFace640: return QStringLiteral("UltraFace RFB-640");
    case ModelKind::UltraFace320: return QStringLiteral("UltraFace RFB-320");
    case ModelKind::RetinaFace: return QStringLiteral("RetinaFace mnet0.25");
    case ModelKind::Haar: return QStringLiteral("Haar cascade");
    case ModelKind::YuNetN: return QStringLiteral("YuNet-n");
    }
    return {};
}

std::unique_ptr<DetectorBackend> createBackend(ModelKind kind, const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = QCoreApplication::translate("detect", "%1: model file not found").arg(path);
        return nullptr;
    }
    try {
        switch (kind) {
        case ModelKind::YuNet: return std::make_unique<YuNetBackend>(path);
        case ModelKind::YuNetN: return std::make_unique<YuNetNBackend>(path);
        case ModelKind::UltraFace640: return std::make_unique<UltraFaceBackend>(path, cv::Size(640, 480));
        case ModelKind::UltraFace320: return std::make_unique<UltraFaceBackend>(path, cv::Size(320, 240));
        case ModelKind::RetinaFace: return std::make_unique<RetinaFaceBackend>(path);
        case ModelKind::Haar: {
            auto haar = std::make_unique<HaarBackend>(path);
            if (!haar->loaded()) {
                *error = QCoreApplication::translate("detect", "%1: cannot load the cascade").arg(path);
                return nullptr;
            }
            return haar;
        }
        }
    } catch (const cv::Exception &e) {
        *error = QCoreApplication::translate("detect", "%1: cannot load the model: %2")
                     .arg(path, QString::fromStdString(e.msg));
    }
    return nullptr;
}

} // namespace veil
