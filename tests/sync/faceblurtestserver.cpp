#include "faceblurtestserver.h"

#include <QBuffer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace {

using Status = QHttpServerResponder::StatusCode;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonValue field(const QJsonObject &o, const char *camel, const char *snake)
{
    const QJsonValue v = o.value(QLatin1String(camel));
    return v.isUndefined() ? o.value(QLatin1String(snake)) : v;
}

void abortConnection(QHttpServerResponder &responder)
{
    if (QTcpSocket *socket = responder.socket())
        socket->abort();
}

} // namespace

FaceBlurTestServer::FaceBlurTestServer(QObject *parent)
    : QObject(parent)
    , m_secret(QUuid::createUuid().toRfc4122())
    , m_random(1)
{
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    // Qt 6.4 upgrades only requests that a route handled without writing anything;
    // the responder form of route() writes nothing unless asked.
    m_http.route(QStringLiteral("/ws"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        reply(responder, {{QStringLiteral("error"), QStringLiteral("websocket upgrade expected")}}, 400, Fault::None);
    });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &FaceBlurTestServer::onWebSocket);
}

FaceBlurTestServer::~FaceBlurTestServer()
{
    for (auto &s : m_sessions)
        if (s->socket)
            s->socket->abort();
}

bool FaceBlurTestServer::listen()
{
    return m_http.listen(QHostAddress::LocalHost, 0) != 0;
}

QUrl FaceBlurTestServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(const_cast<QHttpServer &>(m_http).serverPorts().value(0)));
}

QString FaceBlurTestServer::makeToken(const QString &sub, qint64 lifetimeSeconds) const
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray head = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = b64(QJsonDocument(QJsonObject{
                                                     {QStringLiteral("sub"), sub},
                                                     {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + lifetimeSeconds},
                                                 })
                                       .toJson(QJsonDocument::Compact));
    const QByteArray signature =
        QMessageAuthenticationCode::hash(head + '.' + payload, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(head + '.' + payload + '.' + b64(signature));
}

QString FaceBlurTestServer::validateToken(const QString &token, QString *error) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (token.isEmpty()) {
        *error = QStringLiteral("could not validate token: missing token");
        return {};
    }
    if (parts.size() != 3) {
        *error = QStringLiteral("could not validate token: token is malformed");
        return {};
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret,
                                                                 QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (expected != parts[2]) {
        *error = QStringLiteral("could not validate token: signature is invalid");
        return {};
    }
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (claims.value(QStringLiteral("exp")).toInteger() < QDateTime::currentSecsSinceEpoch()) {
        *error = QStringLiteral("could not validate token: token is expired");
        return {};
    }
    return claims.value(QStringLiteral("sub")).toString();
}

void FaceBlurTestServer::setFaults(double rate, const QList<Fault> &kinds, quint32 seed)
{
    m_faultRate = rate;
    m_faultKinds = kinds;
    m_random.seed(seed);
}

FaceBlurTestServer::Fault FaceBlurTestServer::drawFault(const QString &route, bool allowExpired)
{
    if (!m_faultRoutes.isEmpty() && !m_faultRoutes.contains(route))
        return Fault::None;
    if (m_faultKinds.isEmpty() || m_random.generateDouble() >= m_faultRate)
        return Fault::None;
    Fault f = m_faultKinds.at(int(m_random.bounded(quint32(m_faultKinds.size()))));
    if (f == Fault::ExpiredUploadUrl && !allowExpired)
        return Fault::None;
    ++m_faultsInjected[f];
    return f;
}

int FaceBlurTestServer::imagesCreatedFor(const QString &objectName) const
{
    return int(std::count_if(m_images.cbegin(), m_images.cend(),
                             [&](const Image &i) { return i.objectName == objectName; }));
}

QString FaceBlurTestServer::signedUrl(const QString &objectName, qint64 expiresAtMs) const
{
    QUrl u = url();
    u.setPath(QStringLiteral("/store/") + objectName);
    const QByteArray signature = QMessageAuthenticationCode::hash(objectName.toLatin1() + ':' + QByteArray::number(expiresAtMs),
                                                                  m_secret, QCryptographicHash::Sha256)
                                     .toHex();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("X-Expires"), QString::number(expiresAtMs));
    q.addQueryItem(QStringLiteral("X-Signature"), QString::fromLatin1(signature));
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

QJsonObject FaceBlurTestServer::imageJson(const Image &image) const
{
    return QJsonObject{
        {QStringLiteral("id"), image.id},
        {QStringLiteral("url"), image.url},
        {QStringLiteral("isProcessed"), image.isProcessed},
        {QStringLiteral("isFailed"), image.isFailed},
        {QStringLiteral("createdAt"), rfc3339(image.createdAt)},
        {QStringLiteral("updatedAt"), rfc3339(image.updatedAt)},
        {QStringLiteral("uploadedAt"), QJsonValue::Null}, // never filled by the service
    };
}

void FaceBlurTestServer::reply(QHttpServerResponder &responder, const QJsonObject &body, int status, Fault fault)
{
    if (fault == Fault::DropAfter) {
        abortConnection(responder);
        return;
    }
    QJsonObject payload = body;
    if (fault == Fault::Error503) {
        status = 503;
        payload = QJsonObject{{QStringLiteral("error"), QStringLiteral("upstream request timeout")}};
    }
    const QByteArray operationId = newUuid().toLatin1();
    if (fault == Fault::Slow) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = held->socket();
        QTimer::singleShot(m_slowMs, this, [held, socket, payload, status, operationId] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                held->write(QJsonDocument(payload), {{"X-Operation-Id", operationId}}, Status(status));
        });
        return;
    }
    responder.write(QJsonDocument(payload), {{"X-Operation-Id", operationId}}, Status(status));
}

QString FaceBlurTestServer::authenticate(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QByteArray authorization = header(request, "Authorization").trimmed();
    QString token;
    if (authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    QString error;
    const QString sub = validateToken(token, &error);
    if (sub.isEmpty()) {
        reply(responder, {{QStringLiteral("error"), error}}, 400, Fault::None);
        return {};
    }
    if (!m_users.contains(sub)) {
        reply(responder, {{QStringLiteral("error"), QStringLiteral("user not found")}}, 404, Fault::None);
        return {};
    }
    return sub;
}

void FaceBlurTestServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    m_requests[path.startsWith(QLatin1String("/store/")) ? QStringLiteral("/store") : path] += 1;
    if (request.method() == QHttpServerRequest::Method::Get
        && (path == QLatin1String("/liveness") || path == QLatin1String("/healthcheck"))) {
        responder.write(QByteArray("1"), {{"Content-Type", "text/plain"}, {"X-Operation-Id", newUuid().toLatin1()}});
        return;
    }
    if (path.startsWith(QLatin1String("/store/"))) {
        const Fault fault = drawFault(QStringLiteral("/store"), false);
        if (fault == Fault::DropBefore)
            return abortConnection(responder);
        if (fault == Fault::Error500) {
            responder.write(QByteArray("<Error><Code>InternalError</Code></Error>"), {{"Content-Type", "application/xml"}},
                            Status::InternalServerError);
            return;
        }
        bool dropped = false;
        handleStore(request, responder, fault, &dropped);
        return;
    }
    const bool known = path == QLatin1String("/v1/image/upload-url/get") || path == QLatin1String("/v1/image/submit")
                       || path == QLatin1String("/v1/image/list");
    if (!known || !post) {
        reply(responder, {{QStringLiteral("error"), QStringLiteral("not found")}}, 404, Fault::None);
        return;
    }
    const QString sub = authenticate(request, responder);
    if (sub.isEmpty())
        return;
    const Fault fault = drawFault(path, path.endsWith(QLatin1String("upload-url/get")));
    if (fault == Fault::DropBefore)
        return abortConnection(responder);
    if (fault == Fault::Error500) {
        reply(responder, {{QStringLiteral("error"), QStringLiteral("internal error occurred, contact support")}}, 500,
              Fault::None);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject()) {
        reply(responder, {{QStringLiteral("error"), QStringLiteral("invalid request body: %1").arg(parseError.errorString())}},
              400, Fault::None);
        return;
    }
    const QJsonObject body = doc.object();

    if (path == QLatin1String("/v1/image/upload-url/get")) {
        const QString objectName = newUuid();
        const qint64 expires = fault == Fault::ExpiredUploadUrl
                                   ? QDateTime::currentMSecsSinceEpoch() - 1000
                                   : QDateTime::currentMSecsSinceEpoch() + m_uploadUrlLifetimeMs;
        reply(responder,
              {{QStringLiteral("version"), QStringLiteral("v1")},
               {QStringLiteral("url"), signedUrl(objectName, expires)},
               {QStringLiteral("objectName"), objectName}},
              200, fault);
        return;
    }
    if (path == QLatin1String("/v1/image/submit")) {
        ++m_submitRequests;
        const QString objectName = field(field(body, "image", "image").toObject(), "objectName", "object_name").toString();
        if (QUuid::fromString(objectName).isNull() || objectName.startsWith(QLatin1Char('{'))) {
            reply(responder, {{QStringLiteral("error"), QStringLiteral("invalid objectName: must be a UUID")}}, 400,
                  Fault::None);
            return;
        }
        Image image;
        image.id = newUuid();
        image.sub = sub;
        image.objectName = objectName;
        QUrl original = url();
        original.setPath(QStringLiteral("/store/") + objectName);
        image.url = original.toString();
        image.createdAt = image.updatedAt = QDateTime::currentDateTimeUtc();
        m_images.append(image);
        const QString id = image.id;
        QTimer::singleShot(m_processingDelayMs, this, [this, id] { process(id); });
        reply(responder, {{QStringLiteral("version"), QStringLiteral("v1")}, {QStringLiteral("image"), imageJson(image)}},
              200, fault);
        return;
    }
    // list
    const QJsonObject nav = field(body, "pageNavigation", "page_navigation").toObject();
    const int pageSize = nav.isEmpty() ? 50 : field(nav, "pageSize", "page_size").toInt(50);
    const int pageNumber = nav.isEmpty() ? 1 : field(nav, "pageNumber", "page_number").toInt(1);
    if (pageSize < 1 || pageSize > 200 || pageNumber < 1) {
        reply(responder, {{QStringLiteral("error"), QStringLiteral("invalid page navigation")}}, 400, Fault::None);
        return;
    }
    QList<Image> mine;
    for (const Image &i : m_images)
        if (i.sub == sub)
            mine.append(i);
    // uploadedAt desc (always null), createdAt desc, id asc.
    std::sort(mine.begin(), mine.end(), [](const Image &a, const Image &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id < b.id;
    });
    const int total = int(mine.size());
    QJsonArray images;
    int pageCount = 1, number = 1, size = pageSize;
    if (m_honourPaging) {
        pageCount = std::max(1, (total + pageSize - 1) / pageSize);
        number = pageNumber;
        for (int k = (pageNumber - 1) * pageSize; k < std::min(total, pageNumber * pageSize); ++k)
            images.append(imageJson(mine[k]));
    } else {
        // The quirk: everything in one page whatever was asked.
        for (const Image &i : mine)
            images.append(imageJson(i));
    }
    reply(responder,
          {{QStringLiteral("version"), QStringLiteral("v1")},
           {QStringLiteral("images"), images},
           {QStringLiteral("pageNavigation"),
            QJsonObject{{QStringLiteral("pageSize"), size},
                        {QStringLiteral("pageNumber"), number},
                        {QStringLiteral("pageCount"), pageCount},
                        {QStringLiteral("total"), total}}}},
          200, fault);
}

void FaceBlurTestServer::handleStore(const QHttpServerRequest &request, QHttpServerResponder &responder, Fault fault,
                                     bool *dropped)
{
    const QString name = request.url().path().mid(7);
    const auto answer = [&](const QByteArray &data, const QByteArray &type, Status status) {
        if (fault == Fault::DropAfter) {
            *dropped = true;
            return abortConnection(responder);
        }
        if (fault == Fault::Error503)
            return responder.write(QByteArray("<Error><Code>SlowDown</Code></Error>"), {{"Content-Type", "application/xml"}},
                                   Status::ServiceUnavailable);
        if (fault == Fault::Slow) {
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QPointer<QTcpSocket> socket = held->socket();
            QTimer::singleShot(m_slowMs, this, [held, socket, data, type, status] {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    held->write(data, {{"Content-Type", type}}, status);
            });
            return;
        }
        responder.write(data, {{"Content-Type", type}}, status);
    };
    if (request.method() == QHttpServerRequest::Method::Put) {
        const QUrlQuery q(request.url());
        const QString expires = q.queryItemValue(QStringLiteral("X-Expires"));
        const QByteArray expected = QMessageAuthenticationCode::hash(name.toLatin1() + ':' + expires.toLatin1(), m_secret,
                                                                     QCryptographicHash::Sha256)
                                        .toHex();
        if (expected != q.queryItemValue(QStringLiteral("X-Signature")).toLatin1())
            return responder.write(QByteArray("<Error><Code>SignatureDoesNotMatch</Code></Error>"),
                                   {{"Content-Type", "application/xml"}}, Status::Forbidden);
        if (expires.toLongLong() < QDateTime::currentMSecsSinceEpoch())
            return responder.write(QByteArray("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"),
                                   {{"Content-Type", "application/xml"}}, Status::Forbidden);
        m_objects.insert(name, request.body());
        return answer({}, "text/plain", Status::Ok);
    }
    if (request.method() == QHttpServerRequest::Method::Get) {
        if (!m_objects.contains(name))
            return answer("<Error><Code>NoSuchKey</Code></Error>", "application/xml", Status::NotFound);
        return answer(m_objects.value(name), "image/jpeg", Status::Ok);
    }
    responder.write(Status::MethodNotAllowed);
}

void FaceBlurTestServer::process(const QString &imageId)
{
    auto it = std::find_if(m_images.begin(), m_images.end(), [&](const Image &i) { return i.id == imageId; });
    if (it == m_images.end())
        return;
    const int index = int(it - m_images.begin()) + 1;
    it->isProcessed = true;
    it->updatedAt = QDateTime::currentDateTimeUtc();
    const QImage original = QImage::fromData(m_objects.value(it->objectName));
    if (original.isNull() || (m_failEvery > 0 && index % m_failEvery == 0)) {
        it->isFailed = true; // and, like the real service, no notification
        return;
    }
    QByteArray blurred;
    QBuffer buffer(&blurred);
    buffer.open(QIODevice::WriteOnly);
    original.save(&buffer, "JPEG", 90);
    const QString resultName = newUuid();
    m_objects.insert(resultName, blurred);
    QUrl result = url();
    result.setPath(QStringLiteral("/store/") + resultName);
    it->url = result.toString();
    const QByteArray message = QJsonDocument(QJsonObject{
                                                 {QStringLiteral("timestamp"), rfc3339(QDateTime::currentDateTimeUtc())},
                                                 {QStringLiteral("type"), QStringLiteral("SERVER_MESSAGE_TYPE_IMAGE_PROCESSED")},
                                                 {QStringLiteral("payloadVersion"), QStringLiteral("v1")},
                                                 {QStringLiteral("imageProcessed"), QJsonObject{}},
                                             })
                                   .toJson(QJsonDocument::Compact);
    for (auto &s : m_sessions) {
        if (s->socket && s->authenticated && s->sub == it->sub) {
            s->socket->sendTextMessage(QString::fromUtf8(message));
            ++m_notificationsSent;
        }
    }
}

void FaceBlurTestServer::onWebSocket()
{
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        socket->setParent(this);
        auto session = std::make_unique<WsSession>();
        WsSession *s = session.get();
        s->socket = socket;
        s->origin = socket->origin();
        s->since.start();
        s->deadline = std::make_unique<QTimer>();
        s->deadline->setSingleShot(true);
        m_sessions.push_back(std::move(session));
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->requestUrl().path() != QLatin1String("/ws")) {
            closeSession(s, QStringLiteral("wrong path"));
            continue;
        }
        if (!m_allowedOrigins.isEmpty() && !m_allowedOrigins.contains(s->origin)) {
            closeSession(s, QStringLiteral("origin not allowed"));
            continue;
        }
        connect(s->deadline.get(), &QTimer::timeout, this, [this, s] {
            closeSession(s, s->authenticated ? QStringLiteral("token expired") : QStringLiteral("no token in time"));
        });
        s->deadline->start(m_tokenWindowMs);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, s](const QString &m) { onWsMessage(s, m); });
    }
}

void FaceBlurTestServer::onWsMessage(WsSession *s, const QString &message)
{
    s->messages.append(message.toUtf8());
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    const QJsonValue type = o.value(QStringLiteral("type"));
    const bool tokenUpdate = type.toInt() == 1 || type.toString() == QLatin1String("CLIENT_MESSAGE_TYPE_TOKEN_UPDATE");
    if (!tokenUpdate)
        return closeSession(s, QStringLiteral("unexpected message type"));
    QString error;
    const QString token = o.value(QStringLiteral("tokenUpdate")).toObject().value(QStringLiteral("token")).toString();
    const QString sub = validateToken(token, &error);
    if (sub.isEmpty() || !m_users.contains(sub) || (s->authenticated && sub != s->sub))
        return closeSession(s, sub.isEmpty() ? error : QStringLiteral("unknown or different user"));
    s->sub = sub;
    s->authenticated = true;
    s->tokenMessageAtMs.append(s->since.elapsed());
    // Extended until the token's expiry.
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1().split('.').value(1),
                                                                              QByteArray::Base64UrlEncoding))
                                   .object();
    const qint64 untilExp = claims.value(QStringLiteral("exp")).toInteger() * 1000 - QDateTime::currentMSecsSinceEpoch();
    s->deadline->start(int(std::clamp<qint64>(untilExp, 0, 24 * 3600 * 1000)));
}

void FaceBlurTestServer::closeSession(WsSession *s, const QString &why)
{
    s->closedBecause = why;
    s->deadline->stop();
    if (s->socket)
        s->socket->close(); // no error frame, just a close
}

void FaceBlurTestServer::dropWebSockets()
{
    for (auto &s : m_sessions) {
        if (s->socket && s->socket->state() == QAbstractSocket::ConnectedState) {
            s->closedBecause = QStringLiteral("dropped by the test");
            s->deadline->stop();
            s->socket->abort();
        }
    }
}
