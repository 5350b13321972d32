#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace veil::ui {

// The status bar's view of the running job: what it does, its progress, a cancel
// button, and the failures of the last jobs, which stay listed until cleared.
class JobStatus : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatus(QWidget *parent = nullptr);

    void startJob(const QString &description);
    void setProgress(int done, int total);
    void finishJob(const QString &summary);
    void addFailure(const QString &what);
    QStringList failures() const { return m_failures; }
    bool isBusy() const;
    QString text() const;

signals:
    void cancelRequested();

private:
    void showFailures();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QToolButton *m_failuresButton;
    QStringList m_failures;
};

} // namespace veil::ui
