#pragma once

#include "command.h"

namespace veil::cli {

// veil-cli anonymize INPUT... -o OUTDIR: detect, anonymize, export and verify in one go.
int runAnonymize(Context &ctx, const QStringList &args);

} // namespace veil::cli
