#include "imaging/orientation.h"

#include <QPainter>
#include <QTest>
#include <QTransform>

using namespace veil;

// A stored image with a single red square at a known place; after applying each
// orientation, the square must appear where storedToDisplayed says it is.
class TestOrientation : public QObject
{
    Q_OBJECT

private slots:
    void mappingFollowsThePixels_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("orientation %d", o) << o;
    }

    void mappingFollowsThePixels()
    {
        QFETCH(int, orientation);
        const QSize stored(64, 40);
        QImage image(stored, QImage::Format_RGB32);
        image.fill(Qt::black);
        const QRect square(5, 7, 10, 6); // asymmetric position and shape
        {
            QPainter p(&image);
            p.fillRect(square, Qt::red);
        }
        const QImage displayed = applyOrientation(image, orientation);
        QCOMPARE(displayed.size(), displayedSize(stored, orientation));

        const QRectF mapped = storedToDisplayed(QRectF(square), stored, orientation);
        // Every pixel inside the mapped rectangle is red, every pixel outside is black.
        for (int y = 0; y < displayed.height(); ++y) {
            for (int x = 0; x < displayed.width(); ++x) {
                const bool inside = mapped.contains(QPointF(x + 0.5, y + 0.5));
                const bool red = qRed(displayed.pixel(x, y)) > 128;
                if (inside != red)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 mismatch (inside=%3)").arg(x).arg(y).arg(inside)));
            }
        }
        // Round trip.
        QCOMPARE(displayedToStored(mapped, stored, orientation), QRectF(square));
    }

    void turnsLikeQImage_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("format");
        for (int o : {3, 6, 8})
            for (QImage::Format f : {QImage::Format_RGB32, QImage::Format_ARGB32})
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(o).arg(int(f)))) << o << int(f);
    }

    void turnsLikeQImage()
    {
        // The quarter and half turns go through OpenCV (faster on photos): the same pixels
        // and metadata as QImage's own rotation.
        QFETCH(int, orientation);
        QFETCH(int, format);
        QImage image(67, 41, QImage::Format(format)); // odd sizes, no symmetry
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgba(x * 3, y * 5, (x * y) % 256, (x + y) % 256));
        image.setDotsPerMeterX(3000);
        image.setDotsPerMeterY(4000);
        image.setText(QStringLiteral("k"), QStringLiteral("v"));
        const int degrees = orientation == 3 ? 180 : orientation == 6 ? 90 : -90;
        const QImage expected = image.transformed(QTransform().rotate(degrees));
        const QImage turned = applyOrientation(image, orientation);
        QCOMPARE(turned.format(), expected.format());
        QCOMPARE(turned, expected);
        QCOMPARE(turned.dotsPerMeterX(), expected.dotsPerMeterX());
        QCOMPARE(turned.dotsPerMeterY(), expected.dotsPerMeterY());
        QCOMPARE(turned.text(QStringLiteral("k")), QStringLiteral("v"));
    }

    void outOfRangeValuesAreTreatedAsNormal()
    {
        QCOMPARE(normalizedOrientation(0), 1);
        QCOMPARE(normalizedOrientation(9), 1);
        QCOMPARE(normalizedOrientation(-3), 1);
        QVERIFY(!orientationSwapsAxes(1));
        QVERIFY(orientationSwapsAxes(6));
        QVERIFY(orientationSwapsAxes(8));
    }
};

QTEST_GUILESS_MAIN(TestOrientation)
#include "tst_orientation.moc"
