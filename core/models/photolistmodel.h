#pragma once

#include "photorow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

namespace veil {

class ThumbnailProvider;

// The library as a flat list for the thumbnail grid. Rows are replaced in bulk
// (loaded off the GUI thread) or updated one by one after an edit. Thumbnails come
// from the provider; until one is ready the decoration is a placeholder.
class PhotoListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PathRole,
        FileNameRole,
        DateTakenRole,
        ImportedAtRole,
        StatusRole,      // ReviewStatus as int
        ArchivedRole,
        FaceCountRole,
        UncertainCountRole,
        CameraModelRole,
        TagsRole,        // QStringList
        PerceptualHashRole, // quint64, invalid when not computed
        SyncStateRole,   // QString, see sync::photoSyncStates; empty when never pushed
        CheckedForFacesRole, // bool: detection ran on it (with no face: "no faces found")
    };

    explicit PhotoListModel(ThumbnailProvider *thumbnails = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<PhotoRow> rows);
    // Replaces, inserts or (when `row` is empty) removes the photo `id`.
    void updateRow(qint64 id, const std::optional<PhotoRow> &row);
    const PhotoRow *rowById(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    // The row of the photo with this content hash, or null.
    const PhotoRow *rowBySha(const QString &sha256) const
    {
        const int at = m_rowBySha.value(sha256, -1);
        return at < 0 ? nullptr : &m_rows.at(at);
    }
    const QList<PhotoRow> &rows() const { return m_rows; }
    QStringList cameraModels() const;
    QStringList allTags() const;

    void setPlaceholder(const QImage &image) { m_placeholder = image; }

    // The sync states of the photos (read off the GUI thread when the outbox changes):
    // kept here so that painting never queries the database. Only rows whose state
    // changed are reported as changed.
    void setSyncStates(QHash<qint64, QString> states);
    QString syncState(qint64 id) const { return m_syncStates.value(id); }

private:
    void onThumbnailReady(const QString &sha256);
    void reindex();

    QList<PhotoRow> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<QString, int> m_rowBySha;
    QHash<qint64, QString> m_syncStates;
    ThumbnailProvider *m_thumbnails;
    QImage m_placeholder;
};

} // namespace veil
