// The /ws live channel against the test server: token message first, heartbeat,
// reconnect, and IMAGE_PROCESSED driving a list refresh.
#include "faceblurtestserver.h"
#include "synctestutil.h"

#include "library/database.h"
#include "sync/apiclient.h"
#include "sync/livechannel.h"
#include "sync/syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::sync;

class TestLiveChannel : public QObject
{
    Q_OBJECT

    static QString originOf(const QUrl &u) { return u.toString(QUrl::RemovePath | QUrl::StripTrailingSlash); }

private slots:
    void defaultsFollowTheSpec()
    {
        QCOMPARE(LiveChannel::Options{}.heartbeatMs, 10000);
        LiveChannel channel(QUrl(QStringLiteral("https://blur.example.com")), QStringLiteral("t.o.k"), {});
        const QJsonObject m = QJsonDocument::fromJson(channel.tokenMessage()).object();
        QCOMPARE(m.value(QStringLiteral("type")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("payloadVersion")).toString(), QStringLiteral("v1"));
        QCOMPARE(m.value(QStringLiteral("tokenUpdate")).toObject().value(QStringLiteral("token")).toString(),
                 QStringLiteral("t.o.k"));
        QVERIFY(QDateTime::fromString(m.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs).isValid());
    }

    void handshakeThenHeartbeatKeepTheConnection()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        server.setAllowedOrigins({originOf(server.url())});
        const QString token = server.makeToken(QStringLiteral("alice"));
        LiveChannel::Options options;
        options.heartbeatMs = 100; // the spec's 10 s, shortened for the test
        LiveChannel channel(server.url(), token, options);
        QSignalSpy connected(&channel, &LiveChannel::connectedChanged);
        channel.start();
        QVERIFY(connected.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!server.sessions().empty() && server.sessions().back()->tokenMessageAtMs.size() >= 4,
                                 10000);
        const auto &session = *server.sessions().back();
        QVERIFY(session.authenticated);
        QVERIFY2(session.closedBecause.isEmpty(), qPrintable(session.closedBecause));
        QCOMPARE(session.origin, originOf(server.url()));
        QVERIFY(session.tokenMessageAtMs.first() < 3000); // within the server's window
        for (const QByteArray &raw : session.messages) {
            const QJsonObject m = QJsonDocument::fromJson(raw).object();
            QCOMPARE(m.value(QStringLiteral("type")).toInt(), 1);
            QCOMPARE(m.value(QStringLiteral("tokenUpdate")).toObject().value(QStringLiteral("token")).toString(), token);
        }
        // A heartbeat, not a flood: consecutive messages are spaced by the interval.
        for (int k = 1; k < session.tokenMessageAtMs.size(); ++k)
            QVERIFY(session.tokenMessageAtMs[k] - session.tokenMessageAtMs[k - 1] >= 50);
        QVERIFY(channel.isConnected());
    }

    void theServerClosesSilentOrWrongClients()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        server.setWebSocketTokenWindowMs(200);
        QUrl ws = server.url();
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/ws"));
        QWebSocket silent;
        QSignalSpy silentClosed(&silent, &QWebSocket::disconnected);
        silent.open(ws);
        QVERIFY(silentClosed.wait(5000));
        QCOMPARE(server.sessions().back()->closedBecause, QStringLiteral("no token in time"));

        QWebSocket wrong;
        QSignalSpy wrongOpen(&wrong, &QWebSocket::connected);
        QSignalSpy wrongClosed(&wrong, &QWebSocket::disconnected);
        wrong.open(ws);
        QVERIFY(wrongOpen.wait(5000));
        wrong.sendTextMessage(QStringLiteral(R"({"type":2,"payloadVersion":"v1"})"));
        QVERIFY(wrongClosed.wait(5000));
        QCOMPARE(server.sessions().back()->closedBecause, QStringLiteral("unexpected message type"));
    }

    void reconnectsAfterADrop()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        LiveChannel::Options options;
        options.reconnectBaseMs = 50;
        options.reconnectCapMs = 400;
        LiveChannel channel(server.url(), server.makeToken(QStringLiteral("alice")), options);
        channel.start();
        QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected() && server.sessions().size() == 1, 5000);
        server.dropWebSockets();
        QTRY_VERIFY_WITH_TIMEOUT(!channel.isConnected() || server.sessions().size() > 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(server.sessions().size() >= 2 && server.sessions().back()->authenticated, 10000);
        QVERIFY(channel.reconnects() >= 1);
        QVERIFY(channel.isConnected());
    }

    void imageProcessedTriggersAListRefresh()
    {
        FaceBlurTestServer server;
        QVERIFY(server.listen());
        server.registerUser(QStringLiteral("alice"));
        server.setProcessingDelayMs(100);
        QTemporaryDir dir;
        veil::LibraryDatabase db(dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        const QString token = server.makeToken(QStringLiteral("alice"));
        QNetworkAccessManager network;
        ApiClient client(&network, server.url(), token);
        SyncOptions options;
        options.retryBaseMs = 20;
        options.pollIntervalMs = 600000; // no polling: only notifications can bring news
        options.resultsDirectory = dir.filePath(QStringLiteral("results"));
        SyncEngine engine(db, client, options);
        LiveChannel channel(server.url(), token, {});
        connect(&channel, &LiveChannel::connectedChanged, &engine, &SyncEngine::setLiveConnected);
        connect(&channel, &LiveChannel::imageProcessed, &engine, &SyncEngine::refresh);
        channel.start();
        QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), 5000);
        for (int i = 0; i < 3; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1.jpg").arg(i));
            QVERIFY(veil::test::writeSmallJpeg(path, i));
            QVERIFY(engine.outbox().enqueue(0, QStringLiteral("file"), path, &error) > 0);
        }
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const OutboxEntry &e : engine.outbox().entries())
                    if (e.stage != OutboxEntry::Stage::Done)
                        return false;
                return true;
            }(),
            20000);
        QVERIFY(server.notificationsSent() >= 3);
        QCOMPARE(server.requestCount(QStringLiteral("/v1/image/list")) > 0, true);
    }
};

QTEST_GUILESS_MAIN(TestLiveChannel)
#include "tst_livechannel.moc"
