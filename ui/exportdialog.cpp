#include "exportdialog.h"

#include "dialoghooks.h"
#include "elidedlabel.h"
#include "export/outputnaming.h"
#include "exportplan.h"
#include "exportsummary.h"
#include "futures.h"
#include "jobs/anonymizebatchjob.h"
#include "jobs/dbwriter.h"
#include "library/database.h"
#include "library/exportstate.h"
#include "library/photorepository.h"
#include "models/photorow.h"
#include "settings/settings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStyle>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace veil::ui {

namespace {
// The photos among `ids` that have a candidate still marked uncertain. One query over the
// faces table, not one per photo: an export may hold the whole library.
QList<qint64> photosWithUndecided(LibraryDatabase &db, const QList<qint64> &ids)
{
    QSet<qint64> undecided;
    QSqlQuery q(db.database());
    if (q.exec(QStringLiteral("SELECT DISTINCT photo_id FROM faces WHERE uncertain = 1")))
        while (q.next())
            undecided.insert(q.value(0).toLongLong());
    QList<qint64> out;
    for (qint64 id : ids)
        if (undecided.contains(id))
            out.append(id);
    return out;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

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
    , m_example(new ElidedLabel(this))
    , m_undecidedNote(new QLabel(this))
    , m_summary(new QTextBrowser(this))
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
    m_naming->setToolTip(tr("{name} is the original's name, {ext} the output extension (added at the end when "
                            "the pattern does not place it)"));
    m_example->setEnabled(false);
    m_verifyFaces->setChecked(true);
    m_verifyFaces->setToolTip(tr("Runs the face detector over every hidden region of the written file; an export "
                                 "in which it still finds a face is removed and reported."));
    m_progress->hide();
    m_summary->setReadOnly(true);
    m_summary->setOpenLinks(false);
    m_summary->setAccessibleName(tr("Export summary"));
    m_summary->hide();
    connect(m_summary, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { Dialogs::openUrl(url); });
    connect(m_naming, &QLineEdit::textChanged, this, &ExportDialog::updateExample);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateExample);
    updateExample();

    m_undecided = photosWithUndecided(db, m_ids);
    m_undecidedNote->setWordWrap(true);
    m_undecidedNote->setText(
        tr("Candidates in %n of these photos have not been accepted or rejected yet. They are blurred unless "
           "you review them; you will be asked on Export.",
           nullptr, int(m_undecided.size())));
    m_undecidedNote->setStyleSheet(QStringLiteral("color: #b06000"));
    m_undecidedNote->setVisible(!m_undecided.isEmpty());

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
    // A row of a layout gets no buddy from QFormLayout: the label needs one for its mnemonic.
    form->addRow(buddyLabel(tr("&Destination:"), m_dir), dirRow);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Mask &shape:"), m_shape);
    form->addRow(tr("Mask s&cale:"), m_maskScale);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Quality:"), m_quality);
    form->addRow(tr("Me&tadata:"), m_metadata);
    form->addRow(tr("File &names:"), m_naming);
    form->addRow(QString(), m_example);
    form->addRow(QString(), m_overwrite);
    form->addRow(QString(), m_verifyFaces);

    auto *buttons = new QDialogButtonBox(this);
    // Beside the button box, not in it: the box shows every button it lays out.
    m_openFolder = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("&Open Folder"), this);
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { Dialogs::openUrl(QUrl::fromLocalFile(m_dir->text().trimmed())); });
    m_start = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_undecidedNote);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_openFolder);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);
    resize(640, 440); // wide enough for a summary line per photo; the summary never widens it
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

void ExportDialog::setNameTemplate(const QString &nameTemplate)
{
    m_naming->setText(nameTemplate);
}

QString ExportDialog::exampleName() const
{
    const std::optional<Photo> photo = m_ids.isEmpty() ? std::nullopt : PhotoRepository(m_db).photo(m_ids.first());
    const QString input = photo ? photo->path : QStringLiteral("photo.jpg");
    OutputFormat format = OutputFormat::Auto;
    outputFormatFromName(m_format->currentData().toString(), &format);
    const QString extension =
        extensionFor(resolvedOutputFormat(format, photo ? formatFromName(photo->format) : ImageFormat::Jpeg));
    QString error;
    const QString name = expandNameTemplate(m_naming->text().trimmed(), input, extension, &error);
    return name.isEmpty() ? error : name;
}

void ExportDialog::updateExample()
{
    m_example->setFullText(tr("For example: %1").arg(exampleName()));
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
    if (m_adjust)
        m_adjust(r);
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
    ExportRequest r = request();
    QString nameError;
    if (r.outputDirectory.isEmpty() || r.nameTemplate.isEmpty() ||
        expandNameTemplate(r.nameTemplate, QStringLiteral("photo.jpg"), QStringLiteral("jpg"), &nameError).isEmpty()) {
        m_summary->show();
        m_summary->setPlainText(nameError.isEmpty() ? tr("Choose a destination folder and a file name pattern.")
                                                    : nameError);
        return false;
    }
    m_skipped.clear();
    m_undecided = photosWithUndecided(m_db, m_ids); // the editor may have decided some meanwhile
    if (!m_undecided.isEmpty()) {
        const int n = int(m_undecided.size());
        const int choice = Dialogs::choose(
            this, tr("Undecided Candidates"),
            tr("Candidates in %n photo(s) have not been accepted or rejected yet. Exported now, every candidate "
               "is blurred, and no one has checked these photos for missed faces.",
               nullptr, n),
            {tr("Review Them First"), tr("Blur Them and Export"), tr("Skip These Photos")});
        if (choice < 0)
            return false;
        if (choice == 0) {
            emit reviewRequested(m_undecided);
            QDialog::reject();
            return false;
        }
        if (choice == 2) {
            PhotoRepository repo(m_db);
            for (qint64 id : std::as_const(m_undecided)) {
                r.photoIds.removeAll(id);
                if (const std::optional<Photo> p = repo.photo(id))
                    m_skipped.append(QFileInfo(p->path).fileName());
            }
            if (r.photoIds.isEmpty()) {
                m_summary->show();
                m_summary->setPlainText(tr("Every photo was skipped: nothing to export."));
                return false;
            }
        }
    }
    saveDefaults();
    m_finished = false;
    m_failures.clear();
    m_lines.clear();
    m_reportPath.clear();
    m_openFolder->hide();
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
                             created.held
                                 ? tr("The export was not run here: %1").arg(created.error)
                                 : tr("The export could not be recorded in the library: %1").arg(created.error));
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
        // A success is recorded by the pipeline (export row, log, status "exported"). A file
        // in the way that was not replaced is no failure of the photo: its status stays what
        // it was (an earlier export of it stands).
        if (item.state == ItemState::Failed && !exportNotReplaced(item))
            PhotoRepository(m_db).setReviewStatus(item.photoId, ReviewStatus::Failed);
        emit photoExported(item.photoId);
    });
    connect(m_job, &AnonymizeBatchJob::finished, this, &ExportDialog::showSummary);
    // The new batch was taken by another process (`veil-cli resume` at that very moment): it
    // exports these photos; this dialog says so and changes nothing.
    connect(m_job, &AnonymizeBatchJob::refused, this, [this](const QString &why) {
        m_job->deleteLater();
        m_job = nullptr;
        m_failures.append(tr("The export was not run here: %1").arg(why));
        showSummary(false);
    });
    m_job->start();
    if (m_cancelRequested)
        m_job->cancel();
}

QString ExportDialog::writeReport(const ExportOutcome &outcome)
{
    // Beside the library, not in the export folder: it names the originals' locations,
    // which must not travel with the photos shared from there.
    const QString dir = m_db.cacheDirectory() + QStringLiteral("/reports");
    QDir().mkpath(dir);
    const QString path =
        QDir(dir).filePath(QStringLiteral("export-%1.json")
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(exportOutcomeJson(outcome)).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return {};
    return path;
}

void ExportDialog::showSummary(bool cancelled)
{
    ExportOutcome outcome;
    outcome.outputDirectory = m_dir->text().trimmed();
    outcome.cancelled = cancelled;
    outcome.facesChecked = m_verifyFaces->isChecked();
    outcome.skipped = m_skipped;
    if (m_job) {
        outcome.items = m_job->items();
        outcome.warnings = m_job->warnings();
        // A file in the way that is the photo's own earlier export, while its boxes changed
        // since: the summary says that file does not have them (library/exportstate.h).
        for (const BatchItem &item : std::as_const(outcome.items)) {
            if (!exportNotReplaced(item) || !item.photoId)
                continue;
            const std::optional<PhotoRow> row = queryPhotoRow(m_db, item.photoId);
            if (row && row->status == ReviewStatus::ChangedSinceExport &&
                QFileInfo(lastExportPath(m_db, item.photoId)) == QFileInfo(item.outputPath))
                outcome.staleExports.insert(item.photoId);
        }
        for (const BatchItem &item : m_job->failedItems())
            m_failures.append(item.inputPath.isEmpty()
                                  ? exportItemError(item)
                                  : QStringLiteral("%1: %2").arg(QFileInfo(item.inputPath).fileName(),
                                                                 exportItemError(item)));
    }
    m_lines = exportOutcomeLines(outcome);
    if (!outcome.items.isEmpty())
        m_reportPath = writeReport(outcome);
    QString html = exportOutcomeHtml(outcome, m_reportPath);
    if (!m_job) // the batch could not be recorded
        for (const QString &f : std::as_const(m_failures))
            html += QStringLiteral("<p>%1</p>").arg(f.toHtmlEscaped());
    m_summary->setHtml(html);
    // The icons of the headings, from the platform's style (after setHtml, which clears
    // the document's resources).
    for (const auto &[name, icon] : {std::pair("error", QStyle::SP_MessageBoxCritical),
                                     std::pair("warning", QStyle::SP_MessageBoxWarning),
                                     std::pair("ok", QStyle::SP_DialogApplyButton)})
        m_summary->document()->addResource(QTextDocument::ImageResource, summaryIconUrl(QLatin1String(name)),
                                           style()->standardIcon(icon).pixmap(16, 16).toImage());
    m_summary->show();
    m_undecidedNote->hide(); // the summary says what became of those photos
    // Room for a line per photo: taller, never wider (the lines wrap), so the buttons stay
    // where the user's pointer is.
    resize(width(), std::max(height(), 640));
    m_progress->hide();
    m_openFolder->setVisible(m_job && m_job->exportedCount() > 0);
    m_start->setEnabled(true);
    m_close->setEnabled(true);
    m_close->setText(tr("Close"));
    m_finished = true;
    emit exportFinished();
}

} // namespace veil::ui
