// Every text the user can see in the main window, its menus and its dialogs is translated
// in de/fr/es, and none shows a literal '&' (a mnemonic marker on a label without buddy).
//
// The windows are built once in English and once per language; each widget's texts
// (labels, buttons, placeholders, combo items, tool tips, group and dock titles, table
// cells and headers, chart titles) and every menu action are paired by their place in the
// widget tree. A text left as in English is untranslated unless the language's .ts file
// translates it to itself on purpose (a finished translation equal to the source), or it
// is data (a combo item whose value is its text) or a name (language names, formats).
#include "../testutil.h"
#include "activitydialog.h"
#include "exportdialog.h"
#include "i18n/translations.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/photofiltermodel.h"
#include "models/photolistmodel.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "statisticsview.h"
#include "sync/tokenstore.h"
#include "syncpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace veil;
using namespace veil::ui;

namespace {

struct Text
{
    QString where; // place in the widget tree and which text
    QString text;
};

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// A lone '&' (not "&&"): shown as is where no mnemonic is drawn.
bool hasLoneAmpersand(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

class Collector
{
public:
    QList<Text> texts;
    QStringList ampersands; // texts shown with a literal '&'

    void add(const QString &where, const QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || !std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); }))
            return;
        texts.append({where, t});
    }

    void addLabelLike(const QString &where, const QString &text, bool showsMnemonic)
    {
        const QString p = plain(text);
        if (!showsMnemonic && hasLoneAmpersand(p))
            ampersands.append(where + QStringLiteral(": ") + p);
        add(where, QString(p).remove(QLatin1Char('&')));
    }

    void menu(const QString &where, QMenu *m)
    {
        addLabelLike(where + QStringLiteral("/title"), m->title(), true);
        actions(where, m->actions());
    }

    void actions(const QString &where, const QList<QAction *> &list)
    {
        int i = 0;
        for (QAction *a : list) {
            const QString here = where + QStringLiteral("/action%1").arg(i++);
            if (a->isSeparator())
                continue;
            addLabelLike(here, a->text(), true);
            if (a->menu())
                menu(here, a->menu());
        }
    }

    void widget(const QString &where, QWidget *w)
    {
        if (auto *label = qobject_cast<QLabel *>(w))
            addLabelLike(where, label->text(), label->buddy() != nullptr);
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            auto *box = qobject_cast<QDialogButtonBox *>(w->parentWidget());
            auto *push = qobject_cast<QPushButton *>(w);
            // Qt's own standard buttons come from Qt's translations, not Veil's.
            if (!(box && push && box->standardButton(push) != QDialogButtonBox::NoButton))
                addLabelLike(where, button->text(), true);
        }
        if (auto *group = qobject_cast<QGroupBox *>(w))
            addLabelLike(where + QStringLiteral("/title"), group->title(), true);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(where + QStringLiteral("/placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                if (combo->itemData(i).toString() != combo->itemText(i)) // data such as camera models
                    add(where + QStringLiteral("/item%1").arg(i), combo->itemText(i));
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(where + QStringLiteral("/title"), dock->windowTitle());
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            QAbstractItemModel *model = view->model();
            // The grid's rows are the user's photos (file names): data, not interface.
            if (model && !qobject_cast<PhotoFilterModel *>(model)) {
                for (int c = 0; c < model->columnCount(); ++c)
                    add(where + QStringLiteral("/header%1").arg(c), model->headerData(c, Qt::Horizontal).toString());
                QList<QModelIndex> pending{QModelIndex()};
                int seen = 0;
                while (!pending.isEmpty() && seen < 400) {
                    const QModelIndex parent = pending.takeFirst();
                    for (int r = 0; r < model->rowCount(parent); ++r)
                        for (int c = 0; c < model->columnCount(parent); ++c) {
                            const QModelIndex i = model->index(r, c, parent);
                            ++seen;
                            const QString text = i.data().toString();
                            // The shortcut column holds key names, which Qt translates.
                            if (!QKeySequence(text, QKeySequence::NativeText).isEmpty())
                                continue;
                            addLabelLike(where + QStringLiteral("/cell%1.%2.%3").arg(seen).arg(r).arg(c), text, false);
                            if (c == 0 && model->hasChildren(i))
                                pending.append(i);
                        }
                }
            }
        }
        if (auto *chart = qobject_cast<QChartView *>(w)) {
            add(where + QStringLiteral("/chart"), plain(chart->chart()->title()));
            int i = 0;
            for (QAbstractAxis *axis : chart->chart()->axes())
                add(where + QStringLiteral("/axis%1").arg(i++), axis->titleText());
        }
        if (!w->toolTip().isEmpty())
            add(where + QStringLiteral("/tooltip"), plain(w->toolTip()));
        if (w->isWindow())
            add(where + QStringLiteral("/window"), w->windowTitle());
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            actions(where, bar->actions());
        if (!qobject_cast<QMenuBar *>(w) && !w->actions().isEmpty() && !qobject_cast<QMenu *>(w))
            actions(where + QStringLiteral("/own"), w->actions());
        if (auto *m = qobject_cast<QMenu *>(w))
            menu(where, m);

        QHash<QByteArray, int> counts;
        for (QObject *child : w->children())
            if (auto *cw = qobject_cast<QWidget *>(child)) {
                if (qobject_cast<QMenu *>(cw) && qobject_cast<QMenuBar *>(w))
                    continue; // reached through the menu bar's actions
                const QByteArray cls = cw->metaObject()->className();
                widget(where + QLatin1Char('/') + QString::fromLatin1(cls) + QString::number(counts[cls]++), cw);
            }
    }
};

// Sources the language's .ts file translates to themselves on purpose.
QSet<QString> translatedAsIs(const QString &language)
{
    QSet<QString> same;
    QFile file(QStringLiteral(VEIL_SOURCE_DIR "/translations/veil_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return same;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type.isEmpty() && translation == source)
                same.insert(QString(source).remove(QLatin1Char('&')).trimmed());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return xml.hasError() ? QSet<QString>() : same;
}

} // namespace

class TestUiTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_english;

    // Builds the windows and dialogs in the installed language and collects their texts.
    Collector collect()
    {
        QSettings store(m_dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        Settings settings(&store);
        settings.setValue(SettingKeys::DetectOnImport, false);
        Collector c;
        MainWindow window(m_dir.filePath(QStringLiteral("lib.sqlite")), &store);
        sync::MemoryTokenStore tokens;
        window.installSyncPanel(tokens);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return c;
        if (window.photoModel()->rowCount() == 0) {
            QSignalSpy imported(&window, &MainWindow::importFinished);
            window.importPaths({test::samplesPath(QStringLiteral("jpg/Canon_40D.jpg"))});
            if (!imported.wait(60000))
                return c;
        }
        if (!QTest::qWaitFor([&] { return window.filterModel()->rowCount() == 1; }, 30000))
            return c;
        QSignalSpy refreshed(window.statistics(), &StatisticsView::refreshed);
        window.showPage(MainWindow::Page::Statistics);
        if (!refreshed.wait(30000))
            return c;
        window.showPage(MainWindow::Page::Library);
        c.widget(QStringLiteral("MainWindow"), &window);

        ExportDialog *exporter = window.exportSelected();
        if (exporter)
            c.widget(QStringLiteral("ExportDialog"), exporter);
        SettingsDialog settingsDialog(settings, &window);
        c.widget(QStringLiteral("SettingsDialog"), &settingsDialog);
        ActivityDialog activity(window.database(), &window);
        c.widget(QStringLiteral("ActivityDialog"), &activity);
        ShortcutsDialog shortcuts(window.shortcutActions(), {}, &window);
        c.widget(QStringLiteral("ShortcutsDialog"), &shortcuts);
        if (exporter)
            exporter->close();
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        const Collector english = collect();
        QVERIFY2(english.texts.size() > 150, qPrintable(QString::number(english.texts.size())));
        for (const Text &t : english.texts)
            m_english.insert(t.where, t.text);
        // Also in English: a label never shows its mnemonic marker.
        QVERIFY2(english.ampersands.isEmpty(), qPrintable(english.ampersands.join('\n')));
    }

    void cleanupTestCase() { veil::i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void everyTextTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : veil::i18n::availableLanguages())
            QTest::newRow(qPrintable(l)) << l;
    }

    void everyTextTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(!veil::i18n::installTranslators(*QCoreApplication::instance(), language).isEmpty());
        const Collector translated = collect();
        // Names, the same in every language.
        static const QSet<QString> names = {
            QStringLiteral("Veil"),     QStringLiteral("English"), QStringLiteral("Deutsch"),
            QStringLiteral("Français"), QStringLiteral("Español"), QStringLiteral("JPEG"),
            QStringLiteral("PNG"),      QStringLiteral("WebP"),    QStringLiteral("https://")};
        const QSet<QString> asIs = translatedAsIs(language);
        QVERIFY(!asIs.isEmpty()); // "OK", names of formats...: every language has some
        QStringList untranslated;
        int compared = 0;
        for (const Text &t : translated.texts) {
            const auto english = m_english.constFind(t.where);
            if (english == m_english.cend())
                continue;
            ++compared;
            if (t.text == *english && !names.contains(t.text) && !asIs.contains(t.text))
                untranslated.append(t.where + QStringLiteral(": ") + t.text);
        }
        // The windows were built the same way in both languages: most places pair up.
        QVERIFY2(compared > int(m_english.size()) * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(compared).arg(m_english.size())));
        untranslated.removeDuplicates();
        for (const QString &u : std::as_const(untranslated))
            qWarning("untranslated: %s", qPrintable(u));
        for (const QString &a : translated.ampersands)
            qWarning("literal '&': %s", qPrintable(a));
        QVERIFY2(translated.ampersands.isEmpty(),
                 qPrintable(QStringLiteral("%1 label(s) with a literal '&'").arg(translated.ampersands.size())));
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated text(s), listed above").arg(untranslated.size())));
    }
};

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
