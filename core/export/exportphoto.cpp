#include "exportphoto.h"

#include "atomicfile.h"
#include "cputime.h"
#include "containerchunks.h"
#include "imageencoder.h"
#include "imaging/imageloader.h"
#include "imaging/orientation.h"
#include "jpeg/decodedjpeg.h"
#include "jpeg/losslessjpeg.h"
#include "metadata.h"
#include "outputnaming.h"

#include <QColorSpace>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace veil {

namespace {
// Tr::tr() translates in the "export" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(export)
};

QJsonArray boxesJson(const QList<QRectF> &boxes)
{
    QJsonArray a;
    for (const QRectF &r : boxes)
        a.append(QJsonObject{{QStringLiteral("x"), qRound(r.x() * 10) / 10.0},
                             {QStringLiteral("y"), qRound(r.y() * 10) / 10.0},
                             {QStringLiteral("w"), qRound(r.width() * 10) / 10.0},
                             {QStringLiteral("h"), qRound(r.height() * 10) / 10.0}});
    return a;
}

bool fail(ExportResult &r, const QString &error)
{
    r.ok = false;
    r.error = error;
    return false;
}

// JPEG to JPEG without decoding the untouched blocks: the stored pixels and their
// orientation stay, so the fresh EXIF carries the original Orientation tag. Empty (with
// the reason in r.encodeNote) when the input needs the pixel path.
// `originals` (may be null) receives each region's pixels before they are obfuscated.
QByteArray encodeLossless(const ExportJob &job, const QByteArray &data, const ImageHeader &header, ExportResult &r,
                          const ExportOptions &options, RegionOriginals *originals)
{
    QList<QRectF> storedFaces;
    LosslessJpegRequest request;
    request.jpeg = data;
    request.decoded = job.decoded;
    for (qsizetype i = 0; i < r.anonymized.size(); ++i) {
        const QRectF stored = displayedToStored(r.anonymized.at(i), header.storedSize, header.orientation);
        if (i != job.leaveVisibleForTest)
            storedFaces.append(stored);
        request.storedRegions.append(affectedRect(stored, options.obfuscation).toAlignedRect());
    }
    const ObfuscationOptions obfuscation = options.obfuscation;
    request.obfuscate = [storedFaces, obfuscation, originals](QImage &tile, QPoint origin) {
        if (originals)
            originals->collect(tile, origin);
        QList<QRectF> local;
        const QRectF tileRect(origin, tile.size());
        for (const QRectF &f : storedFaces)
            if (affectedRect(f, obfuscation).intersects(tileRect))
                local.append(f.translated(-origin));
        obfuscateFaces(tile, local, obfuscation);
    };
    const int orientation = header.orientation != 1 || options.metadata == MetadataPolicy::Safe ? header.orientation : 0;
    QStringList kept;
    const QByteArray exif = buildExifBlock(originalExifBlock(data), options.metadata, orientation, &kept);
    if (!exif.isEmpty())
        request.markers.append({0xE1, exif});
    for (const QByteArray &segment : jpegIccSegments(originalIccProfile(data)))
        request.markers.append({0xE2, segment.mid(4)}); // payload only
    const LosslessJpegResult lossless = anonymizeJpegLossless(request);
    if (!lossless.ok()) {
        r.encodeNote = lossless.error.isEmpty() ? lossless.fallbackReason
                                                : Tr::tr("the lossless JPEG path failed: %1").arg(lossless.error);
        return {};
    }
    r.encodePath = QStringLiteral("lossless");
    r.encodeNote = Tr::tr("%1 of %2 MCUs re-encoded").arg(lossless.mcusReencoded).arg(lossless.mcusTotal);
    r.metadataKept = kept;
    return lossless.jpeg;
}

bool run(const ExportJob &job, const ExportOptions &options, FaceDetector *detector, ExportResult &r)
{
    if (job.outputPath.isEmpty())
        return fail(r, Tr::tr("no output path"));
    if (isSameFile(job.inputPath, job.outputPath))
        return fail(r, Tr::tr("the output path is the input itself; originals are never written"));
    if (!options.overwrite && QFileInfo::exists(job.outputPath)) {
        r.notReplaced = true;
        return fail(r, Tr::tr("%1 exists already (use --overwrite to replace it)").arg(job.outputPath));
    }

    double clock = threadCpuMs();
    const auto lap = [&clock](double &into) {
        const double now = threadCpuMs();
        into += now - clock;
        clock = now;
    };
    QString error;
    const QByteArray data = job.inputData.isEmpty() ? readFileReadOnly(job.inputPath, &error) : job.inputData;
    if (!error.isEmpty())
        return fail(r, error);
    // The header is enough for the lossless JPEG path; pixels are decoded only when the
    // pixel path runs.
    const ImageHeader header = readImageHeader(data);
    if (!header.ok())
        return fail(r, header.error);
    if (const QString limit = pixelLimitError(header); !limit.isEmpty())
        return fail(r, limit);
    r.displayedSize = header.displayedSize();
    for (const FaceBox &f : job.faces)
        (f.blurred() ? r.anonymized : r.kept).append(f.toPixels(QSizeF(r.displayedSize)));
    r.outputFormat = resolvedOutputFormat(options.format, header.format);
    r.metadataFound = metadataInventory(data);

    QByteArray icc = originalIccProfile(data);
    lap(r.cpuMs.prepare);
    QByteArray encoded;
    // The original's pixels of every region, for verification's region-change check.
    RegionOriginals originals;
    if (header.format == ImageFormat::Jpeg && r.outputFormat == ImageFormat::Jpeg) {
        if (options.reencode) {
            r.encodeNote = Tr::tr("re-encoding was asked for (--reencode)");
        } else {
            // The written file keeps the original's stored frame.
            if (options.verify)
                originals = RegionOriginals(r.anonymized, options.obfuscation, header.storedSize, header.orientation);
            encoded = encodeLossless(job, data, header, r, options, options.verify ? &originals : nullptr);
        }
    }
    if (encoded.isEmpty()) {
        const LoadedImage loaded = loadImageFromData(data);
        if (!loaded.ok())
            return fail(r, loaded.error);
        QImage image = loaded.image;
        if (image.size() != r.displayedSize)
            return fail(r, Tr::tr("the image decodes at %1x%2 pixels, its header says %3x%4")
                               .arg(image.width())
                               .arg(image.height())
                               .arg(r.displayedSize.width())
                               .arg(r.displayedSize.height()));
        if (icc.isEmpty() && image.colorSpace().isValid())
            icc = image.colorSpace().iccProfile();
        r.encodePath = QStringLiteral("pixel");
        if (options.verify) {
            // The written file is upright: its stored frame is the displayed one.
            originals = RegionOriginals(r.anonymized, options.obfuscation, r.displayedSize, 1);
            originals.collect(image);
        }
        QList<QRectF> hidden = r.anonymized;
        if (job.leaveVisibleForTest >= 0 && job.leaveVisibleForTest < hidden.size())
            hidden.removeAt(job.leaveVisibleForTest);
        obfuscateFaces(image, hidden, options.obfuscation);
        // The pixel path bakes the orientation in: Orientation=1 when EXIF is written at all.
        const QByteArray exif = buildExifBlock(originalExifBlock(data), options.metadata,
                                               options.metadata == MetadataPolicy::Safe ? 1 : 0, &r.metadataKept);
        encoded = encodeImage(image, r.outputFormat, options.quality, exif, icc, &error);
    }
    if (encoded.isEmpty())
        return fail(r, error);
    if (!icc.isEmpty())
        r.metadataKept.append(QStringLiteral("icc-profile"));
    for (const QString &m : std::as_const(r.metadataFound))
        if (m != QLatin1String("icc-profile"))
            r.metadataRemoved.append(m);

    lap(r.cpuMs.encode);
    PendingFile file;
    const bool written = file.write(job.outputPath, encoded, &error);
    lap(r.cpuMs.write);
    if (!written)
        return fail(r, error);
    if (options.verify) {
        // Re-read what is on disk, not what we meant to write.
        const QByteArray onDisk = readFileReadOnly(file.temporaryPath(), &error);
        if (!error.isEmpty())
            return fail(r, error);
        r.verification = verifyExport(onDisk, r.displayedSize, r.anonymized, options.obfuscation, detector,
                                      options.verifyThreshold, &originals);
        lap(r.cpuMs.verify);
        if (!r.verification.passed())
            return fail(r, Tr::tr("verification failed: %1").arg(r.verification.failureReason()));
    }
    if (!file.publish(options.overwrite, &error))
        return fail(r, error);
    r.ok = true;
    return true;
}
} // namespace

ExportResult exportPhoto(const ExportJob &job, const ExportOptions &options, FaceDetector *detector)
{
    ExportResult result;
    result.input = job.inputPath;
    result.output = job.outputPath;
    run(job, options, detector, result);
    return result;
}

QJsonObject exportOptionsJson(const ExportOptions &options)
{
    return QJsonObject{
        {QStringLiteral("method"), methodName(options.obfuscation.method)},
        {QStringLiteral("shape"), shapeName(options.obfuscation.shape)},
        {QStringLiteral("maskScale"), options.obfuscation.maskScale},
        {QStringLiteral("format"), outputFormatName(options.format)},
        {QStringLiteral("quality"), options.quality},
        {QStringLiteral("keepMetadata"), policyName(options.metadata)},
        {QStringLiteral("verify"), options.verify},
        {QStringLiteral("verifyThreshold"), options.verifyThreshold},
        {QStringLiteral("reencode"), options.reencode},
    };
}

QJsonObject exportResultJson(const ExportResult &r, const ExportOptions &options)
{
    QJsonObject o{
        {QStringLiteral("input"), r.input},
        {QStringLiteral("output"), r.ok ? r.output : QString()},
        {QStringLiteral("status"), r.ok ? QStringLiteral("exported") : QStringLiteral("failed")},
        {QStringLiteral("method"), methodName(options.obfuscation.method)},
        {QStringLiteral("shape"), shapeName(options.obfuscation.shape)},
        {QStringLiteral("anonymized"), boxesJson(r.anonymized)},
        {QStringLiteral("kept"), boxesJson(r.kept)},
        {QStringLiteral("format"), r.outputFormat == ImageFormat::Unknown ? QString() : formatName(r.outputFormat)},
        {QStringLiteral("encodePath"), r.encodePath},
        {QStringLiteral("metadataFound"), QJsonArray::fromStringList(r.metadataFound)},
        {QStringLiteral("metadataRemoved"), QJsonArray::fromStringList(r.metadataRemoved)},
        {QStringLiteral("metadataKept"), QJsonArray::fromStringList(r.metadataKept)},
        {QStringLiteral("verification"), r.verification.toJson()},
    };
    if (r.displayedSize.isValid())
        o.insert(QStringLiteral("size"), QJsonArray{r.displayedSize.width(), r.displayedSize.height()});
    if (!r.encodeNote.isEmpty())
        o.insert(QStringLiteral("encodeNote"), r.encodeNote);
    if (!r.ok) {
        o.insert(QStringLiteral("error"), r.error);
        o.insert(QStringLiteral("intendedOutput"), r.output);
        if (r.notReplaced)
            o.insert(QStringLiteral("notReplaced"), true);
    }
    return o;
}

} // namespace veil
