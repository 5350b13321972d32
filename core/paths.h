#pragma once

#include <QString>

namespace veil {

// Version string of the program (from CMake's project version).
QString versionString();

// Library database path: the explicit argument wins, then VEIL_LIBRARY, then
// QStandardPaths::AppDataLocation/library.sqlite.
QString resolveLibraryPath(const QString &explicitPath = {});

// Folder with the face detector models: VEIL_MODELS, then the installed
// share/veil/models beside the executable, then the build-time default.
QString modelsDirectory();

} // namespace veil
