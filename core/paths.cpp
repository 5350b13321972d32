#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace veil {

QString versionString()
{
    return QStringLiteral(VEIL_VERSION);
}

QString resolveLibraryPath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).absoluteFilePath();
    const QString fromEnv = qEnvironmentVariable("VEIL_LIBRARY");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).absoluteFilePath();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

QString modelsDirectory()
{
    const QString fromEnv = qEnvironmentVariable("VEIL_MODELS");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    if (QCoreApplication::instance()) {
        // <prefix>/bin/veil -> <prefix>/share/veil/models
        const QDir installed(QCoreApplication::applicationDirPath() + QStringLiteral("/../")
                             + QStringLiteral(VEIL_INSTALL_DATADIR) + QStringLiteral("/veil/models"));
        if (installed.exists())
            return installed.absolutePath();
    }
    return QDir(QStringLiteral(VEIL_MODELS_DIR)).absolutePath();
}

} // namespace veil
