#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace veil::ui {

namespace {
void addGroup(QTreeWidget *tree, const QString &title, const QList<QPair<QString, QString>> &rows)
{
    auto *group = new QTreeWidgetItem(tree, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const auto &[text, key] : rows)
        new QTreeWidgetItem(group, {text, key});
    group->setExpanded(true);
}

QList<QPair<QString, QString>> rowsOf(const QList<QAction *> &actions)
{
    QList<QPair<QString, QString>> rows;
    for (const QAction *a : actions)
        if (!a->shortcut().isEmpty())
            rows.append({a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)});
    return rows;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &windowActions, const QList<QAction *> &editorActions,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    addGroup(tree, tr("Library"), rowsOf(windowActions));
    addGroup(tree, tr("Editor"), rowsOf(editorActions));
    addGroup(tree, tr("Face boxes"),
             {{tr("Draw a new box"), tr("Drag on the photo")},
              {tr("Delete the selected box"), QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)},
              {tr("Keep visible / anonymize"), QStringLiteral("K")},
              {tr("Blur the selected candidate or possible face (else the first uncertain one)"), QStringLiteral("Y")},
              {tr("Reject the selected candidate or possible face (else the first uncertain one)"), QStringLiteral("N")},
              {tr("Zoom to a face"), tr("Click it in the face list")},
              {tr("Act on the face selected in the face list"), tr("Y, N, K, Del")},
              {tr("Show the original"), tr("Hold Space")},
              {tr("Zoom"), tr("Wheel, +, -")},
              {tr("Pan"), tr("Middle button or Alt+drag")}});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(520, 620);
}

} // namespace veil::ui
