// Measures export verification (core/export/verification.cpp) on real photos: how many
// faces it catches when they were left visible, whether it passes their obfuscation, and
// what it costs. Figures and how to run: docs/export.md.
//
//   veil-bench-verify DIR [METHOD]     (METHOD: blur (default), pixelate, solid)
//   veil-bench-verify DIR --change     the region-change check alone (no network)
//
// For every JPEG in DIR: the balanced detector finds the faces (uncertain ones included,
// as the batch pipeline hides them), the photo is exported with them hidden and without
// verification, and then verifyExport runs on
//   - the original bytes, with the same regions: every region still shows its face, so
//     the share of regions it flags is the check's power;
//   - the export: every region is obfuscated, so any region flagged is a false refusal.
// CPU time is this thread's, with OpenCV on one thread.

#include "benchutil.h"
#include "allocator.h"
#include "detect/facedetector.h"
#include "detect/photodetection.h"
#include "export/exportphoto.h"
#include "export/imageencoder.h"
#include "export/verification.h"
#include "imaging/imageloader.h"
#include "anonymize/obfuscation.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <opencv2/core.hpp>

#include <algorithm>
#include <ctime>

using namespace veil;
using veil::bench::median;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The region-change check (RegionOriginals) alone, no network: its measure on regions left
// as they were (must all be caught), on Veil's obfuscations at the default and the weakest
// settings (must flag none), on regions obfuscated only in their left half, and its cost.
struct Tally
{
    int regions = 0, flagged = 0, flat = 0, photosFlagged = 0;
    double minKept = 1e9, maxKept = -1e9;
    QList<double> checkMs; // CPU ms of the whole check (no detector: the region compare only)
    QList<double> decodeMs;

    void add(const VerificationResult &v)
    {
        regions += int(v.detailKeptPerRegion.size());
        flagged += int(v.regionsUnchanged.size());
        flat += v.regionsFlat;
        photosFlagged += v.regionsUnchanged.isEmpty() ? 0 : 1;
        for (double k : v.detailKeptPerRegion)
            if (k >= 0) {
                minKept = std::min(minKept, k);
                maxKept = std::max(maxKept, k);
            }
        checkMs.append(v.checkCpuMs);
        decodeMs.append(v.decodeCpuMs);
    }
    QString line() const
    {
        return QStringLiteral("%1 regions, %2 flagged (%3%), %4 flat; kept min %5 max %6; check %7 ms, decode %8 ms")
            .arg(regions)
            .arg(flagged)
            .arg(regions ? 100.0 * flagged / regions : 0, 0, 'f', 1)
            .arg(flat)
            .arg(minKept, 0, 'f', 3)
            .arg(maxKept, 0, 'f', 3)
            .arg(median(checkMs), 0, 'f', 2)
            .arg(median(decodeMs), 0, 'f', 1);
    }
};

int runChangeBench(const QDir &dir, FaceDetector &detector, QTextStream &out)
{
    struct Setting
    {
        QString name;
        ObfuscationMethod method;
        MaskShape shape;
        double maskScale;
        int samples;
    };
    const QList<Setting> settings = {
        {QStringLiteral("blur default"), ObfuscationMethod::Blur, MaskShape::Ellipse, 1.3, 2},
        {QStringLiteral("pixelate default"), ObfuscationMethod::Pixelate, MaskShape::Ellipse, 1.3, 2},
        {QStringLiteral("solid default"), ObfuscationMethod::Solid, MaskShape::Ellipse, 1.3, 2},
        // The weakest a user can set: the smallest mask (samples and blocks are not a setting).
        {QStringLiteral("blur, ellipse 1.0"), ObfuscationMethod::Blur, MaskShape::Ellipse, 1.0, 2},
        {QStringLiteral("pixelate, rectangle 1.0"), ObfuscationMethod::Pixelate, MaskShape::Rectangle, 1.0, 2},
        {QStringLiteral("solid, ellipse 1.0"), ObfuscationMethod::Solid, MaskShape::Ellipse, 1.0, 2},
        // Beyond what a user can set: 8 samples or blocks across (ObfuscationOptions' maximum).
        {QStringLiteral("blur 8 samples, ellipse 1.0"), ObfuscationMethod::Blur, MaskShape::Ellipse, 1.0, 8},
        {QStringLiteral("pixelate 8 blocks, ellipse 1.0"), ObfuscationMethod::Pixelate, MaskShape::Ellipse, 1.0, 8},
        {QStringLiteral("blur 8 samples, rectangle 1.0"), ObfuscationMethod::Blur, MaskShape::Rectangle, 1.0, 8},
        {QStringLiteral("pixelate 8 blocks, rectangle 1.0"), ObfuscationMethod::Pixelate, MaskShape::Rectangle, 1.0, 8},
        {QStringLiteral("solid rectangle 4.0"), ObfuscationMethod::Solid, MaskShape::Rectangle, 4.0, 2},
    };
    QMap<QString, Tally> tallies;
    QStringList order;
    const auto tally = [&](const QString &name) -> Tally & {
        if (!tallies.contains(name))
            order.append(name);
        return tallies[name];
    };
    QTemporaryDir tmp;
    int photos = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files, QDir::Name)) {
        QString error;
        const QByteArray originalData = readFileReadOnly(dir.filePath(name), &error);
        const PhotoDetections found = detectPhoto(detector, originalData);
        if (!error.isEmpty() || !found.ok() || found.faces.isEmpty())
            continue;
        ++photos;
        QList<FaceBox> boxes;
        QList<QRectF> pixels;
        for (const Detection &d : found.faces) {
            FaceBox f;
            f.rect = FaceBox::normalise(d.box, QSizeF(found.displayedSize));
            boxes.append(f);
            pixels.append(f.toPixels(QSizeF(found.displayedSize)));
        }
        const QSize shown = found.displayedSize;
        LoadOptions asStored;
        asStored.orient = false;
        const LoadedImage stored = loadImageFromData(originalData, asStored);
        const LoadedImage upright = loadImageFromData(originalData);
        QStringList summary;
        for (const Setting &s : settings) {
            ExportOptions options;
            options.obfuscation.method = s.method;
            options.obfuscation.shape = s.shape;
            options.obfuscation.maskScale = s.maskScale;
            options.obfuscation.samplesAcross = s.samples;
            options.overwrite = true;
            // Left as it was: on the lossless path the written pixels are the original's
            // (the original itself stands for it); on the pixel path, re-encoded.
            RegionOriginals asStoredOriginals(pixels, options.obfuscation, stored.header.storedSize,
                                              stored.header.orientation);
            asStoredOriginals.collect(stored.image);
            RegionOriginals uprightOriginals(pixels, options.obfuscation, shown, 1);
            uprightOriginals.collect(upright.image);
            if (s.name.endsWith(QLatin1String("default")) || s.name.startsWith(QLatin1String("blur 8 samples, ellipse"))) {
                const QString shapeName = s.name.startsWith(QLatin1String("blur 8")) ? QStringLiteral("ellipse 1.0")
                                                                                      : QStringLiteral("ellipse 1.3");
                if (s.method == ObfuscationMethod::Blur) {
                    Tally &same = tally(QStringLiteral("left as it was, lossless (") + shapeName + u')');
                    same.add(verifyExport(originalData, shown, pixels, options.obfuscation, nullptr, 0.5, &asStoredOriginals));
                    for (int quality : {92, 50, 20, 5}) {
                        const QByteArray q = encodeImage(upright.image, ImageFormat::Jpeg, quality, {}, {}, &error);
                        tally(QStringLiteral("left as it was, pixel path q%1 (%2)").arg(quality).arg(shapeName))
                            .add(verifyExport(q, shown, pixels, options.obfuscation, nullptr, 0.5, &uprightOriginals));
                    }
                }
                // Half obfuscated: only the left half of each box is hidden (pixel path).
                QImage half = upright.image.copy();
                QList<QRectF> leftHalves;
                for (const QRectF &p : pixels)
                    leftHalves.append(QRectF(p.x(), p.y(), p.width() / 2, p.height()));
                obfuscateFaces(half, leftHalves, options.obfuscation);
                const QByteArray h = encodeImage(half, ImageFormat::Jpeg, 92, {}, {}, &error);
                tally(QStringLiteral("left half of each box only, %1").arg(s.name))
                    .add(verifyExport(h, shown, pixels, options.obfuscation, nullptr, 0.5, &uprightOriginals));
            }
            for (bool reencode : {false, true}) {
                options.reencode = reencode;
                options.verify = true;
                ExportJob job;
                job.inputPath = dir.filePath(name);
                job.inputData = originalData;
                job.outputPath = QDir(tmp.path()).filePath(name);
                job.faces = boxes;
                const ExportResult exported = exportPhoto(job, options, nullptr);
                Tally &t = tally(s.name + (reencode ? QStringLiteral(", pixel path") : QStringLiteral(", lossless")));
                t.add(exported.verification);
                if (!exported.ok)
                    summary.append(s.name + QStringLiteral(" refused: ") + exported.error);
            }
        }
        out << name << ": " << pixels.size() << " regions" << (summary.isEmpty() ? QString() : u'\n' + summary.join(u'\n'))
            << Qt::endl;
    }
    out << "photos=" << photos << Qt::endl;
    for (const QString &name : std::as_const(order))
        out << name << ": " << tallies.value(name).line() << Qt::endl;
    return photos ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocatorForLargeImages(); // as veil and veil-cli do
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: veil-bench-verify DIR [blur|pixelate|solid]" << Qt::endl;
        return 2;
    }
    cv::setNumThreads(1);
    ExportOptions options;
    const bool changeOnly = args.size() > 2 && args.at(2) == QLatin1String("--change");
    if (args.size() > 2 && !changeOnly && !methodFromName(args.at(2), &options.obfuscation.method)) {
        out << "unknown method " << args.at(2) << Qt::endl;
        return 2;
    }
    options.verify = false;
    QStringList warnings;
    DetectorOptions detectorOptions;
    detectorOptions.preset = DetectionPreset::Balanced;
    const auto detector = FaceDetector::create(detectorOptions, &warnings);
    if (!detector) {
        out << "no detector: " << warnings.join(QStringLiteral("; ")) << Qt::endl;
        return 1;
    }
    if (changeOnly)
        return runChangeBench(QDir(args.at(1)), *detector, out);
    QTemporaryDir tmp;
    const QDir dir(args.at(1));
    int regions = 0, caught = 0, refused = 0, photosRefused = 0, photos = 0, photosCaught = 0;
    QList<double> originalMs, exportMs, fullDecodeMs, partialDecodeMs;
    int decodesDiffer = 0;
    double maxExportScore = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        QString error;
        const QByteArray originalData = readFileReadOnly(path, &error);
        if (!error.isEmpty()) {
            out << name << ": " << error << Qt::endl;
            return 1;
        }
        const PhotoDetections found = detectPhoto(*detector, originalData);
        if (!found.ok() || found.faces.isEmpty())
            continue;
        ExportJob job;
        job.inputPath = path;
        job.inputData = originalData;
        job.outputPath = QDir(tmp.path()).filePath(name);
        for (const Detection &d : found.faces) {
            FaceBox f;
            f.rect = FaceBox::normalise(d.box, QSizeF(found.displayedSize));
            job.faces.append(f);
        }
        const ExportResult exported = exportPhoto(job, options, nullptr);
        if (!exported.ok) {
            out << name << ": export failed: " << exported.error << Qt::endl;
            return 1;
        }
        const QByteArray writtenData = readFileReadOnly(job.outputPath, &error);
        if (!error.isEmpty()) {
            out << name << ": cannot read back: " << error << Qt::endl;
            return 1;
        }
        // The same checks with the whole export decoded (as before the decode of only the
        // regions' rows and columns): verdicts and scores must be identical.
        qputenv("VEIL_VERIFY_FULL_DECODE", "1");
        const VerificationResult beforeFull =
            verifyExport(originalData, exported.displayedSize, exported.anonymized, options.obfuscation, detector.get(),
                         options.verifyThreshold);
        const VerificationResult afterFull = verifyExport(writtenData, exported.displayedSize, exported.anonymized,
                                                          options.obfuscation, detector.get(), options.verifyThreshold);
        qunsetenv("VEIL_VERIFY_FULL_DECODE");
        double t = threadCpuMs();
        const VerificationResult before = verifyExport(originalData, exported.displayedSize, exported.anonymized,
                                                       options.obfuscation, detector.get(), options.verifyThreshold);
        originalMs.append(threadCpuMs() - t);
        t = threadCpuMs();
        const VerificationResult after = verifyExport(writtenData, exported.displayedSize, exported.anonymized,
                                                      options.obfuscation, detector.get(), options.verifyThreshold);
        exportMs.append(threadCpuMs() - t);
        if (!before.facesChecked || !after.facesChecked) {
            out << name << ": verification did not check faces: " << before.failureReason() << after.failureReason()
                << Qt::endl;
            return 1;
        }
        if (beforeFull.facesFound != before.facesFound || beforeFull.maxFaceScore != before.maxFaceScore ||
            afterFull.facesFound != after.facesFound || afterFull.maxFaceScore != after.maxFaceScore) {
            ++decodesDiffer;
            out << name << ": the full and the partial decode disagree: caught " << beforeFull.facesFound.size()
                << " / " << before.facesFound.size() << ", max scores " << beforeFull.maxFaceScore << " / "
                << before.maxFaceScore << " (original), " << afterFull.maxFaceScore << " / " << after.maxFaceScore
                << " (export)" << Qt::endl;
        }
        fullDecodeMs.append(beforeFull.decodeCpuMs);
        partialDecodeMs.append(before.decodeCpuMs);
        ++photos;
        regions += int(exported.anonymized.size());
        caught += int(before.facesFound.size());
        refused += int(after.facesFound.size());
        photosCaught += before.facesFound.isEmpty() ? 0 : 1;
        photosRefused += after.facesFound.isEmpty() ? 0 : 1;
        maxExportScore = std::max(maxExportScore, after.maxFaceScore);
        out << name << ": " << exported.anonymized.size() << " regions, " << before.facesFound.size()
            << " caught unobfuscated (" << qRound(originalMs.last()) << " ms), " << after.facesFound.size()
            << " flagged after " << methodName(options.obfuscation.method) << " (max score "
            << QString::number(after.maxFaceScore, 'f', 2) << ", " << qRound(exportMs.last()) << " ms)" << Qt::endl;
    }
    if (!regions) {
        out << "no photo with faces in " << dir.path() << Qt::endl;
        return 1;
    }
    out << "photos=" << photos << " regions=" << regions << Qt::endl
        << "unobfuscated: caught " << caught << " (" << QString::number(100.0 * caught / regions, 'f', 1)
        << "% of regions), photos caught " << photosCaught << "/" << photos << Qt::endl
        << "obfuscated (" << methodName(options.obfuscation.method) << "): flagged " << refused
        << " regions, photos refused " << photosRefused << "/" << photos << ", max score "
        << QString::number(maxExportScore, 'f', 2) << Qt::endl
        << "verification CPU per photo: median " << QString::number(median(originalMs), 'f', 1) << " ms (original), "
        << QString::number(median(exportMs), 'f', 1) << " ms (export)" << Qt::endl
        << "decode of the checked file: median " << QString::number(median(fullDecodeMs), 'f', 1) << " ms whole, "
        << QString::number(median(partialDecodeMs), 'f', 1) << " ms only the regions' rows and columns; "
        << decodesDiffer << " photos where their verdicts or scores differ" << Qt::endl;
    return 0;
}
