// import, list, remove, stats: the library part of veil-cli.
#include "librarycommands.h"

#include "imaging/thumbnailcache.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/librarystats.h"
#include "library/photorepository.h"
#include "models/photorow.h"
#include "parsing.h"
#include "progressline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace veil::cli {

namespace {
// Tr::tr() translates in the "cli" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// `status`: as the app shows it (an exported photo whose boxes changed since is
// changed_since_export, library/exportstate.h), not the stored one.
QJsonObject photoJson(const Photo &p, ReviewStatus status)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("path"), p.path},
        {QStringLiteral("sha256"), p.sha256},
        {QStringLiteral("size"), p.byteSize},
        {QStringLiteral("format"), p.format},
        {QStringLiteral("width"), p.width},
        {QStringLiteral("height"), p.height},
        {QStringLiteral("orientation"), p.orientation},
        {QStringLiteral("make"), p.make},
        {QStringLiteral("model"), p.model},
        {QStringLiteral("dateTaken"), p.dateTaken.isValid() ? p.dateTaken.toString(Qt::ISODate) : QString()},
        {QStringLiteral("hasGps"), p.hasGps},
        {QStringLiteral("hasSerialNumber"), p.hasSerialNumber},
        {QStringLiteral("hasThumbnail"), p.hasThumbnail},
        {QStringLiteral("metadataError"), p.metadataError},
        {QStringLiteral("importedAt"), p.importedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("reviewStatus"), reviewStatusName(status)},
        {QStringLiteral("archived"), p.archived},
    };
}
} // namespace

int runImport(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the results as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Photos or folders (searched recursively)."),
                                 QStringLiteral("PATH..."));
    if (auto code = parseCommand(parser, ctx, args, Tr::tr("Imports photos into the library. Originals are only read.")))
        return *code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        ctx.err << Tr::tr("veil-cli import: give at least one file or folder") << Qt::endl;
        return ExitUsage;
    }
    auto db = ctx.openLibrary();
    if (!db)
        return ExitLibraryError;
    const ThumbnailCache thumbnails(db->cacheDirectory() + QStringLiteral("/thumbnails"));
    Importer importer(*db, &thumbnails);
    const bool asJson = parser.isSet(json);
    int imported = 0, duplicates = 0, failed = 0;
    QJsonArray items;
    ProgressLine progress(ctx, 0, !asJson); // see progressline.h: terminal only
    const InterruptGuard interrupt;
    std::atomic_bool stop{false};
    importer.importPaths(paths, [&](int done, int total, const ImportResult &r) {
        progress.clearForOutput();
        QString status;
        switch (r.outcome) {
        case ImportResult::Outcome::Imported:
            ++imported;
            status = QStringLiteral("imported");
            if (!asJson)
                ctx.out << Tr::tr("%1: imported as %2").arg(r.path).arg(r.photoId)
                        << (r.warning.isEmpty() ? QString() : QStringLiteral(" (") + r.warning + QLatin1Char(')'))
                        << Qt::endl;
            break;
        case ImportResult::Outcome::Duplicate:
            ++duplicates;
            status = QStringLiteral("duplicate");
            if (!asJson)
                ctx.out << Tr::tr("%1: duplicate of %2").arg(r.path).arg(r.photoId) << Qt::endl;
            break;
        case ImportResult::Outcome::Failed:
            ++failed;
            status = QStringLiteral("error");
            if (!asJson)
                ctx.out << Tr::tr("%1: error: %2").arg(r.path, r.error) << Qt::endl;
            break;
        }
        if (asJson) {
            QJsonObject o{{QStringLiteral("path"), r.path}, {QStringLiteral("status"), status}};
            if (r.photoId)
                o.insert(QStringLiteral("id"), r.photoId);
            if (!r.error.isEmpty())
                o.insert(QStringLiteral("error"), r.error);
            if (!r.warning.isEmpty())
                o.insert(QStringLiteral("warning"), r.warning);
            items.append(o);
        }
        progress.setTotal(total);
        progress.update(done, failed);
        stop = InterruptGuard::stopRequested();
    }, &stop);
    progress.finish(progress.done(), failed);
    if (stop)
        ctx.err << Tr::tr("Stopped (Ctrl-C): run the same import again to go on; photos already imported are "
                          "recognised as duplicates.")
                << Qt::endl;
    if (asJson) {
        printJson(ctx, QJsonDocument(QJsonObject{
                           {QStringLiteral("results"), items},
                           {QStringLiteral("imported"), imported},
                           {QStringLiteral("duplicates"), duplicates},
                           {QStringLiteral("failed"), failed},
                       }));
    } else {
        ctx.out << Tr::tr("%1 imported, %2 duplicates, %3 failed").arg(imported).arg(duplicates).arg(failed) << Qt::endl;
    }
    return failed > 0 || stop ? ExitSomeFailed : ExitOk;
}

int runList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the photos as JSON."));
    parser.addOption(json);
    if (auto code = parseCommand(parser, ctx, args, Tr::tr("Lists the photos in the library.")))
        return *code;
    auto db = ctx.openLibrary();
    if (!db)
        return ExitLibraryError;
    PhotoRepository repo(*db);
    const QList<Photo> photos = repo.all();
    // The status the app's library shows, from the same rows (queryPhotoRows derives
    // "changed since export"), so that veil-cli and the app agree.
    QString error;
    QHash<qint64, ReviewStatus> shown;
    for (const PhotoRow &r : queryPhotoRows(*db, &error))
        shown.insert(r.id, r.status);
    if (!error.isEmpty()) {
        ctx.err << Tr::tr("veil-cli list: %1").arg(error) << Qt::endl;
        return ExitLibraryError;
    }
    const auto status = [&](const Photo &p) { return shown.value(p.id, p.reviewStatus); };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Photo &p : photos) {
            QJsonObject o = photoJson(p, status(p));
            const QList<FaceBox> faces = repo.faces(p.id);
            // Possible faces are review hints, not faces.
            o.insert(QStringLiteral("faces"),
                     int(std::count_if(faces.cbegin(), faces.cend(), [](const FaceBox &f) { return !f.possible; })));
            array.append(o);
        }
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("photos"), array}}));
        return ExitOk;
    }
    for (const Photo &p : photos) {
        ctx.out << QStringLiteral("%1\t%2\t%3x%4\t%5\t%6\t%7")
                       .arg(p.id)
                       .arg(p.format)
                       .arg(p.displayedSize().width())
                       .arg(p.displayedSize().height())
                       .arg(p.model.isEmpty() ? QStringLiteral("-") : p.model, reviewStatusName(status(p)), p.path)
                << Qt::endl;
    }
    ctx.out << Tr::tr("%n photo(s)", nullptr, int(photos.size())) << Qt::endl;
    return ExitOk;
}

int runRemove(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("Photo ids (see veil-cli list)."), QStringLiteral("ID..."));
    if (auto code = parseCommand(parser, ctx, args,
                                 Tr::tr("Removes photos from the library. The photo files are not touched.")))
        return *code;
    QList<qint64> ids;
    for (const QString &a : parser.positionalArguments()) {
        const qint64 id = parseId(ctx, a);
        if (!id)
            return ExitUsage;
        ids.append(id);
    }
    if (ids.isEmpty()) {
        ctx.err << Tr::tr("veil-cli remove: give at least one photo id") << Qt::endl;
        return ExitUsage;
    }
    auto db = ctx.openLibrary();
    if (!db)
        return ExitLibraryError;
    PhotoRepository repo(*db);
    QHash<qint64, QString> shas;
    for (qint64 id : ids)
        if (auto p = repo.photo(id))
            shas.insert(id, p->sha256);
    QString error;
    const QList<qint64> removed = repo.remove(ids, &error);
    if (!error.isEmpty()) {
        ctx.err << Tr::tr("veil-cli remove: %1").arg(error) << Qt::endl;
        return ExitSomeFailed;
    }
    const ThumbnailCache thumbnails(db->cacheDirectory() + QStringLiteral("/thumbnails"));
    int missing = 0;
    for (qint64 id : ids) {
        if (removed.contains(id)) {
            thumbnails.remove(shas.value(id));
            db->logActivity(QStringLiteral("remove"), Tr::tr("removed photo %1 from the library").arg(id), 0);
            ctx.out << Tr::tr("%1: removed").arg(id) << Qt::endl;
        } else {
            ++missing;
            ctx.out << Tr::tr("%1: error: no such photo").arg(id) << Qt::endl;
        }
    }
    return missing ? ExitSomeFailed : ExitOk;
}

int runStats(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the statistics as JSON."));
    parser.addOption(json);
    if (auto code = parseCommand(parser, ctx, args, Tr::tr("Shows the library's statistics.")))
        return *code;
    auto db = ctx.openLibrary();
    if (!db)
        return ExitLibraryError;
    const LibraryStats s = computeLibraryStats(*db);
    if (parser.isSet(json)) {
        QJsonArray models, days;
        for (const auto &[model, count] : s.topCameraModels)
            models.append(QJsonObject{{QStringLiteral("model"), model}, {QStringLiteral("count"), count}});
        for (const auto &[day, count] : s.importsPerDay)
            days.append(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("count"), count}});
        printJson(ctx, QJsonDocument(QJsonObject{
                           {QStringLiteral("photos"), s.photoCount},
                           {QStringLiteral("mostCommonFormat"),
                            QJsonObject{{QStringLiteral("format"), s.mostCommonFormat},
                                        {QStringLiteral("count"), s.mostCommonFormatCount}}},
                           {QStringLiteral("topCameraModels"), models},
                           {QStringLiteral("importsPerDay"), days},
                           {QStringLiteral("withGps"), s.withGps},
                           {QStringLiteral("withSerialNumber"), s.withSerialNumber},
                           {QStringLiteral("withEmbeddedThumbnail"), s.withEmbeddedThumbnail},
                           {QStringLiteral("faces"), s.faceCount},
                           {QStringLiteral("facesAnonymized"), s.facesAnonymized},
                       }));
        return ExitOk;
    }
    ctx.out << Tr::tr("Photos: %1").arg(s.photoCount) << Qt::endl;
    ctx.out << Tr::tr("Most common format: %1 (%2)")
                   .arg(s.mostCommonFormat.isEmpty() ? QStringLiteral("-") : s.mostCommonFormat)
                   .arg(s.mostCommonFormatCount)
            << Qt::endl;
    ctx.out << Tr::tr("Top camera models:") << Qt::endl;
    for (const auto &[model, count] : s.topCameraModels)
        ctx.out << QStringLiteral("  %1  %2").arg(count, 5).arg(model) << Qt::endl;
    ctx.out << Tr::tr("Imports per day (last 30 days):") << Qt::endl;
    for (const auto &[day, count] : s.importsPerDay)
        if (count > 0)
            ctx.out << QStringLiteral("  %1  %2").arg(day.toString(Qt::ISODate)).arg(count) << Qt::endl;
    ctx.out << Tr::tr("With GPS position: %1").arg(s.withGps) << Qt::endl;
    ctx.out << Tr::tr("With a serial number: %1").arg(s.withSerialNumber) << Qt::endl;
    ctx.out << Tr::tr("With an embedded thumbnail: %1").arg(s.withEmbeddedThumbnail) << Qt::endl;
    ctx.out << Tr::tr("Faces: %1 (%2 to anonymize)").arg(s.faceCount).arg(s.facesAnonymized) << Qt::endl;
    return ExitOk;
}

} // namespace veil::cli
