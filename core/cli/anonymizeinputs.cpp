#include "anonymizeinputs.h"

#include "export/outputnaming.h"
#include "imaging/imageformat.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/photorepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace veil::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool isInside(const QString &path, const QString &folder)
{
    const QString f = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) + QLatin1Char('/');
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()).startsWith(f);
}

// The deepest folder holding every path.
QString commonFolder(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    QStringList common = QFileInfo(paths.first()).absolutePath().split(QLatin1Char('/'));
    for (const QString &p : paths) {
        const QStringList parts = QFileInfo(p).absolutePath().split(QLatin1Char('/'));
        int n = 0;
        while (n < common.size() && n < parts.size() && common[n] == parts[n])
            ++n;
        common = common.mid(0, n);
    }
    const QString joined = common.join(QLatin1Char('/'));
    return joined.isEmpty() ? QStringLiteral("/") : joined;
}
} // namespace

QList<AnonymizeItem> collectFiles(const QStringList &paths, const QString &outputDir)
{
    QList<AnonymizeItem> items;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            items.append({path, {}, {}, 0, false, {}, Tr::tr("no such file or folder")});
        } else if (info.isDir()) {
            QStringList files = Importer::expandPaths({path}, nullptr);
            files.sort();
            for (const QString &f : std::as_const(files))
                if (!isInside(f, outputDir))
                    items.append({f, path, {}, 0, false, {}, {}});
        } else {
            items.append({path, {}, {}, 0, false, {}, {}});
        }
    }
    return items;
}

QList<AnonymizeItem> collectLibraryPhotos(LibraryDatabase &db, const QList<qint64> &ids)
{
    PhotoRepository repo(db);
    QList<Photo> photos;
    QList<AnonymizeItem> items;
    if (ids.isEmpty()) {
        photos = repo.all(false);
    } else {
        for (qint64 id : ids) {
            if (auto p = repo.photo(id))
                photos.append(*p);
            else
                items.append({QString::number(id), {}, {}, id, true, {}, Tr::tr("no photo %1 in the library").arg(id)});
        }
    }
    QStringList paths;
    for (const Photo &p : std::as_const(photos))
        paths.append(p.path);
    const QString root = commonFolder(paths);
    for (const Photo &p : std::as_const(photos)) {
        AnonymizeItem item{p.path, root, {}, p.id, true, repo.faces(p.id), {}};
        if (p.reviewStatus == ReviewStatus::New || p.reviewStatus == ReviewStatus::Failed)
            item.error = Tr::tr("photo %1 has not been reviewed (status %2): detect and review it first, "
                                "or anonymize the file without --from-library")
                             .arg(p.id)
                             .arg(reviewStatusName(p.reviewStatus));
        items.append(item);
    }
    return items;
}

void assignOutputs(QList<AnonymizeItem> &items, const QString &outputDir, const QString &nameTemplate,
                   bool outputFormatFixed, const QString &fixedExtension)
{
    QHash<QString, QString> taken; // output -> input
    for (AnonymizeItem &item : items) {
        if (!item.error.isEmpty())
            continue;
        QString extension = fixedExtension;
        if (!outputFormatFixed)
            extension = extensionFor(resolvedOutputFormat(OutputFormat::Auto, sniffImageFormat(item.input)));
        QString error;
        item.output = outputPathFor(item.input, item.root, outputDir, nameTemplate, extension, &error);
        if (item.output.isEmpty()) {
            item.error = error;
            continue;
        }
        const auto it = taken.constFind(item.output);
        if (it != taken.constEnd()) {
            item.error = Tr::tr("%1 would also be written by %2; rename one or change the name template")
                             .arg(item.output, *it);
            continue;
        }
        taken.insert(item.output, item.input);
    }
}

} // namespace veil::cli
