#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace veil::ui {

// The status bar's view of the running job: what it does, its progress, a cancel
// button, and the failures of the last jobs, which stay listed until cleared. A finished
// job's summary ("319 faces found") is news, not state: it goes after a while, or when
// the user turns to something else (clearFinished), so it is not read as the state of
// what the user does next.
class JobStatus : public QWidget
{
    Q_OBJECT

public:
    // Stays: a lasting state, such as a library that could not be opened.
    enum class Summary { Fades, Stays };

    explicit JobStatus(QWidget *parent = nullptr);

    void startJob(const QString &description);
    void setProgress(int done, int total);
    void finishJob(const QString &summary, Summary kind = Summary::Fades);
    // How long a summary that fades is shown (10 s unless set).
    void setSummaryTimeout(int ms);
    // Drops a finished job's summary now; a running job's progress stays.
    void clearFinished();
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
    QTimer *m_expiry;
    QStringList m_failures;
};

} // namespace veil::ui
