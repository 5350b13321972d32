// Drives the real sync client (ApiClient + SyncEngine + outbox in a real library) against
// the test server over TCP on 127.0.0.1, with injected faults.
#include "faceblurtestserver.h"
#include "synctestutil.h"

#include "library/database.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace veil;
using namespace veil::sync;
using Fault = FaceBlurTestServer::Fault;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static SyncOptions fastOptions(const QString &results)
    {
        SyncOptions o;
        o.parallelTransfers = 6;
        o.retryBaseMs = 20;
        o.retryCapMs = 400;
        o.pollIntervalMs = 400;
        o.resultsDirectory = results;
        return o;
    }

    QStringList makePhotos(const QString &folder, int count)
    {
        QDir().mkpath(folder);
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString path = QDir(folder).filePath(QStringLiteral("p%1.jpg").arg(i));
            if (!veil::test::writeSmallJpeg(path, i))
                return {};
            paths.append(path);
        }
        return paths;
    }

    // True when every row is on the server, its status is final and done ones are downloaded.
    static bool converged(Outbox &outbox)
    {
        for (const OutboxEntry &e : outbox.entries()) {
            if (e.stage == OutboxEntry::Stage::Done)
                continue;
            if (e.stage == OutboxEntry::Stage::Submitted && e.serverStatus == QLatin1String("failed"))
                continue;
            return false;
        }
        return true;
    }

    static QByteArray describe(Outbox &outbox)
    {
        QByteArray text;
        int shown = 0;
        for (const OutboxEntry &e : outbox.entries()) {
            if (e.stage == OutboxEntry::Stage::Done || shown++ > 12)
                continue;
            text += QStringLiteral("\n#%1 %2 status=%3 attempts=%4 error=%5")
                        .arg(e.id)
                        .arg(OutboxEntry::stageName(e.stage), e.serverStatus)
                        .arg(e.attempts)
                        .arg(e.lastError)
                        .toUtf8();
        }
        return text;
    }

    static void waitConverged(Outbox &outbox, int ms)
    {
        const bool ok = QTest::qWaitFor([&] { return converged(outbox); }, ms);
        QVERIFY2(ok, describe(outbox).constData());
    }

    // Every row maps to exactly one server image created from its objectName.
    static void verifyExactlyOnce(const FaceBlurTestServer &server, Outbox &outbox, int expected)
    {
        const QList<OutboxEntry> entries = outbox.entries();
        QCOMPARE(entries.size(), expected);
        QCOMPARE(server.images().size(), expected);
        QSet<QString> ids;
        for (const OutboxEntry &e : entries) {
            QCOMPARE(server.imagesCreatedFor(e.objectName), 1);
            ids.insert(e.serverId);
            bool matched = false;
            for (const auto &image : server.images()) {
                if (image.id == e.serverId) {
                    matched = true;
                    QCOMPARE(image.objectName, e.objectName);
                    const QString status = !image.isProcessed ? QStringLiteral("pending")
                                                              : image.isFailed ? QStringLiteral("failed")
                                                                               : QStringLiteral("done");
                    QCOMPARE(e.serverStatus, status);
                    if (status == QLatin1String("done")) {
                        QFile result(e.resultPath);
                        QVERIFY2(result.open(QIODevice::ReadOnly), qPrintable(e.resultPath));
                        QCOMPARE(result.readAll(), server.object(QUrl(image.url).path().mid(7)));
                    }
                }
            }
            QVERIFY2(matched, qPrintable(e.serverId));
        }
        QCOMPARE(ids.size(), expected);
    }

private slots:
    void twoHundredPhotosUnderFaultsEndUpExactlyOnce_data()
    {
        QTest::addColumn<bool>("honourPaging");
        QTest::newRow("server pages") << true;
        QTest::newRow("server ignores paging") << false;
    }

    void twoHundredPhotosUnderFaultsEndUpExactlyOnce()
    {
        QFETCH(bool, honourPaging);
        const int count = 200;
        const QString base = m_dir.filePath(QString::number(honourPaging));
        const QStringList photos = makePhotos(base + QStringLiteral("/photos"), count);
        QCOMPARE(photos.size(), count);

        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        server.setHonourPaging(honourPaging);
        server.setProcessingDelayMs(80);
        server.setFailEvery(9);
        server.setSlowMs(120);
        server.setFaults(0.2,
                         {Fault::Error500, Fault::Error503, Fault::DropBefore, Fault::DropAfter, Fault::Slow,
                          Fault::ExpiredUploadUrl},
                         honourPaging ? 7 : 11);

        LibraryDatabase db(base + QStringLiteral("/library.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));

        int firstRunSubmitted = 0;
        SyncEngine::Counters firstRun;
        {
            // First run: quits in the middle of the work, replies still in flight.
            QNetworkAccessManager network;
            ApiClient client(&network, server.url(), server.makeToken(QStringLiteral("alice")));
            client.setTimeout(1000);
            client.setPageSize(37);
            SyncEngine engine(db, client, fastOptions(base + QStringLiteral("/results")));
            for (const QString &p : photos)
                QVERIFY(engine.outbox().enqueue(0, QStringLiteral("file"), p, &error) > 0);
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(engine.counters().submitsSent >= 60, 60000);
            for (const OutboxEntry &e : engine.outbox().entries())
                firstRunSubmitted += e.serverId.isEmpty() ? 0 : 1;
            firstRun = engine.counters();
        }
        // Let the server finish reading what the first run had already sent.
        QTest::qWait(300);

        QNetworkAccessManager network;
        ApiClient client(&network, server.url(), server.makeToken(QStringLiteral("alice")));
        client.setTimeout(1000);
        client.setPageSize(37);
        SyncEngine engine(db, client, fastOptions(base + QStringLiteral("/results")));
        engine.start();
        waitConverged(engine.outbox(), 180000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(engine.fatalError().isEmpty());

        verifyExactlyOnce(server, engine.outbox(), count);
        // The faults really happened, and the ambiguous ones were settled by listing.
        const auto faults = server.faultsInjected();
        for (Fault f : {Fault::Error500, Fault::Error503, Fault::DropBefore, Fault::DropAfter, Fault::Slow,
                        Fault::ExpiredUploadUrl})
            QVERIFY2(faults.value(f) > 0, qPrintable(QString::number(int(f))));
        QVERIFY(firstRun.reconciliations + engine.counters().reconciliations > 0);
        QVERIFY(firstRun.reconciledFound + engine.counters().reconciledFound > 0);
        QVERIFY(firstRun.uploadUrlRenewals + engine.counters().uploadUrlRenewals > 0);
        QVERIFY(firstRunSubmitted > 0 && firstRunSubmitted < count);
        qInfo("submit requests %d for %d photos; faults %d; reconciliations %d (found %d, resubmitted %d)",
              server.submitRequests(), count,
              int(std::accumulate(faults.cbegin(), faults.cend(), 0)), engine.counters().reconciliations,
              engine.counters().reconciledFound, engine.counters().resubmitsAfterReconcile);
    }

    void badTokenAndUnknownUserStopWithAReasonAndLoseNothing()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        const QString base = m_dir.filePath(QStringLiteral("auth"));
        const QStringList photos = makePhotos(base + QStringLiteral("/photos"), 3);
        LibraryDatabase db(base + QStringLiteral("/library.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        QNetworkAccessManager network;

        struct Case { QString token; QString expect; };
        const QList<Case> cases = {
            {QStringLiteral("not-a-jwt"), QStringLiteral("refused the token")},
            {QString(), QStringLiteral("refused the token")},
            {server.makeToken(QStringLiteral("mallory")), QStringLiteral("does not know this account")},
        };
        bool enqueued = false;
        for (const Case &c : cases) {
            ApiClient client(&network, server.url(), c.token);
            SyncEngine engine(db, client, fastOptions(base + QStringLiteral("/results")));
            if (!enqueued) {
                for (const QString &p : photos)
                    QVERIFY(engine.outbox().enqueue(0, QStringLiteral("file"), p, &error) > 0);
                enqueued = true;
            }
            QSignalSpy fatal(&engine, &SyncEngine::fatal);
            engine.start();
            QVERIFY(fatal.wait(10000));
            QVERIFY2(engine.fatalError().contains(c.expect), qPrintable(engine.fatalError()));
            for (const OutboxEntry &e : engine.outbox().entries())
                QCOMPARE(e.stage, OutboxEntry::Stage::Queued);
        }
        QCOMPARE(server.images().size(), 0);

        // The same rows go through once the token is right.
        ApiClient client(&network, server.url(), server.makeToken(QStringLiteral("alice")));
        SyncEngine engine(db, client, fastOptions(base + QStringLiteral("/results")));
        engine.start();
        waitConverged(engine.outbox(), 30000);
        if (QTest::currentTestFailed())
            return;
        verifyExactlyOnce(server, engine.outbox(), 3);
    }

    void slowAnswersBeyondTheTimeoutAreReconciledNotResubmitted_data()
    {
        QTest::addColumn<int>("processingMs");
        QTest::newRow("still pending when listed") << 5000;
        QTest::newRow("already processed when listed") << 20;
    }

    void slowAnswersBeyondTheTimeoutAreReconciledNotResubmitted()
    {
        QFETCH(int, processingMs);
        // Every submit answers after the client gave up: the client must find its images
        // by listing, never submit twice.
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        server.setSlowMs(1500);
        server.setProcessingDelayMs(processingMs);
        server.setFaults(1.0, {Fault::Slow});
        server.setFaultRoutes({QStringLiteral("/v1/image/submit")});
        const QString base = m_dir.filePath(QStringLiteral("slow%1").arg(processingMs));
        const QStringList photos = makePhotos(base + QStringLiteral("/photos"), 4);
        LibraryDatabase db(base + QStringLiteral("/library.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        QNetworkAccessManager network;
        ApiClient client(&network, server.url(), server.makeToken(QStringLiteral("alice")));
        client.setTimeout(300);
        SyncOptions options = fastOptions(base + QStringLiteral("/results"));
        options.downloadResults = false;
        SyncEngine engine(db, client, options);
        for (const QString &p : photos)
            QVERIFY(engine.outbox().enqueue(0, QStringLiteral("file"), p, &error) > 0);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.outbox().pendingCount() == 0 && engine.counters().submitsSent >= 4, 30000);
        for (const OutboxEntry &e : engine.outbox().entries()) {
            QCOMPARE(e.stage, OutboxEntry::Stage::Submitted);
            QCOMPARE(server.imagesCreatedFor(e.objectName), 1);
        }
        QCOMPARE(server.images().size(), 4);
        QCOMPARE(engine.counters().reconciledFound, 4);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
