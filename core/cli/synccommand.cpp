// veil-cli sync: push photos to the face-blur service, track them, pull the results.
#include "synccommand.h"

#include "imaging/thumbnailcache.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/photorepository.h"
#include "parsing.h"
#include "sync/apiclient.h"
#include "sync/pushsource.h"
#include "sync/serverurl.h"
#include "sync/syncengine.h"
#include "sync/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace veil::cli {

namespace {

using namespace veil::sync;

// Sync-specific exit code: the server refused us (token, account, TLS).
constexpr int ExitRefused = 4;

// Tr::tr() translates in the "cli" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QString resultsDirectory(const LibraryDatabase &db)
{
    const QFileInfo info(db.path());
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".sync/results"));
}

// VEIL_SYNC_TOKEN, else the system keychain.
QString loadToken(const QString &server, QString *error)
{
    const QString fromEnv = tokenFromEnvironment();
    if (!fromEnv.isEmpty())
        return fromEnv;
    KeychainTokenStore store;
    QEventLoop loop;
    QString token;
    store.read(server, &loop, [&](const QString &t, const QString &e) {
        token = t;
        *error = e;
        loop.quit();
    });
    loop.exec();
    if (token.isEmpty() && error->isEmpty())
        *error = Tr::tr("no token stored for %1").arg(server);
    if (token.isEmpty())
        *error += Tr::tr(" (set VEIL_SYNC_TOKEN or run: veil-cli sync --server URL token < token.txt)");
    return token;
}

SyncOptions cliOptions(const LibraryDatabase &db)
{
    SyncOptions o;
    o.retryBaseMs = envInt("VEIL_SYNC_RETRY_BASE_MS", 1000);
    o.retryCapMs = envInt("VEIL_SYNC_RETRY_CAP_MS", 60000);
    o.maxAttemptsPerRun = envInt("VEIL_SYNC_MAX_ATTEMPTS", 8);
    o.resultsDirectory = resultsDirectory(db);
    return o;
}

// Runs the engine until `finished` holds, the engine stalls or the server refuses us.
void runUntil(SyncEngine &engine, const std::function<bool()> &finished)
{
    if (finished())
        return;
    QEventLoop loop;
    const auto check = [&] {
        if (finished() || !engine.fatalError().isEmpty())
            loop.quit();
    };
    QObject::connect(&engine, &SyncEngine::progress, &loop, check);
    QObject::connect(&engine, &SyncEngine::fatal, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::stalled, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(0, &loop, check);
    loop.exec();
}

QString stateText(const OutboxEntry &e)
{
    switch (e.stage) {
    case OutboxEntry::Stage::Submitted:
        return e.serverStatus;
    case OutboxEntry::Stage::Done:
        return QStringLiteral("downloaded");
    default:
        return OutboxEntry::stageName(e.stage);
    }
}

QJsonObject entryJson(const OutboxEntry &e)
{
    return QJsonObject{
        {QStringLiteral("photoId"), e.photoId},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("file"), e.payloadPath},
        {QStringLiteral("state"), stateText(e)},
        {QStringLiteral("serverId"), e.serverId},
        {QStringLiteral("objectName"), e.objectName},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("error"), e.lastError},
        {QStringLiteral("result"), e.resultPath},
    };
}

int push(Context &ctx, LibraryDatabase &db, SyncEngine &engine, const QStringList &items, bool originals)
{
    PhotoRepository photos(db);
    const ThumbnailCache thumbnails(db.cacheDirectory() + QStringLiteral("/thumbnails"));
    Importer importer(db, &thumbnails);
    Outbox &outbox = engine.outbox();
    QList<QPair<QString, qint64>> targets; // argument, outbox row
    int failed = 0;
    for (const QString &item : items) {
        qint64 photoId = 0;
        bool isNumber = false;
        const qint64 asId = item.toLongLong(&isNumber);
        if (isNumber && photos.photo(asId)) {
            photoId = asId;
        } else if (QFileInfo(item).isFile()) {
            const ImportResult imported = importer.importFile(item);
            if (imported.outcome == ImportResult::Outcome::Failed) {
                ctx.out << Tr::tr("%1: error: cannot import: %2").arg(item, imported.error) << Qt::endl;
                ++failed;
                continue;
            }
            photoId = imported.photoId;
        } else {
            ctx.out << Tr::tr("%1: error: no such photo id or file").arg(item) << Qt::endl;
            ++failed;
            continue;
        }
        if (auto existing = outbox.forPhoto(photoId)) {
            // Pushed before: resume that row, never start a second one.
            OutboxEntry e = *existing;
            if (e.stage == OutboxEntry::Stage::Failed && !e.submitSentAt.isValid()) {
                e.stage = e.objectName.isEmpty() ? OutboxEntry::Stage::Queued : OutboxEntry::Stage::Uploading;
                e.attempts = 0;
                e.nextAttemptAt = {};
                outbox.save(e);
            }
            targets.append({item, e.id});
            continue;
        }
        QString payload;
        QString source;
        if (originals) {
            payload = photos.photo(photoId)->path;
            source = QStringLiteral("original");
        } else {
            payload = latestVerifiedExport(db, photoId);
            source = QStringLiteral("export");
            if (payload.isEmpty()) {
                ctx.out << Tr::tr("%1: error: photo %2 has no verified anonymized export; export it first "
                              "(veil-cli anonymize --from-library %2 -o DIR) or send the original with --originals")
                               .arg(item)
                               .arg(photoId)
                        << Qt::endl;
                ++failed;
                continue;
            }
        }
        QString error;
        const qint64 row = outbox.enqueue(photoId, source, payload, &error);
        if (!row) {
            ctx.out << Tr::tr("%1: error: %2").arg(item, error) << Qt::endl;
            ++failed;
            continue;
        }
        targets.append({item, row});
    }
    const auto settled = [&] {
        for (const auto &t : targets) {
            const auto e = outbox.entry(t.second);
            if (e && e->stage != OutboxEntry::Stage::Submitted && e->stage != OutboxEntry::Stage::Done
                && e->stage != OutboxEntry::Stage::Failed && !engine.parked().contains(t.second))
                return false;
        }
        return true;
    };
    engine.start();
    runUntil(engine, settled);
    engine.stop();
    for (const auto &t : targets) {
        const OutboxEntry e = *outbox.entry(t.second);
        if (e.stage == OutboxEntry::Stage::Submitted || e.stage == OutboxEntry::Stage::Done) {
            ctx.out << Tr::tr("%1: on the server as %2 (%3)").arg(t.first, e.serverId, stateText(e)) << Qt::endl;
        } else {
            ++failed;
            ctx.out << Tr::tr("%1: error: not pushed yet (%2): %3")
                           .arg(t.first, stateText(e), e.lastError.isEmpty() ? engine.fatalError() : e.lastError)
                    << Qt::endl;
        }
    }
    if (!engine.fatalError().isEmpty()) {
        ctx.err << Tr::tr("veil-cli sync: %1").arg(engine.fatalError()) << Qt::endl;
        return ExitRefused;
    }
    if (failed)
        ctx.err << Tr::tr("veil-cli sync: %1 not pushed; run the same command again to finish").arg(failed) << Qt::endl;
    return failed ? ExitSomeFailed : ExitOk;
}

int status(Context &ctx, SyncEngine &engine, bool asJson)
{
    bool listed = false;
    {
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::refreshed, &loop, [&](bool ok) {
            listed = ok;
            loop.quit();
        });
        engine.refresh();
        loop.exec();
    }
    const QList<OutboxEntry> entries = engine.outbox().entries();
    if (asJson) {
        QJsonArray items;
        for (const OutboxEntry &e : entries)
            items.append(entryJson(e));
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("server"), engine.outbox().server()},
                                                 {QStringLiteral("listed"), listed},
                                                 {QStringLiteral("outbox"), engine.outbox().pendingCount()},
                                                 {QStringLiteral("photos"), items}}));
    } else {
        for (const OutboxEntry &e : entries)
            ctx.out << QStringLiteral("%1\t%2\t%3\t%4")
                           .arg(e.photoId)
                           .arg(stateText(e), e.serverId.isEmpty() ? QStringLiteral("-") : e.serverId, e.lastError)
                    << Qt::endl;
        ctx.out << Tr::tr("%n photo(s), %1 waiting in the outbox", nullptr, int(entries.size())).arg(engine.outbox().pendingCount())
                << Qt::endl;
    }
    if (!listed) {
        ctx.err << Tr::tr("veil-cli sync: could not list the server's images: %1")
                       .arg(engine.fatalError().isEmpty() ? Tr::tr("the server did not answer") : engine.fatalError())
                << Qt::endl;
        return engine.fatalError().isEmpty() ? ExitSomeFailed : ExitRefused;
    }
    return ExitOk;
}

int pull(Context &ctx, SyncEngine &engine, const QString &outputDir)
{
    if (!QDir().mkpath(outputDir)) {
        ctx.err << Tr::tr("veil-cli sync: cannot create %1").arg(outputDir) << Qt::endl;
        return ExitUsage;
    }
    Outbox &outbox = engine.outbox();
    bool listed = false;
    QObject::connect(&engine, &SyncEngine::refreshed, &engine, [&](bool ok) { listed = listed || ok; });
    engine.start();
    engine.refresh();
    const auto settled = [&] {
        if (!listed)
            return false;
        for (const OutboxEntry &e : outbox.entries())
            if (e.stage == OutboxEntry::Stage::Submitted && e.serverStatus == QLatin1String("done")
                && !engine.parked().contains(e.id))
                return false;
        return true;
    };
    runUntil(engine, settled);
    engine.stop();
    int failed = 0, copied = 0, waiting = 0;
    for (const OutboxEntry &e : outbox.entries()) {
        if (e.stage == OutboxEntry::Stage::Done) {
            const QString target = QDir(outputDir).filePath(QFileInfo(e.resultPath).fileName());
            if (!QFileInfo::exists(target) && !QFile::copy(e.resultPath, target)) {
                ctx.out << Tr::tr("%1: error: cannot copy to %2").arg(e.resultPath, target) << Qt::endl;
                ++failed;
                continue;
            }
            ++copied;
            ctx.out << Tr::tr("%1: %2").arg(e.photoId).arg(target) << Qt::endl;
        } else if (e.stage == OutboxEntry::Stage::Submitted && e.serverStatus == QLatin1String("done")) {
            ++failed;
            ctx.out << Tr::tr("%1: error: download failed: %2").arg(e.photoId).arg(e.lastError) << Qt::endl;
        } else if (e.stage == OutboxEntry::Stage::Submitted && e.serverStatus == QLatin1String("failed")) {
            ctx.out << Tr::tr("%1: the server failed to process it").arg(e.photoId) << Qt::endl;
        } else {
            ++waiting;
        }
    }
    ctx.out << Tr::tr("%n result(s) in %1, %2 still on the way", nullptr, int(copied)).arg(outputDir).arg(waiting) << Qt::endl;
    if (!engine.fatalError().isEmpty()) {
        ctx.err << Tr::tr("veil-cli sync: %1").arg(engine.fatalError()) << Qt::endl;
        return ExitRefused;
    }
    if (!listed) {
        ctx.err << Tr::tr("veil-cli sync: could not list the server's images") << Qt::endl;
        return ExitSomeFailed;
    }
    return failed ? ExitSomeFailed : ExitOk;
}

int storeToken(Context &ctx, const QString &server)
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty()) {
        ctx.err << Tr::tr("veil-cli sync token: give the token on standard input") << Qt::endl;
        return ExitUsage;
    }
    KeychainTokenStore store;
    QEventLoop loop;
    QString error;
    store.write(server, token, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty()) {
        ctx.err << Tr::tr("veil-cli sync: %1").arg(error) << Qt::endl;
        return ExitSomeFailed;
    }
    ctx.out << Tr::tr("token stored in the system keychain for %1").arg(server) << Qt::endl;
    return ExitOk;
}

} // namespace

int runSync(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), Tr::tr("The face-blur service (https://...)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption originals(QStringLiteral("originals"),
                                       Tr::tr("push: send the original files instead of their anonymized exports."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("status: print as JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("pull: the folder for the processed images."), QStringLiteral("DIR"));
    parser.addOptions({serverOption, originals, json, output});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Tr::tr("push FILE_OR_ID..., status, pull -o DIR, or token (reads it from stdin)."));
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Syncs with the face-blur service. The token comes from VEIL_SYNC_TOKEN or the "
                                    "system keychain. Exit code 4: the server refused the token or account.")))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!parser.isSet(serverOption)) {
        ctx.err << Tr::tr("veil-cli sync: --server URL is required") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    const QUrl server = parseServerUrl(parser.value(serverOption), &error);
    if (server.isEmpty()) {
        ctx.err << Tr::tr("veil-cli sync: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    const QStringList known = {QStringLiteral("push"), QStringLiteral("status"), QStringLiteral("pull"),
                               QStringLiteral("token")};
    if (!known.contains(action)) {
        ctx.err << Tr::tr("veil-cli sync: give an action: push, status, pull or token") << Qt::endl;
        return ExitUsage;
    }
    if (action == QLatin1String("push") && positional.size() < 2) {
        ctx.err << Tr::tr("veil-cli sync push: give at least one photo id or file") << Qt::endl;
        return ExitUsage;
    }
    if (action == QLatin1String("pull") && !parser.isSet(output)) {
        ctx.err << Tr::tr("veil-cli sync pull: -o DIR is required") << Qt::endl;
        return ExitUsage;
    }
    if (action == QLatin1String("token"))
        return storeToken(ctx, serverKey(server));
    const QString token = loadToken(serverKey(server), &error);
    if (token.isEmpty()) {
        ctx.err << Tr::tr("veil-cli sync: %1").arg(error) << Qt::endl;
        return ExitRefused;
    }
    auto db = ctx.openLibrary();
    if (!db)
        return ExitLibraryError;
    QNetworkAccessManager network;
    ApiClient client(&network, server, token);
    client.setTimeout(envInt("VEIL_SYNC_TIMEOUT_MS", 30000));
    SyncOptions options = cliOptions(*db);
    options.downloadResults = action == QLatin1String("pull");
    options.push = action == QLatin1String("push");
    SyncEngine engine(*db, client, options);
    if (action == QLatin1String("push"))
        return push(ctx, *db, engine, positional.mid(1), parser.isSet(originals));
    if (action == QLatin1String("status"))
        return status(ctx, engine, parser.isSet(json));
    return pull(ctx, engine, parser.value(output));
}

} // namespace veil::cli
