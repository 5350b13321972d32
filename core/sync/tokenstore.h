#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace veil::sync {

// Where the service token (a JWT) is kept. Reads and writes are asynchronous because
// the system keychain is; callbacks run on the caller's thread and are dropped when
// `context` dies. A token is never written to settings or logs.
class TokenStore
{
public:
    using ReadCallback = std::function<void(const QString &token, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;
    virtual ~TokenStore() = default;
    virtual void read(const QString &server, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &server, const QString &token, QObject *context, WriteCallback done) = 0;
};

// The system keychain (Secret Service, macOS Keychain, Windows Credential Store),
// one entry per server.
class KeychainTokenStore : public TokenStore
{
public:
    void read(const QString &server, QObject *context, ReadCallback done) override;
    void write(const QString &server, const QString &token, QObject *context, WriteCallback done) override;
};

// Holds tokens in memory: for tests, and for the environment override.
class MemoryTokenStore : public TokenStore
{
public:
    explicit MemoryTokenStore(QString token = {}) : m_token(std::move(token)) {}
    void read(const QString &server, QObject *context, ReadCallback done) override;
    void write(const QString &server, const QString &token, QObject *context, WriteCallback done) override;

private:
    QString m_token;
};

// VEIL_SYNC_TOKEN, which overrides the keychain for the command-line tool.
QString tokenFromEnvironment();

} // namespace veil::sync
