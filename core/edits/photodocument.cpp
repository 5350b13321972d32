#include "photodocument.h"

#include "facecommands.h"

namespace veil {

PhotoDocument::PhotoDocument(qint64 photoId, QList<FaceBox> faces, QObject *parent)
    : QObject(parent)
    , m_photoId(photoId)
    , m_faces(std::move(faces))
{
}

int PhotoDocument::uncertainCount() const
{
    return int(std::count_if(m_faces.cbegin(), m_faces.cend(), [](const FaceBox &f) { return f.uncertain; }));
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
    const auto iou = [](const QRectF &a, const QRectF &b) {
        const QRectF i = a.intersected(b);
        const double inter = i.width() * i.height();
        const double uni = a.width() * a.height() + b.width() * b.height() - inter;
        return uni > 0 ? inter / uni : 0.0;
    };
    QList<FaceBox> fresh;
    for (const FaceBox &f : faces) {
        const bool overlaps = std::any_of(m_faces.cbegin(), m_faces.cend(),
                                          [&](const FaceBox &e) { return iou(e.rect, f.rect) > 0.4; });
        if (!overlaps && f.rect.width() > 0 && f.rect.height() > 0)
            fresh.append(f);
    }
    if (fresh.isEmpty())
        return 0;
    m_stack.beginMacro(tr("Detect faces"));
    for (FaceBox f : std::as_const(fresh)) {
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
    m_stack.push(new RemoveFaceCommand(this, index, tr("Delete face")));
    return true;
}

bool PhotoDocument::toggleAnonymize(int index)
{
    if (!valid(index))
        return false;
    FaceBox after = m_faces.at(index);
    after.anonymize = !after.anonymize;
    after.uncertain = false; // a decision was made about this face
    m_stack.push(new ChangeFaceCommand(this, index, after, 0,
                                       after.anonymize ? tr("Anonymize face") : tr("Keep face visible")));
    return true;
}

bool PhotoDocument::acceptCandidate(int index)
{
    if (!valid(index) || !m_faces.at(index).uncertain)
        return false;
    FaceBox after = m_faces.at(index);
    after.uncertain = false;
    after.anonymize = true;
    m_stack.push(new ChangeFaceCommand(this, index, after, 0, tr("Accept face")));
    return true;
}

bool PhotoDocument::rejectCandidate(int index)
{
    if (!valid(index) || !m_faces.at(index).uncertain)
        return false;
    m_stack.push(new RemoveFaceCommand(this, index, tr("Reject face")));
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
