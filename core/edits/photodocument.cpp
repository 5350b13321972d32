#include "photodocument.h"

#include "facecommands.h"
#include "facemerge.h"

#include <algorithm>
#include <numeric>

namespace veil {

PhotoDocument::PhotoDocument(qint64 photoId, QList<FaceBox> faces, QList<QRectF> rejected, QObject *parent)
    : QObject(parent)
    , m_photoId(photoId)
    , m_faces(std::move(faces))
    , m_rejected(std::move(rejected))
    , m_savedFaces(m_faces)
    , m_savedRejected(m_rejected)
{
}

int PhotoDocument::uncertainCount() const
{
    return int(std::count_if(m_faces.cbegin(), m_faces.cend(), [](const FaceBox &f) { return f.uncertain; }));
}

int PhotoDocument::possibleCount() const
{
    return int(std::count_if(m_faces.cbegin(), m_faces.cend(), [](const FaceBox &f) { return f.possible; }));
}

void PhotoDocument::markSaved()
{
    m_stack.setClean();
    m_savedFaces = m_faces;
    m_savedRejected = m_rejected;
}

bool PhotoDocument::isSavedState(const QList<FaceBox> &faces, const QList<QRectF> &rejected) const
{
    if (faces.size() != m_savedFaces.size() || rejected != m_savedRejected)
        return false;
    for (qsizetype i = 0; i < faces.size(); ++i) {
        FaceBox a = faces.at(i);
        FaceBox b = m_savedFaces.at(i);
        a.id = b.id = 0;
        if (!(a == b))
            return false;
    }
    return true;
}

int PhotoDocument::readingKey(const FaceBox &face)
{
    return int(face.rect.center().y() * 20) * 10'000 + int(face.rect.center().x() * 9999);
}

int PhotoDocument::nextIndex(int after, Kind kind) const
{
    QList<int> order(count());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return readingKey(m_faces.at(a)) < readingKey(m_faces.at(b)); });
    const qsizetype start = valid(after) ? order.indexOf(after) : -1;
    for (qsizetype step = 1; step <= order.size(); ++step) {
        const int i = order.at((start + step) % order.size());
        const FaceBox &f = m_faces.at(i);
        if (kind == Kind::Uncertain ? f.uncertain : f.possible)
            return i;
    }
    return -1;
}

QRectF PhotoDocument::clampRect(const QRectF &rect)
{
    QRectF r = rect.normalized();
    r.setWidth(std::min(r.width(), 1.0));
    r.setHeight(std::min(r.height(), 1.0));
    r.moveLeft(std::clamp(r.left(), 0.0, 1.0 - r.width()));
    r.moveTop(std::clamp(r.top(), 0.0, 1.0 - r.height()));
    return r;
}

bool PhotoDocument::addFace(const QRectF &rect)
{
    const QRectF r = clampRect(rect);
    if (r.width() <= 0 || r.height() <= 0)
        return false;
    FaceBox face;
    face.rect = r;
    face.origin = FaceOrigin::Manual;
    face.score = 1.0;
    m_stack.push(new AddFaceCommand(this, count(), face, tr("Add face")));
    return true;
}

int PhotoDocument::addDetectedFaces(const QList<FaceBox> &faces)
{
    const QList<FaceBox> fresh = freshDetections(m_faces, m_rejected, faces);
    if (fresh.isEmpty())
        return 0;
    m_stack.beginMacro(tr("Detect faces"));
    for (FaceBox f : fresh) {
        f.id = 0;
        f.rect = clampRect(f.rect);
        m_stack.push(new AddFaceCommand(this, count(), f, tr("Add face")));
    }
    m_stack.endMacro();
    return int(fresh.size());
}

bool PhotoDocument::setFaceRect(int index, const QRectF &rect, int dragId)
{
    if (!valid(index))
        return false;
    const QRectF r = clampRect(rect);
    if (r.width() <= 0 || r.height() <= 0 || r == m_faces.at(index).rect)
        return false;
    FaceBox after = m_faces.at(index);
    after.rect = r;
    const bool sameSize = qFuzzyCompare(r.width(), m_faces.at(index).rect.width())
        && qFuzzyCompare(r.height(), m_faces.at(index).rect.height());
    m_stack.push(new ChangeFaceCommand(this, index, after, dragId, sameSize ? tr("Move face") : tr("Resize face")));
    return true;
}

bool PhotoDocument::removeFace(int index)
{
    if (!valid(index))
        return false;
    // A detected box the user deletes is not a face (or a duplicate): remember that.
    m_stack.push(new RemoveFaceCommand(this, index, tr("Delete face"), m_faces.at(index).origin == FaceOrigin::Automatic));
    return true;
}

bool PhotoDocument::toggleAnonymize(int index)
{
    if (!valid(index))
        return false;
    FaceBox after = m_faces.at(index);
    after.anonymize = after.possible || !after.anonymize;
    after.uncertain = false; // a decision was made about this face
    after.possible = false;
    m_stack.push(new ChangeFaceCommand(this, index, after, 0,
                                       after.anonymize ? tr("Anonymize face") : tr("Keep face visible")));
    return true;
}

bool PhotoDocument::acceptCandidate(int index)
{
    if (!valid(index) || !(m_faces.at(index).uncertain || m_faces.at(index).possible))
        return false;
    FaceBox after = m_faces.at(index);
    after.uncertain = false;
    after.possible = false;
    after.anonymize = true;
    m_stack.push(new ChangeFaceCommand(this, index, after, 0, tr("Accept face")));
    return true;
}

bool PhotoDocument::rejectCandidate(int index)
{
    if (!valid(index) || !(m_faces.at(index).uncertain || m_faces.at(index).possible))
        return false;
    m_stack.push(new RemoveFaceCommand(this, index, tr("Reject face"), true));
    return true;
}

void PhotoDocument::insertFaceAt(int index, const FaceBox &face)
{
    emit faceAboutToBeInserted(index);
    m_faces.insert(index, face);
    emit faceInserted(index);
}

void PhotoDocument::removeFaceAt(int index)
{
    emit faceAboutToBeRemoved(index);
    m_faces.removeAt(index);
    emit faceRemoved(index);
}

void PhotoDocument::replaceFaceAt(int index, const FaceBox &face)
{
    m_faces[index] = face;
    emit faceChanged(index);
}

} // namespace veil
