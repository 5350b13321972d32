// Obfuscation must destroy the face's information, not just soften it.
#include "anonymize/obfuscation.h"
#include "../testutil.h"

#include <QtTest>

#include <array>

#include <cmath>

using namespace veil;

namespace {
// A real photo with one large face (wider-dev, 416x416).
const char *kFacePhoto = "data/wider-dev/images/9_Press_Conference_Press_Conference_9_196.jpg";
const QRectF kFace(116.6, 58.5, 149.1, 164.9);

QImage facePhoto()
{
    QImage image(test::sharedPath(QLatin1String(kFacePhoto)));
    return image.convertToFormat(QImage::Format_RGB32);
}

double gray(QRgb p)
{
    return 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p);
}

// Detail of an image: each pixel minus the mean of its 5x5 neighbourhood, inside `r`.
QList<double> highPass(const QImage &image, const QRect &r)
{
    QList<double> out;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            double sum = 0;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx)
                    sum += gray(image.pixel(x + dx, y + dy));
            out.append(gray(image.pixel(x, y)) - sum / 25);
        }
    return out;
}

double energy(const QList<double> &v)
{
    double e = 0;
    for (double x : v)
        e += x * x;
    return e / v.size();
}

double correlation(const QList<double> &a, const QList<double> &b)
{
    double ab = 0, aa = 0, bb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    return ab / std::sqrt(aa * bb + 1e-9);
}

// Number of runs of equal pixels along row y between x0 and x1.
int runsAlongRow(const QImage &image, int y, int x0, int x1)
{
    int runs = 1;
    for (int x = x0 + 1; x <= x1; ++x)
        if (image.pixel(x, y) != image.pixel(x - 1, y))
            ++runs;
    return runs;
}

// Adds a +-24 checkerboard of 3-pixel squares (no mean, pure detail) inside r.
QImage withDetail(QImage image, const QRect &r)
{
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const int d = ((x / 3 + y / 3) % 2) ? 24 : -24; // 3-pixel squares: a mild blur keeps them
            const QRgb p = image.pixel(x, y);
            image.setPixel(x, y, qRgb(std::clamp(qRed(p) + d, 0, 255), std::clamp(qGreen(p) + d, 0, 255),
                                      std::clamp(qBlue(p) + d, 0, 255)));
        }
    return image;
}
} // namespace

class TestAnonymize : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCOMPARE(facePhoto().size(), QSize(416, 416)); }
    void names();
    void maskRectGrowsAboutCentre();
    void blurLeavesNoDetail_data();
    void blurLeavesNoDetail();
    void detailInTheFaceDoesNotReachTheOutput_data();
    void detailInTheFaceDoesNotReachTheOutput();
    void pixelateUsesAtMostEightAveragedBlocks_data();
    void pixelateUsesAtMostEightAveragedBlocks();
    void solidCoversTheMaskAndLeavesTheRest();
    void softEdgeNeverShowsTheFace();
    void faceOverTheImageBorder();
    void softEdgeFollowsTheDistanceToTheMask_data();
    void softEdgeFollowsTheDistanceToTheMask();
};

void TestAnonymize::names()
{
    ObfuscationMethod m;
    QVERIFY(methodFromName(QStringLiteral("pixelate"), &m));
    QCOMPARE(m, ObfuscationMethod::Pixelate);
    QVERIFY(!methodFromName(QStringLiteral("swirl"), &m));
    MaskShape s;
    QVERIFY(shapeFromName(QStringLiteral("rect"), &s));
    QCOMPARE(s, MaskShape::Rectangle);
    QCOMPARE(shapeName(MaskShape::Ellipse), QStringLiteral("ellipse"));
}

void TestAnonymize::maskRectGrowsAboutCentre()
{
    const QRectF m = maskRect(QRectF(100, 200, 40, 60), 1.3);
    QCOMPARE(m.center(), QPointF(120, 230));
    QVERIFY(qFuzzyCompare(m.width(), 52.0));
    QVERIFY(qFuzzyCompare(m.height(), 78.0));
    // Never smaller than the face.
    QCOMPARE(maskRect(QRectF(0, 0, 10, 10), 0.5), QRectF(0, 0, 10, 10));
}

void TestAnonymize::blurLeavesNoDetail_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("416 px photo") << 1.0;
    QTest::newRow("4x larger face") << 4.0; // strength follows the face size
}

void TestAnonymize::blurLeavesNoDetail()
{
    QFETCH(double, scale);
    QImage original = facePhoto();
    original = original.scaled(original.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRectF face(kFace.x() * scale, kFace.y() * scale, kFace.width() * scale, kFace.height() * scale);
    QImage blurred = original;
    ObfuscationOptions options;
    options.noiseSeed = 1;
    obfuscateFaces(blurred, {face}, options);

    // Detail is measured at the photo's own resolution (the larger copy was upscaled).
    const QRect inner = kFace.adjusted(kFace.width() * 0.1, kFace.height() * 0.1, -kFace.width() * 0.1,
                                       -kFace.height() * 0.1)
                            .toRect();
    const QList<double> before = highPass(original.scaled(416, 416, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), inner);
    const QList<double> after = highPass(blurred.scaled(416, 416, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), inner);
    qInfo() << "detail energy before" << energy(before) << "after" << energy(after) << "correlation"
            << correlation(before, after);
    QVERIFY(energy(before) > 20);                  // the face has detail to lose
    QVERIFY(energy(after) < 0.15 * energy(before)); // what is left is mostly the added noise
    QVERIFY(std::abs(correlation(before, after)) < 0.1);
    // Outside the mask and its soft edge nothing changes.
    const QRect affected = affectedRect(face, options).toAlignedRect();
    for (int y = 0; y < original.height(); y += 7)
        for (int x = 0; x < original.width(); x += 7)
            if (!affected.contains(x, y))
                QCOMPARE(blurred.pixel(x, y), original.pixel(x, y));
}

void TestAnonymize::detailInTheFaceDoesNotReachTheOutput_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("blur") << int(ObfuscationMethod::Blur);
    QTest::newRow("pixelate") << int(ObfuscationMethod::Pixelate);
}

void TestAnonymize::detailInTheFaceDoesNotReachTheOutput()
{
    // Two faces that differ only in fine detail must come out (nearly) the same: the
    // output carries no more than the ~8x8 cell means.
    QFETCH(int, method);
    ObfuscationOptions options;
    options.method = ObfuscationMethod(method);
    options.noiseSeed = 7;
    QImage a = facePhoto();
    QImage b = withDetail(a, kFace.toAlignedRect());
    QVERIFY(a != b);
    obfuscateFaces(a, {kFace}, options);
    obfuscateFaces(b, {kFace}, options);
    const QRect mask = maskRect(kFace, options.maskScale).toAlignedRect().intersected(a.rect());
    double diff = 0;
    for (int y = mask.top(); y <= mask.bottom(); ++y)
        for (int x = mask.left(); x <= mask.right(); ++x)
            diff += std::abs(gray(a.pixel(x, y)) - gray(b.pixel(x, y)));
    diff /= mask.width() * mask.height();
    qInfo() << "mean difference after obfuscation" << diff << "(the detail added was +-24)";
    QVERIFY(diff < 1.5);
}

void TestAnonymize::pixelateUsesAtMostEightAveragedBlocks_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("416 px photo") << 1.0;
    QTest::newRow("3x larger face") << 3.0;
}

void TestAnonymize::pixelateUsesAtMostEightAveragedBlocks()
{
    QFETCH(double, scale);
    QImage original = facePhoto();
    original = original.scaled(original.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRectF face(kFace.x() * scale, kFace.y() * scale, kFace.width() * scale, kFace.height() * scale);
    QImage out = original;
    ObfuscationOptions options;
    options.method = ObfuscationMethod::Pixelate;
    options.shape = MaskShape::Rectangle;
    obfuscateFaces(out, {face}, options);
    const QRect f = face.toRect();
    QVERIFY(runsAlongRow(out, f.center().y(), f.left() + 1, f.right() - 1) <= 8);
    QVERIFY(runsAlongRow(out.transformed(QTransform().rotate(90)), f.center().x(), out.height() - f.bottom() + 1,
                         out.height() - f.top() - 1)
            <= 8);
    // A block is the average of its own pixels: the block at the face's centre.
    const int cx = f.center().x(), cy = f.center().y();
    const QRgb c = out.pixel(cx, cy);
    int x0 = cx, x1 = cx, y0 = cy, y1 = cy;
    while (x0 > 0 && out.pixel(x0 - 1, cy) == c)
        --x0;
    while (x1 + 1 < out.width() && out.pixel(x1 + 1, cy) == c)
        ++x1;
    while (y0 > 0 && out.pixel(cx, y0 - 1) == c)
        --y0;
    while (y1 + 1 < out.height() && out.pixel(cx, y1 + 1) == c)
        ++y1;
    QVERIFY(x1 - x0 + 1 >= face.width() / 9);
    double red = 0;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            red += qRed(original.pixel(x, y));
    red /= (x1 - x0 + 1) * (y1 - y0 + 1);
    QVERIFY2(std::abs(red - qRed(c)) <= 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(red).arg(qRed(c))));
}

void TestAnonymize::solidCoversTheMaskAndLeavesTheRest()
{
    const QImage original = facePhoto();
    QImage out = original;
    ObfuscationOptions options;
    options.method = ObfuscationMethod::Solid;
    options.fillColor = QColor(10, 200, 30);
    obfuscateFaces(out, {kFace}, options);
    const QRectF mask = maskRect(kFace, options.maskScale);
    const QRect affected = affectedRect(kFace, options).toAlignedRect();
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            const QPointF p(x + 0.5, y + 0.5);
            const double ex = (p.x() - mask.center().x()) / (mask.width() / 2);
            const double ey = (p.y() - mask.center().y()) / (mask.height() / 2);
            if (ex * ex + ey * ey <= 1)
                QCOMPARE(out.pixel(x, y), qRgb(10, 200, 30));
            else if (!affected.contains(x, y))
                QCOMPARE(out.pixel(x, y), original.pixel(x, y));
        }
    }
}

void TestAnonymize::softEdgeNeverShowsTheFace()
{
    // With the rectangle shape, the whole face box (corners too) is fully covered; the
    // soft edge lies outside the mask.
    QImage out = facePhoto();
    ObfuscationOptions options;
    options.method = ObfuscationMethod::Solid;
    options.shape = MaskShape::Rectangle;
    options.maskScale = 1.0;
    obfuscateFaces(out, {kFace}, options);
    const QRect inside = kFace.toAlignedRect().adjusted(1, 1, -1, -1);
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            QCOMPARE(out.pixel(x, y), qRgb(0, 0, 0));
    // ... and the edge fades: just outside the box the pixel is neither black nor original.
    const QImage original = facePhoto();
    const int y = int(kFace.center().y());
    const int x = int(kFace.right()) + 2;
    QVERIFY(out.pixel(x, y) != qRgb(0, 0, 0));
    QVERIFY(out.pixel(x, y) != original.pixel(x, y));
}

void TestAnonymize::faceOverTheImageBorder()
{
    QImage out = facePhoto();
    const QRectF face(-40, 300, 120, 160); // half outside, left and bottom
    ObfuscationOptions options;
    options.method = ObfuscationMethod::Pixelate;
    obfuscateFaces(out, {face}, options);
    QVERIFY(runsAlongRow(out, 380, 0, 60) <= 8);
    // Blur too, with a face entirely outside (ignored).
    options.method = ObfuscationMethod::Blur;
    obfuscateFaces(out, {face, QRectF(1000, 1000, 50, 50)}, options);
    QCOMPARE(out.size(), QSize(416, 416));
}

void TestAnonymize::softEdgeFollowsTheDistanceToTheMask_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QRectF>("face");
    QTest::newRow("ellipse") << int(MaskShape::Ellipse) << QRectF(100.3, 120.7, 97.4, 131.9);
    QTest::newRow("ellipse, small") << int(MaskShape::Ellipse) << QRectF(20.6, 30.2, 11.3, 14.8);
    QTest::newRow("ellipse, at the border") << int(MaskShape::Ellipse) << QRectF(-30.5, 350.25, 90, 100);
    QTest::newRow("rect") << int(MaskShape::Rectangle) << QRectF(150.5, 80.25, 60.5, 90.75);
    QTest::newRow("rect, small") << int(MaskShape::Rectangle) << QRectF(300.1, 20.9, 9.6, 12.2);
}

void TestAnonymize::softEdgeFollowsTheDistanceToTheMask()
{
    // Every pixel, inside, on the soft edge and outside, is the fill blended over the
    // original by smoothstep of its distance outside the mask (approximate for ellipses:
    // (r - 1) times the smaller half-axis), across a feather of 12% of the mask's smaller
    // side (at least 2 px). Computed here pixel by pixel, independently of the code's
    // row-by-row spans.
    QFETCH(int, shape);
    QFETCH(QRectF, face);
    const QImage original = facePhoto().convertToFormat(QImage::Format_RGB32);
    QImage out = original;
    ObfuscationOptions options;
    options.method = ObfuscationMethod::Solid;
    options.shape = MaskShape(shape);
    options.fillColor = QColor(250, 5, 120);
    obfuscateFaces(out, {face}, options);
    const QRectF mask = maskRect(face, options.maskScale);
    const double feather = std::max(2.0, 0.12 * std::min(mask.width(), mask.height()));
    const double a = mask.width() / 2, b = mask.height() / 2;
    int blended = 0;
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            const double px = x + 0.5 - mask.center().x(), py = y + 0.5 - mask.center().y();
            double outside = 0;
            if (options.shape == MaskShape::Ellipse) {
                const double r = std::hypot(px / a, py / b);
                outside = r > 1 ? (r - 1) * std::min(a, b) : 0;
            } else {
                outside = std::hypot(std::max(0.0, std::abs(px) - a), std::max(0.0, std::abs(py) - b));
            }
            const double t = std::min(1.0, outside / feather);
            const double w = 1 - t * t * (3 - 2 * t);
            const QRgb o = original.pixel(x, y), got = out.pixel(x, y);
            const QRgb fill = options.fillColor.rgb();
            const int tolerance = (w > 0 && w < 1) ? 1 : 0;
            using Channel = int (*)(QRgb);
            for (const Channel channel : std::array<Channel, 3>{qRed, qGreen, qBlue}) {
                const double want = channel(fill) * w + channel(o) * (1 - w);
                if (std::abs(channel(got) - want) > tolerance + 0.5)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 (weight %3): %4, expected %5")
                                         .arg(x).arg(y).arg(w).arg(channel(got)).arg(want)));
            }
            blended += (w > 0 && w < 1) ? 1 : 0;
        }
    }
    QVERIFY(blended > 0); // the soft edge was there to check
}

QTEST_GUILESS_MAIN(TestAnonymize)
#include "tst_anonymize.moc"
