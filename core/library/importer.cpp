#include "importer.h"

#include "database.h"
#include "imaging/exifinfo.h"
#include "imaging/imageloader.h"
#include "imaging/thumbnailcache.h"
#include "photorepository.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>

namespace veil {

bool Importer::hasImageExtension(const QString &path)
{
    static const QStringList extensions = {QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jpe"),
                                           QStringLiteral("png"),  QStringLiteral("tif"),  QStringLiteral("tiff"),
                                           QStringLiteral("webp"), QStringLiteral("bmp"),  QStringLiteral("heic"),
                                           QStringLiteral("heif"), QStringLiteral("hif")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

QStringList Importer::expandPaths(const QStringList &inputs, QList<ImportResult> *problems)
{
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(input, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (hasImageExtension(file))
                    found.append(file);
            }
            found.sort(); // stable, predictable order for reports
            files += found;
            if (!info.isReadable() && problems) {
                ImportResult r;
                r.path = input;
                r.error = QStringLiteral("folder cannot be read (permission denied)");
                problems->append(r);
            }
        } else if (info.exists()) {
            files.append(input);
        } else if (problems) {
            ImportResult r;
            r.path = input;
            r.error = QStringLiteral("no such file or folder");
            problems->append(r);
        }
    }
    return files;
}

ImportRecord inspectFile(const QString &path)
{
    ImportRecord record;
    record.data = readFileReadOnly(path, &record.error);
    if (!record.error.isEmpty())
        return record;

    const ImageHeader header = readImageHeader(record.data);
    if (!header.ok()) {
        record.error = header.error;
        return record;
    }
    Photo &p = record.photo;
    p.path = QFileInfo(path).absoluteFilePath();
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(record.data, QCryptographicHash::Sha256).toHex());
    p.byteSize = record.data.size();
    p.format = formatName(header.format);
    p.width = header.storedSize.width();
    p.height = header.storedSize.height();
    p.orientation = header.orientation;

    const ExifInfo exif = readExifFromFile(record.data);
    p.make = exif.make;
    p.model = exif.model;
    p.dateTaken = exif.dateTaken;
    p.hasGps = exif.hasGps;
    p.hasSerialNumber = exif.hasSerialNumber;
    p.hasThumbnail = exif.hasThumbnail;
    p.metadataError = exif.error;
    return record;
}

Importer::Importer(LibraryDatabase &db, const ThumbnailCache *thumbnails)
    : m_db(db)
    , m_thumbnails(thumbnails)
{
}

ImportResult Importer::importFile(const QString &path)
{
    ImportResult result;
    result.path = path;
    ImportRecord record = inspectFile(path);
    if (!record.error.isEmpty()) {
        result.error = record.error;
        return result;
    }
    PhotoRepository repo(m_db);
    if (auto existing = repo.findBySha256(record.photo.sha256)) {
        result.outcome = ImportResult::Outcome::Duplicate;
        result.photoId = *existing;
        return result;
    }
    // Decoding the thumbnail is also the check that the pixels are readable: a file
    // whose header parses but whose image data does not is refused here.
    if (m_thumbnails) {
        QString thumbError;
        if (!m_thumbnails->store(record.photo.sha256, record.data, &thumbError)) {
            result.error = thumbError;
            return result;
        }
    } else {
        LoadOptions options;
        options.maxDimension = ThumbnailCache::DefaultSize;
        const LoadedImage probe = loadImageFromData(record.data, options);
        if (!probe.ok()) {
            result.error = probe.error;
            return result;
        }
    }
    QString error;
    record.photo.importedAt = QDateTime::currentDateTimeUtc();
    const qint64 id = repo.insert(record.photo, &error);
    if (id == 0) {
        result.error = QStringLiteral("could not be added to the library: %1").arg(error);
        return result;
    }
    result.outcome = ImportResult::Outcome::Imported;
    result.photoId = id;
    if (!record.photo.metadataError.isEmpty())
        result.warning = QStringLiteral("EXIF partly unreadable: %1").arg(record.photo.metadataError);
    m_db.logActivity(QStringLiteral("import"), record.photo.path, id);
    return result;
}

QList<ImportResult> Importer::importPaths(const QStringList &inputs,
                                          const std::function<void(int, int, const ImportResult &)> &progress,
                                          const std::atomic_bool *cancel)
{
    QList<ImportResult> results;
    const QStringList files = expandPaths(inputs, &results);
    const int total = int(files.size() + results.size());
    int done = 0;
    for (const ImportResult &r : std::as_const(results))
        if (progress)
            progress(++done, total, r);
    for (const QString &file : files) {
        if (cancel && cancel->load())
            break;
        results.append(importFile(file));
        if (progress)
            progress(++done, total, results.constLast());
    }
    return results;
}

} // namespace veil
