#pragma once

#include "command.h"

namespace veil::cli {

int runResume(Context &ctx, const QStringList &args);

} // namespace veil::cli
