#pragma once

// Where a long command is, for a person watching a terminal: one line on stderr that is
// redrawn in place (done/total, photos per second, ETA, failures so far), and a summary
// at the end. When stderr is not a terminal, or the output is JSON, it prints nothing:
// scripts see the command's output exactly as before.

#include "command.h"

#include <QElapsedTimer>
#include <atomic>

namespace veil::cli {

class ProgressLine
{
public:
    // `alreadyDone` of `total` were done before this run (a continued batch): the rate
    // and the ETA count only this run's photos.
    ProgressLine(Context &ctx, int total, bool enabled, int alreadyDone = 0);
    ~ProgressLine(); // clears the line if finish() was not called

    bool enabled() const { return m_enabled; }
    void setTotal(int total) { m_total = total; }
    int done() const { return m_done; }
    // Redraws the line, at most ten times a second (always for the last photo).
    void update(int done, int failed);
    // Prints a whole line (a failure, a note) above the progress line.
    void note(const QString &line);
    // Takes the line away before the command writes to stdout, when stdout is the same
    // terminal; the next update() draws it again.
    void clearForOutput();
    // Replaces the line with the summary of the run.
    void finish(int done, int failed);

    // One photo of a loop: clears the line for the photo's own output and, when the
    // iteration ends (however it ends), counts the photo and redraws the line.
    class Step
    {
    public:
        Step(ProgressLine &line, const int &failed)
            : m_line(line)
            , m_failed(failed)
        {
            m_line.clearForOutput();
        }
        ~Step() { m_line.update(m_line.m_done + 1, m_failed); }
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

    private:
        ProgressLine &m_line;
        const int &m_failed;
    };
    Step step(const int &failed) { return Step(*this, failed); }

    // "1:05", "12:03", "1:02:03"
    static QString duration(qint64 seconds);

private:
    void clear();

    Context &m_ctx;
    int m_total;
    int m_base;
    bool m_enabled;
    bool m_shown = false;
    int m_done = 0;
    int m_failed = 0;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

// Ctrl-C (SIGINT) while a command runs: the first press asks it to stop at the next photo
// boundary, the second to stop as soon as the current stage ends; a third one ends the
// process the default way. Installed for the guard's lifetime.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    // How many times Ctrl-C was pressed since the guard was installed.
    static int presses();
    static bool stopRequested() { return presses() > 0; }

private:
    void (*m_previous)(int);
};

} // namespace veil::cli
