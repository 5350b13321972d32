// Measures the lossless JPEG path against a plain decode+encode, and the strict JPEG
// decoder against Qt's reader. Figures and how to run: docs/lossless-jpeg.md.
//
//   veil-bench-jpeg lossless CORPUS_DIR [RUNS]   (CORPUS_DIR from make_corpus.py)
//   veil-bench-jpeg decode FILE.jpg [RUNS]

#include "benchutil.h"
#include "imaging/exifinfo.h"
#include "imaging/imageloader.h"
#include "imaging/orientation.h"
#include "jpeg/jpegdecode.h"
#include "jpeg/losslessjpeg.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QMap>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace veil;
using veil::bench::median;

namespace {

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this process, or of its waited-for children.
double cpuMs(bool children)
{
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int benchLossless(const QString &dir, int runs)
{
    QFile csv(QDir(dir).filePath(QStringLiteral("faces.csv")));
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
    struct Photo
    {
        QString path;
        QByteArray data;
        QList<QRect> stored;
    };
    QList<Photo> photos;
    for (auto it = faces.cbegin(); it != faces.cend(); ++it) {
        Photo p;
        p.path = QDir(dir).filePath(it.key());
        QString error;
        p.data = readFileReadOnly(p.path, &error);
        if (!error.isEmpty()) {
            out() << p.path << ": " << error << Qt::endl;
            return 1;
        }
        const ImageHeader header = readImageHeader(p.data);
        for (const QRectF &face : it.value())
            p.stored.append(displayedToStored(face, header.storedSize, header.orientation).toAlignedRect());
        photos.append(p);
    }

    // Variants of the lossless path: as exported (faces, optimised Huffman tables), without
    // the optimisation pass, and a pure coefficient copy (no face) for the fixed cost. Each
    // variant goes over all photos in turn, so none profits from another's warm caches.
    enum Variant { Lossless, Optimised, CopyOnly, Pipe, VariantCount };
    const char *names[VariantCount] = {"lossless (faces, default options)", "lossless with optimizeHuffman",
                                       "coefficient copy only (no face)", "djpeg | cjpeg -quality 92"};
    QList<double> wall[VariantCount], cpu[VariantCount];
    qint64 inBytes = 0, losslessBytes = 0, mcus = 0, mcusTotal = 0;
    int faceCount = 0;
    for (int run = 0; run < runs; ++run) {
        for (int v = 0; v < VariantCount; ++v) {
            for (const Photo &p : photos) {
                LosslessJpegRequest request;
                request.jpeg = p.data;
                request.storedRegions = v == CopyOnly ? QList<QRect>() : p.stored;
                request.optimizeHuffman = v == Optimised;
                const QList<QRect> regions = p.stored;
                request.obfuscate = [regions](QImage &tile, QPoint origin) {
                    for (const QRect &r : regions) {
                        const QRect local = r.translated(-origin) & tile.rect();
                        for (int y = local.top(); y <= local.bottom(); ++y)
                            std::fill_n(reinterpret_cast<QRgb *>(tile.scanLine(y)) + local.left(), local.width(),
                                        qRgb(0, 0, 0));
                    }
                };
                LosslessJpegResult result;
                const double cpuBefore = cpuMs(v == Pipe);
                wall[v].append(timeMs([&] {
                    if (v == Pipe)
                        QProcess::execute(QStringLiteral("/bin/sh"),
                                          {QStringLiteral("-c"), QStringLiteral("djpeg \"$0\" | cjpeg -quality 92 >/dev/null"),
                                           p.path});
                    else
                        result = anonymizeJpegLossless(request);
                }));
                cpu[v].append(cpuMs(v == Pipe) - cpuBefore);
                if (v == Pipe)
                    continue;
                if (!result.ok()) {
                    out() << p.path << ": " << result.error << result.fallbackReason << Qt::endl;
                    return 1;
                }
                if (run == 0 && v == Lossless) {
                    inBytes += p.data.size();
                    losslessBytes += result.jpeg.size();
                    mcus += result.mcusReencoded;
                    mcusTotal += result.mcusTotal;
                    faceCount += int(p.stored.size());
                }
            }
        }
    }
    out() << "photos " << photos.size() << ", runs " << runs << ", faces " << faceCount << Qt::endl;
    out() << "MCUs re-encoded: " << mcus << " of " << mcusTotal << " ("
          << QString::number(100.0 * double(mcus) / double(std::max<qint64>(mcusTotal, 1)), 'f', 2) << "%)" << Qt::endl;
    out() << "bytes: input " << inBytes << ", lossless output " << losslessBytes << Qt::endl;
    out() << "median per photo, wall ms / CPU ms (user+sys, children for the pipe):" << Qt::endl;
    for (int v = 0; v < VariantCount; ++v)
        out() << "  " << names[v] << ": " << QString::number(median(wall[v]), 'f', 1) << " / "
              << QString::number(median(cpu[v]), 'f', 1) << Qt::endl;
    out() << "ratio lossless / djpeg|cjpeg: wall " << QString::number(median(wall[Lossless]) / median(wall[Pipe]), 'f', 2)
          << ", CPU " << QString::number(median(cpu[Lossless]) / median(cpu[Pipe]), 'f', 2) << Qt::endl;
    return 0;
}

int benchDecode(const QString &file, int runs)
{
    QString error;
    const QByteArray data = readFileReadOnly(file, &error);
    if (!error.isEmpty()) {
        out() << file << ": " << error << Qt::endl;
        return 1;
    }
    const QSize size = readImageHeader(data).storedSize;
    for (const int denom : {1, 4}) {
        const QSize target = denom == 1 ? QSize() : size / denom;
        QList<double> ours, qt, oursCpu, qtCpu;
        for (int run = 0; run < runs; ++run) {
            double cpu = cpuMs(false);
            ours.append(timeMs([&] {
                JpegDecodeOptions o;
                o.minimumSize = target;
                if (!decodeJpeg(data, o).ok())
                    out() << "decodeJpeg failed" << Qt::endl;
            }));
            oursCpu.append(cpuMs(false) - cpu);
            cpu = cpuMs(false);
            qt.append(timeMs([&] {
                QBuffer buffer;
                buffer.setData(data);
                buffer.open(QIODevice::ReadOnly);
                QImageReader reader(&buffer, "jpeg");
                reader.setAllocationLimit(0);
                if (target.isValid())
                    reader.setScaledSize(target);
                if (reader.read().isNull())
                    out() << "QImageReader failed" << Qt::endl;
            }));
            qtCpu.append(cpuMs(false) - cpu);
        }
        out() << size.width() << "x" << size.height() << " at 1/" << denom << ", median wall / CPU ms: decodeJpeg "
              << QString::number(median(ours), 'f', 1) << " / " << QString::number(median(oursCpu), 'f', 1)
              << ", QImageReader " << QString::number(median(qt), 'f', 1) << " / " << QString::number(median(qtCpu), 'f', 1)
              << " (" << runs << " runs)" << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 3 ? args[3].toInt() : 5;
    if (args.size() >= 3 && args[1] == QLatin1String("lossless"))
        return benchLossless(args[2], std::max(runs, 1));
    if (args.size() >= 3 && args[1] == QLatin1String("decode"))
        return benchDecode(args[2], std::max(runs, 1));
    std::fputs("usage: veil-bench-jpeg lossless CORPUS_DIR [RUNS] | decode FILE.jpg [RUNS]\n", stderr);
    return 2;
}
