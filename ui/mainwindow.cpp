#include "mainwindow.h"

#include "library/database.h"
#include "library/photorepository.h"
#include "paths.h"

#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace veil::ui {

MainWindow::MainWindow(const QString &libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::make_unique<LibraryDatabase>(resolveLibraryPath(libraryPath)))
{
    setWindowTitle(QStringLiteral("Veil"));
    resize(1100, 720);
    m_emptyState = new QLabel(tr("Drop photos here"), this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_emptyState);
    QString error;
    if (!m_db->open(&error)) {
        statusBar()->showMessage(tr("The library could not be opened: %1").arg(error));
        return;
    }
    const int count = PhotoRepository(*m_db).count();
    statusBar()->showMessage(tr("%n photo(s) in the library", nullptr, count));
}

MainWindow::~MainWindow() = default;

} // namespace veil::ui
