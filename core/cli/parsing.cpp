#include "parsing.h"

#include <QCoreApplication>

namespace veil::cli {

std::optional<int> parseCommand(QCommandLineParser &parser, Context &ctx, const QStringList &args,
                                const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this command's options."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        ctx.err << args.first() << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText().replace(QStringLiteral("Usage: veil-cli "), QStringLiteral("Usage: veil-cli "));
        ctx.out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

void printJson(Context &ctx, const QJsonDocument &doc)
{
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

qint64 parseId(Context &ctx, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << QCoreApplication::translate("cli", "veil-cli: '%1' is not a photo id").arg(text) << Qt::endl;
        return 0;
    }
    return id;
}

} // namespace veil::cli
