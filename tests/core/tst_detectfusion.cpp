// Tiling, scale planning, NMS and fusion of the face detector: pure geometry, no models.
#include "detect/detectionplan.h"
#include "detect/fusion.h"
#include "detect/tiling.h"

#include <QTest>

using namespace veil;

class TestDetectFusion : public QObject
{
    Q_OBJECT

private slots:
    void tilesCoverTheImageWithOverlap_data()
    {
        QTest::addColumn<QSize>("image");
        QTest::addColumn<QSize>("tile");
        QTest::addColumn<int>("overlap");
        QTest::newRow("4000x3000 in 640x480") << QSize(4000, 3000) << QSize(640, 480) << 200;
        QTest::newRow("832x832 in 640x480") << QSize(832, 832) << QSize(640, 480) << 240;
        QTest::newRow("exact fit") << QSize(640, 480) << QSize(640, 480) << 100;
        QTest::newRow("smaller than a tile") << QSize(300, 200) << QSize(640, 480) << 100;
        QTest::newRow("one pixel more") << QSize(641, 480) << QSize(640, 480) << 100;
    }
    void tilesCoverTheImageWithOverlap()
    {
        QFETCH(QSize, image);
        QFETCH(QSize, tile);
        QFETCH(int, overlap);
        const QList<QRect> tiles = tileGrid(image, tile, overlap);
        QVERIFY(!tiles.isEmpty());
        const QRect bounds(QPoint(0, 0), image);
        for (const QRect &t : tiles) {
            QVERIFY2(bounds.contains(t), qPrintable(QStringLiteral("tile outside the image")));
            QVERIFY(t.width() <= tile.width() && t.height() <= tile.height());
        }
        // Every face up to `overlap` pixels lies whole inside some tile: check squares of
        // that size at a grid of positions.
        const int face = std::min({overlap, image.width(), image.height()});
        for (int y = 0; y + face <= image.height(); y += 37) {
            for (int x = 0; x + face <= image.width(); x += 37) {
                const QRect f(x, y, face, face);
                const bool inside = std::any_of(tiles.cbegin(), tiles.cend(), [&](const QRect &t) { return t.contains(f); });
                QVERIFY2(inside, qPrintable(QStringLiteral("face at %1,%2 in no tile").arg(x).arg(y)));
            }
        }
    }

    void innerEdgesAreThoseNotOnTheImageBorder()
    {
        const QSize image(1000, 800);
        const QRect tile(400, 0, 640, 480);
        QVERIFY(touchesInnerEdge(QRectF(401, 100, 30, 30), tile, image, 2));  // cut by the left edge
        QVERIFY(touchesInnerEdge(QRectF(500, 460, 30, 19), tile, image, 2));  // cut by the bottom edge
        QVERIFY(!touchesInnerEdge(QRectF(500, 0, 30, 30), tile, image, 2));   // top edge is the image's
        QVERIFY(!touchesInnerEdge(QRectF(500, 200, 30, 30), tile, image, 2)); // well inside
    }

    void pyramidReachesFromSmallestFaceToWholeImage()
    {
        // A 416x416 image, faces from 10 px, YuNet's 20..240 px range: 2x first, then
        // coarser until the whole image fits in the range.
        const QList<double> s = pyramidScales(QSize(416, 416), 10, 20, 240, 2, 4e6);
        QVERIFY(s.size() >= 2);
        QCOMPARE(s.first(), 2.0);
        QVERIFY(416 * s.last() <= 240);
        for (int i = 1; i < s.size(); ++i) {
            QVERIFY(s[i] < s[i - 1]);
            // Neighbouring ranges overlap: the largest face of a finer pass is found by
            // the next one.
            QVERIFY(240 / s[i - 1] >= 20 / s[i]);
        }
        // A 12 MP photo under a 1 MP budget starts at sqrt(1/12).
        const QList<double> big = pyramidScales(QSize(4000, 3000), 10, 20, 240, 2, 1e6);
        QVERIFY(qAbs(big.first() - std::sqrt(1.0 / 12)) < 1e-9);
        QVERIFY(3000 * big.last() <= 240);
    }

    void squeezedPassesShareTheBudget()
    {
        PresetConfig c;
        ModelUse yunet;
        yunet.maxUpscale = 2;
        yunet.maxPixels = 1.2e6;
        yunet.aspects = {1.0, 1.5};
        c.models = {yunet};
        // Small photos: the budget is not reached, both aspects at every scale, the
        // squeezed one at 2/3 of the vertical scale.
        const QList<ModelPass> small = planPasses(c, QSize(416, 416));
        QVERIFY(small.size() >= 4 && small.size() % 2 == 0);
        QCOMPARE(small[0].scale, 2.0);
        QCOMPARE(small[0].scaleY(), 2.0);
        QCOMPARE(small[1].scale, 2.0);
        QVERIFY(qAbs(small[1].scaleY() - 2.0 / 1.5) < 1e-9);
        QCOMPARE(maxPassScale(c, QSize(416, 416)), 2.0);
        // 12 MP: both passes together stay within maxPixels.
        const QList<ModelPass> big = planPasses(c, QSize(4000, 3000));
        const double pixels = 12e6 * (big[0].scale * big[0].scaleY() + big[1].scale * big[1].scaleY());
        QVERIFY(qAbs(pixels - 1.2e6) < 1);
    }

    void squeezedTilesOnlyOnSmallPhotos()
    {
        // The former balanced preset (before issue 15): UltraFace looks at a 416x416 photo
        // as is and squeezed, but at a 12 MP photo (seen at 0.16x) only as is; YuNet keeps
        // both aspects at every size.
        PresetConfig c;
        ModelUse yunet;
        yunet.maxUpscale = 2;
        yunet.aspects = {1.0, 1.5};
        yunet.maxPixels = 1.2e6;
        ModelUse ultra;
        ultra.model = ModelKind::UltraFace640;
        ultra.minFace = 16;
        ultra.maxFace = 320;
        ultra.finestOnly = true;
        ultra.aspects = {1.0, 1.5};
        ultra.maxUpscale = 1.5;
        ultra.maxPixels = 640 * 480 * 5 / 3.0;
        ultra.squeezedMinScale = 1;
        c.models = {yunet, ultra};
        auto aspectsOf = [&](QSize image, ModelKind kind) {
            QList<double> aspects;
            for (const ModelPass &p : planPasses(c, image))
                if (c.models[p.modelIndex].model == kind && !aspects.contains(p.aspect))
                    aspects.append(p.aspect);
            return aspects;
        };
        QCOMPARE(aspectsOf(QSize(416, 416), ModelKind::UltraFace640), (QList<double>{1.0, 1.5}));
        QCOMPARE(aspectsOf(QSize(4000, 3000), ModelKind::UltraFace640), (QList<double>{1.0}));
        QCOMPARE(aspectsOf(QSize(4000, 3000), ModelKind::YuNet), (QList<double>{1.0, 1.5}));
        // The unsqueezed tile keeps its scale: still one 640x480 tile at 12 MP.
        for (const ModelPass &p : planPasses(c, QSize(4000, 3000)))
            if (c.models[p.modelIndex].model == ModelKind::UltraFace640)
                QVERIFY(qAbs(4000 * p.scale - 640) < 1);
    }

    void nmsKeepsTheBestOfOverlappingBoxes()
    {
        const QList<RawBox> kept = nmsRaw({{QRectF(0, 0, 10, 10), 0.5},
                                          {QRectF(1, 1, 10, 10), 0.9},
                                          {QRectF(50, 50, 10, 10), 0.4}},
                                         0.3);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].score, 0.9);
        QCOMPARE(kept[0].box, QRectF(1, 1, 10, 10));
        QCOMPARE(kept[1].box, QRectF(50, 50, 10, 10));
    }

    void fusionRaisesAgreementAndAveragesBoxes()
    {
        const QList<FusedBox> fused = fuseBoxes({{QRectF(0, 0, 10, 10), 0.6, 0},
                                                 {QRectF(2, 0, 10, 10), 0.6, 1},
                                                 {QRectF(100, 100, 20, 20), 0.7, 0}},
                                                0.4);
        QCOMPARE(fused.size(), 2);
        // Two networks at 0.6 agree: 1 - 0.4 * 0.4.
        QVERIFY(qAbs(fused[0].score - 0.84) < 1e-9);
        QCOMPARE(fused[0].sources, 2);
        QCOMPARE(fused[0].box, QRectF(1, 0, 10, 10));
        // A lone box keeps its score.
        QCOMPARE(fused[1].score, 0.7);
        QCOMPARE(fused[1].sources, 1);
    }

    void fusionCountsOneNetworkOnce()
    {
        // Two passes of the same network (same source) do not confirm each other.
        const QList<FusedBox> fused = fuseBoxes({{QRectF(0, 0, 10, 10), 0.6, 0}, {QRectF(1, 0, 10, 10), 0.5, 0}}, 0.4);
        QCOMPARE(fused.size(), 1);
        QCOMPARE(fused[0].score, 0.6);
        QCOMPARE(fused[0].sources, 1);
    }

    void containedDuplicatesAreRemoved()
    {
        const QList<FusedBox> kept = suppressContained({{QRectF(0, 0, 40, 40), 0.9, 2},
                                                        {QRectF(10, 10, 10, 10), 0.5, 1},
                                                        {QRectF(35, 35, 20, 20), 0.5, 1}},
                                                       0.8);
        QCOMPARE(kept.size(), 2); // the box half outside stays
        QCOMPARE(kept[1].box, QRectF(35, 35, 20, 20));
    }

    void tuningOverridesApply()
    {
        PresetConfig c = presetConfig(DetectionPreset::Balanced);
        QString error;
        QVERIFY(applyTuning(&c, QStringLiteral("threshold=0.42;models=yunet;yunet.maxUpscale=3"), &error));
        QCOMPARE(c.threshold, 0.42);
        QCOMPARE(c.models.size(), 1);
        QCOMPARE(c.models[0].maxUpscale, 3.0);
        QVERIFY(applyTuning(&c, QStringLiteral("yunet.aspects=1,2"), &error));
        QCOMPARE(c.models[0].aspects, (QList<double>{1.0, 2.0}));
        QVERIFY(!applyTuning(&c, QStringLiteral("yunet.aspects=1,x"), &error));
        QVERIFY(applyTuning(&c, QStringLiteral("yunet.squeezedMinScale=0.5"), &error));
        QCOMPARE(c.models[0].squeezedMinScale, 0.5);
        // The reference pass of docs/detection.md: one YuNet-n input, the whole photo at 1:1.
        QVERIFY(applyTuning(&c, QStringLiteral("models=yunetn;yunetn.tileSide=0;yunetn.finestOnly=1;verifyBelow=0"),
                            &error));
        QCOMPARE(c.models[0].model, ModelKind::YuNetN);
        const QList<ModelPass> one = planPasses(c, QSize(4096, 3072));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].scale, 1.0);
        QCOMPARE(passTiles(c.models[0], one[0], QSize(4096, 3072)), (QList<QRect>{QRect(0, 0, 4096, 3072)}));
        // The second look's looks: face height, mirrored (f), by YuNet 2022mar (y).
        QVERIFY(applyTuning(&c, QStringLiteral("looks=48,32f,y64;verifyFrom=0.25"), &error));
        QCOMPARE(c.looks.size(), 3);
        QCOMPARE(c.looks[0].face, 48.0);
        QCOMPARE(c.looks[0].side, 160);
        QVERIFY(!c.looks[0].flip && !c.looks[0].yunet2022);
        QCOMPARE(c.looks[1].face, 32.0);
        QVERIFY(c.looks[1].flip && !c.looks[1].yunet2022);
        QCOMPARE(c.looks[1].side % 32, 0);
        QVERIFY(c.looks[2].yunet2022 && !c.looks[2].flip);
        QVERIFY(c.looks[2].side >= 3 * 64);
        QCOMPARE(c.verifyFrom, 0.25);
        QVERIFY(!applyTuning(&c, QStringLiteral("looks=48,x"), &error));
        QVERIFY(error.contains(QStringLiteral("looks")));
        QVERIFY(!applyTuning(&c, QStringLiteral("looks=2"), &error));
        QVERIFY(!applyTuning(&c, QStringLiteral("nonsense=1"), &error));
        QVERIFY(error.contains(QStringLiteral("nonsense")));
    }
};

QTEST_GUILESS_MAIN(TestDetectFusion)
#include "tst_detectfusion.moc"
