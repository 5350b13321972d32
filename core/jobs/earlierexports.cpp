#include "earlierexports.h"

#include "dbwriter.h"
#include "library/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace veil {

namespace {

const QLatin1String sourceKey("sourceSha256");
const QLatin1String outputKey("outputSha256");

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// Batches recorded before exports carried hashes: the file counts as the one Veil wrote
// when neither it nor the source changed after the earlier batch recorded the export.
bool untouchedSince(const EarlierExport &e, const BatchItem &item)
{
    if (!e.updatedAt.isValid() || e.item.inputPath != item.inputPath)
        return false;
    const QDateTime recorded = e.updatedAt.addSecs(2);
    return QFileInfo(item.outputPath).lastModified() <= recorded &&
           QFileInfo(item.inputPath).lastModified() <= recorded;
}

} // namespace

ItemProcessor withEarlierExports(ItemProcessor processor, DbWriter &writer, const QJsonObject &batchOptions)
{
    const QString settings = batchstore::settingsKey(batchOptions);
    const bool overwrite = batchOptions.value(QStringLiteral("overwrite")).toBool();
    // Reviewed boxes come with the item, not from the settings: they must match too, or a
    // box added in the review would never reach the output.
    const bool givenBoxes = batchOptions.value(QStringLiteral("fromLibrary")).toBool();
    return [processor = std::move(processor), &writer, settings, overwrite, givenBoxes](BatchItem &item,
                                                                                        ProcessContext &ctx) {
        // An item caught while exporting is checked by the processor itself (its own
        // output may be published already).
        if (!overwrite && item.state != ItemState::Exporting && !item.outputPath.isEmpty() &&
            QFileInfo::exists(item.outputPath)) {
            const QString path = item.outputPath;
            const qint64 batchId = item.batchId;
            const QList<EarlierExport> earlier =
                writer.post([path, batchId](LibraryDatabase &db) { return batchstore::exportsTo(db, path, batchId); })
                    .result();
            QString sourceHash, outputHash;
            for (const EarlierExport &e : earlier) {
                if (batchstore::settingsKey(e.options) != settings)
                    continue;
                if (givenBoxes &&
                    e.item.result.value(QStringLiteral("faces")) != item.result.value(QStringLiteral("faces")))
                    continue;
                if (e.item.state == ItemState::Exporting) {
                    // Published by a batch killed before it could record it: check it
                    // the way this batch checks its own output after a kill, with the
                    // boxes that batch found. A file older than that export is not it.
                    if (e.item.inputPath != item.inputPath || !e.updatedAt.isValid() ||
                        QFileInfo(item.outputPath).lastModified() < e.updatedAt.addSecs(-2))
                        continue;
                    item.state = ItemState::Exporting;
                    item.result.insert(QStringLiteral("faces"), e.item.result.value(QStringLiteral("faces")));
                    break;
                }
                bool same = false;
                if (e.item.result.contains(outputKey)) {
                    if (sourceHash.isEmpty()) {
                        sourceHash = fileSha256(item.inputPath);
                        outputHash = fileSha256(item.outputPath);
                    }
                    same = !sourceHash.isEmpty() && e.item.result.value(sourceKey).toString() == sourceHash &&
                           e.item.result.value(outputKey).toString() == outputHash;
                } else {
                    same = untouchedSince(e, item);
                }
                if (same) {
                    item.result = e.item.result;
                    // The batch that wrote the file, not one that adopted it in turn.
                    const QJsonValue first = e.item.result.value(QStringLiteral("earlierBatch"));
                    item.result.insert(QStringLiteral("earlierBatch"),
                                       first.isUndefined() ? QJsonValue(e.item.batchId) : first);
                    item.state = ItemState::Exported;
                    item.error.clear();
                    return;
                }
            }
        }
        processor(item, ctx);
        if (item.state == ItemState::Exported && !item.result.contains(outputKey)) {
            item.result.insert(sourceKey, fileSha256(item.inputPath));
            item.result.insert(outputKey, fileSha256(item.outputPath));
        }
    };
}

} // namespace veil
