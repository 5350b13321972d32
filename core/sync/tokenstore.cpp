#include "tokenstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace veil::sync {

namespace {
const QString keychainService = QStringLiteral("veil-faceblur-sync");
}

void KeychainTokenStore::read(const QString &server, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(keychainService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(server);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, server](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (readJob->error() == QKeychain::NoError)
            done(readJob->textData(), {});
        else if (readJob->error() == QKeychain::EntryNotFound)
            done({}, QCoreApplication::translate("sync", "no token stored in the keychain for %1").arg(server));
        else
            done({}, QCoreApplication::translate("sync", "cannot read the token from the system keychain: %1")
                         .arg(readJob->errorString()));
    });
    job->start();
}

void KeychainTokenStore::write(const QString &server, const QString &token, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(server);
    job->setTextData(token);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError
                 ? QString()
                 : QCoreApplication::translate("sync", "cannot store the token in the system keychain: %1")
                       .arg(j->errorString()));
    });
    job->start();
}

void MemoryTokenStore::read(const QString &server, QObject *context, ReadCallback done)
{
    // Asynchronous like the keychain, so callers are written once for both.
    const QString token = m_token;
    QTimer::singleShot(0, context, [done, token, server] {
        done(token, token.isEmpty() ? QCoreApplication::translate("sync", "no token for %1").arg(server) : QString());
    });
}

void MemoryTokenStore::write(const QString &, const QString &token, QObject *context, WriteCallback done)
{
    m_token = token;
    QTimer::singleShot(0, context, [done] { done({}); });
}

QString tokenFromEnvironment()
{
    return qEnvironmentVariable("VEIL_SYNC_TOKEN").trimmed();
}

} // namespace veil::sync
