#pragma once

#include <QMessageBox>
#include <QStringList>

class QWidget;

namespace veil::ui {

// File dialogs and message boxes go through these so that GUI tests can answer them
// in advance (KeePassXC-style) and never open a real modal dialog.
namespace Dialogs {

QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter);
QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &start = {});
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);
QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok);

// Test hooks: the next call of the matching function returns this instead of asking.
void setNextFileNames(const QStringList &files);
void setNextDirectory(const QString &directory);
void setNextSaveFileName(const QString &file);
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextText(const QString &text);

} // namespace Dialogs

} // namespace veil::ui
