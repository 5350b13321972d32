// YuNet-n: its decoding (on synthetic outputs and on a real photo against labelled
// faces), and the default preset's plan at the photo's own resolution: every face of
// 16 px and more in some pass's range at 1, 12, 24 and 48 MP, tiles of bounded size that
// never cut a face a pass is responsible for.
#include "detect/coverage.h"
#include "detect/detectionplan.h"
#include "detect/facedetector.h"
#include "detect/fusion.h"
#include "detect/multiscaledetector.h"
#include "detect/tiling.h"
#include "detect/yunetnbackend.h"
#include "../testutil.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <cmath>

using namespace veil;

namespace {
QString nativePath(const QString &relative)
{
    return test::sharedPath(QStringLiteral("data/wider-native/") + relative);
}

const ModelUse *yunetnOf(const PresetConfig &c)
{
    for (const ModelUse &m : c.models)
        if (m.model == ModelKind::YuNetN)
            return &m;
    return nullptr;
}
} // namespace

class TestDetectYuNetN : public QObject
{
    Q_OBJECT

private slots:
    void decodesOneCellAsOpenCvDoes()
    {
        // A 64x96 input: grids of 8x12, 4x6 and 2x3 cells. One face in cell (col 3,
        // row 5) of stride 8: centre offsets 0.5, 0.25, size exp(1)*8 by exp(1.5)*8.
        const cv::Size input(64, 96);
        std::vector<cv::Mat> outs;
        for (int part : {1, 1, 4}) // cls, obj, bbox
            for (int s : {8, 16, 32})
                outs.push_back(cv::Mat::zeros(1, (input.width / s) * (input.height / s) * part, CV_32F));
        const int cell = 5 * 8 + 3;
        outs[0].at<float>(cell) = 0.81f; // cls_8
        outs[3].at<float>(cell) = 1.5f;  // obj_8, clamped to 1
        float *b = outs[6].ptr<float>() + cell * 4;
        b[0] = 0.5f;
        b[1] = 0.25f;
        b[2] = 1.0f;
        b[3] = 1.5f;
        // A weaker one at stride 32 (cell col 1, row 2): score sqrt(0.25 * 0.36) = 0.3.
        outs[2].at<float>(5) = 0.25f;
        outs[5].at<float>(5) = 0.36f;
        const QList<RawBox> found = YuNetNBackend::decode(outs, input, 0.5);
        QCOMPARE(found.size(), 1);
        QVERIFY(qAbs(found[0].score - 0.9) < 1e-6);
        const double w = std::exp(1.0) * 8, h = std::exp(1.5) * 8;
        const QRectF expected((3 + 0.5) * 8 - w / 2, (5 + 0.25) * 8 - h / 2, w, h);
        QVERIFY2(intersectionOverUnion(found[0].box, expected) > 0.9999, "box decoded wrongly");
        const QList<RawBox> all = YuNetNBackend::decode(outs, input, 0.29);
        QCOMPARE(all.size(), 2);
        QVERIFY(qAbs(all[1].score - 0.3) < 1e-6);
        QVERIFY(qAbs(all[1].box.center().x() - 32 * 1.0) < 1e-6); // col 1 + offset 0, stride 32
        QVERIFY(qAbs(all[1].box.center().y() - 32 * 2.0) < 1e-6);
    }

    void findsTheLabelledFacesOfARealPhoto_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("group of six") << QStringLiteral("12_Group_Group_12_Group_Group_12_732.jpg");
        QTest::newRow("parade, faces of 20-60 px") << QStringLiteral("0_Parade_Parade_0_102.jpg");
    }
    void findsTheLabelledFacesOfARealPhoto()
    {
        // The real network on a wider-native photo at its own size (1024 px wide, padded
        // to a multiple of 32): the labelled faces of 24 px and more are found, each by a
        // box overlapping it by IoU >= 0.4.
        QFETCH(QString, name);
        BoxesByFile all;
        QString error;
        QVERIFY2(readBoxesCsv(nativePath(QStringLiteral("faces.csv")), &all, &error), qPrintable(error));
        const QList<QRectF> labelled = all.value(name);
        QVERIFY(!labelled.isEmpty());
        const cv::Mat bgr = cv::imread(nativePath(QStringLiteral("images/") + name).toStdString());
        QVERIFY(!bgr.empty());
        YuNetNBackend net(test::sharedPath(QStringLiteral("models/yunet-n.onnx")));
        const QList<RawBox> found = net.detect(bgr, 0.5);
        int large = 0, matched = 0;
        for (const QRectF &face : labelled) {
            if (face.height() < 24)
                continue;
            ++large;
            const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const RawBox &b) {
                return intersectionOverUnion(b.box, face) >= 0.4;
            });
            matched += hit ? 1 : 0;
        }
        QVERIFY(large >= 2);
        // Every box lies inside the photo (padding never leaks into the result).
        for (const RawBox &b : found)
            QVERIFY(QRectF(0, 0, bgr.cols, bgr.rows).contains(b.box));
        QVERIFY2(matched >= large * 0.9,
                 qPrintable(QStringLiteral("%1 of %2 faces of 24 px and more found").arg(matched).arg(large)));
    }

    void refusesANetworkWithoutItsOutputs()
    {
        // YuNet 2022mar loads through readNetFromONNX but has none of YuNet-n's outputs.
        QString error;
        auto backend = createBackend(ModelKind::YuNetN, test::sharedPath(QStringLiteral("models/yunet-2022mar.onnx")),
                                     &error);
        QVERIFY(!backend);
        QVERIFY2(error.contains(QLatin1String("cls_8")), qPrintable(error));
    }

    void defaultPresetSeesEveryFaceSizeAtFullResolution_data()
    {
        QTest::addColumn<QSize>("image");
        QTest::newRow("1 MP (wider-native)") << QSize(1024, 683);
        QTest::newRow("12 MP") << QSize(4000, 3000);
        QTest::newRow("12 MP native corpus") << QSize(4096, 3072);
        QTest::newRow("12 MP portrait") << QSize(3024, 4032);
        QTest::newRow("24 MP") << QSize(6000, 4000);
        QTest::newRow("48 MP") << QSize(8000, 6000);
    }
    void defaultPresetSeesEveryFaceSizeAtFullResolution()
    {
        QFETCH(QSize, image);
        const PresetConfig c = presetConfig(DetectionPreset::Balanced);
        const ModelUse *net = yunetnOf(c);
        QVERIFY(net);
        QList<ModelPass> passes;
        for (const ModelPass &p : planPasses(c, image))
            if (c.models[p.modelIndex].model == ModelKind::YuNetN)
                passes.append(p);
        QVERIFY(!passes.isEmpty());
        // The finest pass looks at the photo at the resolution it is exported at.
        QCOMPARE(passes.first().scale, 1.0);
        QCOMPARE(passes.first().aspect, 1.0);
        QCOMPARE(maxPassScale(c, image), 1.0);
        // Every face height from 16 px to the photo's shorter side is one some pass is
        // responsible for: at least minFace at its scale (the finest pass, at 1:1, takes
        // the smallest faces), at most the largest face its tiles keep whole.
        const double largest = std::min(image.width(), image.height());
        for (double face = 16; face <= largest; face *= 1.02) {
            const bool covered = std::any_of(passes.cbegin(), passes.cend(), [&](const ModelPass &p) {
                const double input = face * p.scale;
                const bool finest = &p == &passes.first();
                return (finest || input >= net->minFace) && input <= p.maxFace;
            });
            QVERIFY2(covered, qPrintable(QStringLiteral("no pass for faces of %1 px").arg(face)));
        }
    }

    void tilesAreBoundedAndNeverCutAFace_data() { defaultPresetSeesEveryFaceSizeAtFullResolution_data(); }
    void tilesAreBoundedAndNeverCutAFace()
    {
        QFETCH(QSize, image);
        const PresetConfig c = presetConfig(DetectionPreset::Balanced);
        QRandomGenerator random(15);
        for (const ModelPass &p : planPasses(c, image)) {
            const ModelUse &use = c.models[p.modelIndex];
            if (use.model != ModelKind::YuNetN)
                continue;
            const QSize scaled(std::max(1, int(std::lround(image.width() * p.scale))),
                               std::max(1, int(std::lround(image.height() * p.scaleY()))));
            const QList<QRect> tiles = passTiles(use, p, scaled);
            QVERIFY(!tiles.isEmpty());
            for (const QRect &t : tiles) {
                // Bounded memory: no input side beyond tileSide (rounded up to 32 px when
                // the whole image is smaller than that).
                QVERIFY(t.width() <= std::max(use.tileSide, 64.0) && t.height() <= std::max(use.tileSide, 64.0));
                QVERIFY(QRect(QPoint(0, 0), scaled).contains(t));
            }
            // A face the pass is responsible for, with the slack of its detection box,
            // anywhere in the photo, lies in some tile clear of that tile's inner edges:
            // it is found whole there and not dropped as cut.
            const double side = std::min({p.maxFace * 1.3, double(scaled.width()), double(scaled.height())});
            for (int i = 0; i < 3000; ++i) {
                const double x = (scaled.width() - side) * random.generateDouble();
                const double y = (scaled.height() - side) * random.generateDouble();
                const QRectF face(x, y, side, side);
                const bool whole = std::any_of(tiles.cbegin(), tiles.cend(), [&](const QRect &t) {
                    return QRectF(t).contains(face) && !touchesInnerEdge(face, t, scaled, 2);
                });
                QVERIFY2(whole, qPrintable(QStringLiteral("a %1 px face at %2,%3 of the %4x%5 pass is cut by every "
                                                          "tile")
                                               .arg(side)
                                               .arg(x)
                                               .arg(y)
                                               .arg(scaled.width())
                                               .arg(scaled.height())));
            }
        }
    }

    void defaultPresetDecodesAtFullSize()
    {
        QStringList warnings;
        auto detector = FaceDetector::create({}, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(detector->preferredDecodeSize(QSize(4000, 3000)), QSize(4000, 3000));
        QCOMPARE(detector->preferredDecodeSize(QSize(8000, 6000)), QSize(8000, 6000));
    }
};

QTEST_GUILESS_MAIN(TestDetectYuNetN)
#include "tst_detectyunetn.moc"
