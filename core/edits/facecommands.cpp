#include "facecommands.h"

#include "photodocument.h"

namespace veil {

AddFaceCommand::AddFaceCommand(PhotoDocument *doc, int index, FaceBox face, const QString &text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_index(index)
    , m_face(face)
{
}

void AddFaceCommand::redo()
{
    m_doc->insertFaceAt(m_index, m_face);
}

void AddFaceCommand::undo()
{
    m_doc->removeFaceAt(m_index);
}

RemoveFaceCommand::RemoveFaceCommand(PhotoDocument *doc, int index, const QString &text, bool reject)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_index(index)
    , m_face(doc->face(index))
    , m_reject(reject)
{
}

void RemoveFaceCommand::redo()
{
    if (m_reject)
        m_doc->addRejection(m_face.rect);
    m_doc->removeFaceAt(m_index);
}

void RemoveFaceCommand::undo()
{
    if (m_reject)
        m_doc->removeRejection(m_face.rect);
    m_doc->insertFaceAt(m_index, m_face);
}

ChangeFaceCommand::ChangeFaceCommand(PhotoDocument *doc, int index, FaceBox after, int dragId, const QString &text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_index(index)
    , m_before(doc->face(index))
    , m_after(after)
    , m_dragId(dragId)
{
}

void ChangeFaceCommand::redo()
{
    m_doc->replaceFaceAt(m_index, m_after);
}

void ChangeFaceCommand::undo()
{
    m_doc->replaceFaceAt(m_index, m_before);
}

int ChangeFaceCommand::id() const
{
    return m_dragId != 0 ? 0x7ace : -1;
}

bool ChangeFaceCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeFaceCommand *>(other);
    if (next->m_dragId != m_dragId || next->m_index != m_index || next->m_doc != m_doc)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace veil
