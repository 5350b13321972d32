// What `veil-cli anonymize` does to a photo apart from detection -- decode, obfuscate,
// encode, write, verify -- against the codec floor (djpeg | cjpeg -quality 92), per photo
// and in CPU time, both sides in one run. The faces are the corpus's own (faces.csv), so
// the work does not depend on what a detector finds. Figures: docs/performance.md.
//
//   veil-bench-rest CORPUS_DIR [RUNS]        (CORPUS_DIR from make_corpus.py)
//
// Three ways of decoding are compared: "separate" decodes the photo for detection and the
// lossless path reads its coefficients again, and verification decodes the whole written
// file (as before issue 15); "shared" decodes once (DecodedJpeg) for both, verification
// still decodes everything; "regions" is shared and verification decodes only the rows and
// columns its regions need (now). CPU time is this thread's, with OpenCV on one thread; the
// floor's is its child processes'. The bench also checks that the two verification decodes
// give the same verdict and scores.

#include "allocator.h"
#include "benchutil.h"
#include "detect/facedetector.h"
#include "export/exportphoto.h"
#include "imaging/imageloader.h"
#include "imaging/orientation.h"
#include "jpeg/decodedjpeg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <opencv2/core.hpp>

#include <ctime>
#include <sys/resource.h>

using namespace veil;
using veil::bench::median;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

enum Stage { Floor, Decode, Encode, Write, VerifyDecode, VerifyCheck, Change, Rest, StageCount };
const char *stageNames[StageCount] = {"floor djpeg|cjpeg", "decode", "encode (lossless)", "write",
                                      "verify: decode", "verify: check", "of which region change",
                                      "rest (all but detection)"};

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocatorForLargeImages(); // as veil and veil-cli do
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: veil-bench-rest CORPUS_DIR [RUNS]" << Qt::endl;
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    cv::setNumThreads(1);
    const QDir dir(args.at(1));
    QFile csv(dir.filePath(QStringLiteral("faces.csv")));
    if (!csv.open(QIODevice::ReadOnly)) {
        out() << "cannot read " << csv.fileName() << Qt::endl;
        return 1;
    }
    QMap<QString, QList<QRectF>> faces; // displayed pixels
    while (!csv.atEnd()) {
        const QList<QByteArray> f = csv.readLine().trimmed().split(',');
        if (f.size() < 5 || f[0] == "file")
            continue;
        faces[QString::fromUtf8(f[0])].append(QRectF(f[1].toDouble(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble()));
    }
    QStringList warnings;
    const auto detector = FaceDetector::create(DetectorOptions{}, &warnings); // verification's network
    QTemporaryDir tmp;
    // VEIL_BENCH_KEEP=DIR keeps the exports there (the last mode's), e.g. to compare two builds.
    const QDir keep(qEnvironmentVariable("VEIL_BENCH_KEEP", tmp.path()));
    ExportOptions options;
    options.overwrite = true;
    // The same noise in every mode, so the exports are byte for byte the same and the two
    // verification decodes can be compared.
    options.obfuscation.noiseSeed = 15;

    constexpr int Modes = 3;
    const char *modeNames[Modes] = {"separate", "shared", "regions"};
    QList<double> times[Modes][StageCount];
    int regions = 0, failed = 0, verdictsDiffer = 0;
    for (int run = 0; run < runs; ++run) {
        for (auto it = faces.cbegin(); it != faces.cend(); ++it) {
            const QString path = dir.filePath(it.key());
            double t = childrenCpuMs();
            QProcess::execute(QStringLiteral("/bin/sh"),
                              {QStringLiteral("-c"), QStringLiteral("djpeg \"$0\" | cjpeg -quality 92 >/dev/null"), path});
            const double floorMs = childrenCpuMs() - t;
            double maxScore[Modes] = {};
            for (int mode = 0; mode < Modes; ++mode) {
                const bool shared = mode > 0;
                if (mode == 2)
                    qunsetenv("VEIL_VERIFY_FULL_DECODE");
                else
                    qputenv("VEIL_VERIFY_FULL_DECODE", "1");
                times[mode][Floor].append(floorMs);
                const double start = threadCpuMs();
                QString error;
                const QByteArray data = readFileReadOnly(path, &error);
                const ImageHeader header = readImageHeader(data);
                ExportJob job;
                job.inputPath = path;
                job.inputData = data;
                job.outputPath = keep.filePath(it.key());
                QImage image; // what detection would look at
                if (shared) {
                    job.decoded = DecodedJpeg::decode(data, LoadOptions{}.maxPixels, &error);
                    if (job.decoded)
                        image = applyOrientation(job.decoded->pixels(), header.orientation);
                } else {
                    image = loadImageFromData(data).image;
                }
                if (image.isNull()) {
                    out() << path << ": cannot decode " << error << Qt::endl;
                    return 1;
                }
                const double decoded = threadCpuMs();
                for (const QRectF &face : it.value())
                    job.faces.append(FaceBox{.rect = FaceBox::normalise(face, QSizeF(image.size()))});
                image = QImage();
                const ExportResult r = exportPhoto(job, options, detector.get());
                const double end = threadCpuMs();
                if (!r.ok) {
                    ++failed;
                    out() << path << ": " << r.error << Qt::endl;
                }
                if (run == 0 && mode == 2)
                    regions += int(r.anonymized.size());
                maxScore[mode] = r.ok ? r.verification.maxFaceScore : -1;
                times[mode][Decode].append(decoded - start);
                times[mode][Encode].append(r.cpuMs.prepare + r.cpuMs.encode);
                times[mode][Write].append(r.cpuMs.write);
                times[mode][VerifyDecode].append(r.verification.decodeCpuMs);
                times[mode][VerifyCheck].append(r.verification.checkCpuMs);
                // The region-change check: collecting during the encode, comparing in the check.
                times[mode][Change].append(r.verification.changeCpuMs);
                times[mode][Rest].append(end - start);
            }
            if (maxScore[1] != maxScore[2]) {
                ++verdictsDiffer;
                out() << path << ": verification's best score " << maxScore[1] << " (full decode) but " << maxScore[2]
                      << " (regions only)" << Qt::endl;
            }
        }
    }
    out() << faces.size() << " photos x " << runs << " runs, " << regions << " regions (all of faces.csv), " << failed
          << " exports failed, " << verdictsDiffer << " photos where the two verification decodes scored differently"
          << Qt::endl;
    out() << "median CPU ms per photo     separate   shared  regions" << Qt::endl;
    for (int s = 0; s < StageCount; ++s)
        out() << QStringLiteral("  %1 %2 %3 %4")
                     .arg(QString::fromLatin1(stageNames[s]), -26)
                     .arg(median(times[0][s]), 8, 'f', 1)
                     .arg(median(times[1][s]), 8, 'f', 1)
                     .arg(median(times[2][s]), 8, 'f', 1)
              << Qt::endl;
    for (int mode = 0; mode < Modes; ++mode) {
        double rest = 0, floor = 0, change = 0;
        for (double v : std::as_const(times[mode][Rest]))
            rest += v;
        for (double v : std::as_const(times[mode][Floor]))
            floor += v;
        for (double v : std::as_const(times[mode][Change]))
            change += v;
        out() << modeNames[mode] << ": rest / floor (sums) = " << QString::number(rest / floor, 'f', 2)
              << ", of which the region-change check " << QString::number(change / floor, 'f', 3) << Qt::endl;
    }
    return 0;
}
