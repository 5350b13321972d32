// The main window's export entry point and its documentation (screenshot) mode.
#include "editor/editorpage.h"
#include "exportdialog.h"
#include "jobstatus.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "statisticsview.h"

#include <QApplication>
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
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog] {
        for (const QString &f : dialog->failures())
            m_jobs->addFailure(f);
        applyObfuscationSettings(); // the dialog's choices are the new defaults
    });
    dialog->open();
    return dialog;
}

void MainWindow::showDocumentationPage(const QString &page, const QString &file)
{
    const auto capture = [this, file] {
        if (file.isEmpty())
            return;
        QTimer::singleShot(1500, this, [this, file] {
            grab().save(file);
            QApplication::quit();
        });
    };
    connect(this, &MainWindow::libraryReloaded, this, [this, page, capture] {
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
        } else {
            capture();
        }
    }, Qt::SingleShotConnection);
}

} // namespace veil::ui
