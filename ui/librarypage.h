#pragma once

#include <QWidget>

class QAction;
class QListView;
class QMenu;
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
    // "Export…" beside the filters (it triggers the window's export action).
    QPushButton *exportButton() const { return m_exportButton; }
    // The grid's context menu: these actions, a null entry for a separator.
    void setContextActions(const QList<QAction *> &actions);
    QMenu *contextMenu() const { return m_contextMenu; }
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
    QPushButton *m_exportButton;
    QMenu *m_contextMenu;
};

} // namespace veil::ui
