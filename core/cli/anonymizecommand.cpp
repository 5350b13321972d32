// veil-cli anonymize: detect, anonymize, export and verify files, folders or library photos.
#include "anonymizecommand.h"

#include "anonymizeinputs.h"
#include "batchexecution.h"
#include "jobs/anonymizeprocessor.h"
#include "jobs/batchlock.h"
#include "jobs/batchstore.h"
#include "jobs/dbwriter.h"
#include "detect/facedetector.h"
#include "export/exportphoto.h"
#include "export/outputnaming.h"
#include "library/database.h"
#include "parsing.h"
#include "paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QThread>

#include <exception>
#include <memory>

namespace veil::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct Settings
{
    ExportOptions exportOptions;
    DetectorOptions detector;
    QString outputDir;
    QString nameTemplate = QString::fromLatin1(kDefaultNameTemplate);
    int jobs = 1;
    bool fromLibrary = false;
    QString reportPath;
};

bool writeReport(const QString &path, const QJsonObject &report, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Parses the options into `s`; prints the problem and returns false on a usage error.
bool parseSettings(Context &ctx, QCommandLineParser &parser, Settings &s)
{
    auto usage = [&](const QString &message) {
        ctx.err << Tr::tr("veil-cli anonymize: %1").arg(message) << Qt::endl;
        return false;
    };
    s.outputDir = parser.value(QStringLiteral("output"));
    if (s.outputDir.isEmpty())
        return usage(Tr::tr("give the output folder with -o OUTDIR"));
    s.outputDir = QFileInfo(s.outputDir).absoluteFilePath();
    ExportOptions &e = s.exportOptions;
    if (parser.isSet(QStringLiteral("method")) && !methodFromName(parser.value(QStringLiteral("method")), &e.obfuscation.method))
        return usage(Tr::tr("unknown method '%1' (blur, pixelate or solid)").arg(parser.value(QStringLiteral("method"))));
    if (parser.isSet(QStringLiteral("shape")) && !shapeFromName(parser.value(QStringLiteral("shape")), &e.obfuscation.shape))
        return usage(Tr::tr("unknown shape '%1' (ellipse or rect)").arg(parser.value(QStringLiteral("shape"))));
    bool ok = true;
    if (parser.isSet(QStringLiteral("mask-scale"))) {
        e.obfuscation.maskScale = parser.value(QStringLiteral("mask-scale")).toDouble(&ok);
        if (!ok || e.obfuscation.maskScale < 1.0 || e.obfuscation.maskScale > 4.0)
            return usage(Tr::tr("--mask-scale must be a number from 1 to 4"));
    }
    if (parser.isSet(QStringLiteral("preset")) && !presetFromName(parser.value(QStringLiteral("preset")), &s.detector.preset))
        return usage(Tr::tr("unknown preset '%1' (fast, balanced or thorough)").arg(parser.value(QStringLiteral("preset"))));
    if (parser.isSet(QStringLiteral("keep-metadata"))
        && !policyFromName(parser.value(QStringLiteral("keep-metadata")), &e.metadata))
        return usage(Tr::tr("--keep-metadata is none or safe"));
    if (parser.isSet(QStringLiteral("format")) && !outputFormatFromName(parser.value(QStringLiteral("format")), &e.format))
        return usage(Tr::tr("unknown format '%1' (jpeg, png or webp)").arg(parser.value(QStringLiteral("format"))));
    if (parser.isSet(QStringLiteral("quality"))) {
        e.quality = parser.value(QStringLiteral("quality")).toInt(&ok);
        if (!ok || e.quality < 1 || e.quality > 100)
            return usage(Tr::tr("--quality must be from 1 to 100"));
    }
    s.jobs = QThread::idealThreadCount();
    if (parser.isSet(QStringLiteral("jobs"))) {
        s.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || s.jobs < 1 || s.jobs > 64)
            return usage(Tr::tr("--jobs must be from 1 to 64"));
    }
    if (parser.isSet(QStringLiteral("name")))
        s.nameTemplate = parser.value(QStringLiteral("name"));
    QString error;
    if (expandNameTemplate(s.nameTemplate, QStringLiteral("x.jpg"), QStringLiteral("jpg"), &error).isEmpty())
        return usage(error);
    e.overwrite = parser.isSet(QStringLiteral("overwrite"));
    e.reencode = parser.isSet(QStringLiteral("reencode"));
    e.verify = !parser.isSet(QStringLiteral("no-verify"));
    s.fromLibrary = parser.isSet(QStringLiteral("from-library"));
    s.reportPath = parser.value(QStringLiteral("report"));
    return true;
}
} // namespace

int runAnonymize(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The folder the exports are written to."),
         QStringLiteral("OUTDIR")},
        {QStringLiteral("method"), Tr::tr("blur (default), pixelate or solid."), QStringLiteral("METHOD")},
        {QStringLiteral("shape"), Tr::tr("ellipse (default) or rect."), QStringLiteral("SHAPE")},
        {QStringLiteral("mask-scale"), Tr::tr("Grow each face box by this factor (default 1.3)."), QStringLiteral("S")},
        {QStringLiteral("preset"), Tr::tr("Detection preset: balanced (default: every photo at full resolution, faces from 16 "
                "px), fast (large photos at reduced size: quicker, misses small faces) or thorough "
                "(up to twice the size: a few more small faces, more false boxes, 1.6-4 times the time)."),
         QStringLiteral("P")},
        {QStringLiteral("keep-metadata"),
         Tr::tr("none (default) or safe: date taken, camera make/model and exposure. Never GPS or thumbnails."),
         QStringLiteral("none|safe")},
        {QStringLiteral("format"), Tr::tr("jpeg, png or webp (default: like the input; JPEG for HEIF/TIFF/BMP)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("quality"), Tr::tr("JPEG/WebP quality (default 92)."), QStringLiteral("Q")},
        {QStringLiteral("name"), Tr::tr("Output name template (default {name}_anon.{ext})."),
         QStringLiteral("TEMPLATE")},
        {QStringLiteral("jobs"), Tr::tr("Photos processed in parallel (default: one per core)."), QStringLiteral("N")},
        {QStringLiteral("report"), Tr::tr("Write a JSON report of every photo to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("overwrite"), Tr::tr("Replace existing outputs (never an original).")},
        {QStringLiteral("reencode"), Tr::tr("JPEG: re-encode the whole image instead of only the face blocks.")},
        {QStringLiteral("no-verify"), Tr::tr("Skip the check of each written file (not recommended).")},
        {QStringLiteral("from-library"),
         Tr::tr("INPUT... are library photo ids (none: all); use their reviewed boxes instead of detecting.")},
    });
    parser.addPositionalArgument(QStringLiteral("INPUT"), Tr::tr("Photos or folders (searched recursively)."),
                                 QStringLiteral("INPUT..."));
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Detects faces, anonymizes them, strips identifying metadata, writes the "
                                        "result to OUTDIR and verifies it. Originals are only read.")))
        return *code;
    Settings s;
    if (!parseSettings(ctx, parser, s))
        return ExitUsage;
    const QStringList inputs = parser.positionalArguments();

    std::unique_ptr<LibraryDatabase> db;
    QList<AnonymizeItem> items;
    if (s.fromLibrary) {
        QList<qint64> ids;
        for (const QString &a : inputs) {
            const qint64 id = parseId(ctx, a);
            if (!id)
                return ExitUsage;
            ids.append(id);
        }
        db = ctx.openLibrary();
        if (!db)
            return ExitLibraryError;
        items = collectLibraryPhotos(*db, ids);
    } else {
        if (inputs.isEmpty()) {
            ctx.err << Tr::tr("veil-cli anonymize: give at least one file or folder") << Qt::endl;
            return ExitUsage;
        }
        items = collectFiles(inputs, s.outputDir);
    }
    const bool fixedFormat = s.exportOptions.format != OutputFormat::Auto;
    assignOutputs(items, s.outputDir, s.nameTemplate, fixedFormat,
                  extensionFor(resolvedOutputFormat(s.exportOptions.format, ImageFormat::Jpeg)));

    // The batch lives in the library: each photo's state is persisted as the work goes,
    // so a crash or a kill loses nothing and `veil-cli resume` finishes the job.
    DbWriter writer(ctx.libraryPath);
    QString openError;
    if (!writer.open(&openError)) {
        ctx.err << Tr::tr("veil-cli: %1").arg(openError) << Qt::endl;
        return ExitLibraryError;
    }
    AnonymizeBatchOptions options;
    options.exportOptions = s.exportOptions;
    options.detector = s.detector;
    options.fromLibrary = s.fromLibrary;
    QList<BatchItem> batchItems;
    for (const AnonymizeItem &a : std::as_const(items)) {
        BatchItem b;
        b.inputPath = a.input;
        b.outputPath = a.output;
        b.photoId = a.photoId;
        if (a.haveFaces)
            b.result.insert(QStringLiteral("faces"), facesToJson(a.faces));
        if (!a.error.isEmpty()) {
            b.state = ItemState::Failed;
            b.error = a.error;
        }
        batchItems.append(b);
    }
    QJsonObject batchOptions = options.toJson();
    batchOptions.insert(QStringLiteral("nameTemplate"), s.nameTemplate);
    batchOptions.insert(QStringLiteral("outputDir"), s.outputDir);

    // The same job (inputs, output folder, settings) run again continues its unfinished
    // batch: photos it finished are not done twice, and those that failed are retried.
    // Unless another process runs that batch now (the same command in another terminal,
    // `veil-cli resume`, the app): then nothing is touched (one batch, one process).
    const QString job = batchstore::jobKey(QStringLiteral("anonymize"), batchOptions, batchItems);
    std::optional<Batch> unfinished =
        writer.post([job](LibraryDatabase &d) { return batchstore::unfinishedOfJob(d, job); }).result();
    std::unique_ptr<BatchLock> lock;
    auto takeBatch = [&](qint64 id) -> std::optional<int> {
        lock = std::make_unique<BatchLock>(ctx.libraryPath, id);
        switch (lock->tryLock()) {
        case BatchLock::Result::Acquired:
            return std::nullopt;
        case BatchLock::Result::Held:
            ctx.err << Tr::tr("veil-cli anonymize: %1").arg(lock->message()) << Qt::endl;
            return ExitBatchBusy;
        case BatchLock::Result::Error:
            break;
        }
        ctx.err << Tr::tr("veil-cli anonymize: %1").arg(lock->message()) << Qt::endl;
        return ExitLibraryError;
    };
    if (unfinished) {
        if (const auto refused = takeBatch(unfinished->id))
            return *refused;
        // Ours now. The process that held it may have finished it meanwhile: then this is
        // a new batch of the job, which finds every output done.
        unfinished = writer
                         .post([id = unfinished->id](LibraryDatabase &d) {
                             auto b = batchstore::batch(d, id);
                             if (!b || b->state != BatchState::Running)
                                 return std::optional<Batch>();
                             batchstore::requeueFailed(d, id);
                             return batchstore::batch(d, id);
                         })
                         .result();
        if (!unfinished)
            lock.reset();
    }
    qint64 batchId = 0;
    QJsonObject storedOptions = batchOptions;
    if (unfinished) {
        batchId = unfinished->id;
        storedOptions = unfinished->options;
        ctx.out << Tr::tr("Continuing batch %1: %2 of %n photo(s) left", nullptr, unfinished->total)
                       .arg(batchId)
                       .arg(unfinished->total - unfinished->done)
                << Qt::endl;
    } else {
        QString createError;
        batchId = writer
                      .post([&](LibraryDatabase &d) {
                          return batchstore::create(d, QStringLiteral("anonymize"), batchOptions, batchItems,
                                                    &createError);
                      })
                      .result();
        if (!batchId) {
            ctx.err << Tr::tr("veil-cli anonymize: cannot record the batch in the library: %1").arg(createError)
                    << Qt::endl;
            return ExitLibraryError;
        }
        // Another process that ran this command at the same moment may have found the new
        // batch first and taken it: it runs it, this one stops.
        if (const auto refused = takeBatch(batchId))
            return *refused;
    }
    const BatchOutcome outcome = runAnonymizeBatch(ctx, writer, batchId, options, storedOptions, s.jobs);

    int exported = 0, failed = 0;
    QJsonArray report;
    for (const BatchItem &item : outcome.items) {
        if (item.state == ItemState::Exported) {
            ++exported;
            const int faces = int(item.result.value(QStringLiteral("anonymized")).toArray().size());
            const qint64 earlier = item.result.value(QStringLiteral("earlierBatch")).toInteger();
            if (earlier)
                ctx.out << Tr::tr("%1 -> %2 (exported earlier, by batch %3)")
                               .arg(item.inputPath, item.outputPath)
                               .arg(earlier)
                        << Qt::endl;
            else
                ctx.out << Tr::tr("%1 -> %2 (%n face(s) anonymized)", nullptr, faces)
                               .arg(item.inputPath, item.outputPath)
                        << Qt::endl;
        } else if (item.state == ItemState::Failed) {
            ++failed;
            ctx.out << Tr::tr("%1: error: %2").arg(item.inputPath, item.error) << Qt::endl;
        }
    }
    report = batchReport(outcome.items);
    if (outcome.cancelled)
        ctx.out << Tr::tr("Stopped: %1 of %n photo(s) done. Run the same command again, or `veil-cli resume %2`, "
                          "to finish batch %2.",
                          nullptr, int(outcome.items.size()))
                       .arg(exported + failed)
                       .arg(batchId)
                << Qt::endl;
    ctx.out << Tr::tr("%1 exported, %2 failed").arg(exported).arg(failed) << Qt::endl;

    if (!s.reportPath.isEmpty()) {
        QJsonObject settings = exportOptionsJson(s.exportOptions);
        settings.insert(QStringLiteral("preset"), presetName(s.detector.preset));
        settings.insert(QStringLiteral("nameTemplate"), s.nameTemplate);
        settings.insert(QStringLiteral("fromLibrary"), s.fromLibrary);
        const QJsonObject doc{
            {QStringLiteral("tool"), QStringLiteral("veil-cli anonymize")},
            {QStringLiteral("version"), versionString()},
            {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("batch"), batchId},
            {QStringLiteral("detectorWarnings"), QJsonArray::fromStringList(outcome.warnings)},
            {QStringLiteral("results"), report},
            {QStringLiteral("exported"), exported},
            {QStringLiteral("failed"), failed},
        };
        QString error;
        if (!writeReport(s.reportPath, doc, &error)) {
            ctx.err << Tr::tr("veil-cli anonymize: cannot write the report %1: %2").arg(s.reportPath, error)
                    << Qt::endl;
            return ExitSomeFailed;
        }
    }
    return failed > 0 || outcome.cancelled ? ExitSomeFailed : ExitOk;
}

} // namespace veil::cli
