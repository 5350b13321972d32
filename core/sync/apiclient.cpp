#include "apiclient.h"

#include "serverurl.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <cstring>

namespace veil::sync {

namespace {

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

ApiResult classify(QNetworkReply *reply, bool apiRoute)
{
    RawAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.networkError = reply->error();
    answer.networkErrorText = reply->errorString();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.what = reply->request().url().path();
    return classifyAnswer(answer, apiRoute);
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
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, apiRoute, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        done(classify(reply, apiRoute));
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
    post(QStringLiteral("/v1/image/upload-url/get"), {}, context, [done](ApiResult r) {
        const UploadTicket ticket = takeUploadTicket(r);
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
    post(QStringLiteral("/v1/image/submit"), body, context, [done](ApiResult r) {
        const ServerImage image = takeSubmittedImage(r);
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
        const ListPage page = parseListPage(r.body);
        done(r, page.images, page.pageCount, page.total);
    });
}

void ApiClient::listAll(QObject *context, std::function<void(const ApiResult &, const QList<ServerImage> &)> done)
{
    listFrom(1, {}, context, std::move(done));
}

void ApiClient::listFrom(int pageNumber, QList<ServerImage> soFar, QObject *context,
                         std::function<void(const ApiResult &, const QList<ServerImage> &)> done)
{
    QPointer<QObject> guard(context);
    listPage(pageNumber, m_pageSize, context,
             [this, pageNumber, soFar, guard, done](const ApiResult &r, const QList<ServerImage> &page, int pageCount,
                                                    int total) mutable {
                 if (!r.ok())
                     return done(r, {});
                 const bool more = mergeListPage(soFar, page, pageNumber, pageCount, total);
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
