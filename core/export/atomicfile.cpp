#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace veil {

namespace {
// Tr::tr() translates in the "export" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(export)
};
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

PendingFile::~PendingFile()
{
    discard();
}

bool PendingFile::write(const QString &finalPath, const QByteArray &data, QString *error)
{
    discard();
    const QFileInfo info(finalPath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Tr::tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QTemporaryFile file(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".veil-XXXXXX"));
    file.setAutoRemove(false);
    if (!file.open()) {
        *error = Tr::tr("cannot create a temporary file in %1: %2").arg(info.absolutePath(), file.errorString());
        return false;
    }
    m_temp = file.fileName();
    m_final = info.absoluteFilePath();
    const bool written = file.write(data) == data.size() && file.flush() && ::fsync(file.handle()) == 0;
    const QString writeError = file.errorString();
    file.close();
    if (!written) {
        *error = Tr::tr("cannot write %1: %2").arg(m_temp, writeError);
        discard();
        return false;
    }
    // QTemporaryFile creates 0600; a published photo is readable like any other file.
    QFile::setPermissions(m_temp, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

bool PendingFile::publish(bool overwrite, QString *error)
{
    if (m_temp.isEmpty()) {
        *error = Tr::tr("nothing was written");
        return false;
    }
    const QByteArray from = QFile::encodeName(m_temp), to = QFile::encodeName(m_final);
    if (overwrite) {
        if (::rename(from.constData(), to.constData()) != 0) {
            *error = Tr::tr("cannot rename %1 to %2: %3").arg(m_temp, m_final, systemError());
            return false;
        }
        m_temp.clear();
        return true;
    }
    // link() fails with EEXIST instead of replacing: no window between check and write.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        m_temp.clear();
        return true;
    }
    if (errno == EEXIST) {
        *error = Tr::tr("%1 exists already (use --overwrite to replace it)").arg(m_final);
        return false;
    }
    // File systems without hard links: check, then rename.
    if (QFileInfo::exists(m_final)) {
        *error = Tr::tr("%1 exists already (use --overwrite to replace it)").arg(m_final);
        return false;
    }
    if (::rename(from.constData(), to.constData()) != 0) {
        *error = Tr::tr("cannot rename %1 to %2: %3").arg(m_temp, m_final, systemError());
        return false;
    }
    m_temp.clear();
    return true;
}

void PendingFile::discard()
{
    if (!m_temp.isEmpty())
        QFile::remove(m_temp);
    m_temp.clear();
}

} // namespace veil
