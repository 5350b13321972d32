#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

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
    int failed = 0;
    // The job: same kind, inputs, output folder and settings (see jobKey()).
    QString jobKey;
    qint64 supersededBy = 0; // closed because this later batch of the same job took over
};

// An exported (or exporting) item of some batch, with that batch's options: what an output file in the
// way of a later batch is checked against.
struct EarlierExport
{
    BatchItem item;
    QJsonObject options;
    QDateTime updatedAt;
};

// Persistence of batches in the library; each function is one transaction. They take
// the connection explicitly so they can run on the DbWriter thread.
namespace batchstore {

// Records a new batch with its job key. Older unfinished batches of the same job are
// closed as superseded by it: the new batch covers all their photos.
qint64 create(LibraryDatabase &db, const QString &kind, const QJsonObject &options, QList<BatchItem> &items,
              QString *error = nullptr);

// What makes two batches the same job: kind, options (output folder and name included)
// and the set of inputs, with the boxes given to them up front (reviewed boxes). A hex
// SHA-256, stable across runs.
QString jobKey(const QString &kind, const QJsonObject &options, const QList<BatchItem> &items);
// The options that shape an output's content (not where it goes nor whether it may
// replace a file): two exports with equal keys from the same source are the same file.
QString settingsKey(const QJsonObject &options);
// Gives a job key to batches recorded before batches had one.
void ensureJobKeys(LibraryDatabase &db);
// The newest unfinished batch of a job, if any.
std::optional<Batch> unfinishedOfJob(LibraryDatabase &db, const QString &jobKey);
// Unfinished batches for which a later batch of the same job exists (running or finished),
// each with the newest such batch: they are superseded and should be closed, not replayed.
QList<std::pair<Batch, qint64>> superseded(LibraryDatabase &db);
// Closes a batch as superseded by `by` (state cancelled, so it is not offered again).
bool setSuperseded(LibraryDatabase &db, qint64 batchId, qint64 by);
// Failed items of a batch go back to queued (a job run again retries its failures).
int requeueFailed(LibraryDatabase &db, qint64 batchId);
// Items of other batches than `excludeBatch` that exported `outputPath`, or were caught
// exporting it (a kill between publishing the file and recording it), newest first.
QList<EarlierExport> exportsTo(LibraryDatabase &db, const QString &outputPath, qint64 excludeBatch);
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
