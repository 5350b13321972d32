#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace veil {

class PhotoDocument;

// The face boxes of the photo being edited, as a list beside the editor. Follows the
// document's edits (and their undo) row by row.
class FaceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { RectRole = Qt::UserRole + 1, ScoreRole, AnonymizeRole, UncertainRole, ManualRole };

    explicit FaceListModel(QObject *parent = nullptr);

    void setDocument(PhotoDocument *document);
    PhotoDocument *document() const { return m_doc; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<PhotoDocument> m_doc;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace veil
