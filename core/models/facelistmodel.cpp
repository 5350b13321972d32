#include "facelistmodel.h"

#include "edits/photodocument.h"

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

int FaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_doc ? 0 : m_doc->count();
}

QVariant FaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const FaceBox &f = m_doc->face(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // No row number in the text: it would change for every row after an insertion.
        QString text = f.origin == FaceOrigin::Manual ? tr("Drawn face") : tr("Face (%1%)").arg(qRound(f.score * 100));
        if (f.uncertain)
            text += QLatin1Char(' ') + tr("uncertain");
        else if (!f.anonymize)
            text += QLatin1Char(' ') + tr("kept visible");
        return text;
    }
    case RectRole: return f.rect;
    case ScoreRole: return f.score;
    case AnonymizeRole: return f.anonymize;
    case UncertainRole: return f.uncertain;
    case ManualRole: return f.origin == FaceOrigin::Manual;
    default: return {};
    }
}

QHash<int, QByteArray> FaceListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{RectRole, "rect"}, {ScoreRole, "score"}, {AnonymizeRole, "anonymize"},
                  {UncertainRole, "uncertain"}, {ManualRole, "manual"}});
    return names;
}

} // namespace veil
