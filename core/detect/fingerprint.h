#pragma once

#include "facedetector.h"

#include <QString>

namespace veil {

// What decides which faces a detector built from `options` finds: Veil's version, the
// preset and thresholds, VEIL_DETECT_TUNING when it is set, and the SHA-256 of every model
// file the preset and export verification load (a missing file counts as missing). Jobs
// record it, so that an export written by another detector (an older Veil, other model
// files) never counts as the same job done: re-running the job after an upgrade does the
// work again with the new detector.
QString detectorFingerprint(const DetectorOptions &options);

} // namespace veil
