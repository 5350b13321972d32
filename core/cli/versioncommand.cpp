#include "versioncommand.h"

#include "parsing.h"
#include "paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace veil::cli {

int runVersion(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto code = parseCommand(parser, ctx, args, QCoreApplication::translate("cli", "Shows the version.")))
        return *code;
    ctx.out << "veil-cli " << versionString() << Qt::endl;
    const QDir models(modelsDirectory());
    ctx.out << QCoreApplication::translate("cli", "Models: %1").arg(models.absolutePath()) << Qt::endl;
    const QStringList files = models.entryList({QStringLiteral("*.onnx")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        ctx.out << QCoreApplication::translate("cli", "  (no model files found)") << Qt::endl;
    for (const QString &name : files) {
        QFile f(models.filePath(name));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        ctx.out << QStringLiteral("  %1  sha256:%2").arg(name, QString::fromLatin1(hash.result().toHex()))
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace veil::cli
