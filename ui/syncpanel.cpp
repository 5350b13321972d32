#include "syncpanel.h"

#include "dialoghooks.h"
#include "library/database.h"
#include "library/photorepository.h"
#include "sync/apiclient.h"
#include "sync/livechannel.h"
#include "sync/pushsource.h"
#include "sync/serverurl.h"
#include "sync/syncengine.h"
#include "sync/tokenstore.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace veil::ui {

SyncPanel::SyncPanel(LibraryDatabase &db, Selection selection, sync::TokenStore &tokens, QWidget *parent)
    : QDockWidget(tr("Sync"), parent)
    , m_db(db)
    , m_selection(std::move(selection))
    , m_tokens(tokens)
    , m_server(new QLineEdit)
    , m_connect(new QPushButton(tr("Connect")))
    , m_push(new QPushButton(tr("Push selection")))
    , m_originals(new QCheckBox(tr("Send originals (faces visible)")))
    , m_advanced(new QToolButton)
    , m_enterToken(new QPushButton(tr("Enter Token…")))
    , m_state(new QLabel(tr("Not connected")))
    , m_outbox(new QLabel)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("syncPanel"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_message->setWordWrap(true);
    m_push->setEnabled(false);
    m_originals->hide();
    m_enterToken->hide();
    m_advanced->setText(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setAutoRaise(true);
    connect(m_advanced, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_originals->setVisible(on);
        if (!on)
            m_originals->setChecked(false);
    });
    auto *content = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Outbox:"), m_outbox);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(m_connect);
    layout->addWidget(m_enterToken);
    layout->addWidget(m_advanced);
    layout->addWidget(m_originals);
    layout->addWidget(m_push);
    layout->addWidget(m_message);
    layout->addStretch();
    setWidget(content);
    connect(m_connect, &QPushButton::clicked, this, &SyncPanel::connectToServer);
    connect(m_push, &QPushButton::clicked, this, &SyncPanel::pushSelection);
    connect(m_enterToken, &QPushButton::clicked, this, &SyncPanel::enterToken);
}

SyncPanel::~SyncPanel() = default;

QString SyncPanel::stateText() const
{
    return m_state->text();
}

QString SyncPanel::messageText() const
{
    return m_message->text();
}

void SyncPanel::setState(const QString &text)
{
    m_state->setText(text);
}

void SyncPanel::updateCounts()
{
    if (m_engine)
        m_outbox->setText(tr("%n photo(s) waiting", nullptr, m_engine->outbox().pendingCount()));
}

void SyncPanel::connectToServer()
{
    QString error;
    const QUrl server = sync::parseServerUrl(m_server->text(), &error);
    if (server.isEmpty()) {
        m_message->setText(error);
        return;
    }
    setState(tr("Reading the token…"));
    m_tokens.read(sync::serverKey(server), this, [this, server](const QString &token, const QString &problem) {
        if (token.isEmpty()) {
            setState(tr("Not connected"));
            m_message->setText(
                tr("Not connected: %1.\nVeil keeps the server's token in the system keychain. If no keychain "
                   "service (GNOME Keyring, KWallet or another Secret Service) is running or it is locked, start or "
                   "unlock it and connect again. Or enter the token for this session with \"Enter Token…\": it is "
                   "then kept in memory only.")
                    .arg(problem.isEmpty() ? tr("no token for %1").arg(server.host()) : problem));
            m_enterToken->show();
            return;
        }
        connectWith(server, token);
    });
}

void SyncPanel::enterToken()
{
    QString error;
    const QUrl server = sync::parseServerUrl(m_server->text(), &error);
    if (server.isEmpty()) {
        m_message->setText(error);
        return;
    }
    bool ok = false;
    const QString token =
        Dialogs::getText(this, tr("Service Token"), tr("Token for %1 (kept for this session only):").arg(server.host()),
                         QString(), &ok, QLineEdit::Password)
            .trimmed();
    if (!ok || token.isEmpty())
        return;
    m_message->clear();
    connectWith(server, token);
}

void SyncPanel::connectWith(const QUrl &server, const QString &token)
{
    {
        m_enterToken->hide();
        m_live.reset();
        m_engine.reset();
        m_client.reset();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<sync::ApiClient>(m_network.get(), server, token);
        sync::SyncOptions options;
        const QFileInfo library(m_db.path());
        options.resultsDirectory = library.absoluteDir().filePath(library.completeBaseName() + QStringLiteral(".sync/results"));
        m_engine = std::make_unique<sync::SyncEngine>(m_db, *m_client, options);
        m_live = std::make_unique<sync::LiveChannel>(server, token, sync::LiveChannel::Options{});
        connect(m_live.get(), &sync::LiveChannel::connectedChanged, m_engine.get(), &sync::SyncEngine::setLiveConnected);
        connect(m_live.get(), &sync::LiveChannel::connectedChanged, this, [this](bool live) {
            setState(live ? tr("Connected (live)") : tr("Connected (polling)"));
        });
        connect(m_live.get(), &sync::LiveChannel::imageProcessed, m_engine.get(), &sync::SyncEngine::refresh);
        connect(m_engine.get(), &sync::SyncEngine::progress, this, &SyncPanel::updateCounts);
        connect(m_engine.get(), &sync::SyncEngine::progress, this, &SyncPanel::outboxChanged);
        connect(m_engine.get(), &sync::SyncEngine::refreshed, this, &SyncPanel::outboxChanged);
        connect(m_engine.get(), &sync::SyncEngine::fatal, this, [this](const QString &message) {
            setState(tr("Stopped"));
            m_message->setText(message);
        });
        setState(tr("Connected (polling)"));
        m_push->setEnabled(true);
        m_live->start();
        m_engine->start();
        m_engine->refresh();
        updateCounts();
    }
}

void SyncPanel::pushSelection()
{
    if (!m_engine)
        return;
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select photos in the library first."));
        return;
    }
    const bool originals = m_originals->isChecked();
    if (originals
        && Dialogs::question(this, tr("Send originals?"),
                             tr("Send %n original photo(s), with faces and metadata as they are, to %1?", nullptr,
                                int(ids.size()))
                                 .arg(m_client->server().host()))
               != QMessageBox::Yes)
        return;
    PhotoRepository photos(m_db);
    int queued = 0, already = 0, noExport = 0;
    for (qint64 id : ids) {
        if (m_engine->outbox().forPhoto(id)) {
            ++already;
            continue;
        }
        const auto photo = photos.photo(id);
        const QString payload = originals ? (photo ? photo->path : QString()) : sync::latestVerifiedExport(m_db, id);
        if (payload.isEmpty()) {
            ++noExport;
            continue;
        }
        QString error;
        if (m_engine->outbox().enqueue(id, originals ? QStringLiteral("original") : QStringLiteral("export"), payload,
                                       &error))
            ++queued;
    }
    QStringList parts{tr("%n photo(s) queued", nullptr, queued)};
    if (already)
        parts << tr("%n already pushed", nullptr, already);
    if (noExport)
        parts << tr("%n without a verified export (export them first)", nullptr, noExport);
    m_message->setText(parts.join(QStringLiteral("; ")));
    m_engine->start();
    updateCounts();
    if (queued)
        emit outboxChanged();
}

} // namespace veil::ui
