#include "exportplan.h"

#include "export/outputnaming.h"
#include "library/photorepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace veil::ui {

QList<BatchItem> planExport(LibraryDatabase &db, const ExportRequest &request)
{
    PhotoRepository repo(db);
    QList<BatchItem> items;
    QHash<QString, QString> taken; // output path -> the photo that has it
    for (qint64 id : request.photoIds) {
        BatchItem item;
        item.photoId = id;
        const std::optional<Photo> photo = repo.photo(id);
        if (!photo) {
            item.state = ItemState::Failed;
            item.error =
                QCoreApplication::translate("veil::ui::ExportDialog", "Photo %1: no longer in the library").arg(id);
            items.append(item);
            continue;
        }
        item.inputPath = photo->path;
        const QString extension =
            extensionFor(resolvedOutputFormat(request.options.format, formatFromName(photo->format)));
        QString error;
        item.outputPath =
            outputPathFor(photo->path, QString(), request.outputDirectory, request.nameTemplate, extension, &error);
        if (item.outputPath.isEmpty()) {
            item.state = ItemState::Failed;
            item.error = error;
        } else if (taken.contains(item.outputPath)) {
            item.state = ItemState::Failed;
            item.error =
                QCoreApplication::translate("veil::ui::ExportDialog", "%1 is also the output of %2")
                    .arg(QFileInfo(item.outputPath).fileName(), QFileInfo(taken.value(item.outputPath)).fileName());
            item.outputPath.clear();
        } else {
            taken.insert(item.outputPath, photo->path);
            item.result.insert(QStringLiteral("faces"), facesToJson(repo.faces(id)));
        }
        items.append(item);
    }
    return items;
}

AnonymizeBatchOptions exportBatchOptions(const ExportRequest &request)
{
    AnonymizeBatchOptions options;
    options.exportOptions = request.options;
    options.detector = request.detector;
    options.fromLibrary = true;
    options.verifyFaces = request.verifyFaces && request.options.verify;
    return options;
}

} // namespace veil::ui
