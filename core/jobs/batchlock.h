#pragma once

// One batch, one process. A batch is run only by the process that holds its lock, a
// QLockFile beside the library (<library>.cache/locks/batch-<id>.lock). Two processes
// continuing the same batch would detect and export the same photos, each finding the
// other's output in its way. The lock of a process that died (a crash, a kill -9) is
// stale: the next process that asks for the batch removes it and takes the batch.

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace veil {

// The process that runs a batch, as its lock file says.
struct BatchHolder
{
    qint64 pid = 0;
    QString program; // the executable's name: "veil-cli", "veil"
    QString host;    // the machine's name, as QSysInfo::machineHostName() gives it
    bool onThisMachine() const;
};

// The lock file of batch `batchId` of the library at `libraryPath`.
QString batchLockPath(const QString &libraryPath, qint64 batchId);

class BatchLock
{
public:
    BatchLock(const QString &libraryPath, qint64 batchId);
    ~BatchLock(); // releases the batch if this object holds it

    enum class Result { Acquired, Held, Error };
    // Takes the batch without waiting. A lock whose process is gone is removed first.
    Result tryLock();
    bool isLocked() const;
    void unlock();

    qint64 batchId() const { return m_batchId; }
    QString path() const { return m_path; }
    // After Held: who runs the batch.
    const BatchHolder &holder() const { return m_holder; }
    // After Held or Error: why this process cannot run the batch, for the user's eyes
    // ("batch 12 is being run by veil-cli (pid 4242) on this machine; ...").
    QString message() const { return m_message; }

private:
    qint64 m_batchId;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    BatchHolder m_holder;
    QString m_message;
};

// Who runs batch `batchId` now, if anyone. Reads the lock file; a stale one (its process
// is gone) counts as free and is removed.
std::optional<BatchHolder> batchHolder(const QString &libraryPath, qint64 batchId);

// "batch 12 is being run by veil-cli (pid 4242) on this machine; wait for it to finish or
// stop it" (on another machine: which one, and which file to delete if it died there).
QString batchHeldMessage(qint64 batchId, const BatchHolder &holder, const QString &lockPath);

} // namespace veil
