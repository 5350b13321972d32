#include "command.h"

#include "library/database.h"
#include "paths.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace veil::cli {

std::unique_ptr<LibraryDatabase> Context::openLibrary()
{
    auto db = std::make_unique<LibraryDatabase>(libraryPath);
    QString error;
    if (!db->open(&error)) {
        err << QCoreApplication::translate("cli", "veil-cli: %1").arg(error) << Qt::endl;
        return nullptr;
    }
    return db;
}

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli",
                                       "Usage: veil-cli [--library PATH] COMMAND [options]\n\n"
                                       "Anonymizes faces and metadata in photos, on this machine.\n\n"
                                       "Global options:\n"
                                       "  --library PATH   the library database (default: $VEIL_LIBRARY, else the\n"
                                       "                   application data folder)\n"
                                       "  -h, --help       show this help; COMMAND --help shows a command's options\n"
                                       "  -v, --version    show the version and the face models found\n\n"
                                       "Commands:\n");
    for (const Command &c : commands())
        out << QStringLiteral("  %1%2\n").arg(c.name.leftJustified(12), c.summary);
    out << QCoreApplication::translate(
        "cli", "\nExit codes: 0 success, 1 usage error, 2 some files failed, "
               "3 the library cannot be opened,\n4 the batch is being run by another process.\n");
    out.flush();
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Context ctx{out, err, {}, bool(isatty(fileno(stdout))), bool(isatty(fileno(stderr)))};
    QString libraryOption;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(out);
            return ExitOk;
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            for (const Command &c : commands())
                if (c.name == QLatin1String("version"))
                    return c.run(ctx, {arguments[0] + QStringLiteral(" version")});
            out << "veil-cli " << versionString() << Qt::endl;
            return ExitOk;
        }
        if (a == QLatin1String("--library")) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("cli", "veil-cli: --library needs a path") << Qt::endl;
                return ExitUsage;
            }
            libraryOption = arguments[++i];
            continue;
        }
        if (a.startsWith(QLatin1String("--library="))) {
            libraryOption = a.mid(10);
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            err << QCoreApplication::translate("cli", "veil-cli: unknown option %1 (see veil-cli --help)").arg(a)
                << Qt::endl;
            return ExitUsage;
        }
        break;
    }
    if (i >= arguments.size()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = arguments[i];
    for (const Command &c : commands()) {
        if (c.name != name)
            continue;
        QStringList args = arguments.mid(i + 1);
        // A command also accepts --library after its name.
        for (int k = 0; k < args.size(); ++k) {
            if (args[k] == QLatin1String("--library") && k + 1 < args.size()) {
                libraryOption = args[k + 1];
                args.remove(k, 2);
                --k;
            } else if (args[k].startsWith(QLatin1String("--library="))) {
                libraryOption = args[k].mid(10);
                args.remove(k--);
            }
        }
        ctx.libraryPath = resolveLibraryPath(libraryOption);
        args.prepend(QStringLiteral("veil-cli ") + name);
        return c.run(ctx, args);
    }
    err << QCoreApplication::translate("cli", "veil-cli: unknown command '%1' (see veil-cli --help)").arg(name)
        << Qt::endl;
    return ExitUsage;
}

} // namespace veil::cli
