#include "resumecommand.h"

#include "batchexecution.h"
#include "detect/fingerprint.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/anonymizeprocessor.h"
#include "jobs/batchlock.h"
#include "jobs/dbwriter.h"
#include "library/database.h"
#include "parsing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace veil::cli {

namespace {
// Tr::tr() translates in the "cli" context, where lupdate also files the strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
// The folder holding all the inputs (their deepest common folder).
QString commonFolder(const QList<BatchItem> &items)
{
    QString common;
    for (const BatchItem &item : items) {
        const QString dir = QFileInfo(item.inputPath).absolutePath();
        if (common.isNull()) {
            common = dir;
            continue;
        }
        while (common != dir && !dir.startsWith(common.endsWith(QLatin1Char('/')) ? common : common + QLatin1Char('/'))) {
            const QString up = QFileInfo(common).absolutePath();
            if (up == common)
                break;
            common = up;
        }
    }
    return common;
}

// What a batch is, for `resume --list`: its job, inputs, output folder, progress, state
// (interrupted, or running in another process: `holder`).
void printBatch(Context &ctx, const Batch &b, const QList<BatchItem> &items, const std::optional<BatchHolder> &holder)
{
    QString state = Tr::tr("unfinished");
    if (holder)
        state = holder->onThisMachine()
                    ? Tr::tr("running (pid %1)").arg(holder->pid)
                    : Tr::tr("running (pid %1 on %2)").arg(QString::number(holder->pid), holder->host);
    ctx.out << Tr::tr("batch %1: %2, %3 of %n photo(s) done (%4 failed), %5, started %6", nullptr, b.total)
                   .arg(b.id)
                   .arg(b.kind)
                   .arg(b.done)
                   .arg(b.failed)
                   .arg(state, b.createdAt.toLocalTime().toString(Qt::ISODate))
            << Qt::endl;
    const QString outputDir = b.options.value(QStringLiteral("outputDir")).toString();
    ctx.out << QStringLiteral("  ")
            << Tr::tr("job %1: %2 -> %3").arg(b.jobKey.left(12), commonFolder(items),
                                              outputDir.isEmpty() ? Tr::tr("(library)") : outputDir)
            << Qt::endl;
    ctx.out << QStringLiteral("  ")
            << Tr::tr("settings: %1, %2, preset %3%4")
                   .arg(b.options.value(QStringLiteral("method")).toString(),
                        b.options.value(QStringLiteral("format")).toString(),
                        b.options.value(QStringLiteral("preset")).toString(),
                        b.options.value(QStringLiteral("fromLibrary")).toBool() ? Tr::tr(", reviewed boxes")
                                                                                 : QString())
            << Qt::endl;
}
} // namespace

int runResume(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption list(
        QStringLiteral("list"),
        Tr::tr("List the unfinished batches (job, inputs, output folder, progress, state) and stop."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Tr::tr("Photos processed in parallel (default: 2)."),
                                  QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption report(QStringLiteral("report"), Tr::tr("Write a JSON report of the whole batch."),
                                    QStringLiteral("FILE.json"));
    parser.addOptions({list, jobs, report});
    parser.addPositionalArgument(QStringLiteral("BATCH"), Tr::tr("Batches to resume (default: every unfinished one)."),
                                 QStringLiteral("[BATCH...]"));
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Resumes anonymize batches that were interrupted (a crash, a kill, Ctrl-C). "
                                        "Finished photos are not written again. A batch another process is running "
                                        "is left to it (exit code 4).")))
        return *code;
    bool ok = false;
    const int threads = parser.value(jobs).toInt(&ok);
    if (!ok || threads < 1 || threads > 64) {
        ctx.err << Tr::tr("veil-cli resume: --jobs needs a number from 1 to 64") << Qt::endl;
        return ExitUsage;
    }
    QList<qint64> ids;
    for (const QString &a : parser.positionalArguments()) {
        const qint64 id = parseId(ctx, a);
        if (!id)
            return ExitUsage;
        ids.append(id);
    }

    DbWriter writer(ctx.libraryPath);
    QString error;
    if (!writer.open(&error)) {
        ctx.err << Tr::tr("veil-cli: %1").arg(error) << Qt::endl;
        return ExitLibraryError;
    }
    if (parser.isSet(list)) {
        const auto [unfinished, superseded] = writer
                                                  .post([](LibraryDatabase &db) {
                                                      return std::pair(batchstore::unfinished(db),
                                                                       batchstore::superseded(db));
                                                  })
                                                  .result();
        for (const Batch &b : unfinished) {
            const QList<BatchItem> items =
                writer.post([id = b.id](LibraryDatabase &db) { return batchstore::items(db, id); }).result();
            const std::optional<BatchHolder> holder = batchHolder(ctx.libraryPath, b.id);
            printBatch(ctx, b, items, holder);
            for (const auto &[old, by] : superseded)
                if (old.id == b.id && !holder)
                    ctx.out << QStringLiteral("  ")
                            << Tr::tr("superseded by batch %1 of the same job: resume closes it").arg(by) << Qt::endl;
        }
        if (unfinished.isEmpty())
            ctx.out << Tr::tr("No unfinished batches.") << Qt::endl;
        return ExitOk;
    }
    QList<Batch> batches;
    for (qint64 id : ids) {
        const auto b = writer.post([id](LibraryDatabase &db) { return batchstore::batch(db, id); }).result();
        if (!b) {
            ctx.err << Tr::tr("veil-cli resume: no batch %1").arg(id) << Qt::endl;
            return ExitUsage;
        }
        batches.append(*b);
    }
    if (ids.isEmpty()) {
        // Several batches of one job (a job started again while one of its batches was
        // unfinished): only the newest is run; the older ones are closed, not replayed
        // into conflicts with the outputs the job already wrote.
        const auto closed = writer.post([](LibraryDatabase &db) { return closeSupersededBatches(db); }).result();
        for (const auto &[old, by] : closed)
            ctx.out << Tr::tr("Batch %1: superseded by batch %2 of the same job, closed").arg(old).arg(by) << Qt::endl;
        batches = writer.post([](LibraryDatabase &db) { return batchstore::unfinished(db); }).result();
    }
    if (batches.isEmpty()) {
        ctx.out << Tr::tr("No unfinished batches.") << Qt::endl;
        return ExitOk;
    }

    int failed = 0;
    int held = 0;
    QJsonArray all;
    for (Batch b : std::as_const(batches)) {
        // One batch, one process: a batch another process runs is left alone, the others
        // go on. The lock is held until this batch is done.
        BatchLock lock(ctx.libraryPath, b.id);
        const BatchLock::Result locked = lock.tryLock();
        if (locked != BatchLock::Result::Acquired) {
            ctx.err << Tr::tr("veil-cli resume: %1").arg(lock.message()) << Qt::endl;
            if (locked == BatchLock::Result::Held)
                ++held;
            else
                ++failed;
            continue;
        }
        // As it is now that it is ours: the process that held it may have finished it.
        const std::optional<Batch> now =
            writer.post([id = b.id](LibraryDatabase &db) { return batchstore::batch(db, id); }).result();
        if (!now)
            continue;
        b = *now;
        if (ids.isEmpty() && b.state != BatchState::Running) {
            ctx.out << Tr::tr("Batch %1: finished meanwhile by another process").arg(b.id) << Qt::endl;
            continue;
        }
        if (b.kind != QLatin1String("anonymize")) {
            ctx.err << Tr::tr("veil-cli resume: batch %1 is a %2 batch, which cannot be resumed here").arg(b.id).arg(b.kind)
                    << Qt::endl;
            ++failed;
            continue;
        }
        ctx.out << Tr::tr("Resuming batch %1: %2 of %3 photos left").arg(b.id).arg(b.total - b.done).arg(b.total)
                << Qt::endl;
        const AnonymizeBatchOptions options = AnonymizeBatchOptions::fromJson(b.options);
        if (options.detectorFingerprint != detectorFingerprint(options.detector))
            ctx.err << Tr::tr("veil-cli resume: batch %1 was started by another face detector (another version of "
                              "Veil or other model files). Its remaining photos are detected with this one; to "
                              "redo the photos it finished as well, run its anonymize command again.")
                           .arg(b.id)
                    << Qt::endl;
        const BatchOutcome outcome = runAnonymizeBatch(ctx, writer, b.id, options, b.options, threads);
        for (const BatchItem &item : outcome.items)
            if (item.state == ItemState::Failed)
                ctx.out << Tr::tr("%1: error: %2").arg(item.inputPath, item.error) << Qt::endl;
        ctx.out << Tr::tr("batch %1: %2 exported, %3 failed%4")
                       .arg(b.id)
                       .arg(outcome.exported)
                       .arg(outcome.failed)
                       .arg(outcome.cancelled ? Tr::tr(" (stopped; run `veil-cli resume` again to finish it)")
                                              : QString())
                << Qt::endl;
        failed += outcome.failed + (outcome.cancelled ? 1 : 0);
        const QJsonArray items = batchReport(outcome.items);
        for (const QJsonValue &v : items)
            all.append(v);
        if (outcome.cancelled)
            break; // Ctrl-C stops the whole command, not only this batch
    }
    if (parser.isSet(report)) {
        QSaveFile file(parser.value(report));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(QJsonObject{{QStringLiteral("photos"), all}}).toJson()) < 0
            || !file.commit()) {
            ctx.err << Tr::tr("veil-cli resume: cannot write the report %1: %2").arg(parser.value(report), file.errorString())
                    << Qt::endl;
            return ExitSomeFailed;
        }
    }
    if (failed)
        return ExitSomeFailed;
    return held ? ExitBatchBusy : ExitOk;
}

} // namespace veil::cli
