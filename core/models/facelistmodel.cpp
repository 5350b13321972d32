#include "facelistmodel.h"

#include "edits/photodocument.h"

#include <QPainter>

#include <algorithm>

namespace veil {

FaceListModel::FaceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FaceListModel::setDocument(PhotoDocument *document)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_doc = document;
    if (m_doc) {
        m_connections << connect(m_doc, &PhotoDocument::faceAboutToBeInserted, this,
                                 [this](int row) { beginInsertRows({}, row, row); });
        m_connections << connect(m_doc, &PhotoDocument::faceInserted, this, [this] { endInsertRows(); });
        m_connections << connect(m_doc, &PhotoDocument::faceAboutToBeRemoved, this,
                                 [this](int row) { beginRemoveRows({}, row, row); });
        m_connections << connect(m_doc, &PhotoDocument::faceRemoved, this, [this] { endRemoveRows(); });
        m_connections << connect(m_doc, &PhotoDocument::faceChanged, this,
                                 [this](int row) { emit dataChanged(index(row), index(row)); });
        m_connections << connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
}

void FaceListModel::setImage(const QImage &image)
{
    m_image = image;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

int FaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_doc ? 0 : m_doc->count();
}

QImage FaceListModel::thumbnail(int row) const
{
    if (m_image.isNull())
        return {};
    const FaceBox &f = m_doc->face(row);
    // The box with a little of its surroundings, square, so that a face cut in half by
    // its box shows.
    const QRectF box = f.toPixels(QSizeF(m_image.size()));
    const double side = std::max(box.width(), box.height()) * 1.4;
    QRectF area(box.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const QRect source = area.toAlignedRect().intersected(m_image.rect());
    if (source.isEmpty())
        return {};
    const int size = m_thumbnailSize;
    QImage out(size, size, QImage::Format_RGB32);
    out.fill(Qt::darkGray);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const double scale = size / side;
    const QRectF target((source.x() - area.x()) * scale, (source.y() - area.y()) * scale, source.width() * scale,
                        source.height() * scale);
    p.drawImage(target, m_image, source);
    return out;
}

QVariant FaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const FaceBox &f = m_doc->face(index.row());
    const int score = qRound(f.score * 100);
    switch (role) {
    case Qt::DisplayRole: {
        // What will happen to the face, then where it came from. No row number: it would
        // change for every row after an insertion.
        QString state;
        if (f.uncertain)
            state = tr("Uncertain");
        else if (f.possible)
            state = tr("Possible face");
        else if (f.anonymize)
            state = tr("Blurred");
        else
            state = tr("Kept visible");
        const QString origin = f.origin == FaceOrigin::Manual ? tr("drawn by you") : tr("detector %1%").arg(score);
        // Undecided: what the keys do, and what happens without a decision.
        if (f.uncertain)
            return QStringLiteral("%1\n%2\n%3").arg(state, origin, tr("blurred unless N"));
        if (f.possible)
            return QStringLiteral("%1\n%2\n%3").arg(state, origin, tr("visible unless Y"));
        return QStringLiteral("%1\n%2").arg(state, origin);
    }
    case Qt::ToolTipRole:
        return tr("Click to zoom to this face. Y blurs it, N rejects it, K keeps it visible, Del deletes it.");
    case Qt::DecorationRole: {
        const QImage thumb = thumbnail(index.row());
        return thumb.isNull() ? QVariant() : QVariant(thumb);
    }
    case Qt::AccessibleTextRole: return data(index, Qt::DisplayRole).toString().replace(QLatin1Char('\n'), QStringLiteral(", "));
    case RectRole: return f.rect;
    case ScoreRole: return f.score;
    case AnonymizeRole: return f.anonymize;
    case UncertainRole: return f.uncertain;
    case ManualRole: return f.origin == FaceOrigin::Manual;
    case PossibleRole: return f.possible;
    case ReviewOrderRole: {
        const int group = f.uncertain ? 0 : f.possible ? 1 : f.anonymize ? 2 : 3;
        // Within a group, reading order, as U and O step through them.
        return group * 1'000'000 + PhotoDocument::readingKey(f);
    }
    default: return {};
    }
}

QHash<int, QByteArray> FaceListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{RectRole, "rect"}, {ScoreRole, "score"}, {AnonymizeRole, "anonymize"},
                  {UncertainRole, "uncertain"}, {ManualRole, "manual"}, {PossibleRole, "possible"},
                  {ReviewOrderRole, "reviewOrder"}});
    return names;
}

} // namespace veil
