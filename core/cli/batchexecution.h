#pragma once

// Running an anonymize batch from the command line: shared by `anonymize` (a new or a
// continued batch) and `resume` (a batch interrupted by a crash, a kill or Ctrl-C).

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
    int exported = 0; // now or by an earlier run
    int failed = 0;
    int earlier = 0;        // of `exported`: outputs an earlier batch of the job had written
    bool cancelled = false; // stopped by Ctrl-C: the batch stays unfinished (resumable)
    QStringList warnings;   // from building the detectors (e.g. a missing model)
    QList<BatchItem> items; // every item of the batch, in batch order, as finally stored
};

// Runs the batch's unfinished items with `jobs` threads. `storedOptions` are the batch's
// options as recorded in the library. On a terminal, shows a live progress line on stderr
// (failures appear above it as they happen) and a summary; otherwise prints nothing but
// detector warnings. Ctrl-C stops at a photo boundary (twice: at the next stage) and
// leaves the batch resumable.
BatchOutcome runAnonymizeBatch(Context &ctx, DbWriter &writer, qint64 batchId, const AnonymizeBatchOptions &options,
                               const QJsonObject &storedOptions, int jobs);

// The report of a finished batch, one entry per photo in batch order.
QJsonArray batchReport(const QList<BatchItem> &items);

} // namespace veil::cli
