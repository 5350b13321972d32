#include "../testutil.h"
#include "imaging/imageloader.h"

#include <QBuffer>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

class TestImageLoader : public QObject
{
    Q_OBJECT

private slots:
    void decodesEverySupportedFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("jpeg") << QStringLiteral("jpg/Canon_40D.jpg") << QStringLiteral("jpeg");
        QTest::newRow("tiff") << QStringLiteral("tiff/Arbitro.tiff") << QStringLiteral("tiff");
        QTest::newRow("heic") << QStringLiteral("heic/IMG_5195.HEIC") << QStringLiteral("heif");
        QTest::newRow("heif") << QStringLiteral("heic/samplefilehub.heif") << QStringLiteral("heif");
    }

    void decodesEverySupportedFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const LoadedImage loaded = loadImage(test::samplesPath(file));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(formatName(loaded.header.format), format);
        QCOMPARE(loaded.image.size(), loaded.header.displayedSize());
    }

    void pngWebpBmpRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("png");
        QTest::newRow("webp") << QByteArray("webp");
        QTest::newRow("bmp") << QByteArray("bmp");
    }

    void pngWebpBmpRoundTrip()
    {
        QFETCH(QByteArray, format);
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(QColor(10, 200, 30));
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, format.constData()));
        const LoadedImage loaded = loadImageFromData(data);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(formatName(loaded.header.format).toLatin1(), format);
        QCOMPARE(loaded.image.size(), QSize(120, 80));
    }

    void orientationIsApplied()
    {
        // landscape_6 is stored portrait-wise and displays as landscape.
        const LoadedImage normal = loadImage(test::samplesPath(QStringLiteral("jpg/orientation/landscape_1.jpg")));
        const LoadedImage rotated = loadImage(test::samplesPath(QStringLiteral("jpg/orientation/landscape_6.jpg")));
        QVERIFY(normal.ok() && rotated.ok());
        QCOMPARE(rotated.header.orientation, 6);
        QCOMPARE(rotated.image.size(), normal.image.size());
        QCOMPARE(rotated.header.storedSize, normal.image.size().transposed());
    }

    void reducedDecodeKeepsAspect()
    {
        LoadOptions options;
        options.maxDimension = 100;
        const LoadedImage loaded = loadImage(test::samplesPath(QStringLiteral("jpg/mobile/HMD_Nokia_8.3_5G.jpg")), options);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(std::max(loaded.image.width(), loaded.image.height()) <= 100);
        const double full = double(loaded.header.displayedSize().width()) / loaded.header.displayedSize().height();
        const double small = double(loaded.image.width()) / loaded.image.height();
        QVERIFY(qAbs(full - small) < 0.05);
    }

    void refusesHugeImagesBeforeDecoding()
    {
        // A PNG header claiming 60000x60000 pixels, with no real data behind it.
        QImage tiny(1, 1, QImage::Format_RGB32);
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        tiny.save(&buffer, "PNG");
        // IHDR width and height sit at bytes 16..23.
        const char huge[8] = {0, 0, char(0xEA), 0x60, 0, 0, char(0xEA), 0x60};
        data.replace(16, 8, QByteArray(huge, 8));
        // Keep the chunk valid: recompute the IHDR CRC over type and data (bytes 12..28).
        quint32 crc = 0xFFFFFFFFu;
        for (int i = 12; i < 29; ++i) {
            crc ^= quint8(data[i]);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        crc ^= 0xFFFFFFFFu;
        for (int k = 0; k < 4; ++k)
            data[29 + k] = char((crc >> (24 - 8 * k)) & 0xFF);
        const LoadedImage loaded = loadImageFromData(data);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QStringLiteral("60000x60000")), qPrintable(loaded.error));
    }

    void truncatedJpegIsReported()
    {
        // corrupted.jpg stops inside its entropy-coded data: an error, not a grey bottom.
        const LoadedImage loaded = loadImage(test::samplesPath(QStringLiteral("jpg/corrupted.jpg")));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.startsWith(QStringLiteral("truncated or corrupt JPEG data: ")), qPrintable(loaded.error));
        QFile f(test::samplesPath(QStringLiteral("jpg/Nikon_D70.jpg")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray jpeg = f.readAll();
        QCOMPARE(loadImageFromData(jpeg.left(jpeg.size() - 2000)).error,
                 QStringLiteral("truncated or corrupt JPEG data: Premature end of JPEG file"));
    }

    void clearErrorsForBadInput()
    {
        QCOMPARE(loadImageFromData(QByteArray()).error, QStringLiteral("file is empty (0 bytes)"));
        QVERIFY(loadImageFromData("hello, I am text pretending to be a jpg").error.contains(QStringLiteral("not a supported image")));
        QFile f(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray jpeg = f.readAll();
        const LoadedImage truncated = loadImageFromData(jpeg.left(200));
        QVERIFY(!truncated.ok());
        QVERIFY(!truncated.error.isEmpty());
        QTemporaryDir dir;
        QVERIFY(loadImage(dir.filePath(QStringLiteral("missing.jpg"))).error.contains(QStringLiteral("does not exist")));
        QVERIFY(loadImage(dir.path()).error.contains(QStringLiteral("folder")));
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
