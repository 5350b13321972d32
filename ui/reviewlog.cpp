#include "reviewlog.h"

#include "editor/editorpage.h"
#include "library/database.h"
#include "library/photorepository.h"

#include <QFileInfo>

namespace veil::ui {

ReviewLog::ReviewLog(LibraryDatabase &db, EditorPage *editor, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(editor, &EditorPage::photoLoaded, this, &ReviewLog::photoLoaded);
    connect(editor, &EditorPage::photoChanged, this, &ReviewLog::photoSaved);
}

void ReviewLog::photoLoaded(qint64 photoId)
{
    if (!m_baseline.contains(photoId))
        m_baseline.insert(photoId, PhotoRepository(m_db).faces(photoId));
}

void ReviewLog::photoSaved(qint64 photoId)
{
    PhotoRepository repo(m_db);
    const QList<FaceBox> after = repo.faces(photoId);
    const auto it = m_baseline.constFind(photoId);
    if (it != m_baseline.cend()) {
        const QString change = describe(*it, after);
        const std::optional<Photo> photo = repo.photo(photoId);
        if (!change.isEmpty() && photo)
            m_db.logActivity(QStringLiteral("review"),
                             QStringLiteral("%1: %2").arg(QFileInfo(photo->path).fileName(), change), photoId);
    }
    m_baseline.insert(photoId, after);
}

QString ReviewLog::describe(const QList<FaceBox> &before, const QList<FaceBox> &after)
{
    const auto overlap = [](const QRectF &a, const QRectF &b) {
        const QRectF i = a.intersected(b);
        const double inter = i.width() * i.height();
        const double uni = a.width() * a.height() + b.width() * b.height() - inter;
        return uni > 0 ? inter / uni : 0.0;
    };
    QList<bool> matched(after.size(), false);
    int accepted = 0, rejected = 0, removed = 0, adjusted = 0, keptVisible = 0, hidden = 0;
    int possibleAccepted = 0, possibleRejected = 0;
    for (const FaceBox &b : before) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < after.size() && found < 0; ++i)
            if (!matched[i] && after[i].rect == b.rect)
                found = i;
        if (found < 0) { // moved or resized: the most overlapping box left
            double best = 0.3;
            for (qsizetype i = 0; i < after.size(); ++i)
                if (!matched[i] && overlap(after[i].rect, b.rect) > best) {
                    best = overlap(after[i].rect, b.rect);
                    found = i;
                }
            if (found >= 0)
                ++adjusted;
        }
        if (found < 0) {
            ++(b.possible ? possibleRejected : b.uncertain ? rejected : removed);
            continue;
        }
        matched[found] = true;
        const FaceBox &a = after[found];
        // A possible face is never blurred until accepted: Y makes it a face, not "hidden again".
        if (b.possible && !a.possible)
            ++(a.anonymize ? possibleAccepted : keptVisible);
        else if (b.uncertain && !a.uncertain)
            ++(a.anonymize ? accepted : keptVisible);
        else if (b.anonymize != a.anonymize)
            ++(a.anonymize ? hidden : keptVisible);
    }
    const int added = int(std::count(matched.cbegin(), matched.cend(), false));
    QStringList parts;
    if (added)
        parts << tr("%n face(s) added", nullptr, added);
    if (accepted)
        parts << tr("%n candidate(s) accepted", nullptr, accepted);
    if (rejected)
        parts << tr("%n candidate(s) rejected", nullptr, rejected);
    if (possibleAccepted)
        parts << tr("%n possible face(s) accepted", nullptr, possibleAccepted);
    if (possibleRejected)
        parts << tr("%n possible face(s) rejected", nullptr, possibleRejected);
    if (removed)
        parts << tr("%n face(s) removed", nullptr, removed);
    if (adjusted)
        parts << tr("%n box(es) moved or resized", nullptr, adjusted);
    if (keptVisible)
        parts << tr("%n face(s) kept visible", nullptr, keptVisible);
    if (hidden)
        parts << tr("%n face(s) hidden again", nullptr, hidden);
    return parts.join(QStringLiteral(", "));
}

} // namespace veil::ui
