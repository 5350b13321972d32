#include "jobs/batchrunner.h"
#include "jobs/dbwriter.h"
#include "library/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace veil;

class TestBatchRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newLibrary() { return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_n)); }

    static QList<BatchItem> makeItems(int n)
    {
        QList<BatchItem> items;
        for (int i = 0; i < n; ++i) {
            BatchItem item;
            item.inputPath = QStringLiteral("/in/photo%1.jpg").arg(i);
            items.append(item);
        }
        return items;
    }

private slots:
#if defined(Q_OS_LINUX)
    void batchThreadsYieldToInteractiveWork()
    {
        DbWriter writer(newLibrary());
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QList<BatchItem> items = makeItems(6);
        const qint64 batchId =
            writer.post([&](LibraryDatabase &db) { return batchstore::create(db, QStringLiteral("test"), {}, items); })
                .result();
        errno = 0;
        const int callerNice = getpriority(PRIO_PROCESS, id_t(gettid()));
        QCOMPARE(errno, 0);
        QMutex mutex;
        QList<int> seen;
        BatchRunner runner(
            writer,
            [&](BatchItem &item, ProcessContext &) {
                const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
                QMutexLocker lock(&mutex);
                seen.append(nice);
                item.state = ItemState::Exported;
            },
            2);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(batchId,
                     writer.post([&](LibraryDatabase &db) { return batchstore::items(db, batchId); }).result());
        QVERIFY(finished.wait(20000));
        QCOMPARE(seen.size(), 6);
        for (int nice : std::as_const(seen))
            QCOMPARE(nice, std::min(19, callerNice + 10));
        // The caller's own thread (the GUI thread in the app) is left as it was.
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), callerNice);
    }
#endif

    // Ctrl-C in veil-cli (issue 17): the items in flight finish every stage, no new one
    // starts, and the batch stays unfinished so that the same command continues it.
    void stopAfterCurrentFinishesThePhotosInFlight()
    {
        DbWriter writer(newLibrary());
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QList<BatchItem> items = makeItems(20);
        const qint64 batchId =
            writer.post([&](LibraryDatabase &db) { return batchstore::create(db, QStringLiteral("test"), {}, items); })
                .result();
        std::atomic_int started{0};
        std::atomic_bool halfway{false};
        BatchRunner *self = nullptr;
        BatchRunner runner(
            writer,
            [&](BatchItem &item, ProcessContext &ctx) {
                if (++started == 3)
                    QMetaObject::invokeMethod(self, [&] { self->stopAfterCurrent(); });
                item.state = ItemState::Detected;
                ctx.saveState(item);
                QThread::msleep(30);
                halfway = halfway || ctx.cancelled; // a stop after the current photo is no cancel
                item.state = ItemState::Exported;
            },
            2);
        self = &runner;
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(batchId, writer.post([&](LibraryDatabase &db) { return batchstore::items(db, batchId); }).result());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true); // photos were left
        QVERIFY(!halfway);
        const QList<BatchItem> stored =
            writer.post([&](LibraryDatabase &db) { return batchstore::items(db, batchId); }).result();
        int exported = 0, queued = 0;
        for (const BatchItem &item : stored) {
            exported += item.state == ItemState::Exported;
            queued += item.state == ItemState::Queued;
        }
        // Every photo that started was finished; the others were not touched.
        QCOMPARE(exported, started.load());
        QCOMPARE(exported + queued, 20);
        QVERIFY2(exported >= 3 && exported < 20, qPrintable(QString::number(exported)));
        const auto batch = writer.post([&](LibraryDatabase &db) { return batchstore::batch(db, batchId); }).result();
        QVERIFY(batch);
        QCOMPARE(int(batch->state), int(BatchState::Running));
    }

    void runsEveryItemOnceWithBoundedInFlight()
    {
        DbWriter writer(newLibrary());
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QList<BatchItem> items = makeItems(40);
        // What the caller knows before any work is stored with the batch.
        items[7].state = ItemState::Failed;
        items[7].error = QStringLiteral("not reviewed yet");
        items[8].result.insert(QStringLiteral("faces"), QJsonArray{QJsonObject{{QStringLiteral("x"), 0.25}}});
        const qint64 batchId =
            writer.post([&](LibraryDatabase &db) { return batchstore::create(db, QStringLiteral("test"), {}, items); })
                .result();
        QVERIFY(batchId > 0);

        QMutex mutex;
        QHash<QString, int> calls;
        std::atomic_int concurrent{0}, peakConcurrent{0};
        BatchRunner runner(
            writer,
            [&](BatchItem &item, ProcessContext &ctx) {
                const int now = ++concurrent;
                int peak = peakConcurrent.load();
                while (now > peak && !peakConcurrent.compare_exchange_weak(peak, now)) {
                }
                item.state = ItemState::Detecting;
                ctx.saveState(item);
                QThread::msleep(5);
                {
                    QMutexLocker lock(&mutex);
                    ++calls[item.inputPath];
                }
                if (item.seq % 10 == 3) {
                    item.state = ItemState::Failed;
                    item.error = QStringLiteral("%1: cannot decode image").arg(item.inputPath);
                } else {
                    item.outputPath = item.inputPath + QStringLiteral(".out");
                    item.state = ItemState::Exported;
                }
                --concurrent;
            },
            3);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QSignalSpy itemDone(&runner, &BatchRunner::itemFinished);
        QList<BatchItem> todo;
        for (const BatchItem &i : std::as_const(items))
            if (i.state != ItemState::Failed)
                todo.append(i);
        runner.start(batchId, todo);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(itemDone.size(), 39);
        QCOMPARE(calls.size(), 39);
        for (int c : std::as_const(calls))
            QCOMPARE(c, 1);
        QVERIFY(runner.peakInFlight() <= 4); // threads + 1
        QVERIFY(peakConcurrent.load() <= 3);

        const QList<BatchItem> stored =
            writer.post([&](LibraryDatabase &db) { return batchstore::items(db, batchId); }).result();
        int failed = 0;
        for (const BatchItem &i : stored) {
            QVERIFY(i.state == ItemState::Exported || i.state == ItemState::Failed);
            failed += i.state == ItemState::Failed;
            if (i.state == ItemState::Failed && i.seq != 7)
                QVERIFY(i.error.contains(QStringLiteral("cannot decode")));
        }
        QCOMPARE(failed, 5);
        QCOMPARE(stored[7].error, QStringLiteral("not reviewed yet"));
        QCOMPARE(stored[8].result.value(QStringLiteral("faces")).toArray().size(), 1);
        const auto b = writer.post([&](LibraryDatabase &db) { return batchstore::batch(db, batchId); }).result();
        QVERIFY(b.has_value());
        QCOMPARE(b->state, BatchState::Finished);
        QCOMPARE(b->done, 40);
    }

    void cancelStopsAtAStageBoundaryAndResumeFinishesOnce()
    {
        const QString path = newLibrary();
        QMutex mutex;
        QHash<QString, int> exports;
        auto processor = [&](BatchItem &item, ProcessContext &ctx) {
            item.state = ItemState::Detecting;
            ctx.saveState(item);
            QThread::msleep(3);
            item.state = ItemState::Detected;
            if (ctx.cancelled)
                return; // stage boundary
            item.state = ItemState::Exporting;
            ctx.saveState(item);
            {
                QMutexLocker lock(&mutex);
                ++exports[item.inputPath];
            }
            item.state = ItemState::Exported;
        };

        qint64 batchId = 0;
        {
            DbWriter writer(path);
            QString error;
            QVERIFY(writer.open(&error));
            QList<BatchItem> items = makeItems(60);
            batchId = writer.post([&](LibraryDatabase &db) { return batchstore::create(db, QStringLiteral("t"), {}, items); })
                          .result();
            BatchRunner runner(writer, processor, 2);
            QSignalSpy finished(&runner, &BatchRunner::finished);
            connect(&runner, &BatchRunner::progress, &runner, [&](int done, int) {
                if (done >= 10)
                    runner.cancel();
            });
            runner.start(batchId, items);
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().first().toBool(), true);
        }
        // A new process: reopen, see the batch, resume what is left.
        DbWriter writer(path);
        QString error;
        QVERIFY(writer.open(&error));
        const QList<BatchItem> all = writer.post([&](LibraryDatabase &db) {
                                               batchstore::prepareResume(db, batchId);
                                               return batchstore::items(db, batchId);
                                           }).result();
        QList<BatchItem> left;
        for (const BatchItem &i : all)
            if (i.state != ItemState::Exported && i.state != ItemState::Failed)
                left.append(i);
        QVERIFY(!left.isEmpty());
        QVERIFY(left.size() < 60);
        BatchRunner runner(writer, processor, 2);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(batchId, left);
        QVERIFY(finished.wait(20000));
        QCOMPARE(exports.size(), 60);
        for (auto it = exports.cbegin(); it != exports.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const auto b = writer.post([&](LibraryDatabase &db) { return batchstore::batch(db, batchId); }).result();
        QCOMPARE(b->done, 60);
        QCOMPARE(b->state, BatchState::Finished);
    }

    void manyThreadsWriteThroughOneWriterWhileReadersRead()
    {
        const QString path = newLibrary();
        DbWriter writer(path);
        QString error;
        QVERIFY(writer.open(&error));
        QList<BatchItem> items = makeItems(1);
        const qint64 batchId =
            writer.post([&](LibraryDatabase &db) { return batchstore::create(db, QStringLiteral("t"), {}, items); })
                .result();
        std::atomic_bool stop{false};
        std::atomic_int readErrors{0}, reads{0};
        // A reader with its own connection, on its own thread, all the time.
        QFuture<void> reader = QtConcurrent::run([&] {
            LibraryDatabase db(path);
            QString e;
            if (!db.open(&e)) {
                ++readErrors;
                return;
            }
            while (!stop) {
                QSqlQuery q(db.database());
                if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM activity")))
                    ++readErrors;
                ++reads;
            }
        });
        QList<QFuture<bool>> writes;
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QMutex mutex;
        QList<QFuture<void>> posters;
        for (int t = 0; t < 8; ++t) {
            posters.append(QtConcurrent::run(&pool, [&, t] {
                for (int k = 0; k < 50; ++k) {
                    QFuture<bool> f = writer.post([t, k](LibraryDatabase &db) {
                        db.logActivity(QStringLiteral("test"), QStringLiteral("%1/%2").arg(t).arg(k));
                        return true;
                    });
                    QMutexLocker lock(&mutex);
                    writes.append(f);
                }
            }));
        }
        for (auto &p : posters)
            p.waitForFinished();
        for (auto &w : writes)
            QVERIFY(w.result());
        stop = true;
        reader.waitForFinished();
        QCOMPARE(readErrors.load(), 0);
        QVERIFY(reads.load() > 0);
        const int count = writer.post([](LibraryDatabase &db) {
                                    QSqlQuery q(db.database());
                                    q.exec(QStringLiteral("SELECT COUNT(*) FROM activity WHERE kind = 'test'"));
                                    q.next();
                                    return q.value(0).toInt();
                                }).result();
        QCOMPARE(count, 400);
        Q_UNUSED(batchId);
    }
};

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
