#include "serverurl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace veil::sync {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("sync", "'%1' is not a valid URL").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return {};
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("ws")) && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        return QCoreApplication::translate("sync", "refusing unencrypted %1 to %2: use https (plain http is only "
                                                   "allowed for this machine's loopback address)")
            .arg(scheme, url.host());
    return QCoreApplication::translate("sync", "unsupported URL scheme '%1' in %2").arg(scheme, url.toString());
}

QUrl parseServerUrl(const QString &text, QString *error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.scheme().isEmpty() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("sync", "'%1' is not a server URL (expected e.g. https://host)").arg(text);
        return {};
    }
    url.setQuery(QString());
    url.setFragment(QString());
    const QString problem = checkTransport(url);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return url;
}

QUrl apiUrl(const QUrl &server, const QString &route)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + route);
    return url;
}

QUrl webSocketUrl(const QUrl &server)
{
    QUrl url = apiUrl(server, QStringLiteral("/ws"));
    url.setScheme(server.scheme().toLower() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

QString serverKey(const QUrl &server)
{
    QString key = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key;
}

} // namespace veil::sync
