#include "../testutil.h"
#include "jpeg/jpegdecode.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
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

    // Verification decodes only the rows and columns its regions need: inside them (at every
    // IDCT reduction, whatever the chroma subsampling, baseline or progressive) the pixels
    // must be those of a full decode, and what is not decoded is black, not stale memory.
    void onlyRegionsDecodeAsFullDecode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("rewrite"); // "", "progressive" or "grayscale": re-encoded by Qt first
        const QString crowd = test::sharedPath(QStringLiteral("data/wider-native/images/0_Parade_Parade_0_102.jpg"));
        QTest::newRow("4:2:0 crowd (WIDER)") << crowd << QString();
        QTest::newRow("4:2:0 crowd, progressive") << crowd << QStringLiteral("progressive");
        QTest::newRow("crowd, grayscale") << crowd << QStringLiteral("grayscale");
        QTest::newRow("4:2:2 (canon_hdr_NO)")
            << test::samplesPath(QStringLiteral("jpg/hdr/canon_hdr_NO.jpg")) << QString();
        QTest::newRow("4:4:4 (landscape_1)")
            << test::samplesPath(QStringLiteral("jpg/orientation/landscape_1.jpg")) << QString();
    }

    void onlyRegionsDecodeAsFullDecode()
    {
        QFETCH(QString, file);
        QFETCH(QString, rewrite);
        QByteArray data = test::readFile(file);
        QVERIFY(!data.isEmpty());
        if (!rewrite.isEmpty()) {
            QImage image = decodeJpeg(data).image;
            if (rewrite == QLatin1String("grayscale"))
                image = image.convertToFormat(QImage::Format_Grayscale8);
            data.clear();
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "jpeg");
            writer.setProgressiveScanWrite(rewrite == QLatin1String("progressive"));
            QVERIFY(writer.write(image));
        }
        const JpegDecodeResult full = decodeJpeg(data);
        QVERIFY2(full.ok(), qPrintable(full.error));
        const QSize size = full.storedSize;
        // Small and large parts, at the edges and inside, on odd pixel positions; none in
        // the lower fifth of the image. The second set leaves the left and right edges out,
        // so that the columns are cropped too.
        const QRect middle(size.width() / 3 + 1, size.height() / 4 + 3, size.width() / 10 + 5, size.height() / 9 + 1);
        const QRect tiny(size.width() / 2 + 5, size.height() * 3 / 5 + 1, 3, 5);
        const QList<QList<QRect>> sets = {
            {QRect(0, 0, 9, 13), middle, QRect(size.width() - 21, size.height() / 2 - 7, 21, 17), tiny},
            {middle, tiny},
        };
        for (const QList<QRect> &regions : sets) {
            for (int d : {1, 2, 4}) {
                JpegDecodeOptions options;
                options.minimumSize = QSize((size.width() + d - 1) / d, (size.height() + d - 1) / d);
                const JpegDecodeResult whole = decodeJpeg(data, options);
                options.onlyRegions = regions;
                const JpegDecodeResult part = decodeJpeg(data, options);
                QVERIFY2(part.ok(), qPrintable(part.error));
                QCOMPARE(part.scaleDenominator, d);
                QCOMPARE(part.image.size(), whole.image.size());
                for (const QRect &r : regions) {
                    const QRect scaled(QPoint(r.left() / d, r.top() / d), QPoint(r.right() / d, r.bottom() / d));
                    const QImage a = whole.image.copy(scaled), b = part.image.copy(scaled);
                    QVERIFY2(a == b, qPrintable(QStringLiteral("1/%1, region %2,%3 %4x%5 differs by up to %6")
                                                    .arg(d)
                                                    .arg(r.x())
                                                    .arg(r.y())
                                                    .arg(r.width())
                                                    .arg(r.height())
                                                    .arg(maxChannelDifference(a, b))));
                }
                // The lower fifth was skipped (black): the whole image was not decoded.
                const int y = part.image.height() - 2;
                for (int x = 0; x < part.image.width(); x += 7)
                    QCOMPARE(part.image.pixel(x, y), qRgb(0, 0, 0));
                // Without parts at the edges, the columns were cropped as well.
                if (regions.size() == 2) {
                    const int row = middle.center().y() / d;
                    QCOMPARE(part.image.pixel(0, row), qRgb(0, 0, 0));
                    QCOMPARE(part.image.pixel(part.image.width() - 1, row), qRgb(0, 0, 0));
                }
            }
        }
    }

    void onlyRegionsStillReadsTheWholeFile()
    {
        // The regions lie in the top rows; the file is cut two thirds in. Skipping the rows
        // below must not skip reading (and checking) the data they are coded in.
        const QByteArray data =
            test::readFile(test::sharedPath(QStringLiteral("data/wider-native/images/0_Parade_Parade_0_102.jpg")));
        QVERIFY(!data.isEmpty());
        JpegDecodeOptions options;
        options.onlyRegions = {QRect(10, 10, 40, 40)};
        QVERIFY2(decodeJpeg(data, options).ok(), qPrintable(decodeJpeg(data, options).error));
        const JpegDecodeResult cut = decodeJpeg(data.left(data.size() * 2 / 3), options);
        QCOMPARE(cut.error, QStringLiteral("truncated or corrupt JPEG data: Premature end of JPEG file"));
        // Cut a few bytes before the end: only the last rows' data is missing.
        const JpegDecodeResult tail = decodeJpeg(data.left(data.size() - 64), options);
        QVERIFY(!tail.ok());
        QVERIFY2(tail.error.startsWith(QStringLiteral("truncated or corrupt JPEG data: ")), qPrintable(tail.error));
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
