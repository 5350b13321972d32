#include "../testutil.h"
#include "jpeg/jpegdecode.h"

#include <QBuffer>
#include <QImageReader>
#include <QTest>

using namespace veil;

namespace {

QByteArray readSample(const QString &relative)
{
    QFile f(test::samplesPath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QImage qtDecode(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    reader.setAutoTransform(false);
    return reader.read().convertToFormat(QImage::Format_RGB32);
}

int maxChannelDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)), qAbs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

} // namespace

class TestJpegDecode : public QObject
{
    Q_OBJECT

private slots:
    void decodesLikeQt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Canon_40D") << QStringLiteral("jpg/Canon_40D.jpg");
        QTest::newRow("orientation 6 (4:2:0)") << QStringLiteral("jpg/orientation/landscape_6.jpg");
        QTest::newRow("Nikon_D70") << QStringLiteral("jpg/Nikon_D70.jpg");
    }

    void decodesLikeQt()
    {
        QFETCH(QString, file);
        const QByteArray data = readSample(file);
        QVERIFY(!data.isEmpty());
        const JpegDecodeResult r = decodeJpeg(data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QImage reference = qtDecode(data);
        QCOMPARE(r.image.format(), QImage::Format_RGB32);
        QCOMPARE(r.image.size(), reference.size());
        QCOMPARE(r.storedSize, reference.size());
        QCOMPARE(r.scaleDenominator, 1);
        // Both are libjpeg-turbo with the accurate IDCT and fancy upsampling.
        QVERIFY2(maxChannelDifference(r.image, reference) <= 1,
                 qPrintable(QString::number(maxChannelDifference(r.image, reference))));
        // RGB32 needs an opaque alpha byte.
        QCOMPARE(qAlpha(r.image.pixel(0, 0)), 255);
        QCOMPARE(qAlpha(r.image.pixel(r.image.width() - 1, r.image.height() - 1)), 255);
    }

    void picksTheScaledIdct()
    {
        QCOMPARE(jpegScaleDenominator(QSize(4608, 1976), QSize()), 1);
        QCOMPARE(jpegScaleDenominator(QSize(4608, 1976), QSize(1000, 400)), 4);
        QCOMPARE(jpegScaleDenominator(QSize(4608, 1976), QSize(576, 247)), 8);
        QCOMPARE(jpegScaleDenominator(QSize(4608, 1976), QSize(577, 247)), 4);
        QCOMPARE(jpegScaleDenominator(QSize(4608, 1976), QSize(4000, 10)), 1);
        QCOMPARE(jpegScaleDenominator(QSize(100, 68), QSize(50, 34)), 2);

        const QByteArray data = readSample(QStringLiteral("jpg/mobile/HMD_Nokia_8.3_5G.jpg"));
        JpegDecodeOptions options;
        options.minimumSize = QSize(1000, 400);
        const JpegDecodeResult r = decodeJpeg(data, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.storedSize, QSize(4608, 1976));
        QCOMPARE(r.scaleDenominator, 4);
        QCOMPARE(r.image.size(), QSize(1152, 494));
    }

    void truncatedSampleIsAnError()
    {
        // corrupted.jpg ends in the middle of its entropy-coded data.
        const JpegDecodeResult r = decodeJpeg(readSample(QStringLiteral("jpg/corrupted.jpg")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("truncated or corrupt JPEG data: ")), qPrintable(r.error));
        QVERIFY(r.image.isNull());
    }

    void cutFileReportsPrematureEnd()
    {
        const QByteArray data = readSample(QStringLiteral("jpg/Nikon_D70.jpg"));
        const JpegDecodeResult r = decodeJpeg(data.left(data.size() * 2 / 3));
        QCOMPARE(r.error, QStringLiteral("truncated or corrupt JPEG data: Premature end of JPEG file"));
        // Cut inside the header: still an error, never an exit().
        const JpegDecodeResult header = decodeJpeg(data.left(300));
        QVERIFY(!header.ok());
        QVERIFY(!header.error.isEmpty());
    }

    void garbageAndEmpty()
    {
        QCOMPARE(decodeJpeg(QByteArray()).error, QStringLiteral("file is empty (0 bytes)"));
        const JpegDecodeResult r = decodeJpeg("this is no JPEG, just text");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("Not a JPEG file")), qPrintable(r.error));
    }

    void grayscaleBecomesRgb32()
    {
        QImage gray(40, 24, QImage::Format_Grayscale8);
        for (int y = 0; y < gray.height(); ++y)
            for (int x = 0; x < gray.width(); ++x)
                gray.scanLine(y)[x] = uchar(x * 6);
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(gray.save(&buffer, "JPEG", 95));
        const JpegDecodeResult r = decodeJpeg(data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.image.size(), QSize(40, 24));
        const QRgb p = r.image.pixel(20, 10);
        QCOMPARE(qRed(p), qGreen(p));
        QCOMPARE(qGreen(p), qBlue(p));
        QVERIFY(qAbs(qRed(p) - 120) <= 4);
    }

    void refusesHugeImages()
    {
        JpegDecodeOptions options;
        options.maxPixels = 1000;
        const JpegDecodeResult r = decodeJpeg(readSample(QStringLiteral("jpg/Canon_40D.jpg")), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("100x68")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestJpegDecode)
#include "tst_jpegdecode.moc"
