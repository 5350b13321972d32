// The main window's export entry point and its documentation (screenshot) mode.
#include "dialoghooks.h"
#include "editor/editorpage.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "jobstatus.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "settings/settings.h"
#include "statisticsview.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QListView>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

namespace veil::ui {

ExportDialog *MainWindow::exportSelected()
{
    if (currentPage() == Page::Editor) {
        QString error;
        if (!m_editor->save(&error))
            m_jobs->addFailure(error);
    }
    QList<qint64> ids = currentPage() == Page::Editor ? QList<qint64>{m_editor->photoId()} : m_library->selectedIds();
    if (ids.isEmpty())
        ids = m_filter->visibleIds();
    if (ids.isEmpty())
        return nullptr;
    if (!m_writer)
        return nullptr;
    auto *dialog = new ExportDialog(*m_db, *m_writer, *m_settings, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::photoExported, this, &MainWindow::refreshRow);
    connect(dialog, &ExportDialog::reviewRequested, this, [this](const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        // Only those photos, so that the editor's next and previous step through them.
        m_library->filterBar()->setFacesFilter(PhotoFilter::Faces::WithUncertain);
        openPhoto(ids.first());
        statusBar()->showMessage(
            tr("Candidates in %n photo(s) are undecided: accept (Y) or reject (N) each one.", nullptr, int(ids.size())),
            10000);
    });
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog] {
        for (const QString &f : dialog->failures())
            m_jobs->addFailure(f);
        applyObfuscationSettings(); // the dialog's choices are the new defaults
    });
    dialog->open();
    return dialog;
}

void MainWindow::openExportFolder()
{
    QString dir = m_settings->value(SettingKeys::ExportDirectory);
    if (dir.isEmpty())
        dir = QDir::home().filePath(QStringLiteral("Veil exports")); // the export dialog's default
    if (!QDir(dir).exists()) {
        statusBar()->showMessage(tr("The export folder %1 does not exist yet: export a photo first.").arg(dir), 8000);
        return;
    }
    if (!Dialogs::openUrl(QUrl::fromLocalFile(dir)))
        statusBar()->showMessage(tr("No file manager could open %1.").arg(dir), 8000);
}

void MainWindow::showDocumentationPage(const QString &page, const QString &file)
{
    // Saves the window, or the whole screen when a menu or a dialog is part of the picture.
    const auto save = [this, file](bool screen) {
        if (file.isEmpty())
            return;
        QTimer::singleShot(1500, this, [this, file, screen] {
            (screen ? QGuiApplication::primaryScreen()->grabWindow(0) : grab()).save(file);
            QApplication::quit();
        });
    };
    const auto capture = [save] { save(false); };
    const auto show = [this, page, capture, save] {
        if (page == QLatin1String("statistics")) {
            connect(m_statistics, &StatisticsView::refreshed, this, capture, Qt::SingleShotConnection);
            showPage(Page::Statistics);
        } else if (page.startsWith(QLatin1String("editor"))) {
            // "editor:mask" and "editor:possible" show the mask view or the first possible face.
            const QString state = page.section(QLatin1Char(':'), 1);
            // The photo with the most faces shows the editor best.
            qint64 id = 0;
            int most = 0;
            for (int i = 0; i < m_filter->rowCount(); ++i) {
                const int faces = m_filter->index(i, 0).data(PhotoListModel::FaceCountRole).toInt();
                if (faces > most) {
                    most = faces;
                    id = m_filter->index(i, 0).data(PhotoListModel::IdRole).toLongLong();
                }
            }
            connect(m_editor, &EditorPage::photoLoaded, this,
                    [this, state] { m_editor->showDocumentationState(state); }, Qt::SingleShotConnection);
            connect(m_editor, &EditorPage::previewUpdated, this, capture, Qt::SingleShotConnection);
            openPhoto(id ? id : m_filter->index(0, 0).data(PhotoListModel::IdRole).toLongLong());
        } else if (page == QLatin1String("library-menu")) {
            QListView *grid = m_library->grid();
            grid->setFocus();
            grid->selectionModel()->select(QItemSelection(m_filter->index(0, 0), m_filter->index(1, 0)),
                                           QItemSelectionModel::ClearAndSelect);
            const QRect cell = grid->visualRect(m_filter->index(0, 0));
            emit grid->customContextMenuRequested(cell.center());
            save(true);
        } else if (page == QLatin1String("export") || page == QLatin1String("export-done")) {
            ExportDialog *dialog = exportSelected();
            if (!dialog) {
                capture();
                return;
            }
            if (page == QLatin1String("export")) {
                save(true);
                return;
            }
            dialog->setOutputDirectory(
                QDir::temp().filePath(QStringLiteral("veil-doc-exports-%1").arg(QCoreApplication::applicationPid())));
            connect(dialog, &ExportDialog::exportFinished, this, [save] { save(true); });
            Dialogs::setNextChoice(1); // undecided candidates: blurred, as the button says
            dialog->startExport();
        } else {
            capture();
        }
    };
    // Photos given on the command line are imported and scanned first.
    connect(
        this, &MainWindow::libraryReloaded, this,
        [this, show] {
            auto *idle = new QTimer(this);
            connect(idle, &QTimer::timeout, this, [this, idle, show] {
                if (isImporting() || isDetecting() || !m_detectQueue.isEmpty() || !m_importQueue.isEmpty())
                    return;
                idle->deleteLater();
                idle->stop();
                show();
            });
            idle->start(1000);
        },
        Qt::SingleShotConnection);
}

} // namespace veil::ui
