#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace veil {

class LibraryDatabase;

struct ActivityEntry
{
    QDateTime at;
    QString kind; // import, export, anonymize, sync, remove, ...
    qint64 photoId = 0;
    QString message;
    QString fileName; // of the photo, when it is still in the library
};

// The activity log (what was imported, anonymized, exported, synced), newest first.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, PhotoColumn, MessageColumn, ColumnCount };

    explicit ActivityModel(QObject *parent = nullptr);

    // Reads the log through `db` (a connection of the calling thread).
    bool reload(LibraryDatabase &db, QString *error = nullptr);
    const QList<ActivityEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The kind as the user reads it ("Import", "Face detection", "Review", ...).
    static QString kindLabel(const QString &kind);

    // RFC 4180 CSV with a header line: time (ISO 8601, UTC), kind, photo id, message, file name.
    QByteArray toCsv() const;

private:
    QList<ActivityEntry> m_entries;
};

} // namespace veil
