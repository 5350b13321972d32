#include "progressline.h"

#include <QCoreApplication>
#include <csignal>

namespace veil::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

std::atomic_int interruptPresses{0};

void onInterrupt(int)
{
    if (++interruptPresses >= 2)
        std::signal(SIGINT, SIG_DFL); // a third press ends the process
}
} // namespace

ProgressLine::ProgressLine(Context &ctx, int total, bool enabled, int alreadyDone)
    : m_ctx(ctx)
    , m_total(total)
    , m_base(alreadyDone)
    , m_enabled(enabled && ctx.errIsTerminal)
{
    m_clock.start();
}

ProgressLine::~ProgressLine()
{
    clear();
}

QString ProgressLine::duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void ProgressLine::update(int done, int failed)
{
    m_done = done;
    m_failed = failed;
    if (!m_enabled)
        return;
    const qint64 elapsed = m_clock.elapsed();
    if (done < m_total && elapsed - m_lastDraw < 100)
        return;
    m_lastDraw = elapsed;
    const double rate = elapsed > 0 ? (done - m_base) * 1000.0 / double(elapsed) : 0.0;
    const QString eta =
        done > m_base && rate > 0 ? duration(qint64((m_total - done) / rate + 0.5)) : QStringLiteral("–");
    QString line = Tr::tr("%1/%2 photos  %3 photos/s  ETA %4")
                       .arg(done)
                       .arg(m_total)
                       .arg(rate, 0, 'f', rate < 10 ? 2 : 1)
                       .arg(eta);
    line += QStringLiteral("  ") + Tr::tr("%n failed", nullptr, failed);
    m_ctx.err << QStringLiteral("\r\x1b[K") << line;
    m_ctx.err.flush();
    m_shown = true;
}

void ProgressLine::note(const QString &line)
{
    if (!m_enabled) {
        m_ctx.err << line << Qt::endl;
        return;
    }
    clear();
    m_ctx.err << line << Qt::endl;
    m_lastDraw = -1000;
    update(m_done, m_failed);
}

void ProgressLine::finish(int done, int failed)
{
    if (!m_enabled)
        return;
    clear();
    const qint64 elapsed = m_clock.elapsed();
    const double rate = elapsed > 0 ? (done - m_base) * 1000.0 / double(elapsed) : 0.0;
    m_ctx.err << Tr::tr("%1 of %n photo(s) done in %2 (%3 photos/s), %4 failed", nullptr, m_total)
                     .arg(done)
                     .arg(duration(elapsed / 1000))
                     .arg(rate, 0, 'f', rate < 10 ? 2 : 1)
                     .arg(failed)
              << Qt::endl;
    m_enabled = false;
}

void ProgressLine::clearForOutput()
{
    if (m_ctx.outIsTerminal)
        clear();
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    m_ctx.err << QStringLiteral("\r\x1b[K");
    m_ctx.err.flush();
    m_shown = false;
}

InterruptGuard::InterruptGuard()
{
    interruptPresses = 0;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}

int InterruptGuard::presses()
{
    return interruptPresses.load();
}

} // namespace veil::cli
