#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace veil::ui {

namespace {
void setChoicesKeeping(QComboBox *box, const QString &allText, const QStringList &values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_faces(new QComboBox(this))
    , m_camera(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_dateEnabled(new QCheckBox(tr("Taken"), this))
    , m_from(new QDateEdit(QDate::currentDate().addYears(-1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_sort(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Archived"), this))
{
    m_search->setPlaceholderText(tr("Search file names"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search file names"));
    // Room for a file name: the combo boxes beside it would squeeze it to a few characters.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);

    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("New"), int(ReviewStatus::New));
    m_status->addItem(tr("Needs review"), int(ReviewStatus::NeedsReview));
    m_status->addItem(tr("Reviewed"), int(ReviewStatus::Reviewed));
    m_status->addItem(tr("Exported"), int(ReviewStatus::Exported));
    m_status->addItem(tr("Changed since export"), int(ReviewStatus::ChangedSinceExport));
    m_status->addItem(tr("Failed"), int(ReviewStatus::Failed));
    m_status->setAccessibleName(tr("Review status"));

    m_faces->addItem(tr("Any faces"), int(PhotoFilter::Faces::Any));
    m_faces->addItem(tr("With faces"), int(PhotoFilter::Faces::WithFaces));
    m_faces->addItem(tr("With uncertain faces"), int(PhotoFilter::Faces::WithUncertain));
    m_faces->addItem(tr("Without faces"), int(PhotoFilter::Faces::WithoutFaces));
    m_faces->setAccessibleName(tr("Faces"));

    setChoicesKeeping(m_camera, tr("All cameras"), {});
    m_camera->setAccessibleName(tr("Camera model"));
    setChoicesKeeping(m_tag, tr("All tags"), {});
    m_tag->setAccessibleName(tr("Tag"));

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("Taken from"));
    m_to->setAccessibleName(tr("Taken until"));
    m_dateEnabled->setAccessibleName(tr("Filter by date taken"));

    m_sort->addItem(tr("Sort by date taken"), int(PhotoFilter::Sort::DateTaken));
    m_sort->addItem(tr("Sort by date imported"), int(PhotoFilter::Sort::DateImported));
    m_sort->addItem(tr("Sort by name"), int(PhotoFilter::Sort::Name));
    m_sort->setAccessibleName(tr("Sort order"));
    m_archived->setAccessibleName(tr("Show archived photos"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_faces);
    layout->addWidget(m_camera);
    layout->addWidget(m_tag);
    layout->addWidget(m_dateEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_archived);
    layout->addWidget(m_sort);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitChanged);
    for (QComboBox *box : {m_status, m_faces, m_camera, m_tag, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_archived, &QCheckBox::toggled, this, &FilterBar::emitChanged);
}

void FilterBar::setFacesFilter(PhotoFilter::Faces faces)
{
    m_faces->setCurrentIndex(std::max(0, m_faces->findData(int(faces))));
}

PhotoFilter FilterBar::filter() const
{
    PhotoFilter f;
    f.text = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statuses.insert(ReviewStatus(status));
    f.faces = PhotoFilter::Faces(m_faces->currentData().toInt());
    f.cameraModel = m_camera->currentData().toString();
    f.tag = m_tag->currentData().toString();
    if (m_dateEnabled->isChecked()) {
        f.takenFrom = m_from->date();
        f.takenTo = m_to->date();
    }
    f.sort = PhotoFilter::Sort(m_sort->currentData().toInt());
    f.showArchived = m_archived->isChecked();
    f.similarTo = m_similarTo;
    return f;
}

void FilterBar::setChoices(const QStringList &cameraModels, const QStringList &tags)
{
    setChoicesKeeping(m_camera, tr("All cameras"), cameraModels);
    setChoicesKeeping(m_tag, tr("All tags"), tags);
}

void FilterBar::setShowArchived(bool show)
{
    m_archived->setChecked(show);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearSimilar()
{
    if (!m_similarTo)
        return;
    m_similarTo.reset();
    emitChanged();
}

void FilterBar::setSimilarTo(quint64 hash)
{
    m_similarTo = hash;
    emitChanged();
}

void FilterBar::emitChanged()
{
    emit filterChanged(filter());
}

} // namespace veil::ui
