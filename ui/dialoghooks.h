#pragma once

#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QStringList>
#include <QUrl>

class QWidget;

namespace veil::ui {

// File dialogs and message boxes go through these so that GUI tests can answer them
// in advance (KeePassXC-style) and never open a real modal dialog.
namespace Dialogs {

QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter);
QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &start = {});
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);
QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok,
                QLineEdit::EchoMode echo = QLineEdit::Normal);
// A question answered by one of `choices` (button texts, the first the default); returns
// its index, or -1 when the user closed the box (Escape).
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
// Opens a folder or file with the desktop's application (QDesktopServices::openUrl).
bool openUrl(const QUrl &url);

// Test hooks: the next call of the matching function returns this instead of asking.
void setNextFileNames(const QStringList &files);
void setNextDirectory(const QString &directory);
void setNextSaveFileName(const QString &file);
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextText(const QString &text);
void setNextChoice(int index);
// The text of the last choose() asked, answered by a hook or not.
QString lastChoiceText();
// While on, openUrl() only records the URL (openedUrls()) and opens nothing.
void setRecordOpenedUrls(bool record);
QList<QUrl> openedUrls();

} // namespace Dialogs

} // namespace veil::ui
