#pragma once

#include "serverimage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// Everything the sync client reads from the server's bytes, as plain functions: the
// network code hands them what came back, tests and the fuzzer (tests/fuzz/fuzz_sync.cpp)
// call them directly.
namespace veil::sync {

// The outcome of one request, classified for the outbox.
struct ApiResult
{
    enum class Kind {
        Ok,
        Retry,      // transient (5xx, 429, dropped, timed out): try again later
        Rejected,   // this request is wrong (400 bad input, 403 on a signed URL): do not repeat it as is
        AuthFailed, // bad or missing token (the service answers 400), 401, 403: stop syncing
        UnknownUser,// valid token, user not registered (404): stop syncing
        Insecure,   // TLS failed or an http URL to a remote host: stop syncing
    };
    Kind kind = Kind::Retry;
    int httpStatus = 0;                 // 0 when no answer came back
    bool mayHaveBeenProcessed = false;  // sent, but no answer: the server may have acted
    QString error;                      // what failed and why, for people
    QJsonObject body;
    QByteArray data;                    // raw body (downloads)

    bool ok() const { return kind == Kind::Ok; }
    bool stopsSync() const { return kind == Kind::AuthFailed || kind == Kind::UnknownUser || kind == Kind::Insecure; }
};

struct UploadTicket
{
    QUrl url;
    QString objectName;
};

// What came back for one request, before any interpretation.
struct RawAnswer
{
    int httpStatus = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QString what; // the request's path, for messages
};

// `apiRoute`: a faceblur-v1 business route (JSON answers, token errors) rather than
// the object store or a result download.
ApiResult classifyAnswer(const RawAnswer &answer, bool apiRoute);

// upload-url/get: the ticket, or an empty one with `r` turned into a Retry.
UploadTicket takeUploadTicket(ApiResult &r);
// submit: the new image, or an empty one with `r` turned into a maybe-processed Retry.
ServerImage takeSubmittedImage(ApiResult &r);

struct ListPage
{
    QList<ServerImage> images;
    int pageCount = 0;
    int total = 0;
};
ListPage parseListPage(const QJsonObject &body);

// listAll never follows more pages than this, should a server keep answering full pages.
constexpr int maxListPages = 10000;
// Adds the images of page `pageNumber` not yet in `soFar` (by id) and says whether the
// next page is worth asking for: not when the server sent everything at once (paging
// ignored), said this was the last page, or sent nothing new.
bool mergeListPage(QList<ServerImage> &soFar, const QList<ServerImage> &page, int pageNumber, int pageCount, int total);

// A /ws text frame: true for IMAGE_PROCESSED (it carries no image id).
bool isImageProcessedMessage(const QString &message);

// The file name a downloaded result is saved under in the results folder. The server
// id is used as is only when it is a plain token (a UUID is); anything else (slashes,
// dots, control characters, a long string) is replaced by a digest, so a server can
// never choose where the file goes.
QString resultFileName(qint64 localId, const QString &serverId);

} // namespace veil::sync
