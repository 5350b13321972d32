#pragma once

#include "command.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <optional>

namespace veil::cli {

// Parses a command's arguments. Handles --help (prints and returns ExitOk) and errors
// (prints and returns ExitUsage); returns nullopt when the command should go on.
std::optional<int> parseCommand(QCommandLineParser &parser, Context &ctx, const QStringList &args,
                                const QString &description);

void printJson(Context &ctx, const QJsonDocument &doc);

// Parses "12" into an id, or prints an error and returns 0.
qint64 parseId(Context &ctx, const QString &text);

} // namespace veil::cli
