#include "anonymizeprocessor.h"

#include "cputime.h"
#include "detect/fingerprint.h"
#include "detect/photodetection.h"
#include "export/exportphoto.h"
#include "export/exportrecord.h"
#include "dbwriter.h"
#include "export/verification.h"
#include "imaging/imageloader.h"
#include "imaging/orientation.h"
#include "jpeg/decodedjpeg.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <optional>

namespace veil {

QJsonArray facesToJson(const QList<FaceBox> &faces)
{
    QJsonArray array;
    for (const FaceBox &f : faces)
        array.append(QJsonObject{{QStringLiteral("x"), f.rect.x()},
                                 {QStringLiteral("y"), f.rect.y()},
                                 {QStringLiteral("w"), f.rect.width()},
                                 {QStringLiteral("h"), f.rect.height()},
                                 {QStringLiteral("score"), f.score},
                                 {QStringLiteral("anonymize"), f.anonymize},
                                 {QStringLiteral("uncertain"), f.uncertain},
                                 {QStringLiteral("possible"), f.possible}});
    return array;
}

QList<FaceBox> facesFromJson(const QJsonArray &array)
{
    QList<FaceBox> faces;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        FaceBox f;
        f.rect = QRectF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble(),
                        o.value(QStringLiteral("w")).toDouble(), o.value(QStringLiteral("h")).toDouble());
        f.score = o.value(QStringLiteral("score")).toDouble(1.0);
        f.anonymize = o.value(QStringLiteral("anonymize")).toBool(true);
        f.uncertain = o.value(QStringLiteral("uncertain")).toBool(false);
        f.possible = o.value(QStringLiteral("possible")).toBool(false);
        faces.append(f);
    }
    return faces;
}

namespace {

struct Borrowed
{
    DetectorPool &pool;
    std::unique_ptr<FaceDetector> detector;
    explicit Borrowed(DetectorPool &p)
        : pool(p)
        , detector(p.acquire())
    {
    }
    ~Borrowed() { pool.release(std::move(detector)); }
};

// This thread's CPU time per stage of one photo, reported as the item's "cpuMs".
struct StageTimes
{
    double read = 0, decode = 0, detect = 0, other = 0, exportTotal = 0;
    double clock = threadCpuMs();
    void lap(double &into)
    {
        const double now = threadCpuMs();
        into += now - clock;
        clock = now;
    }
    QJsonObject toJson(const ExportResult &e) const
    {
        const auto ms = [](double v) { return std::round(v * 10) / 10; };
        const VerificationResult &v = e.verification;
        // The export's own steps; what exportPhoto spent outside them is in "prepare".
        const double prepare = exportTotal - e.cpuMs.encode - e.cpuMs.write - e.cpuMs.verify;
        return QJsonObject{
            {QStringLiteral("read"), ms(read)},
            {QStringLiteral("decode"), ms(decode)},
            {QStringLiteral("detect"), ms(detect)},
            {QStringLiteral("prepare"), ms(prepare + other)},
            {QStringLiteral("encode"), ms(e.cpuMs.encode)},
            {QStringLiteral("write"), ms(e.cpuMs.write)},
            {QStringLiteral("verifyDecode"), ms(v.decodeCpuMs)},
            {QStringLiteral("verifyCheck"), ms(v.checkCpuMs)},
            {QStringLiteral("verify"), ms(e.cpuMs.verify)},
            {QStringLiteral("total"), ms(read + decode + detect + other + exportTotal)},
        };
    }
};

// detectPhoto() on bytes already read, with the decode and the detection timed apart.
// A JPEG the detector looks at in full is decoded once for detection and for the lossless
// export (`decoded`): its pixels and its coefficients from one pass over the file.
PhotoDetections detectDecoded(FaceDetector &detector, const QByteArray &data, StageTimes &cpu,
                              std::shared_ptr<DecodedJpeg> &decoded)
{
    PhotoDetections result;
    const ImageHeader header = readImageHeader(data);
    if (!header.ok()) {
        result.error = header.error;
        return result;
    }
    LoadOptions load;
    const QSize full = header.displayedSize();
    const QSize wanted = detector.preferredDecodeSize(full);
    if (wanted.isValid() && wanted.width() < full.width())
        load.maxDimension = std::max(wanted.width(), wanted.height());
    QImage image;
    // Sharing holds the pixels (4 bytes a pixel) and the coefficients (3 at 4:2:0) at once;
    // past 64 MP the two are decoded one after the other, so a batch of giant panoramas
    // needs no more memory than before.
    constexpr qint64 kShareUpToPixels = 64'000'000;
    const qint64 pixels = qint64(header.storedSize.width()) * header.storedSize.height();
    if (load.maxDimension == 0 && header.format == ImageFormat::Jpeg && pixels <= kShareUpToPixels
        && pixelLimitError(header, load).isEmpty()) {
        QString why; // a JPEG the lossless path cannot take is decoded the usual way below
        decoded = DecodedJpeg::decode(data, load.maxPixels, &why);
        if (decoded)
            image = applyOrientation(decoded->pixels(), header.orientation);
    }
    if (image.isNull()) {
        const LoadedImage loaded = loadImageFromData(data, load);
        if (!loaded.ok()) {
            cpu.lap(cpu.decode);
            result.error = loaded.error.isEmpty() ? QStringLiteral("cannot decode image") : loaded.error;
            return result;
        }
        image = loaded.image;
    }
    cpu.lap(cpu.decode);
    result.displayedSize = full;
    result.faces = scaleDetections(detector.detect(image), image.size(), result.displayedSize);
    cpu.lap(cpu.detect);
    return result;
}

// A published output from before a crash: check it the way a fresh export is checked.
bool adoptPublishedOutput(BatchItem &item, const AnonymizeBatchOptions &options, FaceDetector *detector)
{
    QString error;
    const QByteArray data = readFileReadOnly(item.outputPath, &error);
    if (!error.isEmpty())
        return false;
    const LoadedImage original = loadImage(item.inputPath, LoadOptions{.maxPixels = 250'000'000, .maxDimension = 64});
    const QSize displayed = original.header.displayedSize();
    QList<QRectF> anonymized;
    for (const FaceBox &f : facesFromJson(item.result.value(QStringLiteral("faces")).toArray()))
        if (f.blurred())
            anonymized.append(f.toPixels(displayed));
    const VerificationResult v = verifyExport(data, displayed, anonymized, options.exportOptions.obfuscation,
                                              options.exportOptions.verify ? detector : nullptr,
                                              options.exportOptions.verifyThreshold);
    if (!v.passed())
        return false;
    item.result.insert(QStringLiteral("resumed"), true);
    item.result.insert(QStringLiteral("verification"), v.toJson());
    item.state = ItemState::Exported;
    return true;
}

// The inverse of exportOptionsJson(), for resuming a batch with the options it began with.
ExportOptions exportOptionsFromJson(const QJsonObject &o)
{
    ExportOptions e;
    methodFromName(o.value(QStringLiteral("method")).toString(), &e.obfuscation.method);
    shapeFromName(o.value(QStringLiteral("shape")).toString(), &e.obfuscation.shape);
    e.obfuscation.maskScale = o.value(QStringLiteral("maskScale")).toDouble(e.obfuscation.maskScale);
    outputFormatFromName(o.value(QStringLiteral("format")).toString(), &e.format);
    e.quality = o.value(QStringLiteral("quality")).toInt(e.quality);
    policyFromName(o.value(QStringLiteral("keepMetadata")).toString(), &e.metadata);
    e.verify = o.value(QStringLiteral("verify")).toBool(e.verify);
    e.verifyThreshold = o.value(QStringLiteral("verifyThreshold")).toDouble(e.verifyThreshold);
    e.reencode = o.value(QStringLiteral("reencode")).toBool(e.reencode);
    e.overwrite = o.value(QStringLiteral("overwrite")).toBool(e.overwrite);
    return e;
}

} // namespace

QJsonObject AnonymizeBatchOptions::toJson() const
{
    QJsonObject o = exportOptionsJson(exportOptions);
    o.insert(QStringLiteral("preset"), presetName(detector.preset));
    o.insert(QStringLiteral("threshold"), detector.threshold);
    o.insert(QStringLiteral("fromLibrary"), fromLibrary);
    o.insert(QStringLiteral("verifyFaces"), verifyFaces);
    o.insert(QStringLiteral("overwrite"), exportOptions.overwrite);
    // Part of the job and of its settings: an export by another detector (an older Veil,
    // other model files) is not this job done (batchstore::jobKey, settingsKey).
    o.insert(QStringLiteral("detector"),
             detectorFingerprint.isEmpty() ? veil::detectorFingerprint(detector) : detectorFingerprint);
    return o;
}

AnonymizeBatchOptions AnonymizeBatchOptions::fromJson(const QJsonObject &o)
{
    AnonymizeBatchOptions options;
    options.exportOptions = exportOptionsFromJson(o);
    presetFromName(o.value(QStringLiteral("preset")).toString(), &options.detector.preset);
    options.detector.threshold = o.value(QStringLiteral("threshold")).toDouble(-1);
    options.fromLibrary = o.value(QStringLiteral("fromLibrary")).toBool();
    options.verifyFaces = o.value(QStringLiteral("verifyFaces")).toBool(true);
    options.detectorFingerprint = o.value(QStringLiteral("detector")).toString();
    return options;
}

DetectorPool::DetectorPool(DetectorOptions options)
    : m_options(std::move(options))
{
}

std::unique_ptr<FaceDetector> DetectorPool::acquire()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_free.empty()) {
            auto d = std::move(m_free.back());
            m_free.pop_back();
            return d;
        }
    }
    QStringList warnings;
    auto detector = FaceDetector::create(m_options, &warnings);
    QMutexLocker lock(&m_mutex);
    for (const QString &w : warnings)
        if (!m_warnings.contains(w))
            m_warnings.append(w);
    return detector;
}

void DetectorPool::release(std::unique_ptr<FaceDetector> detector)
{
    QMutexLocker lock(&m_mutex);
    m_free.push_back(std::move(detector));
}

QStringList DetectorPool::warnings() const
{
    QMutexLocker lock(&m_mutex);
    return m_warnings;
}

int removeStaleTemporaries(const QString &outputPath)
{
    const QFileInfo info(outputPath);
    QDir dir = info.absoluteDir();
    int removed = 0;
    const QStringList stale = dir.entryList({QStringLiteral(".") + info.fileName() + QStringLiteral(".veil-*")},
                                            QDir::Files | QDir::Hidden);
    for (const QString &name : stale)
        removed += QFile::remove(dir.filePath(name));
    return removed;
}

ItemProcessor makeAnonymizeProcessor(const AnonymizeBatchOptions &options, DetectorPool &pool, DbWriter &writer)
{
    return [options, &pool, &writer](BatchItem &item, ProcessContext &ctx) {
        std::optional<Borrowed> borrowed;
        if (!options.fromLibrary || options.verifyFaces)
            borrowed.emplace(pool);
        FaceDetector *detector = borrowed && options.verifyFaces ? borrowed->detector.get() : nullptr;
        removeStaleTemporaries(item.outputPath);

        if (item.state == ItemState::Exporting && QFile::exists(item.outputPath)
            && adoptPublishedOutput(item, options, detector))
            return;

        // The photo is read once, for detection and for the export. When it cannot be read,
        // the stage that needs it first fails with the reason: detection here, or the
        // export (which then reads it itself and reports, and records, its failure).
        StageTimes cpu;
        std::shared_ptr<DecodedJpeg> decoded;
        QString readError;
        const QByteArray data = readFileReadOnly(item.inputPath, &readError);
        cpu.lap(cpu.read);

        if (item.state == ItemState::Queued || item.state == ItemState::Detecting) {
            if (!options.fromLibrary) {
                item.state = ItemState::Detecting;
                ctx.saveState(item);
                if (!readError.isEmpty()) {
                    item.state = ItemState::Failed;
                    item.error = readError;
                    return;
                }
                const PhotoDetections found = detectDecoded(*borrowed->detector, data, cpu, decoded);
                if (!found.ok()) {
                    item.state = ItemState::Failed;
                    item.error = found.error;
                    return;
                }
                // Uncertain candidates are hidden too: nobody reviews them on this path.
                QList<FaceBox> faces;
                for (const Detection &d : found.faces) {
                    FaceBox f;
                    f.rect = FaceBox::normalise(d.box, QSizeF(found.displayedSize));
                    f.score = d.score;
                    f.uncertain = d.uncertain;
                    faces.append(f);
                }
                item.result.insert(QStringLiteral("faces"), facesToJson(faces));
            }
            item.state = ItemState::Detected;
        }
        if (ctx.cancelled)
            return;

        item.state = ItemState::Exporting;
        ctx.saveState(item);
        ExportJob job;
        job.inputPath = item.inputPath;
        job.inputData = data; // empty when unreadable: exportPhoto reads it and says why
        job.decoded = std::move(decoded);
        job.outputPath = item.outputPath;
        job.faces = facesFromJson(item.result.value(QStringLiteral("faces")).toArray());
        cpu.lap(cpu.other);
        const ExportResult result = exportPhoto(job, options.exportOptions, detector);
        cpu.lap(cpu.exportTotal);
        if (item.photoId) {
            const qint64 photoId = item.photoId;
            const ExportOptions exportOptions = options.exportOptions;
            writer.post([photoId, result, exportOptions](LibraryDatabase &db) {
                return recordExport(db, photoId, result, exportOptions);
            });
        }
        QJsonObject report = exportResultJson(result, options.exportOptions);
        report.insert(QStringLiteral("faces"), item.result.value(QStringLiteral("faces")));
        report.insert(QStringLiteral("cpuMs"), cpu.toJson(result));
        item.result = report;
        if (result.ok) {
            item.state = ItemState::Exported;
        } else {
            item.state = ItemState::Failed;
            item.error = result.error;
        }
    };
}

} // namespace veil
