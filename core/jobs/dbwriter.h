#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace veil {

class LibraryDatabase;

// The library's single writer: one connection, owned by one thread, to which every
// other thread queues its writes (qBittorrent's AsyncFileStorage shape). Readers keep
// their own connections; with WAL they never wait for the writer, and writers never
// meet "database is locked" because there is only one.
class DbWriter : public QObject
{
    Q_OBJECT

public:
    explicit DbWriter(QString libraryPath, QObject *parent = nullptr);
    ~DbWriter() override;

    // Opens the connection on the writer thread. Blocks the caller until it is open:
    // call it once at start-up, not from a GUI event handler.
    bool open(QString *error);
    QString libraryPath() const { return m_path; }

    // Queues `work` to run on the writer thread with the writer's connection; the
    // future carries its result. Work items run one at a time, in order.
    template <typename Fn>
    auto post(Fn work) -> QFuture<decltype(work(std::declval<LibraryDatabase &>()))>
    {
        using R = decltype(work(std::declval<LibraryDatabase &>()));
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        enqueue([promise, work = std::move(work)](LibraryDatabase &db) mutable {
            if constexpr (std::is_void_v<R>) {
                work(db);
            } else {
                promise->addResult(work(db));
            }
            promise->finish();
        });
        return future;
    }

private:
    void enqueue(std::function<void(LibraryDatabase &)> job);

    class Worker;
    QString m_path;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace veil
