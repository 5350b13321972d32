#pragma once

#include "command.h"

namespace veil::cli {

int runVersion(Context &ctx, const QStringList &args);

} // namespace veil::cli
