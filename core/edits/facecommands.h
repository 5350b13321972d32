#pragma once

#include "library/photo.h"

#include <QUndoCommand>

namespace veil {

class PhotoDocument;

class AddFaceCommand : public QUndoCommand
{
public:
    AddFaceCommand(PhotoDocument *doc, int index, FaceBox face, const QString &text);
    void redo() override;
    void undo() override;

private:
    PhotoDocument *m_doc;
    int m_index;
    FaceBox m_face;
};

// Removes a face; with `reject`, its box is also remembered as rejected (until undone).
class RemoveFaceCommand : public QUndoCommand
{
public:
    RemoveFaceCommand(PhotoDocument *doc, int index, const QString &text, bool reject = false);
    void redo() override;
    void undo() override;

private:
    PhotoDocument *m_doc;
    int m_index;
    FaceBox m_face;
    bool m_reject;
};

// Replaces one face's value (move, resize, toggle, accept). Commands sharing a
// non-zero drag id on the same face merge, so a whole drag is one undo step.
class ChangeFaceCommand : public QUndoCommand
{
public:
    ChangeFaceCommand(PhotoDocument *doc, int index, FaceBox after, int dragId, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PhotoDocument *m_doc;
    int m_index;
    FaceBox m_before;
    FaceBox m_after;
    int m_dragId;
};

} // namespace veil
