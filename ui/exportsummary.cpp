#include "exportsummary.h"

#include "paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace veil::ui {

// The translation context of the summary's texts.
class ExportSummary
{
    Q_DECLARE_TR_FUNCTIONS(veil::ui::ExportSummary)
};

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

// The report's metadata names (metadataInventory, buildExifBlock) in the user's words, the
// most revealing first; a name this version does not know is shown as it is.
QStringList metadataWords(const QStringList &names, bool exifPartlyKept)
{
    struct Word
    {
        const char *name;
        QString text;
    };
    const Word words[] = {
        {"gps", ExportSummary::tr("GPS position")},
        {"serial-number", ExportSummary::tr("camera serial number")},
        {"owner", ExportSummary::tr("owner, author and copyright names")},
        {"unique-id", ExportSummary::tr("unique image ID")},
        {"exif-thumbnail", ExportSummary::tr("embedded thumbnail")},
        {"exif-comment", ExportSummary::tr("descriptions and comments")},
        {"maker-notes", ExportSummary::tr("maker notes")},
        {"xmp", ExportSummary::tr("XMP")},
        {"iptc", ExportSummary::tr("IPTC")},
        {"photoshop-app13", ExportSummary::tr("Photoshop data")},
        {"comment", ExportSummary::tr("JPEG comment")},
        {"png-text", ExportSummary::tr("PNG text")},
        {"png-time", ExportSummary::tr("PNG time stamp")},
        {"exif-unreadable", ExportSummary::tr("unreadable EXIF data")},
        // Rebuilt from the allowlist: with "Keep safe metadata" part of it stays.
        {"exif", exifPartlyKept ? ExportSummary::tr("other EXIF data") : ExportSummary::tr("EXIF data")},
        {"date-taken", ExportSummary::tr("date taken")},
        {"camera-make-model", ExportSummary::tr("camera make and model")},
        {"exposure", ExportSummary::tr("exposure settings")},
        {"orientation", ExportSummary::tr("orientation")},
        {"icc-profile", ExportSummary::tr("colour profile")},
    };
    QStringList out;
    for (const Word &w : words)
        if (names.contains(QLatin1String(w.name)))
            out.append(w.text);
    for (const QString &n : names) {
        const bool known = std::any_of(std::begin(words), std::end(words),
                                       [&n](const Word &w) { return n == QLatin1String(w.name); });
        if (known)
            continue;
        if (n.size() > 3 && n.startsWith(QLatin1String("app")))
            out.append(ExportSummary::tr("application data (APP%1 segment)").arg(n.mid(3)));
        else
            out.append(n);
    }
    return out;
}

// Undecided candidates hidden without review: blurred, but no one looked.
bool undecidedHidden(const BatchItem &item)
{
    for (const QJsonValue &f : item.result.value(QStringLiteral("faces")).toArray())
        if (f.toObject().value(QStringLiteral("uncertain")).toBool()
            && f.toObject().value(QStringLiteral("anonymize")).toBool(true))
            return true;
    return false;
}

// What verification checked in the hidden regions of an export, from its report: that each
// was changed from the original (the region-change check, docs/export.md) and that no face
// is found in them. An export resumed from an older record may lack either: then it is not
// claimed.
QString checkedWords(const QJsonObject &verification, int anonymized, bool facesChecked)
{
    const bool faces = verification.value(QStringLiteral("facesChecked")).toBool();
    const bool changed = verification.value(QStringLiteral("changeChecked")).toBool();
    const int compared = verification.value(QStringLiteral("regionsCompared")).toInt();
    // Regions with no detail to hide (or under ~5 px) are not judged: "every" would overstate.
    const bool all = verification.value(QStringLiteral("regionsFlat")).toInt() == 0;
    if (changed && faces)
        return all ? ExportSummary::tr("checked: every hidden region changed, no face found in them")
                   : ExportSummary::tr("checked: %1 of the %n hidden region(s) changed (the others too plain or small "
                                       "to judge), no face found in them",
                                       nullptr, anonymized)
                         .arg(compared);
    if (changed)
        return all ? ExportSummary::tr("checked: every hidden region changed; not checked for faces")
                   : ExportSummary::tr("checked: %1 of the %n hidden region(s) changed (the others too plain or small "
                                       "to judge); not checked for faces",
                                       nullptr, anonymized)
                         .arg(compared);
    if (faces)
        return ExportSummary::tr("checked: no face found in the %n hidden region(s)", nullptr, anonymized);
    return facesChecked ? QString() : ExportSummary::tr("hidden regions not checked for faces");
}

// What the summary shows first: what went wrong before what went well.
enum class Kind { NotExported, NotReplaced, Skipped, Warning, Exported };

struct Line
{
    Kind kind;
    QString text;
};

Line line(const BatchItem &item, const ExportOutcome &outcome)
{
    const bool facesChecked = outcome.facesChecked;
    const QString name = QFileInfo(item.inputPath).fileName();
    const QJsonObject verification = item.result.value(QStringLiteral("verification")).toObject();
    const int anonymized = int(item.result.value(QStringLiteral("anonymized")).toArray().size());
    // "kept" lists every box left visible; possible faces (weak detections) among them were
    // never decided on, so they are not "left visible by your choice".
    int kept = int(item.result.value(QStringLiteral("kept")).toArray().size());
    int possibleLeft = 0;
    for (const QJsonValue &f : item.result.value(QStringLiteral("faces")).toArray())
        possibleLeft += f.toObject().value(QStringLiteral("possible")).toBool(); // never blurred
    kept = std::max(0, kept - possibleLeft);
    const int found = int(verification.value(QStringLiteral("facesFound")).toArray().size());
    const QStringList forbidden = strings(verification.value(QStringLiteral("forbiddenMetadata")));
    const QStringList metadataKept = strings(item.result.value(QStringLiteral("metadataKept")));
    QStringList parts;
    if (item.state == ItemState::Exported) {
        // Adopted from an earlier export of the same job (same source, settings and boxes,
        // the file unchanged since): nothing was written now, and the rest of the line is
        // what that export found.
        if (item.result.contains(QStringLiteral("earlierBatch")))
            parts.append(ExportSummary::tr("already exported as %1 with the same settings and boxes: left as it was, "
                                           "nothing written")
                             .arg(QFileInfo(item.outputPath).fileName()));
        else
            parts.append(ExportSummary::tr("exported as %1").arg(QFileInfo(item.outputPath).fileName()));
        parts.append(ExportSummary::tr("%n face(s) hidden", nullptr, anonymized));
        int undecided = 0; // hidden, but no one looked whether they are faces
        for (const QJsonValue &f : item.result.value(QStringLiteral("faces")).toArray())
            undecided += f.toObject().value(QStringLiteral("uncertain")).toBool()
                && f.toObject().value(QStringLiteral("anonymize")).toBool(true);
        if (undecided > 0)
            parts.append(ExportSummary::tr("%n of them undecided candidate(s), hidden without review", nullptr,
                                           undecided));
        if (const QString checked = anonymized > 0 ? checkedWords(verification, anonymized, facesChecked) : QString();
            !checked.isEmpty())
            parts.append(checked);
    } else if (exportNotReplaced(item) && item.photoId && outcome.staleExports.contains(item.photoId)) {
        // Left as it was is right (nothing replaced without being asked), but that file is
        // the photo as it was published before the boxes changed: say so, and how to fix it.
        parts.append(ExportSummary::tr("NOT exported: %1 is this photo's earlier export and does not have its "
                                       "current boxes. Tick “Replace existing exports” and export again to write "
                                       "them; until then the photo stays Changed since export.")
                         .arg(QDir::toNativeSeparators(item.outputPath)));
    } else if (item.state == ItemState::Failed) {
        parts.append(ExportSummary::tr("NOT exported: %1").arg(exportItemError(item)));
    } else {
        parts.append(ExportSummary::tr("not exported (the export stopped before it)"));
    }
    if (found > 0)
        parts.append(
            ExportSummary::tr("the check still found %n face(s) in the hidden regions (score %1)", nullptr, found)
                .arg(verification.value(QStringLiteral("maxFaceScore")).toDouble(), 0, 'f', 2));
    if (!forbidden.isEmpty())
        parts.append(ExportSummary::tr("metadata left in the file: %1").arg(forbidden.join(QStringLiteral(", "))));
    if (kept > 0)
        parts.append(ExportSummary::tr("%n face(s) left visible by your choice", nullptr, kept));
    if (possibleLeft > 0)
        parts.append(ExportSummary::tr("%n possible face(s) not accepted, left visible", nullptr, possibleLeft));
    // What left the file, from this export's own inventory (absent from the result of an
    // export resumed after a crash: then nothing is claimed).
    if (item.state == ItemState::Exported && item.result.contains(QStringLiteral("metadataRemoved"))) {
        const QStringList removed = strings(item.result.value(QStringLiteral("metadataRemoved")));
        const bool exifKept = std::any_of(metadataKept.cbegin(), metadataKept.cend(),
                                          [](const QString &k) { return k != QLatin1String("icc-profile"); });
        if (removed.isEmpty())
            parts.append(ExportSummary::tr("no metadata to remove"));
        else
            parts.append(ExportSummary::tr("metadata removed: %1")
                             .arg(metadataWords(removed, exifKept).join(QStringLiteral(", "))));
    }
    if (item.state == ItemState::Exported && !metadataKept.isEmpty())
        parts.append(ExportSummary::tr("metadata kept: %1")
                         .arg(metadataWords(metadataKept, false).join(QStringLiteral(", "))));
    Kind kind = Kind::Exported;
    if (exportNotReplaced(item))
        kind = Kind::NotReplaced;
    else if (item.state != ItemState::Exported)
        kind = Kind::NotExported;
    else if (found > 0 || !forbidden.isEmpty() || kept > 0 || possibleLeft > 0 || undecidedHidden(item))
        kind = Kind::Warning;
    return {kind, name + QStringLiteral(": ") + parts.join(QStringLiteral("; "))};
}

QList<Line> orderedLines(const ExportOutcome &outcome)
{
    QList<Line> lines;
    for (const BatchItem &item : outcome.items)
        lines.append(line(item, outcome));
    for (const QString &s : outcome.skipped)
        lines.append({Kind::Skipped, ExportSummary::tr("%1: skipped, it still has undecided candidates").arg(s)});
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.kind < b.kind; });
    return lines;
}

// Each group of the summary: a heading with an icon and words that say it without the
// colour, then its photos. Exported photos come last and compact.
struct Group
{
    Kind kind;
    const char *icon; // summaryIconUrl()'s names
    QString color;
    QString heading;
};

} // namespace

QUrl summaryIconUrl(const QString &name)
{
    return QUrl(QStringLiteral("veil-summary:") + name);
}

bool exportNotReplaced(const BatchItem &item)
{
    return item.state == ItemState::Failed && item.result.value(QStringLiteral("notReplaced")).toBool();
}

QString exportItemError(const BatchItem &item)
{
    if (exportNotReplaced(item))
        return ExportSummary::tr("%1 exists already. To replace it, tick “Replace existing exports” and "
                                 "export again; or choose another folder or file names.")
            .arg(QDir::toNativeSeparators(item.outputPath));
    return item.error;
}

QStringList exportOutcomeLines(const ExportOutcome &outcome)
{
    QStringList lines;
    for (const Line &l : orderedLines(outcome))
        lines.append(l.text);
    return lines;
}

QString exportOutcomeHtml(const ExportOutcome &outcome, const QString &reportPath)
{
    int exported = 0, earlier = 0, failed = 0, notReplaced = 0;
    for (const BatchItem &item : outcome.items) {
        const bool adopted = item.result.contains(QStringLiteral("earlierBatch"));
        exported += item.state == ItemState::Exported && !adopted;
        earlier += item.state == ItemState::Exported && adopted;
        notReplaced += exportNotReplaced(item);
        failed += item.state == ItemState::Failed && !exportNotReplaced(item);
    }
    const QString red = QStringLiteral("#b3261e"), amber = QStringLiteral("#8a5300");
    const auto coloured = [](const QString &color, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, text);
    };
    QString html = QStringLiteral("<p><b>%1</b>")
                       .arg(ExportSummary::tr("%n photo(s) exported to %1.", nullptr, exported)
                                .arg(outcome.outputDirectory.toHtmlEscaped()));
    if (earlier)
        html += QStringLiteral("<br><b>%1</b>")
                    .arg(ExportSummary::tr("%n photo(s) already exported there earlier, unchanged.", nullptr, earlier));
    if (failed)
        html += QStringLiteral("<br><b>%1</b>")
                    .arg(coloured(red, ExportSummary::tr("%n photo(s) not exported.", nullptr, failed)));
    if (notReplaced)
        html += QStringLiteral("<br><b>%1</b>")
                    .arg(coloured(amber, ExportSummary::tr("%n photo(s) not exported: a file of the same name is there "
                                                           "already, left as it was.",
                                                           nullptr, notReplaced)));
    if (outcome.cancelled)
        html += QStringLiteral("<br>") + ExportSummary::tr("The export was cancelled.");
    html += QStringLiteral("</p>");
    const Group groups[] = {
        {Kind::NotExported, "error", red, ExportSummary::tr("Not exported")},
        {Kind::NotReplaced, "warning", amber, ExportSummary::tr("Not replaced: the file there was left as it was")},
        {Kind::Skipped, "warning", amber, ExportSummary::tr("Skipped")},
        {Kind::Warning, "warning", amber, ExportSummary::tr("Exported, with something to look at")},
        {Kind::Exported, "ok", QString(), ExportSummary::tr("Exported")},
    };
    const QList<Line> lines = orderedLines(outcome);
    for (const Group &g : groups) {
        QStringList items;
        for (const Line &l : lines)
            if (l.kind == g.kind)
                items.append(l.text);
        if (items.isEmpty())
            continue;
        const QString heading = QStringLiteral("<img src=\"%1\" width=\"16\" height=\"16\"> %2")
                                    .arg(summaryIconUrl(QLatin1String(g.icon)).toString(), g.heading.toHtmlEscaped());
        html += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
                    .arg(g.color.isEmpty() ? heading : coloured(g.color, heading));
        // Problems one per item, in full; successes compact: smaller, the file name first.
        const bool compact = g.kind == Kind::Exported;
        html += compact ? QStringLiteral("<ul style=\"margin-top:0px; font-size:small\">")
                        : QStringLiteral("<ul style=\"margin-top:0px\">");
        for (const QString &text : std::as_const(items)) {
            const qsizetype colon = text.indexOf(QStringLiteral(": "));
            html += QStringLiteral("<li><b>%1</b>%2</li>")
                        .arg(text.left(colon).toHtmlEscaped(), text.mid(colon).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    for (const QString &w : outcome.warnings)
        html += QStringLiteral("<p>%1</p>").arg(ExportSummary::tr("Warning: %1").arg(w).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(ExportSummary::tr(
                    "The check looks only inside the hidden regions: a face without a box is not found by it. "
                    "Look at every photo before you share it."));
    if (!reportPath.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(QUrl::fromLocalFile(reportPath).toString(QUrl::FullyEncoded),
                         ExportSummary::tr("Open the full report"));
    return html;
}

QJsonObject exportOutcomeJson(const ExportOutcome &outcome)
{
    QJsonArray results;
    for (const BatchItem &item : outcome.items) {
        QJsonObject o = item.result;
        o.insert(QStringLiteral("input"), item.inputPath);
        o.insert(QStringLiteral("status"), itemStateName(item.state));
        if (item.photoId)
            o.insert(QStringLiteral("photoId"), item.photoId);
        if (item.state == ItemState::Exported)
            o.insert(QStringLiteral("output"), item.outputPath);
        if (!item.error.isEmpty())
            o.insert(QStringLiteral("error"), item.error);
        results.append(o);
    }
    return {{QStringLiteral("tool"), QStringLiteral("veil export dialog")},
            {QStringLiteral("version"), versionString()},
            {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("outputDirectory"), outcome.outputDirectory},
            {QStringLiteral("cancelled"), outcome.cancelled},
            {QStringLiteral("facesChecked"), outcome.facesChecked},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(outcome.skipped)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)},
            {QStringLiteral("results"), results}};
}

} // namespace veil::ui
