// Writes seeds for fuzz_sync: the real answers of FaceBlurTestServer (tests/sync) over
// loopback, byte for byte: upload-url/get, the object store's PUT and its XML errors,
// submit, list (paged, unpaged, page 2), token, user, input and fault errors, the /ws
// IMAGE_PROCESSED frame and a processed result. tools/fuzz.sh runs it into the corpus
// folder, so the corpus always matches the server the client is tested against.
//   fuzz_sync_seeds OUTDIR
#include "faceblurtestserver.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <cstdio>

namespace {

QDir out;
int written = 0;

void save(const QString &name, const QByteArray &bytes)
{
    QFile f(out.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    ++written;
}

QByteArray wait(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qFatal("no answer from the test server");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_sync_seeds OUTDIR\n");
        return 1;
    }
    out = QDir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());

    FaceBlurTestServer server;
    if (!server.listen())
        qFatal("the test server cannot listen");
    server.registerUser(QStringLiteral("alice"));
    server.setProcessingDelayMs(10);
    const QByteArray bearer = "Bearer " + server.makeToken(QStringLiteral("alice")).toLatin1();
    QNetworkAccessManager network;
    const auto post = [&](const QString &route, const QByteArray &body, const QByteArray &authorization) {
        QNetworkRequest request(QUrl(server.url().toString() + route));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        return wait(network.post(request, body));
    };

    // Errors: no token, a malformed one, an unknown user, bad input, an unknown route.
    save(QStringLiteral("error-missing-token.json"), post(QStringLiteral("/v1/image/list"), "{}", {}));
    save(QStringLiteral("error-malformed-token.json"), post(QStringLiteral("/v1/image/list"), "{}", "Bearer x.y"));
    save(QStringLiteral("error-unknown-user.json"),
         post(QStringLiteral("/v1/image/list"), "{}", "Bearer " + server.makeToken(QStringLiteral("bob")).toLatin1()));
    save(QStringLiteral("error-bad-objectname.json"),
         post(QStringLiteral("/v1/image/submit"), R"({"image":{"objectName":"nope"}})", bearer));
    save(QStringLiteral("error-bad-paging.json"),
         post(QStringLiteral("/v1/image/list"), R"({"pageNavigation":{"pageSize":0}})", bearer));
    save(QStringLiteral("error-not-found.json"), post(QStringLiteral("/v1/nothing"), "{}", bearer));

    // Three photos through upload-url/get, PUT and submit.
    QByteArray processedUrl;
    for (int i = 0; i < 3; ++i) {
        const QByteArray ticketJson = post(QStringLiteral("/v1/image/upload-url/get"), "{}", bearer);
        const QJsonObject ticket = QJsonDocument::fromJson(ticketJson).object();
        QImage photo(16, 16, QImage::Format_RGB32);
        photo.fill(QColor::fromRgb(40 * i, 120, 200));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 80);
        QNetworkRequest put(QUrl(ticket.value(QStringLiteral("url")).toString()));
        put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        const QByteArray putAnswer = wait(network.put(put, jpeg));
        const QByteArray submitJson =
            post(QStringLiteral("/v1/image/submit"),
                 QJsonDocument(QJsonObject{{QStringLiteral("image"),
                                            QJsonObject{{QStringLiteral("objectName"), ticket.value(QStringLiteral("objectName"))}}}})
                     .toJson(QJsonDocument::Compact),
                 bearer);
        if (i == 0) {
            save(QStringLiteral("upload-url.json"), ticketJson);
            save(QStringLiteral("submit.json"), submitJson);
            QUrl forged(ticket.value(QStringLiteral("url")).toString());
            forged.setQuery(QStringLiteral("X-Expires=1&X-Signature=00"));
            QNetworkRequest bad(forged);
            bad.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
            save(QStringLiteral("store-error-signature.xml"), wait(network.put(bad, jpeg)));
        }
    }

    // /ws: the token message, then IMAGE_PROCESSED frames as processing ends.
    QWebSocket socket;
    QUrl ws = server.url();
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(ws);
    if (!connected.wait(5000))
        qFatal("no websocket connection");
    socket.sendTextMessage(QStringLiteral(R"({"timestamp":"2026-11-22T10:00:00Z","type":1,"payloadVersion":"v1",)"
                                          R"("tokenUpdate":{"token":"%1"}})")
                               .arg(QString::fromLatin1(bearer.mid(7))));
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    QTest::qWait(200);
    {
        // One more photo, processed while the socket listens.
        const QJsonObject ticket =
            QJsonDocument::fromJson(post(QStringLiteral("/v1/image/upload-url/get"), "{}", bearer)).object();
        QImage photo(16, 16, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 80);
        wait(network.put(QNetworkRequest(QUrl(ticket.value(QStringLiteral("url")).toString())), jpeg));
        post(QStringLiteral("/v1/image/submit"),
             QJsonDocument(QJsonObject{{QStringLiteral("image"),
                                        QJsonObject{{QStringLiteral("objectName"), ticket.value(QStringLiteral("objectName"))}}}})
                 .toJson(QJsonDocument::Compact),
             bearer);
    }
    if (frames.isEmpty() && !frames.wait(5000))
        qFatal("no IMAGE_PROCESSED frame");
    save(QStringLiteral("ws-image-processed.json"), frames.first().first().toString().toUtf8());
    QTest::qWait(100);

    // list: everything, then two pages of two, then the unpaged quirk.
    save(QStringLiteral("list-all.json"), post(QStringLiteral("/v1/image/list"), "{}", bearer));
    const QByteArray page1 = post(QStringLiteral("/v1/image/list"), R"({"pageNavigation":{"pageSize":2,"pageNumber":1}})", bearer);
    const QByteArray page2 = post(QStringLiteral("/v1/image/list"), R"({"pageNavigation":{"pageSize":2,"pageNumber":2}})", bearer);
    save(QStringLiteral("list-page1.json"), page1);
    save(QStringLiteral("list-pages-1-2.txt"), page1 + "\n--\n" + page2);
    save(QStringLiteral("list-pages-1-1.txt"), page1 + "\n--\n" + page1);
    server.setHonourPaging(false);
    save(QStringLiteral("list-unpaged.json"),
         post(QStringLiteral("/v1/image/list"), R"({"pageNavigation":{"pageSize":1,"pageNumber":1}})", bearer));
    const QJsonObject listed = QJsonDocument::fromJson(page1).object();
    for (const QJsonValue &v : listed.value(QStringLiteral("images")).toArray()) {
        const QJsonObject image = v.toObject();
        if (image.value(QStringLiteral("isProcessed")).toBool() && !image.value(QStringLiteral("isFailed")).toBool()) {
            processedUrl = image.value(QStringLiteral("url")).toString().toUtf8();
            break;
        }
    }
    if (!processedUrl.isEmpty())
        save(QStringLiteral("result.jpg"), wait(network.get(QNetworkRequest(QUrl(QString::fromUtf8(processedUrl))))));
    QNetworkRequest missing(QUrl(server.url().toString() + QStringLiteral("/store/none")));
    save(QStringLiteral("store-error-nosuchkey.xml"), wait(network.get(missing)));

    // Faults: an internal error and a gateway error.
    server.setFaults(1.0, {FaceBlurTestServer::Fault::Error500});
    save(QStringLiteral("error-500.json"), post(QStringLiteral("/v1/image/list"), "{}", bearer));
    server.setFaults(1.0, {FaceBlurTestServer::Fault::Error503});
    save(QStringLiteral("error-503.json"), post(QStringLiteral("/v1/image/list"), "{}", bearer));

    std::printf("%d seeds in %s\n", written, qPrintable(out.path()));
    return 0;
}
