#pragma once

#include "detect/facedetector.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;

namespace veil {
class LibraryDatabase;
class PhotoFilterModel;
class PhotoListModel;
class Settings;
class ThumbnailProvider;
}

namespace veil::ui {

class ActivityDialog;
class EditorPage;
class DetectJob;
class ImportJob;
class JobStatus;
class LibraryPage;
class StatisticsView;

// The main window: the library grid, the photo editor and the statistics, with
// imports by drag and drop, the jobs in the status bar and the review count.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Library, Editor, Statistics };

    // `libraryPath` empty: the settings' library, VEIL_LIBRARY or the default location.
    // `settings` null: the user's settings (tests pass a temporary file).
    explicit MainWindow(const QString &libraryPath = {}, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isLibraryOpen() const;
    LibraryDatabase &database() { return *m_db; }
    PhotoListModel *photoModel() const { return m_photos; }
    PhotoFilterModel *filterModel() const { return m_filter; }
    LibraryPage *libraryPage() const { return m_library; }
    EditorPage *editor() const { return m_editor; }
    StatisticsView *statistics() const { return m_statistics; }
    JobStatus *jobStatus() const { return m_jobs; }
    Settings &settings() { return *m_settings; }
    Page currentPage() const;
    int remainingToReview() const;
    bool isImporting() const;

    void importPaths(const QStringList &paths);
    // Finds faces in the photos on the pool (automatic boxes replaced, drawn ones kept).
    void detectFaces(const QList<qint64> &photoIds);
    bool isDetecting() const;
    void openPhoto(qint64 photoId);
    void showPage(Page page);
    void reloadLibrary();

    // For other panels (sync): a menu to add their actions to, and a dock area.
    QMenu *toolsMenu() const { return m_toolsMenu; }
    void addPanel(QDockWidget *panel, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

    QList<QAction *> shortcutActions() const;

    // Export dialog of the selection (or of every photo in view when none is selected).
    // Opened window-modal, so the call returns at once.
    class ExportDialog *exportSelected();

    // For the documentation: once the library is loaded, shows `page` ("library",
    // "editor" with the first photo that has faces, "statistics") and, when `file` is
    // not empty, saves the window there as PNG and quits.
    void showDocumentationPage(const QString &page, const QString &file);

signals:
    void importFinished();
    void detectionFinished();
    void libraryReloaded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QAction *makeAction(QMenu *menu, const QString &text, const QKeySequence &key, const std::function<void()> &slot,
                        const QString &icon = {});
    void updateCounts();
    void refreshRow(qint64 photoId);
    void importFiles();
    void importFolder();
    void markSelected(bool reviewed);
    void toggleArchived();
    void editTags();
    void findSimilar();
    void showActivity();
    void showSettings();
    void showShortcuts();
    void applyObfuscationSettings();
    DetectorOptions detectorOptions() const;

    std::unique_ptr<QSettings> m_ownedSettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibraryDatabase> m_db;
    bool m_open = false;
    ThumbnailProvider *m_thumbnails = nullptr;
    PhotoListModel *m_photos = nullptr;
    PhotoFilterModel *m_filter = nullptr;
    QStackedWidget *m_pages = nullptr;
    LibraryPage *m_library = nullptr;
    EditorPage *m_editor = nullptr;
    StatisticsView *m_statistics = nullptr;
    JobStatus *m_jobs = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QPointer<ImportJob> m_import;
    QPointer<DetectJob> m_detect;
    QList<qint64> m_detectQueue;
    QStringList m_importQueue;
    QPointer<ActivityDialog> m_activity;
    QList<QAction *> m_shortcutActions;
    int m_reloadGeneration = 0;
};

} // namespace veil::ui
