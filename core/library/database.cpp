#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace veil {

LibraryDatabase::LibraryDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("veil-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LibraryDatabase::~LibraryDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int LibraryDatabase::currentSchemaVersion()
{
    return int(schemaMigrations().size());
}

QSqlDatabase LibraryDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LibraryDatabase::isOpen() const
{
    return database().isOpen();
}

QString LibraryDatabase::cacheDirectory() const
{
    const QFileInfo info(m_path);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".cache"));
}

int LibraryDatabase::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool LibraryDatabase::open(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the library folder %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open library %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Check the version before touching anything: a newer file stays as it is.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QStringLiteral("%1 is not a Veil library (%2)").arg(m_path, q.lastError().text());
        db.close();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > currentSchemaVersion()) {
        *error = QStringLiteral("the library %1 has schema version %2, but this version of Veil only knows up to "
                                "%3; it was left untouched — please update Veil")
                     .arg(m_path)
                     .arg(version)
                     .arg(currentSchemaVersion());
        db.close();
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = QStringLiteral("%1 is not a usable SQLite file: %2").arg(m_path, q.lastError().text());
            db.close();
            return false;
        }
    }
    return migrate(error);
}

bool LibraryDatabase::migrate(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QSqlDatabase db = database();
    const auto &migrations = schemaMigrations();
    for (int version = schemaVersion(); version < int(migrations.size()); ++version) {
        const bool ok = transaction(
            [&] {
                QSqlQuery q(db);
                for (const QString &statement : migrations[size_t(version)]) {
                    if (!q.exec(statement)) {
                        *error = QStringLiteral("migration to schema %1 failed: %2 (%3)")
                                     .arg(version + 1)
                                     .arg(q.lastError().text(), statement.simplified().left(80));
                        return false;
                    }
                }
                return q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

bool LibraryDatabase::transaction(const std::function<bool()> &work, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = QStringLiteral("commit failed: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

void LibraryDatabase::logActivity(const QString &kind, const QString &message, qint64 photoId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO activity (at, kind, photo_id, message) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(kind);
    q.addBindValue(photoId ? QVariant(photoId) : QVariant());
    q.addBindValue(message);
    q.exec();
}

} // namespace veil
