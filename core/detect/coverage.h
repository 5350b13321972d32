#pragma once

// The anonymization coverage metric of ../shared/tools/face_coverage.py, reimplemented
// to give the same numbers: a ground-truth face counts as hidden when at least 80% of
// its box lies inside the union of detections, each grown about its centre by the mask
// scale (evaluated on a half-pixel grid); a detection is correct when it overlaps a face
// by IoU >= 0.3 or covers at least half of one.

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <array>

namespace veil {

// Boxes per file name (the name without its folder, as face_coverage.py keys them).
using BoxesByFile = QHash<QString, QList<QRectF>>;

// Reads `file,x,y,w,h[,...]` rows; skips a header and `#` lines. False with *error set
// when the file cannot be read or a row is malformed.
bool readBoxesCsv(const QString &path, BoxesByFile *boxes, QString *error);

struct CoverageResult
{
    // Face-height buckets [0,8), [8,16), [16,32), [32,64), [64,inf).
    static constexpr std::array<double, 5> bucketLows{0, 8, 16, 32, 64};
    std::array<int, 5> total{};
    std::array<int, 5> hidden{};
    int detections = 0;
    int correctDetections = 0;

    double hiddenGe16() const;
    double hiddenAll() const;
    double precision() const;
    // The report, ending with `hidden_ge16=... hidden_all=... precision=...` exactly as
    // face_coverage.py prints it.
    QStringList reportLines() const;
    QString summaryLine() const;
};

// Only files present in groundTruth are measured, like face_coverage.py.
CoverageResult measureCoverage(const BoxesByFile &groundTruth, const BoxesByFile &detections, double maskScale);

} // namespace veil
