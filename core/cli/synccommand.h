#pragma once

#include "command.h"

namespace veil::cli {

// veil-cli sync --server URL push|status|pull|token ...
int runSync(Context &ctx, const QStringList &args);

} // namespace veil::cli
