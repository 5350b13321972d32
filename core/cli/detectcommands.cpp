// detect, eval: face detection from the command line.
#include "detectcommands.h"

#include "detect/coverage.h"
#include "detect/facedetector.h"
#include "detect/photodetection.h"
#include "parsing.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <opencv2/core.hpp>

#include <algorithm>
#include <ctime>

namespace veil::cli {

namespace {
// Tr::tr() translates in the "cli" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

// Boxes are printed with two decimals; eval measures exactly what it would print.
QRectF rounded(const QRectF &r)
{
    return QRectF(num(r.x()).toDouble(), num(r.y()).toDouble(), num(r.width()).toDouble(),
                  num(r.height()).toDouble());
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct DetectorArgs
{
    QCommandLineOption preset{QStringLiteral("preset"), Tr::tr("Detection preset: fast, balanced (default), thorough."),
                              QStringLiteral("P"), QStringLiteral("balanced")};
    QCommandLineOption threshold{QStringLiteral("threshold"),
                                 Tr::tr("Score from which a face is certain (0..1; default: the preset's)."),
                                 QStringLiteral("T")};
    QCommandLineOption threads{QStringLiteral("threads"), Tr::tr("OpenCV threads (default: OpenCV's choice)."),
                               QStringLiteral("N")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({preset, threshold, threads}); }

    // Builds the detector or prints why not; null on a usage error.
    std::unique_ptr<FaceDetector> create(Context &ctx, const QCommandLineParser &parser, const QString &command) const
    {
        DetectorOptions options;
        if (!presetFromName(parser.value(preset), &options.preset)) {
            ctx.err << Tr::tr("veil-cli %1: unknown preset '%2' (fast, balanced, thorough)")
                           .arg(command, parser.value(preset))
                    << Qt::endl;
            return nullptr;
        }
        if (parser.isSet(threshold)) {
            bool ok = false;
            options.threshold = parser.value(threshold).toDouble(&ok);
            if (!ok || options.threshold < 0 || options.threshold > 1) {
                ctx.err << Tr::tr("veil-cli %1: --threshold wants a number from 0 to 1").arg(command) << Qt::endl;
                return nullptr;
            }
        }
        if (parser.isSet(threads)) {
            bool ok = false;
            const int n = parser.value(threads).toInt(&ok);
            if (!ok || n < 1) {
                ctx.err << Tr::tr("veil-cli %1: --threads wants a positive number").arg(command) << Qt::endl;
                return nullptr;
            }
            cv::setNumThreads(n);
        }
        QStringList warnings;
        auto detector = FaceDetector::create(options, &warnings);
        for (const QString &w : warnings)
            ctx.err << Tr::tr("warning: %1").arg(w) << Qt::endl;
        return detector;
    }
};
} // namespace

int runDetect(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const DetectorArgs detectorArgs;
    detectorArgs.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: csv (default) or json."),
                                    QStringLiteral("F"), QStringLiteral("csv"));
    const QCommandLineOption uncertain(QStringLiteral("uncertain"),
                                       Tr::tr("Also list uncertain candidates (an extra column says which)."));
    parser.addOptions({format, uncertain});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Photos to search for faces."), QStringLiteral("FILE..."));
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Detects faces. Boxes are in pixels of the photo as displayed (EXIF "
                                    "orientation applied). Photos are only read.")))
        return *code;
    const QStringList files = parser.positionalArguments();
    const QString fmt = parser.value(format);
    if (files.isEmpty() || (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))) {
        ctx.err << Tr::tr("veil-cli detect: give at least one file; --format is csv or json") << Qt::endl;
        return ExitUsage;
    }
    auto detector = detectorArgs.create(ctx, parser, QStringLiteral("detect"));
    if (!detector)
        return ExitUsage;
    const bool withUncertain = parser.isSet(uncertain);
    const bool csv = fmt == QLatin1String("csv");
    if (csv)
        ctx.out << (withUncertain ? "file,x,y,w,h,score,uncertain" : "file,x,y,w,h,score") << Qt::endl;
    QJsonArray results;
    int failed = 0;
    for (const QString &file : files) {
        const PhotoDetections found = detectPhoto(*detector, file);
        if (!found.ok()) {
            ++failed;
            ctx.err << Tr::tr("%1: error: %2").arg(file, found.error) << Qt::endl;
            if (!csv)
                results.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), found.error}});
            continue;
        }
        QJsonArray faces;
        for (const Detection &d : found.faces) {
            if (d.uncertain && !withUncertain)
                continue;
            const QRectF b = rounded(d.box);
            if (csv) {
                ctx.out << file << ',' << num(b.x()) << ',' << num(b.y()) << ',' << num(b.width()) << ','
                        << num(b.height()) << ',' << QString::number(d.score, 'f', 4);
                if (withUncertain)
                    ctx.out << ',' << (d.uncertain ? 1 : 0);
                ctx.out << '\n';
            } else {
                QJsonObject o{{QStringLiteral("x"), b.x()},         {QStringLiteral("y"), b.y()},
                              {QStringLiteral("w"), b.width()},     {QStringLiteral("h"), b.height()},
                              {QStringLiteral("score"), d.score}};
                if (withUncertain)
                    o.insert(QStringLiteral("uncertain"), d.uncertain);
                faces.append(o);
            }
        }
        ctx.out.flush();
        if (!csv)
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("width"), found.displayedSize.width()},
                                       {QStringLiteral("height"), found.displayedSize.height()},
                                       {QStringLiteral("faces"), faces}});
    }
    if (!csv)
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("preset"), presetName(detector->options().preset)},
                                                 {QStringLiteral("threshold"), detector->options().threshold},
                                                 {QStringLiteral("results"), results}}));
    return failed ? ExitSomeFailed : ExitOk;
}

int runEval(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const DetectorArgs detectorArgs;
    detectorArgs.addTo(parser);
    const QCommandLineOption set(QStringLiteral("set"),
                                 Tr::tr("A labelled set: DIR/images and DIR/faces.csv (e.g. ../shared/data/wider-native "
                                        "or ../shared/data/wider-dev)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption images(QStringLiteral("images"), Tr::tr("Folder with the images."), QStringLiteral("DIR"));
    const QCommandLineOption faces(QStringLiteral("faces"), Tr::tr("Ground truth: file,x,y,w,h[,...] in displayed pixels."),
                                   QStringLiteral("FACES.csv"));
    const QCommandLineOption maskScale(QStringLiteral("mask-scale"),
                                       Tr::tr("Growth of each detection about its centre (default 1.3)."),
                                       QStringLiteral("S"), QStringLiteral("1.3"));
    const QCommandLineOption count(
        QStringLiteral("count"),
        Tr::tr("Which detections hide faces: blurred (default: certain and uncertain ones, what anonymize blurs "
               "without review), certain (certain ones alone), or both (two reports, blurred last)."),
        QStringLiteral("WHAT"), QStringLiteral("blurred"));
    const QCommandLineOption dump(QStringLiteral("dump-detections"),
                                  Tr::tr("Also write the detections measured, as CSV (for face_coverage.py)."),
                                  QStringLiteral("DETS.csv"));
    parser.addOptions({set, images, faces, maskScale, count, dump});
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Measures how many known faces the detections would hide, with the metric of "
                                    "face_coverage.py, and the detection time per photo.")))
        return *code;
    bool scaleOk = false;
    const double scale = parser.value(maskScale).toDouble(&scaleOk);
    const QString what = parser.value(count);
    const bool countOk = what == QLatin1String("blurred") || what == QLatin1String("certain")
                      || what == QLatin1String("both");
    QString imagesDir = parser.value(images), facesCsv = parser.value(faces);
    if (parser.isSet(set)) {
        imagesDir = QDir(parser.value(set)).filePath(QStringLiteral("images"));
        facesCsv = QDir(parser.value(set)).filePath(QStringLiteral("faces.csv"));
    }
    if (imagesDir.isEmpty() || facesCsv.isEmpty() || (parser.isSet(set) && (parser.isSet(images) || parser.isSet(faces)))
        || !scaleOk || scale <= 0 || !countOk) {
        ctx.err << Tr::tr("veil-cli eval: give --set DIR, or --images DIR and --faces FACES.csv (and a positive "
                          "--mask-scale; --count is blurred, certain or both)")
                << Qt::endl;
        return ExitUsage;
    }
    BoxesByFile groundTruth;
    QString error;
    if (!readBoxesCsv(facesCsv, &groundTruth, &error)) {
        ctx.err << Tr::tr("veil-cli eval: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    auto detector = detectorArgs.create(ctx, parser, QStringLiteral("eval"));
    if (!detector)
        return ExitUsage;
    QFile dumpFile(parser.value(dump));
    QTextStream dumpOut(&dumpFile);
    if (parser.isSet(dump)) {
        if (!dumpFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            ctx.err << Tr::tr("veil-cli eval: %1: %2").arg(dumpFile.fileName(), dumpFile.errorString()) << Qt::endl;
            return ExitUsage;
        }
        dumpOut << "file,x,y,w,h,score,uncertain\n";
    }
    const bool certainOnly = what == QLatin1String("certain");
    QStringList names = groundTruth.keys();
    names.sort();
    const QDir dir(imagesDir);
    BoxesByFile blurred, certain;
    QList<double> cpuMs, wallMs;
    int failed = 0;
    for (const QString &name : names) {
        const double cpu0 = processCpuMs();
        QElapsedTimer wall;
        wall.start();
        const PhotoDetections found = detectPhoto(*detector, dir.filePath(name));
        cpuMs.append(processCpuMs() - cpu0);
        wallMs.append(double(wall.nsecsElapsed()) / 1e6);
        if (!found.ok()) {
            ++failed;
            ctx.err << Tr::tr("%1: error: %2").arg(dir.filePath(name), found.error) << Qt::endl;
            continue;
        }
        // Both lists exist for every photo measured, empty or not.
        QList<QRectF> &all = blurred[name];
        QList<QRectF> &sure = certain[name];
        for (const Detection &d : found.faces) {
            if (d.possible)
                continue;
            const QRectF b = rounded(d.box);
            all.append(b);
            if (!d.uncertain)
                sure.append(b);
            if (dumpFile.isOpen() && (!certainOnly || !d.uncertain))
                dumpOut << name << ',' << num(b.x()) << ',' << num(b.y()) << ',' << num(b.width()) << ','
                        << num(b.height()) << ',' << QString::number(d.score, 'f', 4) << ',' << (d.uncertain ? 1 : 0)
                        << '\n';
        }
    }
    auto median = [](QList<double> v) {
        if (v.isEmpty())
            return 0.0;
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    ctx.err << Tr::tr("%1 photos, preset %2: median %3 ms CPU (all threads) and %4 ms wall per photo, decoding included")
                   .arg(names.size())
                   .arg(presetName(detector->options().preset))
                   .arg(median(cpuMs), 0, 'f', 0)
                   .arg(median(wallMs), 0, 'f', 0)
            << Qt::endl;
    auto report = [&](const BoxesByFile &detections, const QString &title) {
        ctx.out << title << Qt::endl;
        for (const QString &line : measureCoverage(groundTruth, detections, scale).reportLines())
            ctx.out << line << Qt::endl;
    };
    if (what != QLatin1String("blurred"))
        report(certain, Tr::tr("# certain detections alone"));
    if (what != QLatin1String("certain"))
        report(blurred, Tr::tr("# certain and uncertain detections (what anonymize blurs without review)"));
    return failed ? ExitSomeFailed : ExitOk;
}

} // namespace veil::cli
