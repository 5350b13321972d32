// Issue 17: long commands tell a person at a terminal where they are. `veil-cli
// anonymize`, run under a pseudo-terminal, redraws one progress line (done/total,
// photos/s, ETA) and ends with a summary; without a terminal its output is what it
// always was. Ctrl-C stops it at a photo boundary, says how to continue, and running the
// same command again continues the batch.
#include "../testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct PtyRun
{
    int code = -1;
    QByteArray output; // stdout and stderr, as the terminal received them
};

// Runs veil-cli with stdout and stderr on a pseudo-terminal. `onOutput` sees the output
// so far and may send the process a signal; it returns true once it has done so.
PtyRun runOnTerminal(const QStringList &args, const QByteArray &library,
                     const std::function<bool(const QByteArray &, pid_t)> &onOutput = {})
{
    PtyRun run;
    QList<QByteArray> argv8{QByteArrayLiteral(VEIL_TEST_BIN_DIR "/veil-cli")};
    for (const QString &a : args)
        argv8.append(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    struct winsize size
    {
    };
    size.ws_col = 120;
    size.ws_row = 40;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, &size);
    if (pid < 0)
        return run;
    if (pid == 0) {
        setenv("VEIL_LIBRARY", library.constData(), 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    bool signalled = false;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        pollfd p{master, POLLIN, 0};
        if (poll(&p, 1, 200) > 0) {
            char buf[4096];
            const ssize_t n = read(master, buf, sizeof buf);
            if (n <= 0)
                break; // EIO once the child closed the terminal
            run.output.append(buf, n);
        }
        if (!signalled && onOutput)
            signalled = onOutput(run.output, pid);
        if (clock.elapsed() > 240000) {
            kill(pid, SIGKILL);
            break;
        }
    }
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The "N/T photos" counts drawn by the progress line, in order.
QList<int> progressCounts(const QByteArray &output, int total)
{
    QList<int> counts;
    const QRegularExpression re(QStringLiteral("\\r\\x1b\\[K(\\d+)/%1 photos  [0-9.]+ photos/s  ETA ").arg(total));
    auto it = re.globalMatch(QString::fromUtf8(output));
    while (it.hasNext())
        counts.append(it.next().captured(1).toInt());
    return counts;
}

} // namespace

class TestCliProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_in;
    int m_photos = 0;

    QStringList anonymizeArgs(const QString &out) const
    {
        return {QStringLiteral("anonymize"), m_in,
                QStringLiteral("-o"),        out,
                QStringLiteral("--preset"),  QStringLiteral("fast"),
                QStringLiteral("--jobs"),    QStringLiteral("1")};
    }

private slots:
    void initTestCase()
    {
        // Small photos with faces (416x416 or less): the test is about the terminal.
        m_in = m_dir.filePath(QStringLiteral("in"));
        QDir().mkpath(m_in);
        QDirIterator it(veil::test::sharedPath(QStringLiteral("data/wider-dev/images")), {QStringLiteral("*.jpg")});
        QStringList sources;
        while (it.hasNext())
            sources.append(it.next());
        sources.sort();
        for (int i = 0; i < 6; ++i)
            QVERIFY(QFile::copy(sources[i], m_in + QLatin1Char('/') + QFileInfo(sources[i]).fileName()));
        m_photos = 6;
    }

    void progressLineOnATerminal()
    {
        const QString out = m_dir.filePath(QStringLiteral("tty"));
        const PtyRun run = runOnTerminal(anonymizeArgs(out), m_dir.filePath(QStringLiteral("tty.sqlite")).toUtf8());
        QVERIFY2(run.code == 0, run.output.constData());
        const QList<int> counts = progressCounts(run.output, m_photos);
        // The line is redrawn as photos finish: from 0 up to all of them, never backwards.
        QVERIFY2(counts.size() >= 3, run.output.constData());
        QCOMPARE(counts.first(), 0);
        QCOMPARE(counts.last(), m_photos);
        QVERIFY(std::is_sorted(counts.cbegin(), counts.cend()));
        QVERIFY2(QSet<int>(counts.cbegin(), counts.cend()).size() >= 3, run.output.constData());
        // An ETA in minutes:seconds once the first photo is done.
        QVERIFY2(QRegularExpression(QStringLiteral("ETA \\d+:\\d\\d")).match(QString::fromUtf8(run.output)).hasMatch(),
                 run.output.constData());
        // The summary replaces the line at the end.
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("\\r\\x1b\\[K%1 of %1 photos? done in \\d+:\\d\\d \\([0-9.]+ photos/s\\), 0 failed")
                    .arg(m_photos))
                .match(QString::fromUtf8(run.output))
                .hasMatch(),
            run.output.constData());
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), m_photos);
    }

    void unchangedWithoutATerminal()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_LIBRARY"), m_dir.filePath(QStringLiteral("pipe.sqlite")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), anonymizeArgs(m_dir.filePath(QStringLiteral("pipe"))));
        QVERIFY(p.waitForFinished(240000));
        QCOMPARE(p.exitCode(), 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!err.contains(QLatin1Char('\r')) && !err.contains(QStringLiteral("photos/s")), qPrintable(err));
        // One line per photo and the count, as before issue 17: nothing else.
        QCOMPARE(lines.size(), m_photos + 1);
        const QRegularExpression item(QStringLiteral("^.+\\.jpg -> .+ \\(\\d+ faces? anonymized\\)$"));
        for (int i = 0; i < m_photos; ++i)
            QVERIFY2(item.match(lines[i]).hasMatch(), qPrintable(lines[i]));
        QCOMPARE(lines.last(), QStringLiteral("%1 exported, 0 failed").arg(m_photos));
    }

    void ctrlCStopsAtAPhotoBoundary()
    {
        const QString out = m_dir.filePath(QStringLiteral("stopped"));
        const QByteArray library = m_dir.filePath(QStringLiteral("stopped.sqlite")).toUtf8();
        // Ctrl-C once the first photo is done.
        const PtyRun run = runOnTerminal(anonymizeArgs(out), library, [this](const QByteArray &output, pid_t pid) {
            const QList<int> counts = progressCounts(output, m_photos);
            if (counts.isEmpty() || counts.last() < 1)
                return false;
            kill(pid, SIGINT);
            return true;
        });
        const QString text = QString::fromUtf8(run.output);
        QCOMPARE(run.code, 2);
        QVERIFY2(text.contains(QStringLiteral("Stopping after the photos in progress")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Run the same command again")), qPrintable(text));
        const QRegularExpressionMatch stopped =
            QRegularExpression(QStringLiteral("Stopped: (\\d+) of %1 photos? done").arg(m_photos)).match(text);
        QVERIFY2(stopped.hasMatch(), qPrintable(text));
        const int done = stopped.captured(1).toInt();
        QVERIFY2(done >= 1 && done < m_photos, qPrintable(text));
        // A photo boundary: each photo done has its output, nothing half-written.
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), done);

        // The same command continues the batch and finishes it.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_LIBRARY"), QString::fromUtf8(library));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VEIL_TEST_BIN_DIR "/veil-cli"), anonymizeArgs(out));
        QVERIFY(p.waitForFinished(240000));
        const QString again = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        // English plurals come from core/i18n/englishplurals: "photo(s)" reads "photos".
        QVERIFY2(QRegularExpression(QStringLiteral("Continuing batch 1: %1 of %2 photos? left").arg(m_photos - done).arg(m_photos))
                     .match(again)
                     .hasMatch(),
                 qPrintable(again));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), m_photos);
    }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cliprogress.moc"
