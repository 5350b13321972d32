// The sync client's pure parts: URL policy, backoff, reconciliation rules, outbox rows.
#include "library/database.h"
#include "sync/apianswers.h"
#include "sync/backoff.h"
#include "sync/outbox.h"
#include "sync/reconcile.h"
#include "sync/serverurl.h"
#include "sync/syncstates.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <QTemporaryDir>
#include <QTest>

using namespace veil::sync;

class TestSyncUnits : public QObject
{
    Q_OBJECT

    static ServerImage image(const QString &id, const QString &url, bool processed, const QString &created)
    {
        ServerImage i;
        i.id = id;
        i.url = url;
        i.isProcessed = processed;
        i.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        return i;
    }

private slots:
    void httpOnlyOnLoopback()
    {
        QString error;
        QVERIFY(parseServerUrl(QStringLiteral("https://blur.example.com"), &error).isValid());
        QVERIFY(parseServerUrl(QStringLiteral("http://127.0.0.1:8080"), &error).isValid());
        QVERIFY(parseServerUrl(QStringLiteral("http://localhost:8080/api"), &error).isValid());
        QVERIFY(parseServerUrl(QStringLiteral("http://[::1]:8080"), &error).isValid());
        QVERIFY(parseServerUrl(QStringLiteral("http://blur.example.com"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("refusing unencrypted")), qPrintable(error));
        QVERIFY(parseServerUrl(QStringLiteral("http://10.0.0.5"), &error).isEmpty());
        QVERIFY(parseServerUrl(QStringLiteral("ftp://blur.example.com"), &error).isEmpty());
        QVERIFY(parseServerUrl(QStringLiteral("blur.example.com"), &error).isEmpty());
        // Signed URLs and result URLs from the server go through the same check.
        QVERIFY(!checkTransport(QUrl(QStringLiteral("http://store.example.com/o?sig=1"))).isEmpty());
        QVERIFY(checkTransport(QUrl(QStringLiteral("https://store.example.com/o?sig=1"))).isEmpty());
    }

    void routesAndWebSocketUrl()
    {
        const QUrl server(QStringLiteral("https://blur.example.com/api/"));
        QCOMPARE(apiUrl(server, QStringLiteral("/v1/image/list")).toString(),
                 QStringLiteral("https://blur.example.com/api/v1/image/list"));
        QCOMPARE(webSocketUrl(server).toString(), QStringLiteral("wss://blur.example.com/api/ws"));
        QCOMPARE(webSocketUrl(QUrl(QStringLiteral("http://127.0.0.1:99"))).toString(),
                 QStringLiteral("ws://127.0.0.1:99/ws"));
        QCOMPARE(serverKey(server), QStringLiteral("https://blur.example.com/api"));
    }

    void backoffGrowsWithJitterAndIsCapped()
    {
        Backoff backoff(100, 2000, 42);
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const int full = std::min(2000, 100 << (attempt - 1));
            for (int k = 0; k < 50; ++k) {
                const int d = backoff.delayMs(attempt);
                QVERIFY2(d >= full / 2 && d <= full, qPrintable(QStringLiteral("%1 %2").arg(attempt).arg(d)));
            }
        }
        QSet<int> distinct;
        for (int k = 0; k < 50; ++k)
            distinct.insert(backoff.delayMs(5));
        QVERIFY(distinct.size() > 10); // jittered, not a fixed delay
        QVERIFY(backoff.delayMs(1000) <= 2000);
    }

    void reconcileFindsAPendingImageByItsObjectName()
    {
        const QString mine = QStringLiteral("6f1c2b8e-1111-4d6a-9a39-0d1f4c2e7a10");
        const QList<ServerImage> list = {
            image(QStringLiteral("a"), QStringLiteral("https://s/o/other"), false, QStringLiteral("2026-01-01T10:00:01.000Z")),
            image(QStringLiteral("b"), QStringLiteral("https://s/o/") + mine, false, QStringLiteral("2026-01-01T10:00:02.000Z")),
        };
        const Reconciliation r = reconcileSubmit(mine, list, {}, {}, {});
        QCOMPARE(r.outcome, Reconciliation::Outcome::Found);
        QCOMPARE(r.image.id, QStringLiteral("b"));
    }

    void reconcileUsesTheCreationFloorForProcessedImages()
    {
        const QString mine = QStringLiteral("mine-object");
        const QDateTime floor = QDateTime::fromString(QStringLiteral("2026-01-01T10:00:05.000Z"), Qt::ISODateWithMs);
        // Older processed image not ours, a claimed one, a pending one of another row.
        QList<ServerImage> list = {
            image(QStringLiteral("old"), QStringLiteral("https://s/r/1"), true, QStringLiteral("2026-01-01T10:00:01.000Z")),
            image(QStringLiteral("claimed"), QStringLiteral("https://s/r/2"), true, QStringLiteral("2026-01-01T10:00:05.000Z")),
            image(QStringLiteral("pendingOther"), QStringLiteral("https://s/o/other-object"), false,
                  QStringLiteral("2026-01-01T10:00:06.000Z")),
        };
        const QSet<QString> claimed{QStringLiteral("claimed")};
        const QSet<QString> others{QStringLiteral("other-object")};
        QCOMPARE(reconcileSubmit(mine, list, claimed, others, floor).outcome, Reconciliation::Outcome::NotOnServer);

        list.append(image(QStringLiteral("new"), QStringLiteral("https://s/r/3"), true, QStringLiteral("2026-01-01T10:00:07.000Z")));
        Reconciliation r = reconcileSubmit(mine, list, claimed, others, floor);
        QCOMPARE(r.outcome, Reconciliation::Outcome::Found);
        QCOMPARE(r.image.id, QStringLiteral("new"));

        // Two unexplained new images (another device?): never guess.
        list.append(image(QStringLiteral("new2"), QStringLiteral("https://s/r/4"), true, QStringLiteral("2026-01-01T10:00:08.000Z")));
        r = reconcileSubmit(mine, list, claimed, others, floor);
        QCOMPARE(r.outcome, Reconciliation::Outcome::Unclear);
        QVERIFY(r.reason.contains(QStringLiteral("2 new images")));
    }

    void outboxRowsSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        qint64 id = 0;
        {
            veil::LibraryDatabase db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            Outbox outbox(db, QStringLiteral("https://s"));
            id = outbox.enqueue(0, QStringLiteral("file"), QStringLiteral("/x.jpg"), &error);
            QVERIFY(id > 0);
            OutboxEntry e = *outbox.entry(id);
            QCOMPARE(e.stage, OutboxEntry::Stage::Queued);
            e.stage = OutboxEntry::Stage::Submitting;
            e.objectName = QStringLiteral("obj");
            e.submitSentAt = QDateTime::fromString(QStringLiteral("2026-01-01T10:00:00.123Z"), Qt::ISODateWithMs);
            e.lastError = QString(); // null strings are stored as ''
            QVERIFY2(outbox.save(e, &error), qPrintable(error));
            QCOMPARE(outbox.pendingCount(), 1);
            Outbox otherServer(db, QStringLiteral("https://t"));
            QCOMPARE(otherServer.entries().size(), 0);
        }
        veil::LibraryDatabase db(path);
        QString error;
        QVERIFY(db.open(&error));
        Outbox outbox(db, QStringLiteral("https://s"));
        const OutboxEntry e = *outbox.entry(id);
        QCOMPARE(e.stage, OutboxEntry::Stage::Submitting);
        QCOMPARE(e.objectName, QStringLiteral("obj"));
        QCOMPARE(e.submitSentAt.toMSecsSinceEpoch(),
                 QDateTime::fromString(QStringLiteral("2026-01-01T10:00:00.123Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
        // The grid's badges: the newest row of each photo.
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO photos (id, path, sha256, byte_size, format, width, height, imported_at) "
                                      "VALUES (7, '/p.jpg', 'abc', 1, 'jpeg', 1, 1, '2026-01-01T00:00:00Z')")));
        QVERIFY(!veil::sync::photoSyncStates(db).contains(7));
        const qint64 row = outbox.enqueue(7, QStringLiteral("export"), QStringLiteral("/e.jpg"), &error);
        QCOMPARE(veil::sync::photoSyncStates(db).value(7), QStringLiteral("queued"));
        OutboxEntry pushed = *outbox.entry(row);
        pushed.stage = OutboxEntry::Stage::Submitted;
        pushed.serverStatus = QStringLiteral("pending");
        QVERIFY(outbox.save(pushed));
        QCOMPARE(veil::sync::photoSyncStates(db).value(7), QStringLiteral("pending"));
        pushed.stage = OutboxEntry::Stage::Done;
        QVERIFY(outbox.save(pushed));
        QCOMPARE(veil::sync::photoSyncStates(db).value(7), QStringLiteral("downloaded"));
        for (int s = 0; s <= int(OutboxEntry::Stage::Failed); ++s)
            QCOMPARE(int(OutboxEntry::stageFromName(OutboxEntry::stageName(OutboxEntry::Stage(s)))), s);
    }

    void answersAreClassified()
    {
        const auto answer = [](int status, const QByteArray &body, bool apiRoute) {
            RawAnswer a;
            a.httpStatus = status;
            a.body = body;
            a.what = QStringLiteral("/v1/image/list");
            return classifyAnswer(a, apiRoute);
        };
        // The service answers a bad token with 400; other 400s reject the request only.
        QCOMPARE(answer(400, R"({"error":"could not validate token: missing token"})", true).kind, ApiResult::Kind::AuthFailed);
        QCOMPARE(answer(400, R"({"error":"invalid objectName: must be a UUID"})", true).kind, ApiResult::Kind::Rejected);
        QCOMPARE(answer(404, R"({"error":"user not found"})", true).kind, ApiResult::Kind::UnknownUser);
        QCOMPARE(answer(403, "<Error><Code>AccessDenied</Code></Error>", false).kind, ApiResult::Kind::Rejected);
        // A 200 that is not JSON on an API route may have been acted on; on the store it is the object.
        const ApiResult html = answer(200, "<html>502 Bad Gateway</html>", true);
        QCOMPARE(html.kind, ApiResult::Kind::Retry);
        QVERIFY(html.mayHaveBeenProcessed);
        QVERIFY(answer(200, "\xff\xd8\xff", false).ok());
        const ApiResult gateway = answer(503, R"({"error":"upstream request timeout"})", true);
        QCOMPARE(gateway.kind, ApiResult::Kind::Retry);
        QVERIFY2(gateway.error.contains(QStringLiteral("HTTP 503: upstream request timeout")), qPrintable(gateway.error));
    }

    void resultNamesStayInTheResultsFolder()
    {
        const QString uuid = QStringLiteral("5d1e4f7a-2b3c-4d5e-8f90-a1b2c3d4e5f6");
        QCOMPARE(resultFileName(7, uuid), QStringLiteral("7-") + uuid + QStringLiteral(".jpg"));
        // A server id is the server's text: it never picks the folder or hides the file.
        for (const QString &id : {QStringLiteral("../../../../tmp/owned"), QStringLiteral("a/b"), QStringLiteral(".."),
                                  QStringLiteral("x\\y"), QString(QChar(0)), QStringLiteral("x").repeated(65), QString()}) {
            const QString name = resultFileName(7, id);
            QVERIFY2(QRegularExpression(QStringLiteral("^7-[0-9a-f]{32}\\.jpg$")).match(name).hasMatch(), qPrintable(name));
        }
        QVERIFY(resultFileName(7, QStringLiteral("a/b")) != resultFileName(7, QStringLiteral("a/c")));
    }

    void serverTextSurvivesTheOutbox()
    {
        // Found by fuzz_sync: a lone surrogate in a server id came back from SQLite as
        // another string, so the row never matched the list again.
        const ServerImage image = ServerImage::fromJson(
            QJsonDocument::fromJson("{\"id\": \"a\\ud800b\", \"url\": \"https:\\/\\/s\\/\\udc00\"}").object());
        QVERIFY(image.id.isValidUtf16());
        QCOMPARE(image.id, QStringLiteral("a\uFFFDb"));
        QTemporaryDir dir;
        veil::LibraryDatabase db(dir.filePath(QStringLiteral("l.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Outbox outbox(db, QStringLiteral("https://s"));
        OutboxEntry e = *outbox.entry(outbox.enqueue(0, QStringLiteral("file"), QStringLiteral("/x.jpg"), &error));
        e.serverId = image.id;
        e.serverUrl = image.url;
        QVERIFY(outbox.save(e));
        QCOMPARE(outbox.entry(e.id)->serverId, image.id);
        QCOMPARE(outbox.entry(e.id)->serverUrl, image.url);
    }
};

QTEST_GUILESS_MAIN(TestSyncUnits)
#include "tst_syncunits.moc"
