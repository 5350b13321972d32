#include "apianswers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace veil::sync {

namespace {
// Tr::tr() translates in the "sync" context, and lupdate files the strings there too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sync)
};

bool isPlainToken(const QString &s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (const QChar c : s) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

ApiResult classifyAnswer(const RawAnswer &answer, bool apiRoute)
{
    ApiResult r;
    r.httpStatus = answer.httpStatus;
    r.data = answer.body;
    const QString &what = answer.what;
    if (r.httpStatus == 0) {
        switch (answer.networkError) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            r.kind = ApiResult::Kind::Insecure;
            r.error = Tr::tr("%1: secure connection failed: %2").arg(what, answer.networkErrorText);
            return r;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            r.kind = ApiResult::Kind::Retry;
            r.error = Tr::tr("%1: server unreachable: %2").arg(what, answer.networkErrorText);
            return r;
        default:
            // The request may have been sent completely before the connection broke.
            r.kind = ApiResult::Kind::Retry;
            r.mayHaveBeenProcessed = true;
            r.error = Tr::tr("%1: no answer: %2").arg(what, answer.networkErrorText);
            return r;
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.data);
    r.body = doc.object();
    const QString serverMessage = serverText(r.body.value(QStringLiteral("error")));
    const QString detail = serverMessage.isEmpty() ? QString::fromUtf8(r.data.left(200)).simplified() : serverMessage;
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (apiRoute && !doc.isObject()) {
            r.kind = ApiResult::Kind::Retry;
            r.mayHaveBeenProcessed = true;
            r.error = Tr::tr("%1: the answer is not JSON").arg(what);
            return r;
        }
        r.kind = ApiResult::Kind::Ok;
        return r;
    }
    r.error = Tr::tr("%1: HTTP %2: %3").arg(what, QString::number(r.httpStatus), detail);
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

UploadTicket takeUploadTicket(ApiResult &r)
{
    if (!r.ok())
        return {};
    UploadTicket ticket{QUrl(r.body.value(QStringLiteral("url")).toString()),
                        serverText(r.body.value(QStringLiteral("objectName")))};
    if (!ticket.url.isValid() || ticket.objectName.isEmpty()) {
        r.kind = ApiResult::Kind::Retry;
        r.error = Tr::tr("upload-url/get: the answer has no url or objectName");
        return {};
    }
    return ticket;
}

ServerImage takeSubmittedImage(ApiResult &r)
{
    if (!r.ok())
        return {};
    const ServerImage image = ServerImage::fromJson(r.body.value(QStringLiteral("image")).toObject());
    if (image.id.isEmpty()) {
        r.kind = ApiResult::Kind::Retry;
        r.mayHaveBeenProcessed = true;
        r.error = Tr::tr("submit: the answer has no image id");
        return {};
    }
    return image;
}

ListPage parseListPage(const QJsonObject &body)
{
    ListPage page;
    for (const QJsonValue &v : body.value(QStringLiteral("images")).toArray())
        page.images.append(ServerImage::fromJson(v.toObject()));
    const QJsonObject nav = body.value(QStringLiteral("pageNavigation")).toObject();
    page.pageCount = nav.value(QStringLiteral("pageCount")).toInt();
    page.total = nav.value(QStringLiteral("total")).toInt();
    return page;
}

bool mergeListPage(QList<ServerImage> &soFar, const QList<ServerImage> &page, int pageNumber, int pageCount, int total)
{
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
    return added > 0 && soFar.size() < total && pageNumber < pageCount && pageNumber < maxListPages;
}

bool isImageProcessedMessage(const QString &message)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    return o.value(QStringLiteral("type")).toString() == QLatin1String("SERVER_MESSAGE_TYPE_IMAGE_PROCESSED")
           || o.contains(QStringLiteral("imageProcessed"));
}

QString resultFileName(qint64 localId, const QString &serverId)
{
    const QString idPart = isPlainToken(serverId)
                               ? serverId
                               : QString::fromLatin1(
                                     QCryptographicHash::hash(serverId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return QStringLiteral("%1-%2.jpg").arg(QString::number(localId), idPart);
}

} // namespace veil::sync
