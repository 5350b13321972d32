#include "../testutil.h"
#include "imaging/exifinfo.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {
ExifInfo exifOf(const QString &relative)
{
    QFile f(test::samplesPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(relative));
    return readExifFromFile(f.readAll());
}
} // namespace

class TestExif : public QObject
{
    Q_OBJECT

private slots:
    void orientationOfEverySample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("orientation");
        for (const char *kind : {"landscape", "portrait"})
            for (int o = 1; o <= 8; ++o)
                QTest::addRow("%s_%d", kind, o) << QStringLiteral("jpg/orientation/%1_%2.jpg").arg(QLatin1String(kind)).arg(o) << o;
    }

    void orientationOfEverySample()
    {
        QFETCH(QString, file);
        QFETCH(int, orientation);
        const ExifInfo info = exifOf(file);
        QVERIFY(info.present);
        QCOMPARE(info.orientation, orientation);
    }

    void gpsSamplesCarryGpsAndAThumbnail()
    {
        QDirIterator it(test::samplesPath(QStringLiteral("jpg/gps")), {QStringLiteral("*.jpg")}, QDir::Files);
        int seen = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const ExifInfo info = readExifFromFile(f.readAll());
            QVERIFY2(info.hasGps, qPrintable(path));
            QVERIFY2(info.hasThumbnail, qPrintable(path));
            QCOMPARE(info.model, QStringLiteral("COOLPIX P6000"));
            ++seen;
        }
        QCOMPARE(seen, 9);
    }

    void cameraFieldsOfAKnownFile()
    {
        const ExifInfo info = exifOf(QStringLiteral("jpg/Canon_40D.jpg"));
        QCOMPARE(info.make, QStringLiteral("Canon"));
        QCOMPARE(info.model, QStringLiteral("Canon EOS 40D"));
        QCOMPARE(info.dateTaken, QDateTime(QDate(2008, 5, 30), QTime(15, 56, 1)));
        QVERIFY(!info.hasGps);
        QVERIFY(info.hasThumbnail);
    }

    void serialNumbersAreFlagged()
    {
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (exiftool.isEmpty())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("serial.jpg"));
        QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg")), copy));
        QVERIFY(!exifOf(QStringLiteral("jpg/Canon_40D.jpg")).hasSerialNumber);
        QCOMPARE(QProcess::execute(exiftool, {QStringLiteral("-q"), QStringLiteral("-overwrite_original"),
                                              QStringLiteral("-ExifIFD:SerialNumber=SN-12345"), copy}),
                 0);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(readExifFromFile(f.readAll()).hasSerialNumber);
        QVERIFY(!exifOf(QStringLiteral("jpg/gps/DSCN0010.jpg")).hasSerialNumber);
    }

    void corruptedExifIsReadAsFarAsPossible()
    {
        const ExifInfo info = exifOf(QStringLiteral("jpg/corrupted.jpg"));
        QVERIFY(info.present);
        QVERIFY(!info.model.isEmpty()); // what could be read is kept
    }

    void garbageNeverCrashes()
    {
        // Truncations and bit flips of a real EXIF block: parsing must simply return.
        QFile f(test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray block = jpegExifSegment(f.readAll());
        QVERIFY(block.size() > 1000);
        for (int cut = 0; cut < block.size(); cut += 97)
            parseExifBlock(block.left(cut));
        QByteArray flipped = block;
        for (int i = 10; i < flipped.size(); i += 13)
            flipped[i] = char(flipped[i] ^ 0x5a);
        const ExifInfo info = parseExifBlock(flipped);
        Q_UNUSED(info);
        QCOMPARE(parseExifBlock(QByteArray("Exif\0\0II*\0\xff\xff\xff\x7f", 14)).hasGps, false);
    }

    void heicAndTiffMetadata()
    {
        const ExifInfo heic = exifOf(QStringLiteral("heic/IMG_5195.HEIC"));
        QVERIFY(heic.present);
        QCOMPARE(heic.model, QStringLiteral("iPhone 11 Pro Max"));
        QVERIFY(heic.hasGps);
        const ExifInfo tiff = exifOf(QStringLiteral("tiff/Arbitro.tiff"));
        QVERIFY(tiff.present);
    }

    void modelsAgreeWithExiftool()
    {
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (exiftool.isEmpty())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        QDirIterator it(test::samplesPath(QStringLiteral("jpg")), {QStringLiteral("*.jpg")}, QDir::Files);
        int compared = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QProcess p;
            p.start(exiftool, {QStringLiteral("-s3"), QStringLiteral("-IFD0:Model"), path});
            QVERIFY(p.waitForFinished(30000));
            const QString expected = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(readExifFromFile(f.readAll()).model, expected);
            ++compared;
        }
        QVERIFY(compared >= 15);
    }
};

QTEST_GUILESS_MAIN(TestExif)
#include "tst_exif.moc"
