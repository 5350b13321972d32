#pragma once

#include "backoff.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace veil::sync {

// The /ws notification channel. Sends the token-update message as soon as the socket
// opens (the server closes sockets that stay silent for 3 s) and again every
// heartbeat (10 s); reconnects with jittered exponential backoff. The server's
// IMAGE_PROCESSED carries no image id: listeners react by listing.
class LiveChannel : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int heartbeatMs = 10000;
        int reconnectBaseMs = 1000;
        int reconnectCapMs = 60000;
        QString origin; // sent as Origin; empty: the server's own origin
    };
    static constexpr int defaultHeartbeatMs = 10000;

    LiveChannel(QUrl server, QString token, Options options, QObject *parent = nullptr);
    ~LiveChannel() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    int reconnects() const { return m_reconnects; }
    // The message sent on connect and as the heartbeat.
    QByteArray tokenMessage() const;

signals:
    void connectedChanged(bool connected);
    void imageProcessed();
    void problem(const QString &message);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &message);

    QUrl m_url;
    QString m_token;
    Options m_options;
    QWebSocket m_socket;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    Backoff m_backoff;
    int m_failures = 0;
    int m_reconnects = 0;
    int m_beatsThisConnection = 0;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace veil::sync
