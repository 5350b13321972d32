#include "livechannel.h"

#include "apianswers.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::sync {

namespace {
QString originOf(const QUrl &server)
{
    return server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::StripTrailingSlash);
}
} // namespace

LiveChannel::LiveChannel(QUrl server, QString token, Options options, QObject *parent)
    : QObject(parent)
    , m_url(webSocketUrl(server))
    , m_token(std::move(token))
    , m_options(std::move(options))
    , m_socket(m_options.origin.isEmpty() ? originOf(server) : m_options.origin)
    , m_backoff(m_options.reconnectBaseMs, m_options.reconnectCapMs)
{
    m_heartbeat.setInterval(m_options.heartbeatMs);
    m_reconnect.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        m_socket.sendTextMessage(QString::fromUtf8(tokenMessage()));
        // A connection that outlived two heartbeats is healthy: start backoff afresh.
        if (++m_beatsThisConnection >= 2)
            m_failures = 0;
    });
    connect(&m_reconnect, &QTimer::timeout, this, &LiveChannel::open);
    connect(&m_socket, &QWebSocket::connected, this, &LiveChannel::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveChannel::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onMessage);
}

LiveChannel::~LiveChannel()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

QByteArray LiveChannel::tokenMessage() const
{
    const QJsonObject message{
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("type"), 1},
        {QStringLiteral("payloadVersion"), QStringLiteral("v1")},
        {QStringLiteral("tokenUpdate"), QJsonObject{{QStringLiteral("token"), m_token}}},
    };
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

void LiveChannel::start()
{
    if (m_running)
        return;
    const QString problemText = checkTransport(m_url);
    if (!problemText.isEmpty()) {
        emit problem(problemText);
        return;
    }
    m_running = true;
    open();
}

void LiveChannel::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_heartbeat.stop();
    m_socket.close();
}

void LiveChannel::open()
{
    if (!m_running)
        return;
    m_socket.open(m_url);
}

void LiveChannel::onConnected()
{
    // First thing on the socket: the server allows 3 seconds for it.
    m_socket.sendTextMessage(QString::fromUtf8(tokenMessage()));
    m_beatsThisConnection = 0;
    m_heartbeat.start();
    m_connected = true;
    emit connectedChanged(true);
}

void LiveChannel::onDisconnected()
{
    m_heartbeat.stop();
    if (m_connected) {
        m_connected = false;
        emit connectedChanged(false);
    }
    if (!m_running)
        return;
    ++m_failures;
    ++m_reconnects;
    m_reconnect.start(m_backoff.delayMs(m_failures));
}

void LiveChannel::onMessage(const QString &message)
{
    if (isImageProcessedMessage(message))
        emit imageProcessed();
}

} // namespace veil::sync
