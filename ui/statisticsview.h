#pragma once

#include "library/librarystats.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace veil::ui {

// The library's statistics as charts: top camera models, imports per day over 30 days,
// the most common format, and the privacy counters.
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsView(QWidget *parent = nullptr);

    // Computes the statistics on a pool thread with its own connection to the library.
    void refresh(const QString &databasePath);
    void setStats(const LibraryStats &stats);
    // The sentence under the privacy counters explaining "Faces to anonymize: N of M".
    static QString facesNote(const LibraryStats &stats);
    const LibraryStats &stats() const { return m_stats; }

signals:
    void refreshed();

private:
    QWidget *modelsChart() const;
    QWidget *importsChart() const;

    LibraryStats m_stats;
    QGridLayout *m_layout;
    QLabel *m_summary;
    QLabel *m_privacy;
    QWidget *m_models = nullptr;
    QWidget *m_imports = nullptr;
    int m_generation = 0;
};

} // namespace veil::ui
