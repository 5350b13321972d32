#include "activitydialog.h"

#include "dialoghooks.h"
#include "models/activitymodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace veil::ui {

ActivityDialog::ActivityDialog(LibraryDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new ActivityModel(this))
{
    setWindowTitle(tr("Activity Log"));
    auto *table = new QTableView(this);
    table->setModel(m_model);
    table->setAccessibleName(tr("Activity log"));
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, &ActivityDialog::exportCsv);
    connect(refresh, &QPushButton::clicked, this, &ActivityDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(820, 480);
    reload();
    table->resizeColumnsToContents();
}

void ActivityDialog::reload()
{
    m_model->reload(m_db);
}

bool ActivityDialog::exportCsv()
{
    const QString path = Dialogs::getSaveFileName(this, tr("Export Activity Log"),
                                                  QDir::home().filePath(QStringLiteral("veil-activity.csv")),
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export Activity Log"),
                             tr("%1: could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace veil::ui
