#include "resumecommand.h"

#include "batchexecution.h"
#include "jobs/anonymizeprocessor.h"
#include "jobs/dbwriter.h"
#include "library/database.h"
#include "parsing.h"

#include <QCoreApplication>
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
} // namespace

int runResume(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), Tr::tr("List the unfinished batches and stop."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Tr::tr("Photos processed in parallel (default: 2)."),
                                  QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption report(QStringLiteral("report"), Tr::tr("Write a JSON report of the whole batch."),
                                    QStringLiteral("FILE.json"));
    parser.addOptions({list, jobs, report});
    parser.addPositionalArgument(QStringLiteral("BATCH"), Tr::tr("Batches to resume (default: every unfinished one)."),
                                 QStringLiteral("[BATCH...]"));
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Resumes anonymize batches that were interrupted (a crash, a kill, Ctrl-C). "
                                    "Finished photos are not written again.")))
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
    const QList<Batch> unfinished = writer.post([](LibraryDatabase &db) { return batchstore::unfinished(db); }).result();
    if (parser.isSet(list)) {
        for (const Batch &b : unfinished)
            ctx.out << Tr::tr("batch %1: %2, %3 of %4 photos done, started %5")
                           .arg(b.id)
                           .arg(b.kind)
                           .arg(b.done)
                           .arg(b.total)
                           .arg(b.createdAt.toLocalTime().toString(Qt::ISODate))
                    << Qt::endl;
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
    if (ids.isEmpty())
        batches = unfinished;
    if (batches.isEmpty()) {
        ctx.out << Tr::tr("No unfinished batches.") << Qt::endl;
        return ExitOk;
    }

    int failed = 0;
    QJsonArray all;
    for (const Batch &b : std::as_const(batches)) {
        if (b.kind != QLatin1String("anonymize")) {
            ctx.err << Tr::tr("veil-cli resume: batch %1 is a %2 batch, which cannot be resumed here").arg(b.id).arg(b.kind)
                    << Qt::endl;
            ++failed;
            continue;
        }
        ctx.out << Tr::tr("Resuming batch %1: %2 of %3 photos left").arg(b.id).arg(b.total - b.done).arg(b.total)
                << Qt::endl;
        const BatchOutcome outcome =
            runAnonymizeBatch(ctx, writer, b.id, AnonymizeBatchOptions::fromJson(b.options), threads);
        for (const BatchItem &item : outcome.items)
            if (item.state == ItemState::Failed)
                ctx.out << Tr::tr("%1: error: %2").arg(item.inputPath, item.error) << Qt::endl;
        ctx.out << Tr::tr("batch %1: %2 exported, %3 failed%4")
                       .arg(b.id)
                       .arg(outcome.exported)
                       .arg(outcome.failed)
                       .arg(outcome.cancelled ? Tr::tr(" (interrupted; run resume again)") : QString())
                << Qt::endl;
        failed += outcome.failed + (outcome.cancelled ? 1 : 0);
        const QJsonArray items = batchReport(outcome.items);
        for (const QJsonValue &v : items)
            all.append(v);
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
    return failed ? ExitSomeFailed : ExitOk;
}

} // namespace veil::cli
