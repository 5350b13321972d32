#pragma once

// Where an export goes: the name template and the mirroring of input folders.

#include "exportoptions.h"
#include "imaging/imageformat.h"

#include <QString>

namespace veil {

// The format an input is written as under `format` (Auto keeps JPEG/PNG/WebP).
ImageFormat resolvedOutputFormat(OutputFormat format, ImageFormat input);
// "jpg", "png", "webp".
QString extensionFor(ImageFormat format);

// The name template of exports when the user chose none, in the desktop app and the CLI.
inline constexpr char kDefaultNameTemplate[] = "{name}_anon.{ext}";

// A template that does not say where the extension goes gets ".{ext}" at its end: every
// export is named with the extension of the data actually written.
QString withExtensionPlaceholder(const QString &nameTemplate);

// Expands {name} (the input's base name without its last suffix), {ext} (the output
// extension) and {stem} (a synonym of {name}). Empty on an unknown placeholder or a
// result that is not a plain file name, with the reason in `error`. A template without
// {ext} is completed by withExtensionPlaceholder() first.
QString expandNameTemplate(const QString &nameTemplate, const QString &inputPath, const QString &extension,
                           QString *error = nullptr);

// The output path of `inputPath`: the expanded template in `outputDir`, inside the
// sub-folder that mirrors the input's place under `inputRoot` (empty root: no mirroring).
QString outputPathFor(const QString &inputPath, const QString &inputRoot, const QString &outputDir,
                      const QString &nameTemplate, const QString &extension, QString *error = nullptr);

// True when both paths name the same file (also through symlinks), or the same path.
bool isSameFile(const QString &a, const QString &b);

} // namespace veil
