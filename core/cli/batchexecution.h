#pragma once

// Running an anonymize batch from the command line: shared by `anonymize` (a new
// batch) and `resume` (a batch interrupted by a crash, a kill or a cancel).

#include "command.h"
#include "jobs/batchstore.h"

#include <QJsonArray>

namespace veil {
class DbWriter;
struct AnonymizeBatchOptions;
} // namespace veil

namespace veil::cli {

struct BatchOutcome
{
    int exported = 0;
    int failed = 0;
    bool cancelled = false;
    QStringList warnings; // from building the detectors (e.g. a missing model)
    QList<BatchItem> items; // every item of the batch, in batch order, as finally stored
};

// Runs the batch's unfinished items with `jobs` threads, printing per-file errors to
// stderr as they happen and a progress bar when stderr is a terminal.
BatchOutcome runAnonymizeBatch(Context &ctx, DbWriter &writer, qint64 batchId, const AnonymizeBatchOptions &options,
                               int jobs);

// The report of a finished batch, one entry per photo in batch order.
QJsonArray batchReport(const QList<BatchItem> &items);

} // namespace veil::cli
