#pragma once

#include <QAbstractListModel>
#include <QImage>
#include <QPointer>

namespace veil {

class PhotoDocument;

// The face boxes of the photo being edited, as the face strip beside the editor: a
// thumbnail of each box (cut from the image the editor shows) and what will happen to
// it. Follows the document's edits (and their undo) row by row; rows are the document's
// indexes, ReviewOrderRole sorts them the way a review goes (undecided first).
class FaceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RectRole = Qt::UserRole + 1,
        ScoreRole,
        AnonymizeRole,
        UncertainRole,
        ManualRole,
        PossibleRole,
        ReviewOrderRole, // uncertain, possible, blurred, kept; then top to bottom
    };

    explicit FaceListModel(QObject *parent = nullptr);

    void setDocument(PhotoDocument *document);
    PhotoDocument *document() const { return m_doc; }
    // The displayed-orientation image the boxes refer to (any resolution).
    void setImage(const QImage &image);
    void setThumbnailSize(int pixels) { m_thumbnailSize = pixels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QImage thumbnail(int row) const;

    QPointer<PhotoDocument> m_doc;
    QImage m_image;
    int m_thumbnailSize = 64;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace veil
