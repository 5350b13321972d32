#pragma once

#include "apianswers.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace veil::sync {

// Speaks faceblur-v1 over a QNetworkAccessManager: every call is asynchronous and its
// callback is dropped if `context` is destroyed first. Certificates are verified
// (no ignoreSslErrors anywhere); http is refused except to loopback.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *network, QUrl server, QString token, QObject *parent = nullptr);

    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    // A request with no progress for this long is aborted (and counts as maybe processed).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The page size listAll asks for (1..200).
    void setPageSize(int size) { m_pageSize = size; }

    using Callback = std::function<void(const ApiResult &)>;
    void getUploadUrl(QObject *context, std::function<void(const ApiResult &, const UploadTicket &)> done);
    void putObject(const QUrl &signedUrl, const QByteArray &bytes, QObject *context, Callback done);
    void submit(const QString &objectName, QObject *context,
                std::function<void(const ApiResult &, const ServerImage &)> done);
    // One page of list; pageSize 1..200.
    void listPage(int pageNumber, int pageSize, QObject *context,
                  std::function<void(const ApiResult &, const QList<ServerImage> &, int pageCount, int total)> done);
    // Every image, following pages only while the server actually pages (it may ignore
    // the page size and send everything at once). Duplicates across pages are dropped.
    void listAll(QObject *context, std::function<void(const ApiResult &, const QList<ServerImage> &)> done);
    // A plain GET of a processed image URL.
    void download(const QUrl &url, QObject *context, Callback done);

private:
    // `once`: the request must never be re-sent by the network stack (not idempotent).
    void post(const QString &route, const QJsonObject &body, QObject *context, Callback done, bool once = false);
    void send(QNetworkReply *reply, bool apiRoute, QObject *context, Callback done);
    void listFrom(int pageNumber, QList<ServerImage> soFar, QObject *context,
                  std::function<void(const ApiResult &, const QList<ServerImage> &)> done);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 30000;
    int m_pageSize = 200;
};

} // namespace veil::sync
