#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace veil {
class LibraryDatabase;
}

namespace veil::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `libraryPath` empty: VEIL_LIBRARY or the default location.
    explicit MainWindow(const QString &libraryPath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<LibraryDatabase> m_db;
    QLabel *m_emptyState = nullptr;
};

} // namespace veil::ui
