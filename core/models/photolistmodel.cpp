#include "photolistmodel.h"

#include "sync/syncstates.h"
#include "thumbnailprovider.h"

#include <QSet>

namespace veil {

PhotoListModel::PhotoListModel(ThumbnailProvider *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailProvider::thumbnailReady, this, &PhotoListModel::onThumbnailReady);
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole: return r.fileName;
    case Qt::ToolTipRole: {
        const QString syncText = sync::syncStateText(m_syncStates.value(r.id));
        return syncText.isEmpty() ? r.path : r.path + QLatin1Char('\n') + syncText;
    }
    case Qt::AccessibleDescriptionRole: {
        const QString syncText = sync::syncStateText(m_syncStates.value(r.id));
        return syncText.isEmpty() ? QVariant() : QVariant(syncText);
    }
    case SyncStateRole: return m_syncStates.value(r.id);
    case Qt::DecorationRole:
        if (m_thumbnails) {
            const QImage image = m_thumbnails->thumbnail(r.sha256, r.path);
            if (!image.isNull())
                return image;
        }
        return m_placeholder.isNull() ? QVariant() : QVariant(m_placeholder);
    case IdRole: return r.id;
    case PathRole: return r.path;
    case DateTakenRole: return r.dateTaken;
    case ImportedAtRole: return r.importedAt;
    case StatusRole: return int(r.status);
    case ArchivedRole: return r.archived;
    case FaceCountRole: return r.faceCount;
    case UncertainCountRole: return r.uncertainCount;
    case CheckedForFacesRole: return r.checkedForFaces;
    case CameraModelRole: return r.model;
    case TagsRole: return r.tags;
    case PerceptualHashRole: return r.perceptualHash ? QVariant::fromValue(*r.perceptualHash) : QVariant();
    default: return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "photoId"}, {PathRole, "path"}, {FileNameRole, "fileName"}, {DateTakenRole, "dateTaken"},
                  {ImportedAtRole, "importedAt"}, {StatusRole, "status"}, {ArchivedRole, "archived"},
                  {FaceCountRole, "faceCount"}, {UncertainCountRole, "uncertainCount"}, {CheckedForFacesRole, "checkedForFaces"},
                  {CameraModelRole, "cameraModel"}, {TagsRole, "tags"}, {PerceptualHashRole, "perceptualHash"},
                  {SyncStateRole, "syncState"}});
    return names;
}

void PhotoListModel::setRows(QList<PhotoRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    reindex();
    endResetModel();
}

void PhotoListModel::updateRow(qint64 id, const std::optional<PhotoRow> &row)
{
    const int at = m_rowById.value(id, -1);
    if (at >= 0 && row) {
        m_rows[at] = *row;
        m_rowBySha.insert(row->sha256, at);
        emit dataChanged(index(at), index(at));
    } else if (at >= 0) {
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        reindex();
        endRemoveRows();
    } else if (row) {
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(*row);
        m_rowById.insert(row->id, end);
        m_rowBySha.insert(row->sha256, end);
        endInsertRows();
    }
}

const PhotoRow *PhotoListModel::rowById(qint64 id) const
{
    const int at = m_rowById.value(id, -1);
    return at >= 0 ? &m_rows.at(at) : nullptr;
}

QStringList PhotoListModel::cameraModels() const
{
    QSet<QString> models;
    for (const PhotoRow &r : m_rows)
        if (!r.model.isEmpty())
            models.insert(r.model);
    QStringList list(models.begin(), models.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QStringList PhotoListModel::allTags() const
{
    QSet<QString> tags;
    for (const PhotoRow &r : m_rows)
        for (const QString &t : r.tags)
            tags.insert(t);
    QStringList list(tags.begin(), tags.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void PhotoListModel::setSyncStates(QHash<qint64, QString> states)
{
    QList<int> changed;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (m_syncStates.value(it.key()) != it.value())
            changed.append(m_rowById.value(it.key(), -1));
    for (auto it = m_syncStates.cbegin(); it != m_syncStates.cend(); ++it)
        if (!states.contains(it.key()))
            changed.append(m_rowById.value(it.key(), -1));
    m_syncStates = std::move(states);
    for (int at : std::as_const(changed))
        if (at >= 0)
            emit dataChanged(index(at), index(at), {SyncStateRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void PhotoListModel::onThumbnailReady(const QString &sha256)
{
    const int at = m_rowBySha.value(sha256, -1);
    if (at >= 0)
        emit dataChanged(index(at), index(at), {Qt::DecorationRole});
}

void PhotoListModel::reindex()
{
    m_rowById.clear();
    m_rowBySha.clear();
    m_rowById.reserve(m_rows.size());
    m_rowBySha.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
        m_rowBySha.insert(m_rows.at(i).sha256, i);
    }
}

} // namespace veil
