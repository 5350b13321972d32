// The test server itself follows faceblur-v1.md: raw HTTP against it, no client code.
#include "faceblurtestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestFaceBlurServer : public QObject
{
    Q_OBJECT

    FaceBlurTestServer m_server;
    QNetworkAccessManager m_network;
    QString m_token;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
        QByteArray operationId;
    };

    Answer post(const QString &route, const QByteArray &body, const QByteArray &authorization)
    {
        QNetworkRequest request(QUrl(m_server.url().toString() + route));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        return wait(m_network.post(request, body));
    }

    Answer wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        a.operationId = reply->rawHeader("X-Operation-Id");
        reply->deleteLater();
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.registerUser(QStringLiteral("alice"));
        m_token = m_server.makeToken(QStringLiteral("alice"));
    }

    void badTokenIs400AndUnknownUserIs404()
    {
        Answer a = post(QStringLiteral("/v1/image/list"), "{}", {});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(QStringLiteral("error")).toString(), QStringLiteral("could not validate token: missing token"));
        QVERIFY(!a.operationId.isEmpty());
        QCOMPARE(post(QStringLiteral("/v1/image/list"), "{}", "Bearer nonsense").status, 400);
        a = post(QStringLiteral("/v1/image/list"), "{}", "Bearer " + m_server.makeToken(QStringLiteral("bob")).toUtf8());
        QCOMPARE(a.status, 404);
        // The scheme word is case-insensitive.
        QCOMPARE(post(QStringLiteral("/v1/image/list"), "{}", "bEaReR " + m_token.toUtf8()).status, 200);
    }

    void uploadPutSubmitListWithTheQuirks()
    {
        const QByteArray auth = "Bearer " + m_token.toUtf8();
        const Answer ticket = post(QStringLiteral("/v1/image/upload-url/get"), "{}", auth);
        QCOMPARE(ticket.status, 200);
        QCOMPARE(ticket.body.value(QStringLiteral("version")).toString(), QStringLiteral("v1"));
        const QString objectName = ticket.body.value(QStringLiteral("objectName")).toString();
        QNetworkRequest put(QUrl(ticket.body.value(QStringLiteral("url")).toString()));
        put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        QCOMPARE(wait(m_network.put(put, QByteArray("bytes"))).status, 200);
        QCOMPARE(m_server.object(objectName), QByteArray("bytes"));
        // A tampered signature is refused by the store.
        QNetworkRequest tampered(QUrl(ticket.body.value(QStringLiteral("url")).toString().replace(QStringLiteral("X-Signature="), QStringLiteral("X-Signature=0"))));
        QCOMPARE(wait(m_network.put(tampered, QByteArray("x"))).status, 403);

        QCOMPARE(post(QStringLiteral("/v1/image/submit"), R"({"image":{"objectName":"not-a-uuid"}})", auth).status, 400);
        // snake_case is accepted in requests.
        const Answer submitted = post(QStringLiteral("/v1/image/submit"),
                                      QStringLiteral(R"({"image":{"object_name":"%1"}})").arg(objectName).toUtf8(), auth);
        QCOMPARE(submitted.status, 200);
        const QJsonObject image = submitted.body.value(QStringLiteral("image")).toObject();
        QCOMPARE(image.value(QStringLiteral("isProcessed")).toBool(true), false);
        QVERIFY(image.value(QStringLiteral("url")).toString().contains(objectName)); // the original, while pending
        QVERIFY(image.contains(QStringLiteral("uploadedAt")) && image.value(QStringLiteral("uploadedAt")).isNull());
        // Submit is not idempotent: a second submit is a second image.
        QCOMPARE(post(QStringLiteral("/v1/image/submit"),
                      QStringLiteral(R"({"image":{"objectName":"%1"}})").arg(objectName).toUtf8(), auth).status,
                 200);
        QCOMPARE(m_server.imagesCreatedFor(objectName), 2);

        m_server.setHonourPaging(true);
        Answer page = post(QStringLiteral("/v1/image/list"), R"({"page_navigation":{"page_size":1,"page_number":2}})", auth);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(QStringLiteral("images")).toArray().size(), 1);
        const QJsonObject nav = page.body.value(QStringLiteral("pageNavigation")).toObject();
        QCOMPARE(nav.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(nav.value(QStringLiteral("pageCount")).toInt(), 2);
        m_server.setHonourPaging(false);
        page = post(QStringLiteral("/v1/image/list"), R"({"pageNavigation":{"pageSize":1}})", auth);
        QCOMPARE(page.body.value(QStringLiteral("images")).toArray().size(), 2); // paging ignored
    }

    void expiredUploadUrlIsRefused()
    {
        m_server.setUploadUrlLifetimeMs(-1000);
        const Answer ticket = post(QStringLiteral("/v1/image/upload-url/get"), "{}", "Bearer " + m_token.toUtf8());
        m_server.setUploadUrlLifetimeMs(3600 * 1000);
        QNetworkRequest put(QUrl(ticket.body.value(QStringLiteral("url")).toString()));
        const Answer a = wait(m_network.put(put, QByteArray("late")));
        QCOMPARE(a.status, 403);
        QVERIFY(a.raw.contains("expired"));
    }

    void healthRoutes()
    {
        for (const char *route : {"/liveness", "/healthcheck"}) {
            const Answer a = wait(m_network.get(QNetworkRequest(QUrl(m_server.url().toString() + QLatin1String(route)))));
            QCOMPARE(a.status, 200);
            QCOMPARE(a.raw, QByteArray("1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaceBlurServer)
#include "tst_faceblurserver.moc"
