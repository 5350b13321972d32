#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QStackedLayout;
class QLabel;

namespace veil {
class PhotoFilterModel;
}

namespace veil::ui {

class FilterBar;
class PhotoDelegate;

// The library: the filter bar over the thumbnail grid, or the empty state ("Drop
// photos here") while the library holds no photo.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    LibraryPage(PhotoFilterModel *model, QWidget *parent = nullptr);

    QListView *grid() const { return m_grid; }
    PhotoDelegate *delegate() const { return m_delegate; }
    FilterBar *filterBar() const { return m_filterBar; }
    QPushButton *importButton() const { return m_importButton; }
    void setLibraryEmpty(bool empty);
    bool showsEmptyState() const;
    void setThumbnailSize(int size);
    int thumbnailSize() const;
    // The photo ids selected in the grid, in view order.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;

signals:
    void openRequested(qint64 photoId);

private:
    PhotoFilterModel *m_model;
    FilterBar *m_filterBar;
    QListView *m_grid;
    PhotoDelegate *m_delegate;
    QStackedLayout *m_stack;
    QWidget *m_empty;
    QLabel *m_noMatch;
    QPushButton *m_importButton;
};

} // namespace veil::ui
