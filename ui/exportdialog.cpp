#include "exportdialog.h"

#include "dialoghooks.h"
#include "exportplan.h"
#include "futures.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/dbwriter.h"
#include "library/photorepository.h"
#include "settings/settings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace veil::ui {

ExportDialog::ExportDialog(LibraryDatabase &db, DbWriter &writer, Settings &settings, QList<qint64> photoIds,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_writer(writer)
    , m_settings(settings)
    , m_ids(std::move(photoIds))
    , m_dir(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_shape(new QComboBox(this))
    , m_maskScale(new QDoubleSpinBox(this))
    , m_format(new QComboBox(this))
    , m_quality(new QSpinBox(this))
    , m_metadata(new QComboBox(this))
    , m_naming(new QLineEdit(this))
    , m_overwrite(new QCheckBox(tr("Replace existing exports"), this))
    , m_verifyFaces(new QCheckBox(tr("Check the output for faces left visible (slower)"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QPlainTextEdit(this))
{
    using namespace SettingKeys;
    setWindowTitle(tr("Export %n Photo(s)", nullptr, int(m_ids.size())));
    const QString dir = settings.value(ExportDirectory);
    m_dir->setText(dir.isEmpty() ? QDir::home().filePath(QStringLiteral("Veil exports")) : dir);
    m_dir->setAccessibleName(tr("Destination folder"));
    fillChoice(m_method, anonymizeMethodNames(), settings.value(AnonymizeMethod));
    fillChoice(m_shape, anonymizeShapeNames(), settings.value(AnonymizeShape));
    m_maskScale->setRange(1.0, 4.0);
    m_maskScale->setSingleStep(0.1);
    m_maskScale->setValue(settings.value(MaskScale));
    fillChoice(m_format, exportFormatNames(), settings.value(ExportFormat));
    m_quality->setRange(1, 100);
    m_quality->setValue(settings.value(ExportQuality));
    fillChoice(m_metadata, metadataPolicyNames(), settings.value(ExportMetadata));
    m_naming->setText(settings.value(ExportNaming));
    m_naming->setToolTip(tr("{name} is the original's name, {ext} the output extension"));
    m_verifyFaces->setChecked(true);
    m_progress->hide();
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Export summary"));
    m_summary->hide();

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = Dialogs::getExistingDirectory(this, tr("Export To"), m_dir->text());
        if (!d.isEmpty())
            m_dir->setText(d);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dir, 1);
    dirRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Destination:"), dirRow);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Mask &shape:"), m_shape);
    form->addRow(tr("Mask s&cale:"), m_maskScale);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Quality:"), m_quality);
    form->addRow(tr("Me&tadata:"), m_metadata);
    form->addRow(tr("File &names:"), m_naming);
    form->addRow(QString(), m_overwrite);
    form->addRow(QString(), m_verifyFaces);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);
    resize(560, 440);
}

ExportDialog::~ExportDialog() = default;

AnonymizeBatchJob *ExportDialog::job() const
{
    return m_job;
}

void ExportDialog::reject()
{
    if (!isRunning()) {
        QDialog::reject();
        return;
    }
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
    m_close->setEnabled(false); // until the photos being worked on reach a stage boundary
}

void ExportDialog::setOutputDirectory(const QString &dir)
{
    m_dir->setText(dir);
}

void ExportDialog::setVerifyFaces(bool verify)
{
    m_verifyFaces->setChecked(verify);
}

bool ExportDialog::isRunning() const
{
    return m_starting || (m_job && m_job->isRunning());
}

QString ExportDialog::summary() const
{
    return m_summary->toPlainText();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.photoIds = m_ids;
    r.outputDirectory = m_dir->text().trimmed();
    r.nameTemplate = m_naming->text().trimmed();
    methodFromName(m_method->currentData().toString(), &r.options.obfuscation.method);
    shapeFromName(m_shape->currentData().toString(), &r.options.obfuscation.shape);
    r.options.obfuscation.maskScale = m_maskScale->value();
    outputFormatFromName(m_format->currentData().toString(), &r.options.format);
    r.options.quality = m_quality->value();
    policyFromName(m_metadata->currentData().toString(), &r.options.metadata);
    r.options.overwrite = m_overwrite->isChecked();
    presetFromName(m_settings.value(SettingKeys::DetectionPreset), &r.detector.preset);
    r.verifyFaces = m_verifyFaces->isChecked();
    return r;
}

void ExportDialog::saveDefaults()
{
    using namespace SettingKeys;
    m_settings.setValue(ExportDirectory, m_dir->text().trimmed());
    m_settings.setValue(AnonymizeMethod, m_method->currentData().toString());
    m_settings.setValue(AnonymizeShape, m_shape->currentData().toString());
    m_settings.setValue(MaskScale, m_maskScale->value());
    m_settings.setValue(ExportFormat, m_format->currentData().toString());
    m_settings.setValue(ExportQuality, m_quality->value());
    m_settings.setValue(ExportMetadata, m_metadata->currentData().toString());
    m_settings.setValue(ExportNaming, m_naming->text().trimmed());
}

bool ExportDialog::startExport()
{
    if (isRunning() || m_ids.isEmpty())
        return false;
    const ExportRequest r = request();
    if (r.outputDirectory.isEmpty() || r.nameTemplate.isEmpty()) {
        m_summary->show();
        m_summary->setPlainText(tr("Choose a destination folder and a file name pattern."));
        return false;
    }
    saveDefaults();
    m_finished = false;
    m_failures.clear();
    m_summary->clear();
    m_summary->hide();
    m_progress->setRange(0, 0); // busy until the batch is recorded
    m_progress->show();
    m_start->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setText(tr("Cancel"));
    m_starting = true;
    m_cancelRequested = false;
    const QJsonObject extra{{QStringLiteral("outputDir"), r.outputDirectory},
                            {QStringLiteral("nameTemplate"), r.nameTemplate},
                            {QStringLiteral("origin"), QStringLiteral("export-dialog")}};
    whenFinished(createAnonymizeBatch(m_writer, exportBatchOptions(r), extra, planExport(m_db, r)), this,
                 [this, r](const CreatedBatch &created) {
                     m_starting = false;
                     if (!created.id) {
                         m_failures.append(
                             tr("The export could not be recorded in the library: %1").arg(created.error));
                         showSummary(false);
                         return;
                     }
                     run(created.id, r);
                 });
    return true;
}

void ExportDialog::run(qint64 batchId, const ExportRequest &request)
{
    delete m_job;
    const int threads = std::clamp(QThread::idealThreadCount() - 1, 2, 4);
    m_job = new AnonymizeBatchJob(m_writer, batchId, exportBatchOptions(request), threads, this);
    connect(m_job, &AnonymizeBatchJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_job, &AnonymizeBatchJob::itemFinished, this, [this](const BatchItem &item) {
        if (!item.photoId)
            return;
        // A success is recorded by the pipeline (export row, log, status "exported").
        if (item.state == ItemState::Failed)
            PhotoRepository(m_db).setReviewStatus(item.photoId, ReviewStatus::Failed);
        emit photoExported(item.photoId);
    });
    connect(m_job, &AnonymizeBatchJob::finished, this, &ExportDialog::showSummary);
    m_job->start();
    if (m_cancelRequested)
        m_job->cancel();
}

void ExportDialog::showSummary(bool cancelled)
{
    int exported = 0;
    if (m_job) {
        exported = m_job->exportedCount();
        for (const BatchItem &item : m_job->failedItems())
            m_failures.append(item.inputPath.isEmpty()
                                  ? item.error
                                  : QStringLiteral("%1: %2").arg(QFileInfo(item.inputPath).fileName(), item.error));
    }
    QString text = tr("%n photo(s) exported to %1.", nullptr, exported).arg(m_dir->text());
    if (cancelled)
        text += QLatin1Char('\n') + tr("The export was cancelled.");
    if (!m_failures.isEmpty())
        text += QLatin1Char('\n') + tr("%n photo(s) failed:", nullptr, int(m_failures.size())) + QLatin1Char('\n')
            + m_failures.join(QLatin1Char('\n'));
    if (m_job)
        for (const QString &w : m_job->warnings())
            text += QLatin1Char('\n') + tr("Warning: %1").arg(w);
    m_summary->setPlainText(text);
    m_summary->show();
    m_progress->hide();
    m_start->setEnabled(true);
    m_close->setEnabled(true);
    m_close->setText(tr("Close"));
    m_finished = true;
    emit exportFinished();
}

} // namespace veil::ui
