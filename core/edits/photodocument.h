#pragma once

#include "library/photo.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

namespace veil {

// The face boxes of one photo being edited. Every edit is one QUndoCommand on the
// document's stack; a whole mouse drag (same drag id) merges into one step.
// Rects are normalised displayed-image coordinates and are kept inside 0..1.
class PhotoDocument : public QObject
{
    Q_OBJECT

public:
    explicit PhotoDocument(qint64 photoId, QList<FaceBox> faces = {}, QList<QRectF> rejected = {},
                           QObject *parent = nullptr);

    qint64 photoId() const { return m_photoId; }
    const QList<FaceBox> &faces() const { return m_faces; }
    int count() const { return int(m_faces.size()); }
    const FaceBox &face(int index) const { return m_faces.at(index); }
    int uncertainCount() const;
    int possibleCount() const;
    // Boxes the user rejected or deleted (detected ones only): detection skips them.
    const QList<QRectF> &rejected() const { return m_rejected; }
    QUndoStack *undoStack() { return &m_stack; }
    bool isModified() const { return !m_stack.isClean(); }
    void markSaved();
    // Whether `faces` and `rejected` (as read back from the library) are what this
    // document saved last: if not, the library changed behind it (ids are ignored).
    bool isSavedState(const QList<FaceBox> &faces, const QList<QRectF> &rejected) const;

    enum class Kind { Uncertain, Possible };
    // The next face of that kind after `after` in reading order (wrapping around), or -1;
    // after -1: the first one.
    int nextIndex(int after, Kind kind) const;
    // Reading order: bands of 5% of the height top to bottom, left to right in a band.
    static int readingKey(const FaceBox &face);

    // Returns a fresh id for one drag: moves/resizes pushed with it merge.
    int beginDrag() { return ++m_lastDragId; }

    // The edits. Invalid indexes and no-op changes push nothing and return false.
    bool addFace(const QRectF &rect);
    // Adds detected boxes as one undo step, skipping those that overlap an existing box
    // (intersection over union above 0.4). Returns how many were added.
    int addDetectedFaces(const QList<FaceBox> &faces);
    bool setFaceRect(int index, const QRectF &rect, int dragId = 0);
    bool removeFace(int index);
    bool toggleAnonymize(int index);
    // Uncertain candidates and possible faces: accepting makes the box a face to
    // anonymize, rejecting removes it and remembers it as rejected. Deleting a detected
    // box remembers it too; deleting a drawn one does not.
    bool acceptCandidate(int index);
    bool rejectCandidate(int index);

    static QRectF clampRect(const QRectF &rect);

    // Used by the commands only.
    void insertFaceAt(int index, const FaceBox &face);
    void removeFaceAt(int index);
    void replaceFaceAt(int index, const FaceBox &face);
    void addRejection(const QRectF &rect) { m_rejected.append(rect); }
    void removeRejection(const QRectF &rect) { m_rejected.removeOne(rect); }

signals:
    // The about-to signals let item models announce the change before it happens.
    void faceAboutToBeInserted(int index);
    void faceInserted(int index);
    void faceAboutToBeRemoved(int index);
    void faceRemoved(int index);
    void faceChanged(int index);

private:
    bool valid(int index) const { return index >= 0 && index < m_faces.size(); }

    qint64 m_photoId;
    QList<FaceBox> m_faces;
    QList<QRectF> m_rejected;
    QList<FaceBox> m_savedFaces;
    QList<QRectF> m_savedRejected;
    QUndoStack m_stack;
    int m_lastDragId = 0;
};

} // namespace veil
