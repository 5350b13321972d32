#pragma once

// The check an export must pass before it appears under its final name.

#include "anonymize/obfuscation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <vector>

namespace veil {

class FaceDetector;

// The original's pixels of every anonymized region's checked rectangle (the part of the
// mask verification looks at), kept from the export to its verification for the
// region-change check: the written file's pixels there must no longer carry the original's
// detail. Only the luma is kept, averaged over f x f blocks (f a power of two chosen so the
// rectangle stays >= kGridMin cells across), so a photo's worth of regions costs kilobytes.
// Rectangles are in the EXPORT's stored pixels at full size: the original's stored frame
// on the lossless JPEG path, the displayed frame on the pixel path (it bakes the
// orientation in).
class RegionOriginals
{
public:
    static constexpr int kGridMin = 40;

    struct Region
    {
        QRectF face;            // the anonymized box, displayed pixels (for the report)
        QRect rect;             // export-stored full-size pixels, aligned to `factor`
        int factor = 1;         // pixels per grid cell side
        int columns = 0, rows = 0;
        std::vector<float> luma; // rows x columns block means; empty until collected
    };

    RegionOriginals() = default;
    RegionOriginals(const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation, QSize storedSize,
                    int orientation);
    // Takes each region's pixels from `pixels` (export-stored frame, full size, its top-left
    // at `origin`) when the region's rectangle lies wholly inside it and was not taken yet.
    // Call it with the pixels BEFORE they are obfuscated: a lossless-path tile, or the
    // whole image on the pixel path.
    void collect(const QImage &pixels, QPoint origin = {});
    const QList<Region> &regions() const { return m_regions; }
    bool isEmpty() const { return m_regions.isEmpty(); }
    // This thread's CPU time (ms) spent in collect().
    double collectCpuMs() const { return m_collectCpuMs; }

private:
    QList<Region> m_regions;
    double m_collectCpuMs = 0;
};

struct VerificationResult
{
    bool performed = false;
    bool decoded = false;
    QString decodeError;
    QStringList forbiddenMetadata;  // empty when clean
    bool facesChecked = false;      // a detector looked at every anonymized region
    int regionsChecked = 0;
    double maxFaceScore = 0;        // best detector score inside an anonymized region
    QList<QRectF> facesFound;       // displayed pixels; scores at or above the threshold
    QString detectorError;          // the detector failed: nothing is known, so it fails
    int decodeReduction = 1;        // the export was decoded at 1/this (JPEG scaled IDCT)
    // Region-change check (with RegionOriginals): every region's pixels were compared with
    // the original's; those that still carry its detail are listed (displayed pixels).
    bool changeChecked = false;
    int regionsCompared = 0;        // with detail to hide, compared
    int regionsFlat = 0;            // no detail to hide in the original, or under 5x5 cells: not judged
    double maxDetailKept = 0;       // the highest share of the original's detail kept (1 = unchanged)
    QList<QRectF> regionsUnchanged; // still carry the original's detail
    QString changeError;            // the comparison could not be made: it fails
    QList<double> detailKeptPerRegion; // per region (-1: flat), for benchmarks; not in the JSON
    // This thread's CPU time (ms) decoding the export and checking its regions.
    double decodeCpuMs = 0;
    double checkCpuMs = 0;
    // Of those and the encode's: the region-change check (collecting the original's pixels
    // during the encode, comparing after the decode).
    double changeCpuMs = 0;

    bool passed() const
    {
        return decoded && forbiddenMetadata.isEmpty() && facesFound.isEmpty() && detectorError.isEmpty()
               && regionsUnchanged.isEmpty() && changeError.isEmpty();
    }
    // A one-line reason for a failure; empty when passed.
    QString failureReason() const;
    QJsonObject toJson() const;
};

// Decodes `exportData`, checks it shows `displayedSize`, holds no forbidden metadata, and
// (with a detector) that no face scoring >= `threshold` is found in any anonymized region:
// each region is cut out along its mask, scaled to a common face size and checked by the
// detector's primary network (FaceDetector::detectSinglePass), 64 regions per pass. JPEGs
// are decoded at 1/2, 1/4 or 1/8 when the smallest region stays large enough for that.
// With `originals` (collected from the same `anonymized` regions before they were
// obfuscated), every region must also no longer carry the original's detail: the exact
// check that catches a region left as it was, which the detector catches only ~60% of.
VerificationResult verifyExport(const QByteArray &exportData, QSize displayedSize,
                                const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                                FaceDetector *detector, double threshold,
                                const RegionOriginals *originals = nullptr);

// The share of the original's detail a region's pixels still carry: 1 minus the energy of
// the difference of their luma gradients relative to the original's (1: unchanged; 0 or
// below: the detail is gone); -1 when the original has no detail there. `original` and `written` are block means of the
// same grid (columns x rows). The whole region and each of its halves are measured; the
// highest share of those with detail is returned, so a half left visible counts as kept.
double detailKept(const std::vector<float> &original, const std::vector<float> &written, int columns, int rows);

} // namespace veil
