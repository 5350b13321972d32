#pragma once

// A face-blur service that behaves like ../shared/api/faceblur-v1.md on loopback,
// quirks included, with a signed-URL object store and fault injection. Test-only.

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <vector>

class FaceBlurTestServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, Error500, Error503, DropBefore, DropAfter, Slow, ExpiredUploadUrl };

    struct Image
    {
        QString id;
        QString sub;
        QString objectName;
        QString url;
        bool isProcessed = false;
        bool isFailed = false;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    struct WsSession
    {
        QPointer<QWebSocket> socket;
        QString sub;
        QString origin;
        QElapsedTimer since;
        QList<qint64> tokenMessageAtMs; // offsets from the upgrade
        QList<QByteArray> messages;
        bool authenticated = false;
        QString closedBecause;
        std::unique_ptr<QTimer> deadline;
    };

    explicit FaceBlurTestServer(QObject *parent = nullptr);
    ~FaceBlurTestServer() override;

    bool listen(); // 127.0.0.1, a free port
    QUrl url() const;

    void registerUser(const QString &sub) { m_users.insert(sub); }
    // An HS256 JWT signed with the server's secret.
    QString makeToken(const QString &sub, qint64 lifetimeSeconds = 3600) const;

    // Fault injection: each request to a business route, the object store or a result
    // download gets a fault with probability `rate`, drawn from `kinds`.
    void setFaults(double rate, const QList<Fault> &kinds, quint32 seed = 1);
    // Restricts faults to these paths ("/v1/image/submit", "/store", ...); empty: all.
    void setFaultRoutes(const QStringList &routes) { m_faultRoutes = routes; }
    void setSlowMs(int ms) { m_slowMs = ms; }
    void setHonourPaging(bool honour) { m_honourPaging = honour; }
    void setProcessingDelayMs(int ms) { m_processingDelayMs = ms; }
    // Every n-th submitted image fails processing (no notification, as on the real service).
    void setFailEvery(int n) { m_failEvery = n; }
    void setUploadUrlLifetimeMs(qint64 ms) { m_uploadUrlLifetimeMs = ms; }
    void setWebSocketTokenWindowMs(int ms) { m_tokenWindowMs = ms; }
    void setAllowedOrigins(const QStringList &origins) { m_allowedOrigins = origins; }
    // Closes every live connection abruptly (the client must reconnect).
    void dropWebSockets();

    // What happened, for the tests.
    QList<Image> images() const { return m_images; }
    int submitRequests() const { return m_submitRequests; }
    int imagesCreatedFor(const QString &objectName) const;
    QHash<Fault, int> faultsInjected() const { return m_faultsInjected; }
    int requestCount(const QString &route) const { return m_requests.value(route); }
    QByteArray object(const QString &name) const { return m_objects.value(name); }
    const std::vector<std::unique_ptr<WsSession>> &sessions() const { return m_sessions; }
    int notificationsSent() const { return m_notificationsSent; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleStore(const QHttpServerRequest &request, QHttpServerResponder &responder, Fault fault, bool *dropped);
    QString authenticate(const QHttpServerRequest &request, QHttpServerResponder &responder);
    QString validateToken(const QString &token, QString *error) const;
    Fault drawFault(const QString &route, bool allowExpired);
    void reply(QHttpServerResponder &responder, const QJsonObject &body, int status, Fault fault);
    void process(const QString &imageId);
    QJsonObject imageJson(const Image &image) const;
    QString signedUrl(const QString &objectName, qint64 expiresAtMs) const;
    void onWebSocket();
    void onWsMessage(WsSession *session, const QString &message);
    void closeSession(WsSession *session, const QString &why);

    QHttpServer m_http;
    QByteArray m_secret;
    QSet<QString> m_users;
    QHash<QString, QByteArray> m_objects;
    QList<Image> m_images;
    QRandomGenerator m_random;
    double m_faultRate = 0;
    QList<Fault> m_faultKinds;
    QStringList m_faultRoutes;
    int m_slowMs = 300;
    bool m_honourPaging = true;
    int m_processingDelayMs = 50;
    int m_failEvery = 0;
    qint64 m_uploadUrlLifetimeMs = 3600 * 1000;
    int m_tokenWindowMs = 3000;
    QStringList m_allowedOrigins;
    int m_submitRequests = 0;
    int m_notificationsSent = 0;
    QHash<Fault, int> m_faultsInjected;
    QHash<QString, int> m_requests;
    std::vector<std::unique_ptr<WsSession>> m_sessions;
};
