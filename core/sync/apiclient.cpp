#include "apiclient.h"

#include "serverurl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <cstring>

namespace veil::sync {

namespace {

// Tr::tr() translates in the "sync" context, and lupdate files the strings there too
// (it cannot attribute a free tr() helper to a context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sync)
};

ApiResult refusedTransport(const QString &why)
{
    ApiResult r;
    r.kind = ApiResult::Kind::Insecure;
    r.error = why;
    return r;
}

// A request body that can be read exactly once. Qt's HTTP stack silently re-sends a
// request (POST included, in Qt 6.4) when a kept-alive connection closes before the
// answer; for submit, which is not idempotent, that would create a second image
// behind the client's back. With a body that cannot rewind, Qt reports
// ContentReSendError instead, and the outbox settles the outcome by listing.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Runs `done` on the event loop so callers never see a callback from inside their call.
void later(QObject *context, std::function<void()> work)
{
    QTimer::singleShot(0, context, std::move(work));
}

ApiResult classify(QNetworkReply *reply, bool apiRoute, bool expectJson)
{
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.data = reply->readAll();
    const QString what = reply->request().url().path();
    if (r.httpStatus == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            r.kind = ApiResult::Kind::Insecure;
            r.error = Tr::tr("%1: secure connection failed: %2").arg(what, reply->errorString());
            return r;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            r.kind = ApiResult::Kind::Retry;
            r.error = Tr::tr("%1: server unreachable: %2").arg(what, reply->errorString());
            return r;
        default:
            // The request may have been sent completely before the connection broke.
            r.kind = ApiResult::Kind::Retry;
            r.mayHaveBeenProcessed = true;
            r.error = Tr::tr("%1: no answer: %2").arg(what, reply->errorString());
            return r;
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.data);
    r.body = doc.object();
    const QString serverMessage = r.body.value(QStringLiteral("error")).toString();
    const QString detail = serverMessage.isEmpty() ? QString::fromUtf8(r.data.left(200)).simplified() : serverMessage;
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (expectJson && !doc.isObject()) {
            r.kind = ApiResult::Kind::Retry;
            r.mayHaveBeenProcessed = true;
            r.error = Tr::tr("%1: the answer is not JSON").arg(what);
            return r;
        }
        r.kind = ApiResult::Kind::Ok;
        return r;
    }
    r.error = Tr::tr("%1: HTTP %2: %3").arg(what).arg(r.httpStatus).arg(detail);
    switch (r.httpStatus) {
    case 400:
        // The service answers a missing or malformed token with 400, not 401.
        r.kind = apiRoute && serverMessage.contains(QLatin1String("token"), Qt::CaseInsensitive)
                     ? ApiResult::Kind::AuthFailed
                     : ApiResult::Kind::Rejected;
        if (r.kind == ApiResult::Kind::AuthFailed)
            r.error = Tr::tr("the server refused the token (%1)").arg(detail);
        break;
    case 401:
        r.kind = ApiResult::Kind::AuthFailed;
        r.error = Tr::tr("the server refused the token (%1)").arg(detail);
        break;
    case 403:
        // On the object store a 403 means the signed URL expired or is wrong.
        r.kind = apiRoute ? ApiResult::Kind::AuthFailed : ApiResult::Kind::Rejected;
        break;
    case 404:
        r.kind = apiRoute ? ApiResult::Kind::UnknownUser : ApiResult::Kind::Rejected;
        if (apiRoute)
            r.error = Tr::tr("the server does not know this account (HTTP 404: %1)").arg(detail);
        break;
    case 408:
    case 409:
    case 412:
    case 425:
    case 429:
        r.kind = ApiResult::Kind::Retry;
        r.mayHaveBeenProcessed = true;
        break;
    default:
        r.kind = r.httpStatus >= 500 ? ApiResult::Kind::Retry : ApiResult::Kind::Rejected;
        // A gateway error (502/503/504) or an internal error can come after the work.
        r.mayHaveBeenProcessed = r.httpStatus >= 500;
        break;
    }
    return r;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QUrl server, QString token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
{
}

void ApiClient::send(QNetworkReply *reply, bool apiRoute, QObject *context, Callback done)
{
    const bool expectJson = apiRoute;
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, apiRoute, expectJson, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        done(classify(reply, apiRoute, expectJson));
    });
}

void ApiClient::post(const QString &route, const QJsonObject &body, QObject *context, Callback done, bool once)
{
    const QUrl url = apiUrl(m_server, route);
    const QString problem = checkTransport(url);
    if (!problem.isEmpty()) {
        later(context, [done, problem] { done(refusedTransport(problem)); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!once) {
        send(m_network->post(request, json), true, context, std::move(done));
        return;
    }
    request.setHeader(QNetworkRequest::ContentLengthHeader, json.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(json, nullptr);
    QNetworkReply *reply = m_network->post(request, device);
    device->setParent(reply);
    send(reply, true, context, std::move(done));
}

void ApiClient::getUploadUrl(QObject *context, std::function<void(const ApiResult &, const UploadTicket &)> done)
{
    post(QStringLiteral("/v1/image/upload-url/get"), {}, context, [done](const ApiResult &r) {
        if (!r.ok())
            return done(r, {});
        UploadTicket ticket{QUrl(r.body.value(QStringLiteral("url")).toString()),
                            r.body.value(QStringLiteral("objectName")).toString()};
        if (!ticket.url.isValid() || ticket.objectName.isEmpty()) {
            ApiResult bad = r;
            bad.kind = ApiResult::Kind::Retry;
            bad.error = Tr::tr("upload-url/get: the answer has no url or objectName");
            return done(bad, {});
        }
        done(r, ticket);
    });
}

void ApiClient::putObject(const QUrl &signedUrl, const QByteArray &bytes, QObject *context, Callback done)
{
    const QString problem = checkTransport(signedUrl);
    if (!problem.isEmpty()) {
        later(context, [done, problem] { done(refusedTransport(problem)); });
        return;
    }
    // The signature is in the query string: no Authorization header goes to the store.
    QNetworkRequest request(signedUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    request.setTransferTimeout(m_timeoutMs);
    send(m_network->put(request, bytes), false, context, std::move(done));
}

void ApiClient::submit(const QString &objectName, QObject *context,
                       std::function<void(const ApiResult &, const ServerImage &)> done)
{
    const QJsonObject body{{QStringLiteral("image"), QJsonObject{{QStringLiteral("objectName"), objectName}}}};
    post(QStringLiteral("/v1/image/submit"), body, context, [done](const ApiResult &r) {
        if (!r.ok())
            return done(r, {});
        const ServerImage image = ServerImage::fromJson(r.body.value(QStringLiteral("image")).toObject());
        if (image.id.isEmpty()) {
            ApiResult bad = r;
            bad.kind = ApiResult::Kind::Retry;
            bad.mayHaveBeenProcessed = true;
            bad.error = Tr::tr("submit: the answer has no image id");
            return done(bad, {});
        }
        done(r, image);
    }, true);
}

void ApiClient::listPage(int pageNumber, int pageSize, QObject *context,
                         std::function<void(const ApiResult &, const QList<ServerImage> &, int, int)> done)
{
    const QJsonObject body{{QStringLiteral("pageNavigation"),
                            QJsonObject{{QStringLiteral("pageSize"), pageSize},
                                        {QStringLiteral("pageNumber"), pageNumber}}}};
    post(QStringLiteral("/v1/image/list"), body, context, [done](const ApiResult &r) {
        if (!r.ok())
            return done(r, {}, 0, 0);
        QList<ServerImage> images;
        for (const QJsonValue &v : r.body.value(QStringLiteral("images")).toArray())
            images.append(ServerImage::fromJson(v.toObject()));
        const QJsonObject nav = r.body.value(QStringLiteral("pageNavigation")).toObject();
        done(r, images, nav.value(QStringLiteral("pageCount")).toInt(), nav.value(QStringLiteral("total")).toInt());
    });
}

void ApiClient::listAll(QObject *context, std::function<void(const ApiResult &, const QList<ServerImage> &)> done)
{
    listFrom(1, {}, context, std::move(done));
}

void ApiClient::listFrom(int pageNumber, QList<ServerImage> soFar, QObject *context,
                         std::function<void(const ApiResult &, const QList<ServerImage> &)> done)
{
    constexpr int maxPages = 10000; // a bound, should a server keep answering full pages
    QPointer<QObject> guard(context);
    listPage(pageNumber, m_pageSize, context,
             [this, pageNumber, soFar, guard, done](const ApiResult &r, const QList<ServerImage> &page, int pageCount,
                                                    int total) mutable {
                 if (!r.ok())
                     return done(r, {});
                 QSet<QString> seen;
                 for (const ServerImage &i : soFar)
                     seen.insert(i.id);
                 int added = 0;
                 for (const ServerImage &i : page) {
                     if (!seen.contains(i.id)) {
                         seen.insert(i.id);
                         soFar.append(i);
                         ++added;
                     }
                 }
                 // Stop when the server sent everything (paging ignored), when it says
                 // this was the last page, or when a page brought nothing new.
                 const bool more = added > 0 && soFar.size() < total && pageNumber < pageCount && pageNumber < maxPages;
                 if (!more || !guard)
                     return done(r, soFar);
                 listFrom(pageNumber + 1, soFar, guard, done);
             });
}

void ApiClient::download(const QUrl &url, QObject *context, Callback done)
{
    const QString problem = checkTransport(url);
    if (!problem.isEmpty()) {
        later(context, [done, problem] { done(refusedTransport(problem)); });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    send(m_network->get(request), false, context, std::move(done));
}

} // namespace veil::sync
