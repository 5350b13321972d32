#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace veil {

// Qt binds a null QString as SQL NULL; Veil's text columns are NOT NULL with '' for
// "none". Bind text through this.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// One SQLite library file. Each instance owns its own connection, which may only be
// used from the thread that opened it; other threads open their own instance on the
// same file (WAL lets readers run beside the writer).
class LibraryDatabase
{
public:
    explicit LibraryDatabase(QString path);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    // The schema version this program writes. Newer files are refused untouched.
    static int currentSchemaVersion();

    // Opens (creating the file and folder if needed) and migrates. False with a
    // message in `error` on failure, e.g. a schema newer than this program knows.
    bool open(QString *error);
    bool isOpen() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    // Folder beside the database for caches (thumbnails).
    QString cacheDirectory() const;
    int schemaVersion() const;

    // Runs `work` inside one transaction; commits when it returns true, rolls back
    // otherwise (and on exceptions).
    bool transaction(const std::function<bool()> &work, QString *error = nullptr);

    // Appends to the activity log (import, export, sync, ...).
    void logActivity(const QString &kind, const QString &message, qint64 photoId = 0);

private:
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace veil
