#pragma once

#include <QDockWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;

namespace veil {
class LibraryDatabase;
namespace sync {
class ApiClient;
class LiveChannel;
class SyncEngine;
class TokenStore;
} // namespace sync
} // namespace veil

namespace veil::ui {

// The sync panel: server, connection state, outbox length, push of the selection.
// Pushing originals asks for confirmation once per batch, and the box that chooses them is
// hidden behind "Advanced". A token the keychain cannot give can be typed in for the session.
class SyncPanel : public QDockWidget
{
    Q_OBJECT
public:
    using Selection = std::function<QList<qint64>()>;
    SyncPanel(LibraryDatabase &db, Selection selection, sync::TokenStore &tokens, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QLineEdit *serverEdit() const { return m_server; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *pushButton() const { return m_push; }
    QCheckBox *originalsBox() const { return m_originals; }
    // Shows "Send originals" (hidden until asked for: it sends faces as they are).
    QToolButton *advancedButton() const { return m_advanced; }
    // Offered when the keychain cannot give the token: the token for this session only.
    QPushButton *tokenButton() const { return m_enterToken; }
    QString stateText() const;
    QString messageText() const;
    sync::SyncEngine *engine() const { return m_engine.get(); }

    void connectToServer();
    // Connects with a token typed in (kept in memory for this session, never stored).
    void enterToken();
    void pushSelection();

signals:
    // A photo's sync state may have changed (queued, a step done, the server listed):
    // the grid re-reads its badges.
    void outboxChanged();

private:
    void setState(const QString &text);
    void updateCounts();
    void connectWith(const QUrl &server, const QString &token);

    LibraryDatabase &m_db;
    Selection m_selection;
    sync::TokenStore &m_tokens;
    QLineEdit *m_server;
    QPushButton *m_connect;
    QPushButton *m_push;
    QCheckBox *m_originals;
    QToolButton *m_advanced;
    QPushButton *m_enterToken;
    QLabel *m_state;
    QLabel *m_outbox;
    QLabel *m_message;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::LiveChannel> m_live;
};

} // namespace veil::ui
