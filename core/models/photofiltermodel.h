#pragma once

#include "library/photo.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace veil {

struct PhotoRow;

// What the library view shows: the filters and the sort order of the grid.
struct PhotoFilter
{
    enum class Faces { Any, WithFaces, WithUncertain, WithoutFaces };
    enum class Sort { DateTaken, DateImported, Name };

    QSet<ReviewStatus> statuses; // empty: all
    Faces faces = Faces::Any;
    QString cameraModel;         // empty: all
    QDate takenFrom;             // invalid: open
    QDate takenTo;
    QString tag;                 // empty: all
    QString text;                // part of the file name, case-insensitive
    bool showArchived = false;
    // "Find similar": only photos whose perceptual hash is within `similarDistance` bits.
    std::optional<quint64> similarTo;
    int similarDistance = 10;
    Sort sort = Sort::DateTaken;
    bool operator==(const PhotoFilter &) const = default;
};

// Filters and sorts a PhotoListModel for the grid.
class PhotoFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PhotoFilterModel(QObject *parent = nullptr);

    const PhotoFilter &filter() const { return m_filter; }
    void setFilter(const PhotoFilter &filter);
    // The photo ids in view order.
    QList<qint64> visibleIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const PhotoRow &rowAt(int sourceRow) const;

    PhotoFilter m_filter;
};

} // namespace veil
