#pragma once

#include "command.h"

namespace veil::cli {

// veil-cli detect FILE... : faces found in photos, as CSV or JSON.
int runDetect(Context &ctx, const QStringList &args);
// veil-cli eval --images DIR --faces FACES.csv : the coverage metric of face_coverage.py.
int runEval(Context &ctx, const QStringList &args);

} // namespace veil::cli
