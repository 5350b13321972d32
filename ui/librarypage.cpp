#include "librarypage.h"

#include "filterbar.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "photodelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace veil::ui {

LibraryPage::LibraryPage(PhotoFilterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterBar(new FilterBar(this))
    , m_grid(new QListView(this))
    , m_delegate(new PhotoDelegate(this))
    , m_stack(new QStackedLayout)
    , m_empty(new QWidget(this))
    , m_noMatch(new QLabel(tr("No photo matches these filters."), this))
    , m_importButton(new QPushButton(tr("Import Photos…"), this))
    , m_exportButton(new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"), this))
    , m_contextMenu(new QMenu(this))
{
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Uniform sizes and batched layout keep the grid smooth with 100,000 photos:
    // the view never asks every item for its size.
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setSpacing(4);
    m_grid->setMouseTracking(true);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setModel(model);
    m_grid->setAccessibleName(tr("Photos"));
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        // A right click on a photo outside the selection acts on that photo alone.
        const QModelIndex index = m_grid->indexAt(at);
        if (index.isValid() && !m_grid->selectionModel()->isSelected(index))
            m_grid->setCurrentIndex(index);
        if (!m_contextMenu->isEmpty())
            m_contextMenu->popup(m_grid->viewport()->mapToGlobal(at));
    });
    m_exportButton->setToolTip(tr("Export anonymized copies of the selected photos (all photos shown when none is "
                                  "selected)"));
    connect(m_grid, &QListView::activated, this,
            [this](const QModelIndex &i) { emit openRequested(i.data(PhotoListModel::IdRole).toLongLong()); });

    auto *title = new QLabel(tr("Drop photos here"), m_empty);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Drag photos or folders anywhere on this window, or import them. "
                               "Veil works on copies only: your originals are never changed."),
                            m_empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_importButton->setAccessibleName(tr("Import photos"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(m_importButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setEnabled(false);
    auto *gridPage = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_filterBar, 1);
    top->addWidget(m_exportButton);
    gridLayout->addLayout(top);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(m_noMatch);
    m_noMatch->hide();
    const auto updateNoMatch = [this] { m_noMatch->setVisible(m_model->rowCount() == 0); };
    connect(model, &QAbstractItemModel::rowsInserted, this, updateNoMatch);
    connect(model, &QAbstractItemModel::rowsRemoved, this, updateNoMatch);
    connect(model, &QAbstractItemModel::modelReset, this, updateNoMatch);
    connect(model, &QAbstractItemModel::layoutChanged, this, updateNoMatch);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(gridPage);
    setLayout(m_stack);
    connect(m_filterBar, &FilterBar::filterChanged, model, &PhotoFilterModel::setFilter);
}

void LibraryPage::setContextActions(const QList<QAction *> &actions)
{
    m_contextMenu->clear();
    for (QAction *a : actions) {
        if (a)
            m_contextMenu->addAction(a);
        else
            m_contextMenu->addSeparator();
    }
}

void LibraryPage::setLibraryEmpty(bool empty)
{
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

bool LibraryPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void LibraryPage::setThumbnailSize(int size)
{
    m_delegate->setCellSize(std::clamp(size, 64, 384));
    m_grid->setGridSize(QSize());
    m_grid->reset(); // re-asks the (uniform) item size
}

int LibraryPage::thumbnailSize() const
{
    return m_delegate->cellSize();
}

QList<qint64> LibraryPage::selectedIds() const
{
    QModelIndexList rows = m_grid->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &i : std::as_const(rows))
        ids.append(i.data(PhotoListModel::IdRole).toLongLong());
    return ids;
}

qint64 LibraryPage::currentId() const
{
    const QModelIndex i = m_grid->currentIndex();
    return i.isValid() ? i.data(PhotoListModel::IdRole).toLongLong() : 0;
}

} // namespace veil::ui
