// whenFinished(): a background result reaches its receiver in the receiver's thread, and
// never a receiver that has been destroyed in the meantime (QFuture::then(context) of Qt
// 6.4 aborts a debug build then: the main window did, closed during a library query).
#include "futures.h"

#include <QPromise>
#include <QSemaphore>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

#include <memory>
#include <stdexcept>

using namespace veil;

class TestFutures : public QObject
{
    Q_OBJECT

private slots:
    void deliversInTheReceiversThread()
    {
        QObject receiver;
        int got = 0;
        QThread *thread = nullptr;
        whenFinished(QtConcurrent::run([] { return 42; }), &receiver, [&](int v) {
            got = v;
            thread = QThread::currentThread();
        });
        QTRY_COMPARE(got, 42);
        QCOMPARE(thread, receiver.thread());
        // The watcher is gone once it has delivered.
        QTRY_COMPARE(receiver.findChildren<QObject *>().size(), 0);
    }

    void voidFutures()
    {
        QObject receiver;
        bool called = false;
        whenFinished(QtConcurrent::run([] {}), &receiver, [&] { called = true; });
        QTRY_VERIFY(called);
    }

    void nothingReachesADestroyedReceiver()
    {
        // The work finishes only after its receiver is gone.
        QSemaphore release;
        bool called = false;
        auto receiver = std::make_unique<QObject>();
        QFuture<int> future = QtConcurrent::run([&release] {
            release.acquire();
            return 1;
        });
        whenFinished(future, receiver.get(), [&](int) { called = true; });
        receiver.reset();
        release.release();
        future.waitForFinished();
        QTest::qWait(50); // let any queued delivery arrive
        QVERIFY(!called);
    }

    void cancelledOrFailedFuturesCallNothing()
    {
        QObject receiver;
        bool called = false;
        QPromise<int> cancelled;
        whenFinished(cancelled.future(), &receiver, [&](int) { called = true; });
        cancelled.start();
        cancelled.future().cancel();
        cancelled.finish();

        QPromise<int> failed;
        whenFinished(failed.future(), &receiver, [&](int) { called = true; });
        failed.start();
        failed.setException(std::make_exception_ptr(std::runtime_error("no")));
        failed.finish();

        bool okCalled = false;
        whenFinished(QtConcurrent::run([] { return 7; }), &receiver, [&](int) { okCalled = true; });
        QTRY_VERIFY(okCalled); // by then the other two have been delivered or dropped
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestFutures)
#include "tst_futures.moc"
