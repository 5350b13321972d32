#include "photofiltermodel.h"

#include "perceptualhash.h"
#include "photolistmodel.h"

namespace veil {

PhotoFilterModel::PhotoFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void PhotoFilterModel::setFilter(const PhotoFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool sortChanged = filter.sort != m_filter.sort;
    m_filter = filter;
    invalidateFilter();
    if (sortChanged)
        invalidate();
}

QList<qint64> PhotoFilterModel::visibleIds() const
{
    QList<qint64> ids;
    ids.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i)
        ids.append(index(i, 0).data(PhotoListModel::IdRole).toLongLong());
    return ids;
}

const PhotoRow &PhotoFilterModel::rowAt(int sourceRow) const
{
    // The source is always a PhotoListModel; reading its rows directly keeps sorting
    // 100,000 photos free of QVariant round trips.
    return static_cast<const PhotoListModel *>(sourceModel())->rows().at(sourceRow);
}

bool PhotoFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const PhotoRow &r = rowAt(sourceRow);
    const PhotoFilter &f = m_filter;
    if (!f.showArchived && r.archived)
        return false;
    if (!f.statuses.isEmpty() && !f.statuses.contains(r.status))
        return false;
    switch (f.faces) {
    case PhotoFilter::Faces::Any: break;
    case PhotoFilter::Faces::WithFaces:
        if (r.faceCount == 0)
            return false;
        break;
    case PhotoFilter::Faces::WithoutFaces:
        if (r.faceCount != 0)
            return false;
        break;
    case PhotoFilter::Faces::WithUncertain:
        if (r.uncertainCount == 0)
            return false;
        break;
    }
    if (!f.cameraModel.isEmpty() && r.model != f.cameraModel)
        return false;
    if (f.takenFrom.isValid() || f.takenTo.isValid()) {
        if (!r.dateTaken.isValid())
            return false;
        if (f.takenFrom.isValid() && r.dateTaken.date() < f.takenFrom)
            return false;
        if (f.takenTo.isValid() && r.dateTaken.date() > f.takenTo)
            return false;
    }
    if (!f.tag.isEmpty() && !r.tags.contains(f.tag, Qt::CaseInsensitive))
        return false;
    if (!f.text.isEmpty() && !r.fileName.contains(f.text, Qt::CaseInsensitive))
        return false;
    if (f.similarTo && (!r.perceptualHash || hammingDistance(*r.perceptualHash, *f.similarTo) > f.similarDistance))
        return false;
    return true;
}

bool PhotoFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const PhotoRow &a = rowAt(left.row());
    const PhotoRow &b = rowAt(right.row());
    // Ties fall back to the id so the order is stable and predictable.
    switch (m_filter.sort) {
    case PhotoFilter::Sort::Name: {
        const int c = QString::compare(a.fileName, b.fileName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    }
    case PhotoFilter::Sort::DateImported:
        return a.importedAt != b.importedAt ? a.importedAt < b.importedAt : a.id < b.id;
    case PhotoFilter::Sort::DateTaken:
        // Photos without a date go last.
        if (a.dateTaken.isValid() != b.dateTaken.isValid())
            return a.dateTaken.isValid();
        return a.dateTaken != b.dateTaken ? a.dateTaken < b.dateTaken : a.id < b.id;
    }
    return a.id < b.id;
}

} // namespace veil
