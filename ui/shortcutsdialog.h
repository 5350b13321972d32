#pragma once

#include <QDialog>

class QAction;

namespace veil::ui {

// Lists every shortcut: the window's actions, the editor's actions and its keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &windowActions, const QList<QAction *> &editorActions,
                    QWidget *parent = nullptr);
};

} // namespace veil::ui
