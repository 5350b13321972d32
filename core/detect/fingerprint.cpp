#include "fingerprint.h"

#include "backend.h"
#include "detectionplan.h"
#include "paths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <set>

namespace veil {

namespace {

// A model file's SHA-256, remembered while its size and time stay the same: a batch asks
// once per photo and the files are megabytes.
QString modelHash(const QString &path)
{
    struct Known
    {
        qint64 size = -1;
        QDateTime modified;
        QString hash;
    };
    static QMutex mutex;
    static QHash<QString, Known> known;

    const QFileInfo info(path);
    if (!info.isFile())
        return QStringLiteral("missing");
    {
        QMutexLocker lock(&mutex);
        const auto it = known.constFind(path);
        if (it != known.constEnd() && it->size == info.size() && it->modified == info.lastModified())
            return it->hash;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const QString hex = QString::fromLatin1(hash.result().toHex());
    QMutexLocker lock(&mutex);
    known.insert(path, Known{info.size(), info.lastModified(), hex});
    return hex;
}

} // namespace

QString detectorFingerprint(const DetectorOptions &options)
{
    const QDir dir(options.modelsDir.isEmpty() ? modelsDirectory() : options.modelsDir);
    std::set<ModelKind> models{ModelKind::YuNet}; // export verification's network
    for (const ModelUse &use : presetConfig(options.preset).models)
        models.insert(use.model);

    QStringList parts{QStringLiteral("veil %1").arg(versionString()),
                      QStringLiteral("preset %1").arg(presetName(options.preset)),
                      QStringLiteral("thresholds %1 %2").arg(options.threshold).arg(options.uncertainThreshold)};
    const QString tuning = qEnvironmentVariable("VEIL_DETECT_TUNING");
    if (!tuning.isEmpty())
        parts.append(QStringLiteral("tuning %1").arg(tuning));
    for (ModelKind kind : models) {
        const QString name = modelFileName(kind);
        parts.append(QStringLiteral("%1 %2").arg(name, modelHash(dir.filePath(name))));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace veil
