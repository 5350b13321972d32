#pragma once

#include <QDialog>

namespace veil {
class ActivityModel;
class LibraryDatabase;
}

namespace veil::ui {

// The activity log (imports, anonymizations, exports, syncs), exportable as CSV.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(LibraryDatabase &db, QWidget *parent = nullptr);

    void reload();
    // Asks where (through Dialogs) and writes the CSV; false with a message on failure.
    bool exportCsv();
    ActivityModel *model() const { return m_model; }

private:
    LibraryDatabase &m_db;
    ActivityModel *m_model;
};

} // namespace veil::ui
