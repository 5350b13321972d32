#pragma once

#include "models/photofiltermodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace veil::ui {

// The row of filters and the sort order above the grid.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    PhotoFilter filter() const;
    // Refreshes the camera and tag choices, keeping the current selection.
    void setChoices(const QStringList &cameraModels, const QStringList &tags);
    void setShowArchived(bool show);
    // Chooses the faces filter ("With uncertain faces" for reviewing what an export found).
    void setFacesFilter(PhotoFilter::Faces faces);
    void focusSearch();
    void clearSimilar();
    void setSimilarTo(quint64 hash);

signals:
    void filterChanged(const veil::PhotoFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_faces;
    QComboBox *m_camera;
    QComboBox *m_tag;
    QCheckBox *m_dateEnabled;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_sort;
    QCheckBox *m_archived;
    std::optional<quint64> m_similarTo;
};

} // namespace veil::ui
