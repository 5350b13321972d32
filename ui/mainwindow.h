#pragma once

#include "detect/facedetector.h"
#include "jobs/batchstore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QTimer;

namespace veil {
class AnonymizeBatchJob;
class DbWriter;
class LibraryDatabase;
class PhotoFilterModel;
class PhotoListModel;
class Settings;
class ThumbnailProvider;
namespace sync {
class TokenStore;
}
} // namespace veil

namespace veil::ui {

class ActivityDialog;
class EditorPage;
class DetectJob;
class ImportJob;
class JobStatus;
class LibraryPage;
class ResumeBar;
class StatisticsView;
class SyncPanel;

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
    // The sync panel, docked, pushing the grid's selection; the grid's sync badges follow
    // its outbox. `tokens` must outlive the window.
    SyncPanel *installSyncPanel(sync::TokenStore &tokens);
    // Re-reads every photo's sync state off the GUI thread (coalesced) for the badges.
    void refreshSyncStates();

    // The library's single writer (batches, exports); null when the library is closed.
    DbWriter *writer() const { return m_writer.get(); }
    // The offer to resume an export interrupted earlier, and the resumed batch's job.
    ResumeBar *resumeBar() const { return m_resumeBar; }
    AnonymizeBatchJob *resumeJob() const;
    void resumeBatch(qint64 batchId);
    void discardBatch(qint64 batchId);

    QList<QAction *> shortcutActions() const;

    // Export dialog of the selection (or of every photo in view when none is selected).
    // Opened window-modal, so the call returns at once.
    class ExportDialog *exportSelected();
    // File > Export…: the editor may show it too (it exports the photo open there).
    QAction *exportAction() const { return m_exportAction; }
    // Opens the export folder of the settings with the desktop's file manager.
    void openExportFolder();

    // For the documentation: once the library is loaded, shows `page` ("library",
    // "editor" with the first photo that has faces, "statistics") and, when `file` is
    // not empty, saves the window there as PNG and quits.
    void showDocumentationPage(const QString &page, const QString &file);

signals:
    void importFinished();
    void detectionFinished();
    void libraryReloaded();
    void syncStatesRefreshed();
    void batchOffered(qint64 batchId);
    void batchResumeFinished(qint64 batchId, bool cancelled);
    void batchDiscarded(qint64 batchId, int temporariesRemoved);
    // Resume asked for a batch another process runs: nothing was done (`why` says who runs it).
    void batchResumeRefused(qint64 batchId, const QString &why);

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
    void offerUnfinishedBatches();
    void offerNextBatch();

    std::unique_ptr<QSettings> m_ownedSettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<DbWriter> m_writer;
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
    QAction *m_exportAction = nullptr;
    QPointer<ImportJob> m_import;
    QPointer<DetectJob> m_detect;
    QList<qint64> m_detectQueue;
    QStringList m_importQueue;
    QPointer<ActivityDialog> m_activity;
    QList<QAction *> m_shortcutActions;
    int m_reloadGeneration = 0;
    ResumeBar *m_resumeBar = nullptr;
    QPointer<AnonymizeBatchJob> m_resumeJob;
    QList<Batch> m_offers; // unfinished batches found at start, not yet offered
    QTimer *m_syncTimer = nullptr;
    int m_syncGeneration = 0;
};

} // namespace veil::ui
