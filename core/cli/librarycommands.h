#pragma once

#include "command.h"

namespace veil::cli {

int runImport(Context &ctx, const QStringList &args);
int runList(Context &ctx, const QStringList &args);
int runRemove(Context &ctx, const QStringList &args);
int runStats(Context &ctx, const QStringList &args);

} // namespace veil::cli
