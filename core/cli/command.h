#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace veil {
class LibraryDatabase;
}

namespace veil::cli {

// Exit codes shared by every command.
// ExitBatchBusy: `anonymize` or `resume` found its batch being run by another process
// (one batch, one process: core/jobs/batchlock.h) and left it alone.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitSomeFailed = 2, ExitLibraryError = 3, ExitBatchBusy = 4 };

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString libraryPath;   // resolved: --library, VEIL_LIBRARY or the default
    bool outIsTerminal = false;
    bool errIsTerminal = false;

    // Opens the library or prints why not; null on failure.
    std::unique_ptr<LibraryDatabase> openLibrary();
};

struct Command
{
    QString name;
    QString summary;
    // `args` starts with "veil-cli COMMAND" as one element, as QCommandLineParser expects.
    int (*run)(Context &ctx, const QStringList &args);
};

// Every command, in the order `--help` lists them.
const std::vector<Command> &commands();

// Entry point for the whole tool: `arguments` is argv as QStringList.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace veil::cli
