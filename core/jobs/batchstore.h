#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace veil {

class LibraryDatabase;

// A photo's place in a batch. The states follow the work: queued -> detecting ->
// detected -> exporting -> exported, or failed (with the reason) from any of them.
enum class ItemState { Queued, Detecting, Detected, Exporting, Exported, Failed };
QString itemStateName(ItemState state);
ItemState itemStateFromName(const QString &name);
// Exported or failed: an item a resumed batch does not run again.
inline bool isFinished(ItemState state)
{
    return state == ItemState::Exported || state == ItemState::Failed;
}

struct BatchItem
{
    qint64 id = 0;
    qint64 batchId = 0;
    int seq = 0;             // position in the batch, for deterministic reports
    QString inputPath;
    QString outputPath;      // planned final output (empty until known)
    qint64 photoId = 0;      // library photo, when the batch came from the library
    ItemState state = ItemState::Queued;
    QString error;
    QJsonObject result;      // per-item report (boxes, metadata removed, verification)
};

enum class BatchState { Running, Finished, Cancelled };

struct Batch
{
    qint64 id = 0;
    QString kind;            // "anonymize", ...
    QJsonObject options;     // everything needed to run it again (resume)
    BatchState state = BatchState::Running;
    QDateTime createdAt;
    int total = 0;
    int done = 0;            // exported or failed
};

// Persistence of batches in the library; each function is one transaction. They take
// the connection explicitly so they can run on the DbWriter thread.
namespace batchstore {

qint64 create(LibraryDatabase &db, const QString &kind, const QJsonObject &options, QList<BatchItem> &items,
              QString *error = nullptr);
QList<BatchItem> items(LibraryDatabase &db, qint64 batchId);
std::optional<Batch> batch(LibraryDatabase &db, qint64 batchId);
// Batches not finished nor cancelled, oldest first: what a restart offers to resume.
QList<Batch> unfinished(LibraryDatabase &db);
bool updateItem(LibraryDatabase &db, const BatchItem &item);
bool setBatchState(LibraryDatabase &db, qint64 batchId, BatchState state);
// After a crash: items caught mid-stage go back to the last state known to be safe
// (detecting -> queued). "exporting" stays: the runner checks the output on disk.
int prepareResume(LibraryDatabase &db, qint64 batchId);

} // namespace batchstore

} // namespace veil
