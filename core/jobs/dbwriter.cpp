#include "dbwriter.h"

#include "library/database.h"

#include <QMetaObject>

namespace veil {

class DbWriter::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }
    bool open(QString *error)
    {
        m_db = std::make_unique<LibraryDatabase>(m_path);
        return m_db->open(error);
    }
    void run(const std::function<void(LibraryDatabase &)> &job) { job(*m_db); }
    void close() { m_db.reset(); }

private:
    QString m_path;
    std::unique_ptr<LibraryDatabase> m_db;
};

DbWriter::DbWriter(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(libraryPath))
    , m_worker(new Worker(m_path))
{
    m_thread.setObjectName(QStringLiteral("veil-db-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DbWriter::~DbWriter()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool DbWriter::open(QString *error)
{
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->open(&message); }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

void DbWriter::enqueue(std::function<void(LibraryDatabase &)> job)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job = std::move(job)] { w->run(job); }, Qt::QueuedConnection);
}

} // namespace veil
