#include "coverage.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace veil {

bool readBoxesCsv(const QString &path, BoxesByFile *boxes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        const QString name = cells.first();
        if (name == QLatin1String("file") || name.startsWith(QLatin1Char('#')))
            continue;
        double v[4];
        bool ok = cells.size() >= 5;
        for (int i = 0; ok && i < 4; ++i)
            v[i] = cells[i + 1].trimmed().toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("%1:%2: expected file,x,y,w,h").arg(path).arg(lineNumber);
            return false;
        }
        (*boxes)[name.section(QLatin1Char('/'), -1)].append(QRectF(v[0], v[1], v[2], v[3]));
    }
    return true;
}

double CoverageResult::hiddenGe16() const
{
    int t = 0, h = 0;
    for (size_t i = 2; i < total.size(); ++i) {
        t += total[i];
        h += hidden[i];
    }
    return double(h) / std::max(t, 1);
}

double CoverageResult::hiddenAll() const
{
    int t = 0, h = 0;
    for (size_t i = 0; i < total.size(); ++i) {
        t += total[i];
        h += hidden[i];
    }
    return double(h) / std::max(t, 1);
}

double CoverageResult::precision() const
{
    return double(correctDetections) / std::max(detections, 1);
}

QString CoverageResult::summaryLine() const
{
    return QString::asprintf("hidden_ge16=%.4f hidden_all=%.4f precision=%.4f", hiddenGe16(), hiddenAll(),
                             precision());
}

QStringList CoverageResult::reportLines() const
{
    QStringList lines;
    for (size_t i = 0; i < total.size(); ++i) {
        const QString range = i + 1 < total.size() ? QString::number(bucketLows[i + 1]) : QString();
        lines.append(QString::asprintf("faces %3d-%-4spx high: %5d/%-5d hidden = %.3f", int(bucketLows[i]),
                                       qPrintable(range), hidden[i], total[i],
                                       double(hidden[i]) / std::max(total[i], 1)));
    }
    lines.append(QString::asprintf("precision %d/%d = %.3f", correctDetections, detections, precision()));
    lines.append(summaryLine());
    return lines;
}

namespace {

// Python's slice bounds a[start:stop] on a sequence of length n.
std::pair<qint64, qint64> pySlice(qint64 start, qint64 stop, qint64 n)
{
    auto norm = [n](qint64 i) {
        if (i < 0)
            i += n;
        return std::clamp<qint64>(i, 0, n);
    };
    const qint64 a = norm(start), b = norm(stop);
    return {a, std::max(a, b)};
}

// Python's int() of a float: truncation toward zero.
qint64 pyInt(double v)
{
    return qint64(v);
}

} // namespace

CoverageResult measureCoverage(const BoxesByFile &groundTruth, const BoxesByFile &detections, double maskScale)
{
    CoverageResult r;
    for (auto it = groundTruth.cbegin(); it != groundTruth.cend(); ++it) {
        const QList<QRectF> &faces = it.value();
        const QList<QRectF> dets = detections.value(it.key());
        QList<QRectF> grown;
        for (const QRectF &d : dets) {
            const double cx = d.x() + d.width() / 2, cy = d.y() + d.height() / 2;
            grown.append(QRectF(cx - d.width() * maskScale / 2, cy - d.height() * maskScale / 2,
                                d.width() * maskScale, d.height() * maskScale));
        }
        double maxX = 1, maxY = 1;
        for (const QList<QRectF> *list : {&faces, static_cast<const QList<QRectF> *>(&grown)}) {
            for (const QRectF &b : *list) {
                maxX = std::max(maxX, b.x() + b.width());
                maxY = std::max(maxY, b.y() + b.height());
            }
        }
        const qint64 W = pyInt(maxX + 2), H = pyInt(maxY + 2);
        const qint64 rows = H * 2, cols = W * 2;
        std::vector<uint8_t> mask(size_t(rows * cols), 0);
        for (const QRectF &b : grown) {
            const auto [y0, y1] = pySlice(std::max<qint64>(0, pyInt(b.y() * 2)),
                                          std::max<qint64>(0, pyInt((b.y() + b.height()) * 2 + 0.999)), rows);
            const auto [x0, x1] = pySlice(std::max<qint64>(0, pyInt(b.x() * 2)),
                                          std::max<qint64>(0, pyInt((b.x() + b.width()) * 2 + 0.999)), cols);
            for (qint64 y = y0; y < y1; ++y)
                std::fill(mask.begin() + y * cols + x0, mask.begin() + y * cols + x1, uint8_t(1));
        }
        for (const QRectF &f : faces) {
            if (f.width() <= 0 || f.height() <= 0)
                continue;
            const auto [y0, y1] = pySlice(pyInt(f.y() * 2), pyInt((f.y() + f.height()) * 2 + 0.999), rows);
            const auto [x0, x1] = pySlice(pyInt(f.x() * 2), pyInt((f.x() + f.width()) * 2 + 0.999), cols);
            const qint64 size = (y1 - y0) * (x1 - x0);
            qint64 set = 0;
            for (qint64 y = y0; y < y1; ++y)
                set += std::count(mask.begin() + y * cols + x0, mask.begin() + y * cols + x1, uint8_t(1));
            const double frac = size ? double(set) / double(size) : 0.0;
            for (size_t b = 0; b < r.bucketLows.size(); ++b) {
                const double hi = b + 1 < r.bucketLows.size() ? r.bucketLows[b + 1] : 1e9;
                if (r.bucketLows[b] <= f.height() && f.height() < hi) {
                    ++r.total[b];
                    r.hidden[b] += frac >= 0.8;
                }
            }
        }
        for (const QRectF &d : dets) {
            ++r.detections;
            const double x = d.x(), y = d.y(), w = d.width(), h = d.height();
            for (const QRectF &g : faces) {
                const double gx = g.x(), gy = g.y(), gw = g.width(), gh = g.height();
                const double ix = std::max(0.0, std::min(x + w, gx + gw) - std::max(x, gx));
                const double iy = std::max(0.0, std::min(y + h, gy + gh) - std::max(y, gy));
                const double inter = ix * iy;
                if (gw * gh > 0 && (inter / (w * h + gw * gh - inter + 1e-9) >= 0.3 || inter / (gw * gh) >= 0.5)) {
                    ++r.correctDetections;
                    break;
                }
            }
        }
    }
    return r;
}

} // namespace veil
