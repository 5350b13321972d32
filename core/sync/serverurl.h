#pragma once

#include <QString>
#include <QUrl>

namespace veil::sync {

// True for "localhost" and loopback addresses (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

// Checks a URL the client is about to contact: https anywhere (certificates are
// verified), plain http only on a loopback host. Returns an empty string when allowed,
// else why not.
QString checkTransport(const QUrl &url);

// Parses the --server URL; an invalid or insecure URL gives an empty QUrl and `error`.
QUrl parseServerUrl(const QString &text, QString *error);

// A route under the server's base path, e.g. "/v1/image/list".
QUrl apiUrl(const QUrl &server, const QString &route);

// The live channel: ws(s)://host/base/ws.
QUrl webSocketUrl(const QUrl &server);

// The server as recorded in the outbox: scheme://host[:port][/path], no trailing slash.
QString serverKey(const QUrl &server);

} // namespace veil::sync
