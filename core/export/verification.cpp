#include "verification.h"

#include "cputime.h"
#include "detect/facedetector.h"
#include "imaging/imageloader.h"
#include "imaging/orientation.h"
#include "metadata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPainter>

#include <cmath>
#include <exception>
#include <limits>

namespace veil {

namespace {
// Each anonymized region is checked on its own: the largest rectangle inside its mask (the
// mask itself for rectangles, the inscribed rectangle of an ellipse: 0.92 of the face box
// at the default mask scale) is cut out and set on its own mean colour, so only what the
// mask now holds can look like a face. Left in its surroundings, any fill -- solid black
// included -- is read as a face from the hair, ears and shoulders around it; cut out along
// an ellipse, the smooth oval of a blur alone scores up to 0.75 with YuNet. docs/export.md
// has the figures.
//
// Regions are scaled so the face box is kFace pixels, set in kCell cells, 64 to an 8x8
// mosaic of 576x576, and the primary network runs once per mosaic. A full-size canvas keeps
// it away from the phantom "whole image" faces YuNet reports on small uniform inputs.
// Measured with veil-bench-verify (docs/export.md): on the 12-photo corpus (1532 regions)
// this finds 45% of the unobfuscated faces at >= 0.5, as 96 px cells did (36 a mosaic) at
// three quarters of the cost; 64 px cells found 43%. None of the obfuscated ones is found.
constexpr int kCell = 72;
constexpr double kFace = 45;
constexpr int kColumns = 8;
constexpr int kRows = 8;
// A mosaic has only the rows its regions need, but at least kMinRows (576x216): a photo
// with three faces is checked on a strip, at a third of a full mosaic's cost, with the
// same power (wider-dev: 658 instead of 657 of 2280 unobfuscated regions caught).
constexpr int kMinRows = 3;
// Detections from this score are collected, so the report can say how close a region came.
constexpr double kReportFrom = 0.3;

struct Cell
{
    QImage pixels;  // kCell x kCell
    QRectF face;    // the face box in cell pixels
    QRectF original;
};

// The part of the mask that is checked, in image pixels.
QRectF checkedRect(const QRectF &face, const ObfuscationOptions &options)
{
    const QRectF mask = maskRect(face, options.maskScale);
    if (options.shape == MaskShape::Rectangle)
        return mask;
    const QSizeF inscribed = mask.size() / std::sqrt(2.0);
    return {mask.center() - QPointF(inscribed.width() / 2, inscribed.height() / 2), inscribed};
}

// Exports are decoded at a reduced size (libjpeg's scaled IDCT) when every face box keeps at
// least this many pixels on its longer side, half as many again as a cell shows, so the
// cut-outs are still scaled down. The whole file is still decoded; only the inverse DCT
// is cheaper.
constexpr double kDecodedFaceMin = 1.5 * kFace;

// The IDCT reduction (1, 2, 4 or 8) for checking these regions.
int reductionFor(const QList<QRectF> &anonymized)
{
    double smallest = std::numeric_limits<double>::max();
    for (const QRectF &face : anonymized)
        smallest = std::min(smallest, std::max(face.width(), face.height()));
    for (int d : {8, 4, 2})
        if (smallest / d >= kDecodedFaceMin)
            return d;
    return 1;
}

// `stored` is the decoded image before its EXIF `orientation` is applied, possibly at a
// reduced size; `storedSize` is its full size. `face` is in displayed pixels at full size.
// Only the cut-out is turned upright, not the whole photo.
Cell regionCell(const QImage &stored, QSize storedSize, int orientation, const QRectF &face,
                const ObfuscationOptions &options)
{
    Cell cell;
    cell.original = face;
    const QRectF checked = checkedRect(face, options);
    const double scale = std::min(kFace / std::max(1.0, std::max(face.width(), face.height())),
                                  (kCell - 8) / std::max(1.0, std::max(checked.width(), checked.height())));
    const QPointF centre(kCell / 2.0, kCell / 2.0);
    cell.face = QRectF(centre.x() - face.width() * scale / 2, centre.y() - face.height() * scale / 2,
                       face.width() * scale, face.height() * scale);
    cell.pixels = QImage(kCell, kCell, QImage::Format_RGB32);
    const double fx = double(stored.width()) / storedSize.width();
    const double fy = double(stored.height()) / storedSize.height();
    const QRectF full = displayedToStored(checked, storedSize, orientation);
    const QRect source = QRectF(full.x() * fx, full.y() * fy, full.width() * fx, full.height() * fy)
                             .toAlignedRect()
                             .intersected(stored.rect());
    if (source.isEmpty()) {
        cell.pixels.fill(Qt::gray);
        return cell;
    }
    // Where the visible part of the checked rectangle lands in the cell.
    const QRectF shown = storedToDisplayed(
        QRectF(source.x() / fx, source.y() / fy, source.width() / fx, source.height() / fy), storedSize, orientation);
    const QRect target = QRectF(centre.x() + (shown.x() - face.center().x()) * scale,
                                centre.y() + (shown.y() - face.center().y()) * scale, shown.width() * scale,
                                shown.height() * scale)
                             .toRect()
                             .intersected(cell.pixels.rect());
    if (target.isEmpty()) {
        cell.pixels.fill(Qt::gray);
        return cell;
    }
    const QImage scaled = applyOrientation(stored.copy(source), orientation)
                              .scaled(target.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB32);
    quint64 sum[3] = {0, 0, 0};
    for (int y = 0; y < scaled.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(scaled.constScanLine(y));
        for (int x = 0; x < scaled.width(); ++x) {
            sum[0] += quint64(qRed(line[x]));
            sum[1] += quint64(qGreen(line[x]));
            sum[2] += quint64(qBlue(line[x]));
        }
    }
    const quint64 count = quint64(scaled.width()) * quint64(scaled.height());
    cell.pixels.fill(qRgb(int(sum[0] / count), int(sum[1] / count), int(sum[2] / count)));
    QPainter painter(&cell.pixels);
    painter.drawImage(target.topLeft(), scaled);
    return cell;
}

// Region-change check. A region "keeps" the original's detail when the written pixels' luma
// gradients, both without what is coarser than a face / 8 (detailKept), still match the
// original's: 1 - sum(|grad W - grad O|^2) / sum(|grad O|^2) is exactly 1 for pixels left
// as they were on the lossless path (>= 0.86 after a quality-92 re-encode) and at most
// ~0.45 for Veil's obfuscations at any mask a user can set: a blur or a solid fill lose the
// gradients, pixelation moves them to its block edges, and the blur's noise adds its own.
// (The plain projection sum(grad W . grad O) does not separate pixelation: its block edges
// follow the face's large edges. Without the high-pass, blurs of out-of-focus faces kept up
// to 0.74.) Measured with veil-bench-verify --change: docs/export.md.
// A part whose original's mean squared gradient (luma levels per cell) is below kFlat has
// nothing to hide and is not judged; a fill can only fail where the original has detail.
constexpr double kFlat = 1.0;
// Regions under this many cells a side (faces under ~5 px, 7 px at mask scale 1) are too
// small to hold a face anyone could recognise, and too small to measure: a 4x6 px face
// blurred with its 4 px cells still scored 0.75. They are counted with the flat ones.
constexpr int kGridJudged = 5;
// From this share of the original's detail kept, the region was left visible.
constexpr double kKept = 0.75;

// Block means of the luma of `rect` (pixels of `image`), `block` pixels a side per cell.
std::vector<float> blockLuma(const QImage &image, const QRect &rect, int block, int columns, int rows)
{
    const QImage part = image.copy(rect).convertToFormat(QImage::Format_RGB32);
    std::vector<double> sums(size_t(columns) * size_t(rows), 0.0);
    const int h = std::min(part.height(), rows * block);
    const int w = std::min(part.width(), columns * block);
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(part.constScanLine(y));
        double *row = sums.data() + size_t(y / block) * size_t(columns);
        for (int x = 0; x < w; ++x)
            row[x / block] += 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
    }
    std::vector<float> luma(sums.size());
    const double area = double(block) * block;
    for (size_t i = 0; i < sums.size(); ++i)
        luma[i] = float(sums[i] / area);
    return luma;
}

int gridFactor(const QRectF &stored)
{
    const double side = std::max(stored.width(), stored.height());
    int f = 1;
    while (side / (2 * f) >= RegionOriginals::kGridMin)
        f *= 2;
    return f;
}

// The largest rectangle of whole f x f blocks (on the image's f grid) inside `r` and the image.
QRect alignedInside(const QRectF &r, QSize bounds, int f)
{
    const QRectF c = r.intersected(QRectF(QPointF(0, 0), QSizeF(bounds)));
    const int x0 = int(std::ceil(c.left() / f)) * f;
    const int y0 = int(std::ceil(c.top() / f)) * f;
    const int x1 = int(std::floor(c.right() / f)) * f;
    const int y1 = int(std::floor(c.bottom() / f)) * f;
    if (x1 <= x0 || y1 <= y0)
        return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

// `image` is the export decoded in its stored frame at 1/`reduction`.
void checkChanges(const QImage &image, int reduction, const RegionOriginals &originals, VerificationResult &result)
{
    for (const RegionOriginals::Region &region : originals.regions()) {
        if (region.luma.empty() || region.columns < kGridJudged || region.rows < kGridJudged) {
            if (!region.rect.isEmpty() && region.luma.empty()) {
                // Its pixels were never seen: nothing can be said, so it fails.
                result.changeError = QCoreApplication::translate("export", "the original pixels of a region were not kept");
                return;
            }
            ++result.regionsFlat;
            result.detailKeptPerRegion.append(-1);
            continue;
        }
        if (region.factor % reduction != 0) {
            result.changeError = QCoreApplication::translate(
                "export", "a region (%1x%2 pixels) is too small for the reduced decode").arg(region.rect.width()).arg(region.rect.height());
            return;
        }
        const QRect scaled(region.rect.x() / reduction, region.rect.y() / reduction, region.rect.width() / reduction,
                           region.rect.height() / reduction);
        if (!image.rect().contains(scaled)) {
            result.changeError = QCoreApplication::translate("export", "a region lies outside the written image");
            return;
        }
        const std::vector<float> written =
            blockLuma(image, scaled, region.factor / reduction, region.columns, region.rows);
        const double kept = detailKept(region.luma, written, region.columns, region.rows);
        result.detailKeptPerRegion.append(kept);
        if (kept < 0) {
            ++result.regionsFlat;
            continue;
        }
        ++result.regionsCompared;
        result.maxDetailKept = std::max(result.maxDetailKept, kept);
        if (kept >= kKept)
            result.regionsUnchanged.append(region.face);
    }
    result.changeChecked = true;
}

void checkFaces(const QImage &stored, QSize storedSize, int orientation, const QList<QRectF> &anonymized,
                const ObfuscationOptions &obfuscation, FaceDetector &detector, double threshold,
                VerificationResult &result)
{
    constexpr int perMosaic = kColumns * kRows;
    for (qsizetype first = 0; first < anonymized.size(); first += perMosaic) {
        QList<Cell> cells;
        for (qsizetype i = first; i < std::min(anonymized.size(), first + perMosaic); ++i)
            cells.append(regionCell(stored, storedSize, orientation, anonymized.at(i), obfuscation));
        const int rows = std::clamp(int((cells.size() + kColumns - 1) / kColumns), kMinRows, kRows);
        QImage mosaic(kColumns * kCell, rows * kCell, QImage::Format_RGB32);
        mosaic.fill(Qt::gray);
        {
            QPainter painter(&mosaic);
            for (qsizetype k = 0; k < cells.size(); ++k)
                painter.drawImage(QPoint(int(k % kColumns) * kCell, int(k / kColumns) * kCell), cells.at(k).pixels);
        }
        if (!qEnvironmentVariableIsEmpty("VEIL_VERIFY_DUMP")) // for looking at what the detector saw
            mosaic.save(QStringLiteral("%1/mosaic-%2.png").arg(qEnvironmentVariable("VEIL_VERIFY_DUMP")).arg(first));
        result.regionsChecked += int(cells.size());
        QList<Detection> detections;
        try {
            detections = detector.detectSinglePass(mosaic, std::min(kReportFrom, threshold));
        } catch (const std::exception &e) {
            result.detectorError = QString::fromLocal8Bit(e.what()).trimmed();
            return;
        }
        for (const Detection &d : std::as_const(detections)) {
            const QPointF c = d.box.center();
            const int column = int(c.x()) / kCell;
            const int row = int(c.y()) / kCell;
            const qsizetype k = qsizetype(row) * kColumns + column;
            if (c.x() < 0 || c.y() < 0 || column >= kColumns || k >= cells.size())
                continue;
            const Cell &cell = cells.at(k);
            const QPointF local = c - QPointF(column * kCell, row * kCell);
            // This region's face: centred in its box and of comparable size. A box far
            // larger than the face spans neighbouring cells; a far smaller one is detail.
            const double area = d.box.width() * d.box.height();
            const double faceArea = cell.face.width() * cell.face.height();
            if (!cell.face.contains(local) || area < 0.25 * faceArea || area > 4 * faceArea)
                continue;
            result.maxFaceScore = std::max(result.maxFaceScore, d.score);
            if (d.score >= threshold && !result.facesFound.contains(cell.original))
                result.facesFound.append(cell.original);
        }
    }
    result.facesChecked = true;
}
} // namespace

RegionOriginals::RegionOriginals(const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                                 QSize storedSize, int orientation)
{
    for (const QRectF &face : anonymized) {
        Region region;
        region.face = face;
        const QRectF stored = displayedToStored(checkedRect(face, obfuscation), storedSize, orientation);
        region.factor = gridFactor(stored);
        region.rect = alignedInside(stored, storedSize, region.factor);
        region.columns = region.rect.width() / region.factor;
        region.rows = region.rect.height() / region.factor;
        m_regions.append(region);
    }
}

void RegionOriginals::collect(const QImage &pixels, QPoint origin)
{
    const double start = threadCpuMs();
    const QRect area(origin, pixels.size());
    for (Region &region : m_regions)
        if (region.luma.empty() && !region.rect.isEmpty() && area.contains(region.rect))
            region.luma = blockLuma(pixels, region.rect.translated(-origin), region.factor, region.columns, region.rows);
    m_collectCpuMs += threadCpuMs() - start;
}

namespace {
// `grid` minus its local mean over a window x window box (clipped at the edges): what is
// finer than the window. Veil's obfuscations keep nothing finer than a face / 8 (at most 8
// samples or blocks across) apart from their noise and block edges.
std::vector<float> highPass(const std::vector<float> &grid, int columns, int rows, int window)
{
    const int half = window / 2;
    std::vector<double> integral(size_t(columns + 1) * size_t(rows + 1), 0.0);
    const auto at = [&](int x, int y) -> double & { return integral[size_t(y) * size_t(columns + 1) + size_t(x)]; };
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x)
            at(x + 1, y + 1) = grid[size_t(y) * size_t(columns) + size_t(x)] + at(x, y + 1) + at(x + 1, y) - at(x, y);
    std::vector<float> out(grid.size());
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x) {
            const int x0 = std::max(0, x - half), x1 = std::min(columns, x + half + 1);
            const int y0 = std::max(0, y - half), y1 = std::min(rows, y + half + 1);
            const double mean = (at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0)) / double((x1 - x0) * (y1 - y0));
            out[size_t(y) * size_t(columns) + size_t(x)] = float(grid[size_t(y) * size_t(columns) + size_t(x)] - mean);
        }
    return out;
}
} // namespace

double detailKept(const std::vector<float> &originalGrid, const std::vector<float> &writtenGrid, int columns, int rows)
{
    if (columns < kGridJudged || rows < kGridJudged || originalGrid.size() != size_t(columns) * size_t(rows)
        || writtenGrid.size() != originalGrid.size())
        return -1;
    // Both without what is coarser than a face / 8: a blur or pixelation of an original
    // that is itself smooth (out of focus) must not look like it.
    const int window = std::max(3, 2 * int(std::lround(std::max(columns, rows) / 16.0)) + 1);
    const std::vector<float> original = highPass(originalGrid, columns, rows, window);
    const std::vector<float> written = highPass(writtenGrid, columns, rows, window);
    // The whole region, its halves and thirds across and down (halves from 6 cells, thirds
    // from 9): a part left as it was counts even when the rest was obfuscated.
    struct Sums
    {
        double oo = 0, dd = 0;
        int n = 0;
    } whole, across[5], down[5];
    // Which halves (0, 1) and thirds (2, 3, 4) a position (in cells, 0..size-1) falls in.
    const auto parts = [](double c, int size, Sums *into, const auto &add) {
        const double u = (c + 0.5) / size; // 0..1
        if (size >= 6 && u < 0.5)
            add(into[0]);
        else if (size >= 6 && u > 0.5)
            add(into[1]);
        if (size >= 9)
            add(into[u < 1.0 / 3 ? 2 : u < 2.0 / 3 ? 3 : 4]);
    };
    const auto add = [&](double dO, double dW, double cx, double cy) {
        const auto into = [&](Sums &s) {
            s.oo += dO * dO;
            s.dd += (dW - dO) * (dW - dO);
            ++s.n;
        };
        into(whole);
        parts(cx, columns, across, into);
        parts(cy, rows, down, into);
    };
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x) {
            const size_t i = size_t(y) * size_t(columns) + size_t(x);
            if (x + 1 < columns)
                add(original[i + 1] - original[i], written[i + 1] - written[i], x + 0.5, y);
            if (y + 1 < rows)
                add(original[i + size_t(columns)] - original[i], written[i + size_t(columns)] - written[i], x, y + 0.5);
        }
    double kept = -1;
    const auto judge = [&kept](const Sums &s) {
        if (s.n > 0 && s.oo / s.n >= kFlat)
            kept = std::max(kept, std::max(0.0, 1 - s.dd / s.oo));
    };
    judge(whole);
    for (int k = 0; k < 5; ++k) {
        judge(across[k]);
        judge(down[k]);
    }
    return kept;
}

QString VerificationResult::failureReason() const
{
    if (!decoded)
        return QCoreApplication::translate("export", "the written file does not decode: %1").arg(decodeError);
    if (!detectorError.isEmpty())
        return QCoreApplication::translate("export", "the face detector could not check it: %1").arg(detectorError);
    if (!forbiddenMetadata.isEmpty())
        return QCoreApplication::translate("export", "the written file still holds %1")
            .arg(forbiddenMetadata.join(QStringLiteral(", ")));
    if (!changeError.isEmpty())
        return QCoreApplication::translate("export", "the anonymized regions could not be compared with the original: %1")
            .arg(changeError);
    if (!regionsUnchanged.isEmpty()) {
        QStringList boxes;
        for (const QRectF &r : regionsUnchanged.mid(0, 5))
            boxes.append(QCoreApplication::translate("export", "the box at %1,%2 (%3x%4 pixels)")
                             .arg(qRound(r.x()))
                             .arg(qRound(r.y()))
                             .arg(qRound(r.width()))
                             .arg(qRound(r.height())));
        if (regionsUnchanged.size() > 5)
            boxes.append(QStringLiteral("..."));
        return QCoreApplication::translate("export",
                                           "%n anonymized region(s) left visible, still carrying the original's detail "
                                           "(up to %1%): %2",
                                           nullptr, int(regionsUnchanged.size()))
            .arg(qRound(100 * maxDetailKept))
            .arg(boxes.join(QStringLiteral("; ")));
    }
    if (!facesFound.isEmpty())
        return QCoreApplication::translate("export", "a face is still detected in %n anonymized region(s) (score %1)",
                                           nullptr, int(facesFound.size()))
            .arg(maxFaceScore, 0, 'f', 2);
    return {};
}

QJsonObject VerificationResult::toJson() const
{
    QJsonArray found;
    for (const QRectF &r : facesFound)
        found.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    QJsonObject o{
        {QStringLiteral("performed"), performed},
        {QStringLiteral("passed"), performed && passed()},
        {QStringLiteral("decoded"), decoded},
        {QStringLiteral("forbiddenMetadata"), QJsonArray::fromStringList(forbiddenMetadata)},
        {QStringLiteral("facesChecked"), facesChecked},
        {QStringLiteral("regionsChecked"), regionsChecked},
        {QStringLiteral("maxFaceScore"), maxFaceScore},
        {QStringLiteral("facesFound"), found},
        {QStringLiteral("decodeReduction"), decodeReduction},
    };
    if (changeChecked || !changeError.isEmpty()) {
        QJsonArray unchanged;
        for (const QRectF &r : regionsUnchanged)
            unchanged.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
        o.insert(QStringLiteral("changeChecked"), changeChecked);
        o.insert(QStringLiteral("regionsCompared"), regionsCompared);
        o.insert(QStringLiteral("regionsFlat"), regionsFlat);
        o.insert(QStringLiteral("maxDetailKept"), qRound(maxDetailKept * 1000) / 1000.0);
        o.insert(QStringLiteral("regionsUnchanged"), unchanged);
        if (!changeError.isEmpty())
            o.insert(QStringLiteral("changeError"), changeError);
    }
    if (!decodeError.isEmpty())
        o.insert(QStringLiteral("decodeError"), decodeError);
    if (!detectorError.isEmpty())
        o.insert(QStringLiteral("detectorError"), detectorError);
    return o;
}

VerificationResult verifyExport(const QByteArray &exportData, QSize displayedSize,
                                const QList<QRectF> &anonymized, const ObfuscationOptions &obfuscation,
                                FaceDetector *detector, double threshold, const RegionOriginals *originals)
{
    VerificationResult result;
    result.performed = true;
    const double start = threadCpuMs();
    // Decoded as stored (the regions are turned upright one by one), at a reduced size when
    // the smallest region allows.
    LoadOptions decode;
    decode.orient = false;
    const bool regionsNeeded = (detector || originals) && !anonymized.isEmpty();
    decode.reduce = regionsNeeded ? reductionFor(anonymized) : 8;
    // Only the rows and columns the checked regions need are decoded (the whole file is
    // still entropy-decoded and must decode without error); the cells are cut from pixels
    // equal to a full decode's. Without a detector or regions, one row suffices.
    // VEIL_VERIFY_FULL_DECODE=1 decodes everything, for comparisons (veil-bench-rest).
    const ImageHeader header = readImageHeader(exportData);
    if (header.ok() && header.format == ImageFormat::Jpeg && !qEnvironmentVariableIsSet("VEIL_VERIFY_FULL_DECODE")) {
        decode.onlyRegions.append(QRect(0, 0, 1, 1));
        if (regionsNeeded)
            for (const QRectF &face : anonymized)
                decode.onlyRegions.append(
                    displayedToStored(checkedRect(face, obfuscation), header.storedSize, header.orientation)
                        .toAlignedRect());
    }
    const LoadedImage loaded = loadImageFromData(exportData, decode);
    const QSize stored = loaded.header.storedSize;
    if (loaded.ok() && loaded.image.size() != stored)
        result.decodeReduction = decode.reduce;
    const QSize shown = loaded.ok() ? veil::displayedSize(stored, loaded.header.orientation) : QSize();
    // Formats without a scaled decode come back at full size.
    result.decoded = loaded.ok() && shown == displayedSize
                     && (loaded.image.size() == reducedSize(stored, decode.reduce) || loaded.image.size() == stored);
    if (!loaded.ok())
        result.decodeError = loaded.error;
    else if (!result.decoded)
        result.decodeError = QCoreApplication::translate("export", "it shows %1x%2 pixels instead of %3x%4")
                                 .arg(shown.width())
                                 .arg(shown.height())
                                 .arg(displayedSize.width())
                                 .arg(displayedSize.height());
    result.forbiddenMetadata = forbiddenMetadata(exportData);
    const double decodedAt = threadCpuMs();
    result.decodeCpuMs = decodedAt - start;
    if (result.decoded && detector && !anonymized.isEmpty())
        checkFaces(loaded.image, stored, loaded.header.orientation, anonymized, obfuscation, *detector, threshold,
                   result);
    else if (result.decoded && detector)
        result.facesChecked = true; // nothing to check
    if (result.decoded && originals) {
        const double compareStart = threadCpuMs();
        if (originals->regions().size() != anonymized.size())
            result.changeError = QCoreApplication::translate("export", "the original pixels of a region were not kept");
        else
            checkChanges(loaded.image, loaded.image.size() == stored ? 1 : decode.reduce, *originals, result);
        result.changeCpuMs = originals->collectCpuMs() + threadCpuMs() - compareStart;
    }
    result.checkCpuMs = threadCpuMs() - decodedAt;
    return result;
}

} // namespace veil
