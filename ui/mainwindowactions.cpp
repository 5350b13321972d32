// The main window's menus and shortcuts (kept apart from its wiring).
#include "editor/editorpage.h"
#include "filterbar.h"
#include "librarypage.h"
#include "models/photofiltermodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>

#include "paths.h"

namespace veil::ui {

QAction *MainWindow::makeAction(QMenu *menu, const QString &text, const QKeySequence &key,
                                const std::function<void()> &slot, const QString &icon)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, slot);
    menu->addAction(action);
    if (!key.isEmpty())
        m_shortcutActions.append(action);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    makeAction(file, tr("&Import Photos…"), QKeySequence::Open, [this] { importFiles(); }, QStringLiteral("document-open"));
    makeAction(file, tr("Import &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { importFolder(); },
               QStringLiteral("folder-open"));
    file->addSeparator();
    m_exportAction = makeAction(file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportSelected(); },
                                QStringLiteral("document-export"));
    m_exportAction->setToolTip(tr("Export anonymized copies of the selected photos (or of the photo in the editor)"));
    m_editor->addExportAction(m_exportAction);
    QAction *openFolder = makeAction(file, tr("Open E&xport Folder"), {}, [this] { openExportFolder(); },
                                     QStringLiteral("folder-open"));
    file->addSeparator();
    makeAction(file, tr("&Settings…"), QKeySequence::Preferences, [this] { showSettings(); },
               QStringLiteral("preferences-system"));
    file->addSeparator();
    makeAction(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); }, QStringLiteral("application-exit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_editor->undoAction());
    edit->addAction(m_editor->redoAction());
    m_shortcutActions << m_editor->undoAction() << m_editor->redoAction();
    edit->addSeparator();
    makeAction(edit, tr("&Find…"), QKeySequence::Find, [this] {
        showPage(Page::Library);
        m_library->filterBar()->focusSearch();
    });
    makeAction(edit, tr("Select &All"), QKeySequence::SelectAll, [this] { m_library->grid()->selectAll(); });

    // Photo actions act on the grid's selection, so they only live while it has focus:
    // the editor uses some of the same keys for its own actions.
    QMenu *photo = menuBar()->addMenu(tr("&Photo"));
    const auto gridAction = [this, photo](const QString &text, const QKeySequence &key, const std::function<void()> &slot,
                                          const QString &icon = {}) {
        QAction *a = makeAction(photo, text, key, slot, icon);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_library->addAction(a);
        return a;
    };
    QList<QAction *> context;
    context << gridAction(tr("&Open in Editor"), QKeySequence(Qt::Key_Return),
                          [this] { openPhoto(m_library->currentId()); }, QStringLiteral("document-edit"));
    QAction *detect = gridAction(tr("&Detect Faces"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        QList<qint64> ids = m_library->selectedIds();
        detectFaces(ids.isEmpty() ? m_filter->visibleIds() : ids);
    }, QStringLiteral("edit-find"));
    context << detect;
    context << gridAction(tr("Mark &Reviewed"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { markSelected(true); },
                          QStringLiteral("dialog-ok"));
    context << gridAction(tr("Mark &Needs Review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          [this] { markSelected(false); });
    context << gridAction(tr("&Tags…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { editTags(); },
                          QStringLiteral("tag"));
    context << gridAction(tr("&Archive / Restore"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { toggleArchived(); },
                          QStringLiteral("archive-insert"));
    context << gridAction(tr("Find &Similar Photos"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                          [this] { findSimilar(); }, QStringLiteral("edit-find"));
    context << nullptr << m_exportAction << openFolder; // null: a separator
    m_library->setContextActions(context);
    gridAction(tr("Show &All Photos"), QKeySequence(Qt::Key_Escape), [this] { m_library->filterBar()->clearSimilar(); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    makeAction(m_viewMenu, tr("&Library"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showPage(Page::Library); },
               QStringLiteral("view-list-icons"));
    makeAction(m_viewMenu, tr("&Statistics"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showPage(Page::Statistics); },
               QStringLiteral("view-statistics"));
    m_viewMenu->addSeparator();
    makeAction(m_viewMenu, tr("&Larger Thumbnails"), QKeySequence::ZoomIn,
               [this] { m_library->setThumbnailSize(m_library->thumbnailSize() + 32); });
    makeAction(m_viewMenu, tr("S&maller Thumbnails"), QKeySequence::ZoomOut,
               [this] { m_library->setThumbnailSize(m_library->thumbnailSize() - 32); });
    m_viewMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    makeAction(m_toolsMenu, tr("Detect Faces in &All Photos Shown"), {}, [this] { detectFaces(m_filter->visibleIds()); },
               QStringLiteral("edit-find"));
    makeAction(m_toolsMenu, tr("Activity &Log"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { showActivity(); },
               QStringLiteral("view-history"));
    m_toolsMenu->addAction(openFolder);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    makeAction(help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); },
               QStringLiteral("help-keybord-shortcuts"));
    makeAction(help, tr("&About Veil"), {}, [this] {
        QMessageBox::about(this, tr("About Veil"),
                           tr("<h3>Veil %1</h3><p>Anonymizes faces and metadata in photos, on your own "
                              "machine.</p>")
                               .arg(versionString()));
    });
}

} // namespace veil::ui
