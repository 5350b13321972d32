// Exports carry no identifying metadata, show like the original, never touch it, and
// appear atomically. Checked with exiftool, independently of Veil's own parser.
#include "detect/coverage.h"
#include "detect/facedetector.h"
#include "export/exportphoto.h"
#include "export/metadata.h"
#include "export/outputnaming.h"
#include "export/verification.h"
#include "imaging/imageloader.h"
#include "../testutil.h"

#include <QtTest>

using namespace veil;

namespace {

// The real detector at its default preset, with the shared models.
std::unique_ptr<FaceDetector> realDetector(QStringList *warnings = nullptr)
{
    DetectorOptions options;
    options.modelsDir = test::sharedPath(QStringLiteral("models"));
    return FaceDetector::create(options, warnings);
}

QJsonArray exiftool(const QStringList &files)
{
    QProcess p;
    p.start(QStringLiteral("exiftool"), QStringList{QStringLiteral("-j"), QStringLiteral("-G1"), QStringLiteral("-a"),
                                                    QStringLiteral("-s")} + files);
    if (!p.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

// What exiftool sees in a file that must not be in an export.
QStringList leaks(const QJsonObject &tags)
{
    static const QStringList allowedGroups = {QStringLiteral("ExifTool"), QStringLiteral("System"),
                                              QStringLiteral("File"),     QStringLiteral("JFIF"),
                                              QStringLiteral("IFD0"),     QStringLiteral("ExifIFD"),
                                              QStringLiteral("Composite"), QStringLiteral("PNG"),
                                              QStringLiteral("RIFF")};
    static const QStringList forbiddenWords = {
        QStringLiteral("GPS"),     QStringLiteral("Serial"),    QStringLiteral("Thumbnail"), QStringLiteral("XMP"),
        QStringLiteral("IPTC"),    QStringLiteral("Photoshop"), QStringLiteral("MakerNote"), QStringLiteral("Comment"),
        QStringLiteral("Artist"),  QStringLiteral("Owner"),     QStringLiteral("Copyright"), QStringLiteral("Creator"),
        QStringLiteral("Location")};
    QStringList found;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("SourceFile"))
            continue;
        const QString group = key.section(QLatin1Char(':'), 0, 0);
        if (group.startsWith(QLatin1String("ICC")))
            continue; // the colour profile stays; its "ProfileCreator" is a vendor code
        if (!allowedGroups.contains(group) && !group.startsWith(QLatin1String("PNG")))
            found << key;
        for (const QString &w : forbiddenWords)
            if (key.contains(w, Qt::CaseInsensitive))
                found << key;
    }
    found.removeDuplicates();
    return found;
}

QList<FaceBox> centreFace()
{
    FaceBox f;
    f.rect = QRectF(0.4, 0.35, 0.2, 0.3);
    return {f};
}

// Mean absolute difference of two images shown at 64 px.
double displayedDifference(const QByteArray &a, const QByteArray &b)
{
    const QImage ia = loadImageFromData(a).image.scaled(64, 64);
    const QImage ib = loadImageFromData(b).image.scaled(64, 64);
    double d = 0;
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            d += std::abs(qGray(ia.pixel(x, y)) - qGray(ib.pixel(x, y)));
    return d / (64 * 64);
}

// "Finds" a confident face of every size at every position of what it is shown, so
// whatever region the verification looks at holds one: drives its failure path.
class AlwaysAFace : public FaceDetector
{
public:
    QList<Detection> detect(const QImage &image) override
    {
        QList<Detection> all;
        for (double side = 16; side <= std::min(image.width(), image.height()); side *= 1.25)
            for (double y = 0; y + side <= image.height(); y += side / 4)
                for (double x = 0; x + side <= image.width(); x += side / 4)
                    all.append(Detection{QRectF(x, y, side, side), 0.93, false});
        return all;
    }
    DetectorOptions options() const override { return {}; }
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nameTemplate();
    void gpsSamplesLeaveNothing();
    void everyKindOfMetadataIsRemoved();
    void safePolicyKeepsOnlyTheAllowlist();
    void iccProfileStays();
    void corpusLeavesNothing();
    void rotatedOriginalsDisplayTheSame_data();
    void rotatedOriginalsDisplayTheSame();
    void pngAndWebpOutputs();
    void outputEqualToInputIsRefused();
    void existingOutputIsKeptUnlessOverwrite();
    void failedVerificationLeavesNoFile();
    void verificationSeesFacesButNotTheirObfuscation_data();
    void verificationSeesFacesButNotTheirObfuscation();
    void verificationOfLargeFacesDecodesReduced();
    void verificationRefusesTruncatedExport();
    void regionLeftVisibleIsRefusedNamingIt_data();
    void regionLeftVisibleIsRefusedNamingIt();
    void regionChangeMeasure();

private:
    QTemporaryDir m_corpus;
    QHash<QString, QList<FaceBox>> m_corpusFaces;
};

void TestExport::initTestCase()
{
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty());
    // Two 4000x3000 photos with GPS, serial, XMP and a thumbnail; the second is rotated.
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {test::sharedPath(QStringLiteral("tools/make_corpus.py")), test::sharedPath(QStringLiteral("data/wider-dev/images")),
             test::sharedPath(QStringLiteral("data/wider-dev/faces.csv")), m_corpus.path(), QStringLiteral("--count"),
             QStringLiteral("2"), QStringLiteral("--rotated-every"), QStringLiteral("2")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    BoxesByFile boxes;
    QString error;
    QVERIFY2(readBoxesCsv(m_corpus.filePath(QStringLiteral("faces.csv")), &boxes, &error), qPrintable(error));
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        for (const QRectF &r : it.value()) {
            FaceBox box;
            box.rect = FaceBox::normalise(r, QSizeF(4000, 3000));
            m_corpusFaces[it.key()].append(box);
        }
    QCOMPARE(m_corpusFaces.size(), 2);
}

void TestExport::nameTemplate()
{
    QCOMPARE(expandNameTemplate(QStringLiteral("{name}_anon.{ext}"), QStringLiteral("/a/b/IMG_1.JPG"),
                                QStringLiteral("jpg")),
             QStringLiteral("IMG_1_anon.jpg"));
    QString error;
    QVERIFY(expandNameTemplate(QStringLiteral("{nom}.{ext}"), QStringLiteral("x.jpg"), QStringLiteral("jpg"), &error)
                .isEmpty());
    QVERIFY(error.contains(QStringLiteral("{nom}")));
    QVERIFY(expandNameTemplate(QStringLiteral("../{name}"), QStringLiteral("x.jpg"), QStringLiteral("jpg")).isEmpty());
    // Batches mirror the input tree.
    QCOMPARE(outputPathFor(QStringLiteral("/in/2024/may/p.heic"), QStringLiteral("/in"), QStringLiteral("/out"),
                           QStringLiteral("{name}_anon.{ext}"), QStringLiteral("jpg")),
             QStringLiteral("/out/2024/may/p_anon.jpg"));
    QCOMPARE(outputPathFor(QStringLiteral("/in/p.png"), QString(), QStringLiteral("/out"), QStringLiteral("{name}.{ext}"),
                           QStringLiteral("png")),
             QStringLiteral("/out/p.png"));
    QCOMPARE(resolvedOutputFormat(OutputFormat::Auto, ImageFormat::Heif), ImageFormat::Jpeg);
    QCOMPARE(resolvedOutputFormat(OutputFormat::Auto, ImageFormat::Png), ImageFormat::Png);
}

void TestExport::gpsSamplesLeaveNothing()
{
    QTemporaryDir out;
    const QDir gps(test::samplesPath(QStringLiteral("jpg/gps")));
    QStringList outputs;
    for (const QString &name : gps.entryList({QStringLiteral("*.jpg")})) {
        const QString input = gps.filePath(name);
        const QByteArray before = test::fileSha256(input);
        const ExportResult r = exportPhoto({input, {}, out.filePath(name), centreFace()}, ExportOptions{}, nullptr);
        QVERIFY2(r.ok, qPrintable(name + QStringLiteral(": ") + r.error));
        QVERIFY(r.metadataRemoved.contains(QStringLiteral("gps")));
        QVERIFY(r.verification.performed && r.verification.passed());
        QCOMPARE(r.encodePath, QStringLiteral("lossless")); // JPEG to JPEG by default
        QCOMPARE(test::fileSha256(input), before);
        outputs << r.output;
    }
    QCOMPARE(outputs.size(), 9);
    const QJsonArray tags = exiftool(outputs);
    QCOMPARE(tags.size(), outputs.size());
    for (const QJsonValue &t : tags)
        QVERIFY2(leaks(t.toObject()).isEmpty(), qPrintable(leaks(t.toObject()).join(QLatin1Char(' '))));
    // Nothing but the outputs: no temporary file left behind.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), outputs.size());
}

void TestExport::everyKindOfMetadataIsRemoved()
{
    // A photo holding everything at once, made by exiftool: EXIF GPS/serial/owner/comment
    // and thumbnail, XMP, IPTC (in a Photoshop APP13) and a JPEG comment.
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("everything.jpg"));
    QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")), input));
    QCOMPARE(QProcess::execute(QStringLiteral("exiftool"),
                               {QStringLiteral("-q"), QStringLiteral("-overwrite_original"),
                                QStringLiteral("-SerialNumber=SN-1234"), QStringLiteral("-Artist=Jane Example"),
                                QStringLiteral("-OwnerName=Jane Example"), QStringLiteral("-UserComment=at home"),
                                QStringLiteral("-XMP-dc:Creator=Jane Example"), QStringLiteral("-IPTC:By-line=Jane"),
                                QStringLiteral("-IPTC:City=Paris"), QStringLiteral("-Comment=private"), input}),
             0);
    const QStringList found = metadataInventory(test::readFile(input));
    for (const char *kind : {"gps", "serial-number", "owner", "exif-comment", "exif-thumbnail", "xmp", "iptc",
                             "photoshop-app13", "comment", "maker-notes"})
        QVERIFY2(found.contains(QLatin1String(kind)), kind);
    const QByteArray before = test::fileSha256(input);
    const ExportResult r =
        exportPhoto({input, {}, dir.filePath(QStringLiteral("out/everything_anon.jpg")), centreFace()}, {}, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(test::fileSha256(input), before);
    const QJsonArray tags = exiftool({r.output});
    QVERIFY2(leaks(tags.first().toObject()).isEmpty(), qPrintable(leaks(tags.first().toObject()).join(' ')));
    QVERIFY(forbiddenMetadata(test::readFile(r.output)).isEmpty());
    // Veil's own check catches what exiftool sees in the original.
    QVERIFY(forbiddenMetadata(test::readFile(input)).contains(QStringLiteral("APP13 segment")));
}

void TestExport::safePolicyKeepsOnlyTheAllowlist()
{
    QTemporaryDir out;
    ExportOptions options;
    options.metadata = MetadataPolicy::Safe;
    const QString input = test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg"));
    const ExportResult r = exportPhoto({input, {}, out.filePath(QStringLiteral("a.jpg")), centreFace()}, options, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.metadataKept.contains(QStringLiteral("camera-make-model")));
    const QJsonObject tags = exiftool({r.output}).first().toObject();
    QVERIFY2(leaks(tags).isEmpty(), qPrintable(leaks(tags).join(' ')));
    QCOMPARE(tags.value(QStringLiteral("IFD0:Make")).toString(), QStringLiteral("NIKON"));
    QVERIFY(tags.contains(QStringLiteral("ExifIFD:DateTimeOriginal")));
    QVERIFY(tags.contains(QStringLiteral("ExifIFD:ExposureTime")));
    QVERIFY(tags.contains(QStringLiteral("ExifIFD:FNumber")));
    QCOMPARE(tags.value(QStringLiteral("IFD0:Orientation")).toString(), QStringLiteral("Horizontal (normal)"));
}

void TestExport::iccProfileStays()
{
    QTemporaryDir out;
    const QString input = test::samplesPath(QStringLiteral("jpg/Canon_40D_photoshop_import.jpg"));
    const ExportResult r = exportPhoto({input, {}, out.filePath(QStringLiteral("c.jpg")), {}}, {}, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.metadataKept.contains(QStringLiteral("icc-profile")));
    QVERIFY(r.metadataRemoved.contains(QStringLiteral("exif-thumbnail")));
    const QJsonObject tags = exiftool({r.output}).first().toObject();
    QCOMPARE(tags.value(QStringLiteral("ICC-header:ProfileDescription")).toString()
                 + tags.value(QStringLiteral("ICC_Profile:ProfileDescription")).toString(),
             QStringLiteral("sRGB IEC61966-2.1"));
    QVERIFY2(leaks(tags).isEmpty(), qPrintable(leaks(tags).join(' ')));
}

void TestExport::corpusLeavesNothing()
{
    QTemporaryDir out;
    QStringList outputs;
    for (const QString &name : {QStringLiteral("photo000.jpg"), QStringLiteral("photo001.jpg")}) {
        const QString input = m_corpus.filePath(name);
        const QByteArray before = test::fileSha256(input);
        const QByteArray original = test::readFile(input);
        const ExportResult r =
            exportPhoto({input, {}, out.filePath(name), m_corpusFaces.value(name)}, ExportOptions{}, nullptr);
        QVERIFY2(r.ok, qPrintable(name + QStringLiteral(": ") + r.error));
        QCOMPARE(r.displayedSize, QSize(4000, 3000));
        QCOMPARE(r.anonymized.size(), m_corpusFaces.value(name).size());
        for (const char *kind : {"gps", "serial-number", "exif-thumbnail", "xmp"})
            QVERIFY2(r.metadataRemoved.contains(QLatin1String(kind)), kind);
        QCOMPARE(test::fileSha256(input), before);
        // The rotated one (photo001, Orientation=6) shows the same way after export.
        QVERIFY(displayedDifference(original, test::readFile(r.output)) < 25);
        outputs << r.output;
    }
    for (const QJsonValue &t : exiftool(outputs)) {
        QVERIFY2(leaks(t.toObject()).isEmpty(), qPrintable(leaks(t.toObject()).join(' ')));
    }
}

void TestExport::rotatedOriginalsDisplayTheSame_data()
{
    QTest::addColumn<bool>("reencode");
    QTest::newRow("lossless: orientation tag kept") << false;
    QTest::newRow("pixel path: orientation baked in") << true;
}

void TestExport::rotatedOriginalsDisplayTheSame()
{
    QFETCH(bool, reencode);
    QTemporaryDir out;
    const QDir dir(test::samplesPath(QStringLiteral("jpg/orientation")));
    const QByteArray reference = test::readFile(dir.filePath(QStringLiteral("landscape_1.jpg")));
    const QByteArray portrait = test::readFile(dir.filePath(QStringLiteral("portrait_1.jpg")));
    QVERIFY(displayedDifference(reference, portrait) > 10); // the measure tells images apart
    ExportOptions options;
    options.reencode = reencode;
    for (const QString &name : dir.entryList({QStringLiteral("*.jpg")})) {
        const QString input = dir.filePath(name);
        const ExportResult r = exportPhoto({input, {}, out.filePath(name), centreFace()}, options, nullptr);
        QVERIFY2(r.ok, qPrintable(name + QStringLiteral(": ") + r.error));
        QCOMPARE(r.encodePath, reencode ? QStringLiteral("pixel") : QStringLiteral("lossless"));
        const QByteArray original = test::readFile(input);
        const QByteArray exported = test::readFile(r.output);
        QCOMPARE(loadImageFromData(exported).image.size(), loadImageFromData(original).image.size());
        QCOMPARE(readImageHeader(exported).orientation, reencode ? 1 : readImageHeader(original).orientation);
        // Compared outside the anonymized centre: the whole image at 64 px.
        const double d = displayedDifference(original, exported);
        QVERIFY2(d < 12, qPrintable(QStringLiteral("%1: %2").arg(name).arg(d)));
    }
}

void TestExport::pngAndWebpOutputs()
{
    QTemporaryDir out;
    const QString input = test::samplesPath(QStringLiteral("jpg/gps/DSCN0012.jpg"));
    for (OutputFormat format : {OutputFormat::Png, OutputFormat::WebP}) {
        ExportOptions options;
        options.format = format;
        options.metadata = MetadataPolicy::Safe;
        const QString ext = format == OutputFormat::Png ? QStringLiteral("png") : QStringLiteral("webp");
        const ExportResult r =
            exportPhoto({input, {}, out.filePath(QStringLiteral("x.") + ext), centreFace()}, options, nullptr);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(formatName(sniffImageFormat(r.output)), format == OutputFormat::Png ? QStringLiteral("png")
                                                                                     : QStringLiteral("webp"));
        const QJsonObject tags = exiftool({r.output}).first().toObject();
        QVERIFY2(leaks(tags).isEmpty(), qPrintable(leaks(tags).join(' ')));
        // The safe allowlist is written in both containers, freshly built.
        QCOMPARE(tags.value(QStringLiteral("IFD0:Make")).toString(), QStringLiteral("NIKON"));
        QVERIFY(!tags.value(QStringLiteral("IFD0:Model")).toString().isEmpty());
        QVERIFY2(!r.metadataKept.isEmpty(), "the report says what was kept");
        // And the file still decodes to the photo.
        QCOMPARE(loadImage(r.output).image.size(), r.displayedSize);
    }
}

void TestExport::outputEqualToInputIsRefused()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("p.jpg"));
    QVERIFY(QFile::copy(test::samplesPath(QStringLiteral("jpg/gps/DSCN0010.jpg")), input));
    const QByteArray before = test::fileSha256(input);
    ExportOptions options;
    options.overwrite = true; // not even then
    ExportResult r = exportPhoto({input, {}, input, centreFace()}, options, nullptr);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("input")));
    // Also through another spelling of the same path, and through a hard link.
    r = exportPhoto({input, {}, dir.path() + QStringLiteral("/./p.jpg"), centreFace()}, options, nullptr);
    QVERIFY(!r.ok);
    QVERIFY(QFile::link(input, dir.filePath(QStringLiteral("link.jpg"))));
    r = exportPhoto({input, {}, dir.filePath(QStringLiteral("link.jpg")), centreFace()}, options, nullptr);
    QVERIFY(!r.ok);
    QCOMPARE(test::fileSha256(input), before);
}

void TestExport::existingOutputIsKeptUnlessOverwrite()
{
    QTemporaryDir dir;
    const QString input = test::samplesPath(QStringLiteral("jpg/gps/DSCN0021.jpg"));
    const QString output = dir.filePath(QStringLiteral("out.jpg"));
    QVERIFY(test::writeFile(output, "precious"));
    ExportResult r = exportPhoto({input, {}, output, centreFace()}, {}, nullptr);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("exists")));
    QCOMPARE(test::readFile(output), QByteArray("precious"));
    ExportOptions options;
    options.overwrite = true;
    r = exportPhoto({input, {}, output, centreFace()}, options, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(sniffImageFormat(output), ImageFormat::Jpeg);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.jpg")});
}

void TestExport::failedVerificationLeavesNoFile()
{
    QTemporaryDir dir;
    AlwaysAFace detector;
    const QString output = dir.filePath(QStringLiteral("sub/out.jpg"));
    const ExportResult r =
        exportPhoto({test::samplesPath(QStringLiteral("jpg/gps/DSCN0025.jpg")), {}, output, centreFace()}, {}, &detector);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("verification failed")));
    QVERIFY(r.verification.facesChecked);
    QCOMPARE(r.verification.facesFound.size(), 1);
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    // The report says why.
    const QJsonObject json = exportResultJson(r, {});
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("passed")).toBool(), false);
}

void TestExport::verificationSeesFacesButNotTheirObfuscation_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("photo");
    const QString upright = QStringLiteral("photo000.jpg");
    const QString rotated = QStringLiteral("photo001.jpg"); // stored turned, Orientation=6
    QTest::newRow("blur, ellipse") << int(ObfuscationMethod::Blur) << int(MaskShape::Ellipse) << upright;
    QTest::newRow("pixelate, ellipse") << int(ObfuscationMethod::Pixelate) << int(MaskShape::Ellipse) << upright;
    QTest::newRow("solid, ellipse") << int(ObfuscationMethod::Solid) << int(MaskShape::Ellipse) << upright;
    QTest::newRow("blur, rect") << int(ObfuscationMethod::Blur) << int(MaskShape::Rectangle) << upright;
    QTest::newRow("blur, ellipse, rotated") << int(ObfuscationMethod::Blur) << int(MaskShape::Ellipse) << rotated;
}

void TestExport::verificationSeesFacesButNotTheirObfuscation()
{
    QFETCH(int, method);
    QFETCH(int, shape);
    QFETCH(QString, photo);
    // The real detector, over the ground-truth faces of a 4000x3000 corpus photo.
    QStringList warnings;
    const auto detector = realDetector(&warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(' ')));
    const QString name = photo;
    const QString input = m_corpus.filePath(name);
    QList<FaceBox> faces;
    QList<QRectF> pixels;
    for (const FaceBox &f : m_corpusFaces.value(name)) {
        const QRectF r = f.toPixels(QSizeF(4000, 3000));
        if (std::min(r.width(), r.height()) >= 24) { // big enough to tell by eye
            faces.append(f);
            pixels.append(r);
        }
    }
    QVERIFY(faces.size() >= 15);
    ExportOptions options;
    options.obfuscation.method = ObfuscationMethod(method);
    options.obfuscation.shape = MaskShape(shape);

    // Shown the original, the check finds most faces: it can fail.
    const VerificationResult plain =
        verifyExport(test::readFile(input), QSize(4000, 3000), pixels, options.obfuscation, detector.get(), 0.5);
    QCOMPARE(plain.regionsChecked, int(pixels.size()));
    QVERIFY2(plain.facesFound.size() >= pixels.size() / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(plain.facesFound.size()).arg(pixels.size())));
    QVERIFY(!plain.passed());

    // The export hides every one of them from it.
    QTemporaryDir out;
    const ExportResult r = exportPhoto({input, {}, out.filePath(name), faces}, options, detector.get());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.verification.facesChecked);
    QCOMPARE(r.verification.regionsChecked, int(pixels.size()));
    QVERIFY2(r.verification.maxFaceScore < 0.5, qPrintable(QString::number(r.verification.maxFaceScore)));
    // And none of them still carries the original's detail.
    QVERIFY(r.verification.changeChecked);
    QVERIFY(r.verification.regionsUnchanged.isEmpty());
    QVERIFY2(r.verification.regionsCompared >= pixels.size() / 2, qPrintable(QString::number(r.verification.regionsCompared)));
    QVERIFY2(r.verification.maxDetailKept < 0.5, qPrintable(QString::number(r.verification.maxDetailKept)));
}

void TestExport::verificationOfLargeFacesDecodesReduced()
{
    // A crowd photo enlarged 6x, so its faces are 150 px and more: verification decodes the
    // export at a reduced size and must still catch visible faces and pass hidden ones.
    const QString name = QStringLiteral("2_Demonstration_Demonstrators_2_378.jpg");
    const QImage small(test::sharedPath(QStringLiteral("data/wider-dev/images/") + name));
    QVERIFY(!small.isNull());
    constexpr int k = 6;
    const QImage large = small.scaled(small.size() * k, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("large.jpg"));
    QVERIFY(large.save(input, "JPEG", 92));
    QList<FaceBox> faces;
    QList<QRectF> pixels;
    BoxesByFile wider;
    QString error;
    QVERIFY2(readBoxesCsv(test::sharedPath(QStringLiteral("data/wider-dev/faces.csv")), &wider, &error),
             qPrintable(error));
    for (const QRectF &box : wider.value(name)) {
        const QRectF r(box.topLeft() * k, box.size() * k);
        if (std::min(r.width(), r.height()) < 120)
            continue;
        pixels.append(r);
        faces.append({0, FaceBox::normalise(r, QSizeF(large.size()))});
    }
    QVERIFY2(pixels.size() >= 8, qPrintable(QString::number(pixels.size())));
    const auto detector = realDetector();
    const ExportOptions options;

    const VerificationResult plain =
        verifyExport(test::readFile(input), large.size(), pixels, options.obfuscation, detector.get(), 0.5);
    QVERIFY2(plain.decodeReduction >= 2, qPrintable(QString::number(plain.decodeReduction)));
    QCOMPARE(plain.regionsChecked, int(pixels.size()));
    QVERIFY2(plain.facesFound.size() >= pixels.size() / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(plain.facesFound.size()).arg(pixels.size())));

    const ExportResult r = exportPhoto({input, {}, dir.filePath(QStringLiteral("out.jpg")), faces}, options, detector.get());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.verification.facesChecked);
    QCOMPARE(r.verification.decodeReduction, plain.decodeReduction);
    QVERIFY2(r.verification.maxFaceScore < 0.5, qPrintable(QString::number(r.verification.maxFaceScore)));
    // The region-change check compares at the reduced decode too: all hidden, and one face
    // left as it was is caught there.
    QVERIFY(r.verification.changeChecked);
    QCOMPARE(r.verification.regionsCompared + r.verification.regionsFlat, int(pixels.size()));
    QVERIFY(r.verification.regionsUnchanged.isEmpty());
    ExportJob leaky{input, {}, dir.filePath(QStringLiteral("leaky.jpg")), faces};
    leaky.leaveVisibleForTest = 0;
    const ExportResult refused = exportPhoto(leaky, options, detector.get());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.verification.decodeReduction, plain.decodeReduction);
    QCOMPARE(refused.verification.regionsUnchanged, QList<QRectF>{r.anonymized.at(0)});
    QVERIFY(!QFileInfo::exists(leaky.outputPath));
}

void TestExport::verificationRefusesTruncatedExport()
{
    // A file cut short anywhere, far from any face too, does not pass.
    const QString name = QStringLiteral("photo000.jpg");
    QList<QRectF> pixels;
    for (const FaceBox &f : m_corpusFaces.value(name))
        pixels.append(f.toPixels(QSizeF(4000, 3000)));
    QVERIFY(!pixels.isEmpty());
    const QByteArray whole = test::readFile(m_corpus.filePath(name));
    const auto detector = realDetector();
    const VerificationResult full = verifyExport(whole, QSize(4000, 3000), pixels, {}, detector.get(), 0.5);
    QVERIFY2(full.decoded, qPrintable(full.decodeError));
    QVERIFY(full.facesChecked);
    for (const double kept : {0.5, 0.95, 0.999}) {
        const QByteArray cut = whole.left(qsizetype(whole.size() * kept));
        const VerificationResult r = verifyExport(cut, QSize(4000, 3000), pixels, {}, detector.get(), 0.5);
        QVERIFY2(!r.decoded && !r.passed(), qPrintable(QString::number(kept)));
        QVERIFY2(r.decodeError.contains(QStringLiteral("JPEG")), qPrintable(r.decodeError));
        QVERIFY2(!r.failureReason().isEmpty(), qPrintable(QString::number(kept)));
    }
}

void TestExport::regionLeftVisibleIsRefusedNamingIt_data()
{
    QTest::addColumn<QString>("photo");
    QTest::addColumn<bool>("reencode");
    QTest::addColumn<int>("method");
    const QString upright = QStringLiteral("photo000.jpg");
    const QString rotated = QStringLiteral("photo001.jpg"); // stored turned, Orientation=6
    QTest::newRow("lossless, blur") << upright << false << int(ObfuscationMethod::Blur);
    QTest::newRow("lossless, rotated, pixelate") << rotated << false << int(ObfuscationMethod::Pixelate);
    QTest::newRow("pixel path, blur") << upright << true << int(ObfuscationMethod::Blur);
    QTest::newRow("pixel path, rotated, solid") << rotated << true << int(ObfuscationMethod::Solid);
}

void TestExport::regionLeftVisibleIsRefusedNamingIt()
{
    // A bug that leaves one face of a crowd as it was: the network check misses many such
    // faces one by one, the region-change check must not. Every ground-truth face of a
    // 4000x3000 corpus photo is anonymized except one the network does not find.
    QFETCH(QString, photo);
    QFETCH(bool, reencode);
    QFETCH(int, method);
    const QString input = m_corpus.filePath(photo);
    const QList<FaceBox> faces = m_corpusFaces.value(photo);
    QList<QRectF> pixels;
    for (const FaceBox &f : faces)
        pixels.append(f.toPixels(QSizeF(4000, 3000)));
    QVERIFY(pixels.size() >= 15);
    const auto detector = realDetector();
    ExportOptions options;
    options.reencode = reencode;
    options.obfuscation.method = ObfuscationMethod(method);
    const VerificationResult plain =
        verifyExport(test::readFile(input), QSize(4000, 3000), pixels, options.obfuscation, detector.get(), 0.5);
    qsizetype missed = -1; // the largest face the network does not find on the original
    for (qsizetype i = 0; i < pixels.size(); ++i)
        if (!plain.facesFound.contains(pixels.at(i)) && std::min(pixels.at(i).width(), pixels.at(i).height()) >= 20
            && (missed < 0 || pixels.at(i).width() > pixels.at(missed).width()))
            missed = i;
    QVERIFY(missed >= 0);

    QTemporaryDir out;
    ExportJob job{input, {}, out.filePath(photo), faces};
    const ExportResult normal = exportPhoto(job, options, detector.get());
    QVERIFY2(normal.ok, qPrintable(normal.error));
    QCOMPARE(normal.encodePath, reencode ? QStringLiteral("pixel") : QStringLiteral("lossless"));
    QVERIFY(normal.verification.changeChecked);
    QVERIFY2(normal.verification.regionsCompared >= pixels.size() / 2,
             qPrintable(QString::number(normal.verification.regionsCompared)));

    job.outputPath = out.filePath(QStringLiteral("leaky.jpg"));
    job.leaveVisibleForTest = int(missed);
    const ExportResult r = exportPhoto(job, options, detector.get());
    QVERIFY(!r.ok);
    QVERIFY(!QFileInfo::exists(job.outputPath)); // nothing published under the final name
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{photo});
    QCOMPARE(r.verification.regionsUnchanged, QList<QRectF>{pixels.at(missed)});
    QVERIFY2(!r.verification.facesFound.contains(pixels.at(missed)), "the network alone would have caught it");
    QVERIFY2(r.verification.maxDetailKept > 0.8, qPrintable(QString::number(r.verification.maxDetailKept)));
    // The message names the box, in the report too.
    const QRectF box = pixels.at(missed);
    const QString where = QStringLiteral("%1,%2 (%3x%4").arg(qRound(box.x())).arg(qRound(box.y())).arg(qRound(box.width())).arg(qRound(box.height()));
    QVERIFY2(r.error.contains(where), qPrintable(r.error + QStringLiteral(" / ") + where));
    QVERIFY2(r.error.contains(QStringLiteral("left visible")), qPrintable(r.error));
    const QJsonObject json = exportResultJson(r, options);
    QCOMPARE(json.value(QStringLiteral("error")).toString(), r.error);
    QCOMPARE(json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("regionsUnchanged")).toArray().size(), 1);
}

void TestExport::regionChangeMeasure()
{
    // The measure itself on a made-up grid: unchanged keeps everything, a flat original has
    // nothing to judge, noise alone keeps nothing, a half left as it was counts as kept.
    constexpr int n = 32;
    std::vector<float> original(n * n), flat(n * n, 100.f), noise(n * n), half(n * n);
    quint32 seed = 12345;
    const auto next = [&seed]() {
        seed = seed * 1664525u + 1013904223u;
        return float(seed >> 24);
    };
    for (int i = 0; i < n * n; ++i) {
        original[size_t(i)] = next();
        noise[size_t(i)] = 128.f + (next() - 128.f) / 8;
        half[size_t(i)] = (i % n) < n / 2 ? 120.f : original[size_t(i)];
    }
    QCOMPARE(detailKept(original, original, n, n), 1.0);
    QCOMPARE(detailKept(flat, noise, n, n), -1.0);
    QVERIFY(std::abs(detailKept(original, noise, n, n)) < 0.1);
    QVERIFY(detailKept(original, half, n, n) > 0.9);
    QCOMPARE(detailKept(original, original, 1, n * n), -1.0);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
