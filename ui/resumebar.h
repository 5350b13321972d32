#pragma once

#include "jobs/batchstore.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace veil::ui {

// A bar above the pages offering to resume an export that was interrupted (a crash, a
// kill, the app closed mid-export) or to discard it. It blocks nothing: the library
// stays usable while it is shown.
class ResumeBar : public QFrame
{
    Q_OBJECT

public:
    explicit ResumeBar(QWidget *parent = nullptr);

    void offer(const Batch &batch);
    qint64 batchId() const { return m_batchId; }
    QString text() const;
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *discardButton() const { return m_discard; }

signals:
    void resumeRequested(qint64 batchId);
    void discardRequested(qint64 batchId);

private:
    QLabel *m_label;
    QPushButton *m_resume;
    QPushButton *m_discard;
    qint64 m_batchId = 0;
};

} // namespace veil::ui
