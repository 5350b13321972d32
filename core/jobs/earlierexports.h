#pragma once

// Running a job again must not turn its own earlier outputs into conflicts. This wraps an
// anonymize processor so that:
// - each export records the SHA-256 of its source and of the file written;
// - an output already in the way counts as done when an earlier batch exported that very
//   file (same hash on disk) from the same source (same hash) with the same settings;
//   any other file in the way stays a conflict: the export refuses it, untouched.

#include "batchrunner.h"

#include <QJsonObject>

namespace veil {

class DbWriter;

// `batchOptions` are the options stored with the batch the processor runs.
ItemProcessor withEarlierExports(ItemProcessor processor, DbWriter &writer, const QJsonObject &batchOptions);

} // namespace veil
