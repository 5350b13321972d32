// Fuzz target for everything the sync client reads from a face-blur server: the
// classification of an answer (status and body, error bodies included), the
// upload-url/get, submit and list answers, paging across several list answers, the
// reconciliation of a lost submit against a list, the /ws text frames, the outbox
// round trip of what the server sent, the file name a result is saved under, and the
// decoding of a downloaded result. Built for libFuzzer (tools/fuzz.sh) and replayed
// over tests/fuzz/regressions/sync/ by tst_fuzzregressions in the normal test suite.
//
// Input: one or more server answers separated by a line "--" ("\n--\n"); each is fed
// to every parser, and together they are the pages of one listAll. Besides crashes
// and sanitizer reports, the target aborts when a parser breaks its contract (see
// `expect`).
#include "fuzz_entries.h"

#include "library/database.h"
#include "sync/apianswers.h"
#include "sync/outbox.h"
#include "sync/reconcile.h"

#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace veil::sync;

namespace {

void expect(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_sync: contract broken: %s\n", what);
        std::abort();
    }
}

QList<QByteArray> splitAnswers(const QByteArray &data)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < 8) {
        const qsizetype at = data.indexOf("\n--\n", from);
        if (at < 0)
            break;
        parts.append(data.mid(from, at - from));
        from = at + 4;
    }
    parts.append(data.mid(from));
    return parts;
}

// One library with one outbox row, reused by every input.
struct OutboxFixture
{
    QTemporaryDir dir;
    std::unique_ptr<veil::LibraryDatabase> db;
    std::unique_ptr<Outbox> outbox;
    qint64 row = 0;

    OutboxFixture()
    {
        db = std::make_unique<veil::LibraryDatabase>(dir.filePath(QStringLiteral("fuzz.sqlite")));
        QString error;
        expect(db->open(&error), "the fuzz library opens");
        // Durability is not under test: no syncs to disk on every input.
        QSqlQuery(db->database()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        outbox = std::make_unique<Outbox>(*db, QStringLiteral("https://blur.example.com"));
        row = outbox->enqueue(0, QStringLiteral("file"), QStringLiteral("/fuzz.jpg"), &error);
        expect(row > 0, "the outbox row is created");
    }
};

void checkClassification(const QByteArray &body, bool apiRoute)
{
    const bool isObject = QJsonDocument::fromJson(body).isObject();
    for (const int status : {200, 201, 204, 302, 400, 401, 403, 404, 409, 429, 500, 503, 599, 600, 999, -1}) {
        RawAnswer answer;
        answer.httpStatus = status;
        answer.body = body;
        answer.what = QStringLiteral("/v1/image/list");
        const ApiResult r = classifyAnswer(answer, apiRoute);
        expect(r.httpStatus == status, "the status is kept");
        const bool success = status >= 200 && status < 300;
        expect(r.ok() == (success && (!apiRoute || isObject)), "ok means a 2xx answer (with a JSON object on API routes)");
        expect(r.ok() || !r.error.isEmpty(), "a failure says why");
        expect(r.data == body, "the raw body is kept");
        // A 400 that blames the token stops syncing; any other 400 rejects the request.
        if (status == 400)
            expect(r.kind == ApiResult::Kind::AuthFailed || r.kind == ApiResult::Kind::Rejected, "400 is auth or rejected");
    }
    // No HTTP answer at all: never Ok, whatever bytes arrived.
    for (const auto error : {QNetworkReply::RemoteHostClosedError, QNetworkReply::SslHandshakeFailedError,
                             QNetworkReply::ConnectionRefusedError, QNetworkReply::OperationCanceledError}) {
        RawAnswer answer;
        answer.networkError = error;
        answer.networkErrorText = QString::fromUtf8(body.left(64));
        answer.body = body;
        expect(!classifyAnswer(answer, apiRoute).ok(), "no answer is never Ok");
    }
}

ApiResult okAnswer(const QByteArray &body)
{
    RawAnswer answer;
    answer.httpStatus = 200;
    answer.body = body;
    answer.what = QStringLiteral("/v1/image/submit");
    return classifyAnswer(answer, true);
}

// The message a refused request carries: the server's error text, or its body.
QString errorFor(const QByteArray &body)
{
    RawAnswer answer;
    answer.httpStatus = 404;
    answer.body = body;
    answer.what = QStringLiteral("/v1/image/list");
    return classifyAnswer(answer, true).error;
}

void checkFileName(const ServerImage &image)
{
    const QString name = resultFileName(42, image.id);
    expect(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')), "no separator in a result name");
    expect(!name.startsWith(QLatin1Char('.')) && name.size() <= 100, "a plain, short result name");
    const QString path = QDir::cleanPath(QDir(QStringLiteral("/results")).filePath(name));
    expect(path.startsWith(QLatin1String("/results/")) && path.count(QLatin1Char('/')) == 2,
           "a result stays in the results folder");
    for (const QChar c : name)
        expect(c.unicode() >= 0x20 && c.unicode() < 0x7f, "a result name is printable ASCII");
}

void checkOutboxRoundTrip(OutboxFixture &f, const ServerImage &image, const QString &error)
{
    std::optional<OutboxEntry> e = f.outbox->entry(f.row);
    expect(e.has_value(), "the outbox row is there");
    e->stage = OutboxEntry::Stage::Submitted;
    e->serverId = image.id;
    e->serverStatus = image.status();
    e->serverUrl = image.url;
    e->serverCreatedAt = image.createdAt;
    e->lastError = error;
    QString saveError;
    expect(f.outbox->save(*e, &saveError), "what the server sent can be stored");
    const std::optional<OutboxEntry> back = f.outbox->entry(f.row);
    expect(back.has_value(), "the outbox row reads back");
    expect(back->serverId == veil::sqlText(image.id), "the server id reads back as sent");
    expect(back->serverUrl == veil::sqlText(image.url), "the server url reads back as sent");
    expect(back->lastError == veil::sqlText(error), "the error reads back as sent");
    expect(back->serverCreatedAt == image.createdAt, "the creation time reads back as sent");
}

} // namespace

namespace veil::fuzz {

int syncAnswers(const uint8_t *data, size_t size)
{
    static OutboxFixture fixture;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> answers = splitAnswers(bytes);

    QList<ServerImage> listed;
    QList<ServerImage> all;
    bool askingForPages = true;
    QString objectName = QStringLiteral("6f1c2b8e-1111-4d6a-9a39-0d1f4c2e7a10");
    for (qsizetype n = 0; n < answers.size(); ++n) {
        const QByteArray &body = answers[n];
        checkClassification(body, true);
        checkClassification(body, false);

        ApiResult ticketResult = okAnswer(body);
        const UploadTicket ticket = takeUploadTicket(ticketResult);
        if (ticketResult.ok()) {
            expect(ticket.url.isValid() && !ticket.objectName.isEmpty(), "an Ok ticket has a url and an objectName");
            objectName = ticket.objectName;
        }

        ApiResult submitResult = okAnswer(body);
        const ServerImage submitted = takeSubmittedImage(submitResult);
        if (submitResult.ok()) {
            expect(!submitted.id.isEmpty(), "an Ok submit has an image id");
            checkFileName(submitted);
            checkOutboxRoundTrip(fixture, submitted, submitResult.error);
        }

        const ApiResult listResult = okAnswer(body);
        const ListPage page = parseListPage(listResult.body);
        listed += page.images;
        // listAll: page n+1 is asked for only while the pages before said so.
        if (askingForPages) {
            const qsizetype before = all.size();
            askingForPages = mergeListPage(all, page.images, int(n + 1), page.pageCount, page.total);
            QSet<QString> ids;
            for (const ServerImage &i : all)
                ids.insert(i.id);
            expect(ids.size() == all.size(), "listAll keeps no duplicate");
            if (askingForPages)
                expect(all.size() > before && all.size() < page.total && int(n + 1) < page.pageCount,
                       "another page only when this one brought news and the server says there is more");
        }
        for (const ServerImage &i : page.images) {
            checkFileName(i);
            const QString s = i.status();
            expect(s == QLatin1String("pending") || s == QLatin1String("done") || s == QLatin1String("failed"),
                   "a status is one of three");
        }
        if (!page.images.isEmpty())
            checkOutboxRoundTrip(fixture, page.images.first(), errorFor(body));

        isImageProcessedMessage(QString::fromUtf8(body));
    }

    // A lost submit settled against what was listed.
    QSet<QString> claimed;
    QSet<QString> others;
    QDateTime floor;
    if (!listed.isEmpty()) {
        claimed.insert(listed.first().id);
        others.insert(listed.first().url.right(36));
        floor = listed.first().createdAt;
    }
    const Reconciliation rec = reconcileSubmit(objectName, listed, claimed, others, floor);
    if (rec.outcome == Reconciliation::Outcome::Found) {
        bool present = false;
        for (const ServerImage &i : listed)
            present = present || (i.id == rec.image.id && i.url == rec.image.url);
        expect(present, "a reconciled image is one of the listed ones");
    }

    // A downloaded result is decoded before it is kept.
    QImage::fromData(bytes);
    return 0;
}

} // namespace veil::fuzz

#ifdef VEIL_LIBFUZZER_ENTRY
#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // SQLite and image format plugins are found through the application instance.
    static QCoreApplication app(*argc, *argv);
    QImageReader::setAllocationLimit(64);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return veil::fuzz::syncAnswers(data, size);
}
#endif
