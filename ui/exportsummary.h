#pragma once

// What an export tells the user once it is over: per photo, what was hidden, what the
// check of the written file found (faces still detected, metadata left), what was kept
// on purpose, and why a photo was not exported. Also written as a JSON report.

#include "jobs/batchstore.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

namespace veil::ui {

struct ExportOutcome
{
    QList<BatchItem> items; // as the batch finished them, in batch order
    QString outputDirectory;
    bool cancelled = false;
    bool facesChecked = true; // "Check the output for faces left visible" was on
    QStringList warnings;
    QStringList skipped; // photos left out before the export (undecided candidates)
    // Of the photos not replaced: those Changed since export whose file in the way is their
    // own earlier export, which does not have their current boxes.
    QSet<qint64> staleExports;
};

// The export of `item` was refused because its output file exists ("Replace existing
// exports" was off): nothing was written, and that file (often an earlier export of the
// photo) stands. Not a failure of the photo.
bool exportNotReplaced(const BatchItem &item);
// Why `item` was not exported, in the app's words: a file in the way names the dialog's
// "Replace existing exports" (the export code's message names veil-cli's --overwrite).
QString exportItemError(const BatchItem &item);
// One line per photo (file name first), for the summary and the tests: the photos not
// exported first, then those not replaced, skipped, exported with something to look at
// (faces the check still found, metadata left, faces left visible, candidates hidden
// without review), and last those exported with nothing to report; in batch order within.
QStringList exportOutcomeLines(const ExportOutcome &outcome);
// The summary as HTML: a headline, the per-photo lines under a heading per group (with an
// icon, summaryIconUrl(): "error", "warning", "ok"), and a link to `reportPath`.
QString exportOutcomeHtml(const ExportOutcome &outcome, const QString &reportPath);
// The report as stored: every item's result with its input, output and error.
QJsonObject exportOutcomeJson(const ExportOutcome &outcome);
// Where the summary's HTML looks for its icons (the dialog adds them to its document).
QUrl summaryIconUrl(const QString &name);

} // namespace veil::ui
