#include "batchlock.h"

#include "library/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace veil {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jobs)
};
} // namespace

bool BatchHolder::onThisMachine() const
{
    // QLockFile records QSysInfo::machineHostName() and judges staleness by PID only there.
    return host.isEmpty() || host == QSysInfo::machineHostName();
}

QString batchLockPath(const QString &libraryPath, qint64 batchId)
{
    return LibraryDatabase(libraryPath).cacheDirectory() + QStringLiteral("/locks/batch-%1.lock").arg(batchId);
}

BatchLock::BatchLock(const QString &libraryPath, qint64 batchId)
    : m_batchId(batchId)
    , m_path(batchLockPath(libraryPath, batchId))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // A batch runs for minutes or hours: only a process that is gone makes its lock
    // stale, never the lock's age (QLockFile's default gives it up after 30 s where no
    // flock() protects the holder, e.g. on some network filesystems).
    m_lock->setStaleLockTime(0);
}

BatchLock::~BatchLock() = default;

BatchLock::Result BatchLock::tryLock()
{
    if (m_lock->isLocked())
        return Result::Acquired;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The holder may release the lock between the failed attempt and reading who held it:
    // then the batch is free, try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_lock->tryLock(0)) {
            m_message.clear();
            return Result::Acquired;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_message = m_lock->error() == QLockFile::PermissionError
                            ? Tr::tr("batch %1 cannot be locked for this process: no permission to create %2")
                                  .arg(QString::number(m_batchId), QDir::toNativeSeparators(m_path))
                            : Tr::tr("batch %1 cannot be locked for this process: %2 cannot be created")
                                  .arg(QString::number(m_batchId), QDir::toNativeSeparators(m_path));
            return Result::Error;
        }
        qint64 pid = 0;
        QString host, program;
        if (m_lock->getLockInfo(&pid, &host, &program)) {
            m_holder = BatchHolder{pid, program, host};
            m_message = batchHeldMessage(m_batchId, m_holder, m_path);
            return Result::Held;
        }
        // A lock file without a readable holder: a process killed in the microseconds
        // between creating it and writing its pid. With no stale time, Qt would keep it
        // for ever; seconds later nobody is going to write it. (On Linux, Qt's
        // removal also fails while a live process still holds the file's flock.)
        const QFileInfo info(m_path);
        if (info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) > 5)
            m_lock->removeStaleLockFile();
    }
    m_holder = BatchHolder{};
    m_message = batchHeldMessage(m_batchId, m_holder, m_path);
    return Result::Held;
}

bool BatchLock::isLocked() const
{
    return m_lock->isLocked();
}

void BatchLock::unlock()
{
    m_lock->unlock();
}

std::optional<BatchHolder> batchHolder(const QString &libraryPath, qint64 batchId)
{
    if (!QFileInfo::exists(batchLockPath(libraryPath, batchId)))
        return std::nullopt;
    // Qt judges whether the lock's process still runs; a probe that gets the lock (a stale
    // one, now removed) releases it at once.
    BatchLock probe(libraryPath, batchId);
    if (probe.tryLock() == BatchLock::Result::Held)
        return probe.holder();
    return std::nullopt;
}

QString batchHeldMessage(qint64 batchId, const BatchHolder &holder, const QString &lockPath)
{
    if (holder.pid == 0)
        return Tr::tr("batch %1 is being taken by another process; try again in a moment").arg(batchId);
    const QString who = holder.program.isEmpty() ? Tr::tr("another process") : holder.program;
    if (holder.onThisMachine())
        return Tr::tr("batch %1 is being run by %2 (pid %3) on this machine; wait for it to finish or stop it")
            .arg(QString::number(batchId), who, QString::number(holder.pid));
    // On another machine (a library on a shared folder) Veil cannot tell whether the
    // process still runs.
    return Tr::tr("batch %1 is being run by %2 (pid %3) on %4; wait for it to finish or stop it (if it no longer "
                  "runs there, delete %5)")
        .arg(QString::number(batchId), who, QString::number(holder.pid), holder.host,
             QDir::toNativeSeparators(lockPath));
}

} // namespace veil
