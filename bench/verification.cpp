// Measures export verification (core/export/verification.cpp) on real photos: how many
// faces it catches when they were left visible, whether it passes their obfuscation, and
// what it costs. Figures and how to run: docs/export.md.
//
//   veil-bench-verify DIR [METHOD]     (METHOD: blur (default), pixelate, solid)
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
#include "export/verification.h"
#include "imaging/imageloader.h"

#include <QCoreApplication>
#include <QDir>
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
    if (args.size() > 2 && !methodFromName(args.at(2), &options.obfuscation.method)) {
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
