#pragma once

// Helpers shared by the tests: where the shared sample data lives, and temporary
// libraries that never touch the user's own.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>

namespace veil::test {

inline QString sharedPath(const QString &relative)
{
    return QDir(QStringLiteral(VEIL_SHARED_DIR)).filePath(relative);
}

inline QString samplesPath(const QString &relative = {})
{
    return sharedPath(QStringLiteral("data/exif-samples/") + relative);
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace veil::test
